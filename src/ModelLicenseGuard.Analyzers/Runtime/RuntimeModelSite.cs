using Microsoft.CodeAnalysis;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>A catalog model named at one call site.</summary>
/// <param name="Model">The model, as the manifest would hold it.</param>
/// <param name="Location">The string or member that names it.</param>
internal sealed record RuntimeModelSite(ManifestEntry Model, Location Location);
