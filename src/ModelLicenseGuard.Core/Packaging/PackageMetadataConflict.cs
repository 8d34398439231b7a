using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Packaging;

/// <summary>A package property whose value conflicts with a model the package carries, and why.</summary>
public sealed class PackageMetadataConflict
{
    public PackageMetadataConflict(string property, string value, ManifestModel model, string reason)
    {
        Property = property;
        Value = value;
        Model = model;
        Reason = reason;
    }

    /// <summary>The MSBuild property: <c>PackageLicenseExpression</c> or <c>PackageTags</c>.</summary>
    public string Property { get; }

    /// <summary>The part of the value that conflicts: the expression, or the one tag.</summary>
    public string Value { get; }

    public ManifestModel Model { get; }

    public string Reason { get; }
}
