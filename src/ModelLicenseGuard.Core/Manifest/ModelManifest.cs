using System.Collections.Generic;

namespace ModelLicenseGuard.Manifest;

/// <summary>Everything the build resolved about a project's models: what the analyzer and the policy check read.</summary>
public sealed class ModelManifest
{
    public List<ManifestEntry> Models { get; } = [];

    public List<ManifestProblem> Problems { get; } = [];

    /// <summary>
    /// Why the text read was not a whole manifest as the build wrote it (empty, cut short, changed, another version);
    /// null when it was. The build writes it again; until then nothing in it should be trusted.
    /// </summary>
    public string? Damage { get; set; }
}
