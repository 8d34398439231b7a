using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Packaging;

/// <summary>A package property whose value conflicts with a model the package carries, and why.</summary>
/// <param name="Property">The MSBuild property: <c>PackageLicenseExpression</c> or <c>PackageTags</c>.</param>
/// <param name="Value">The part of the value that conflicts: the expression, or the one tag.</param>
/// <param name="Model">The model it conflicts with.</param>
/// <param name="Reason">Why, in words for the diagnostic.</param>
public sealed record PackageMetadataConflict(string Property, string Value, ManifestEntry Model, string Reason);
