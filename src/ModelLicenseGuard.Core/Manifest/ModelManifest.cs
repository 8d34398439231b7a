using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Manifest;

/// <summary>Everything the build resolved about a project's models: what the analyzer and the policy check read.</summary>
public sealed class ModelManifest
{
    public List<ManifestEntry> Models { get; } = [];

    public List<ManifestProblem> Problems { get; } = [];

    /// <summary>
    /// The keys the project's configuration files (<c>appsettings*.json</c>, <c>local.settings.json</c>) give a value that
    /// is not empty, as <c>Section:Key</c> paths: a <c>config["Key"] ?? "fallback"</c> in code never reaches its
    /// fallback when the key is among them, and the value the build reads there is the one the app uses.
    /// </summary>
    public SortedSet<string> ConfigurationKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Why the text read was not a whole manifest as the build wrote it (empty, cut short, changed, another version);
    /// null when it was. The build writes it again; until then nothing in it should be trusted.
    /// </summary>
    public string? Damage { get; set; }
}
