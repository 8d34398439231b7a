using Microsoft.CodeAnalysis;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>A catalog model named at one call site.</summary>
internal sealed class RuntimeModelSite
{
    public RuntimeModelSite(ManifestModel model, Location location)
    {
        Model = model;
        Location = location;
    }

    public ManifestModel Model { get; }

    public Location Location { get; }
}
