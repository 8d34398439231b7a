using System;
using System.IO;
using System.Reflection;
using System.Text;
using Microsoft.Build.Framework;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Reports;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Writes the reports a compliance team files: a CycloneDX 1.6 ML-BOM and <c>THIRD-PARTY-NOTICES.txt</c>, from the
/// manifest the resolve step wrote. A report that cannot be written is a warning naming the file (MLG0024), never a
/// failed build.
/// </summary>
public sealed class WriteModelReports : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    [Required]
    public string ProjectName { get; set; } = string.Empty;

    public string? ProjectVersion { get; set; }

    /// <summary>Where to write the CycloneDX JSON BOM; empty writes none.</summary>
    public string? BomPath { get; set; }

    /// <summary>Where to write the third-party notices; empty writes none.</summary>
    public string? NoticesPath { get; set; }

    /// <summary>The files written (or already up to date), for <c>FileWrites</c> and packing.</summary>
    [Output]
    public ITaskItem[] Written { get; private set; } = [];

    public override bool Execute()
    {
        try
        {
            var manifest = File.Exists(ManifestPath) ? ManifestFormat.Read(File.ReadAllText(ManifestPath)) : new ModelManifest();
            var written = new System.Collections.Generic.List<ITaskItem>();
            if (!string.IsNullOrWhiteSpace(BomPath))
            {
                Write(BomPath!, () => CycloneDxBom.Write(manifest, ProjectName, string.IsNullOrWhiteSpace(ProjectVersion) ? null : ProjectVersion, ToolVersion()), written);
            }

            if (!string.IsNullOrWhiteSpace(NoticesPath))
            {
                Write(NoticesPath!, () => ThirdPartyNotices.Write(manifest, ProjectName), written);
            }

            Written = written.ToArray();
        }
        catch (Exception exception)
        {
            TaskLog.InternalError(Log, nameof(WriteModelReports), exception);
        }

        return !Log.HasLoggedErrors;
    }

    private void Write(string path, Func<string> content, System.Collections.Generic.List<ITaskItem> written)
    {
        try
        {
            var text = content();
            var full = Path.GetFullPath(path);

            // Rewritten only when different, so an unchanged project leaves the file (and anything watching it) alone.
            if (!File.Exists(full) || !string.Equals(File.ReadAllText(full), text, StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            written.Add(new Microsoft.Build.Utilities.TaskItem(full));
            Log.LogMessage(MessageImportance.High, "{0}", $"ModelLicenseGuard: {ProjectName} -> {full}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            TaskLog.Warning(Log, DiagnosticIds.ReportNotWritten, path, $"ModelLicenseGuard could not write '{path}': {exception.Message}");
        }
    }

    private static string ToolVersion()
    {
        var assembly = typeof(WriteModelReports).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "0.0.0";

        // Source Link appends "+<commit>"; the package version is what a reader can look up.
        var plus = version.IndexOf('+');
        return plus > 0 ? version.Substring(0, plus) : version;
    }
}
