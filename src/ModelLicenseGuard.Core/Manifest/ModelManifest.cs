using System.Collections.Generic;

namespace ModelLicenseGuard.Manifest;

/// <summary>Everything the build resolved about a project's models: what the analyzer and the policy check read.</summary>
public sealed class ModelManifest
{
    public List<ManifestEntry> Models { get; } = [];

    public List<ManifestProblem> Problems { get; } = [];
}
