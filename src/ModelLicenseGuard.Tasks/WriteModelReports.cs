using System;
using System.IO;
using System.Reflection;
using System.Text;
using Microsoft.Build.Framework;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Reports;
using ModelLicenseGuard.Tasks.Sources;

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

    /// <summary>
    /// The compiler's SARIF log (<c>ErrorLog</c>), where the analyzer recorded the models the project names in code
    /// (MLG0040); they join the reports with source <c>code</c> or <c>apphost</c>. Empty or missing adds none.
    /// </summary>
    public string? CompilerLog { get; set; }

    /// <summary>
    /// The assembly the compiler wrote, when the package asked for <see cref="CompilerLog"/> only in report builds: a
    /// compile without the log since (a build, then <c>dotnet pack --no-build</c>) leaves it missing or older, and the
    /// reports then say that models named in code may be missing, rather than reporting old ones as if current.
    /// </summary>
    public string? CompiledAssembly { get; set; }

    /// <summary>The project's folder: code locations in the reports are relative to it.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>The files written (or already up to date), for <c>FileWrites</c> and packing.</summary>
    [Output]
    public ITaskItem[] Written { get; private set; } = [];

    public override bool Execute()
    {
        try
        {
            var manifest = File.Exists(ManifestPath) ? ManifestFormat.Read(File.ReadAllText(ManifestPath)) : new ModelManifest();
            if (manifest.Damage is { } damage)
            {
                // A report from part of a manifest would look complete; none is better (dotnet pack --no-build skips the rewrite).
                TaskLog.Warning(Log, DiagnosticIds.ManifestDamaged, Path.GetFullPath(ManifestPath), ManifestFormat.DamagedMessage(Path.GetFullPath(ManifestPath), damage));
                return true;
            }

            AddModelsNamedInCode(manifest);
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

    /// <summary>Each catalog model the compiler log says the code names, once, unless the manifest already has it.</summary>
    private void AddModelsNamedInCode(ModelManifest manifest)
    {
        if (string.IsNullOrWhiteSpace(CompilerLog))
        {
            return;
        }

        var compiled = CodeModels.CompiledAt(CompiledAssembly);
        if (!CodeModels.IsCurrent(CompilerLog!, compiled))
        {
            if (compiled is not null)
            {
                TaskLog.Warning(
                    Log,
                    DiagnosticIds.ReportNotWritten,
                    CompilerLog!,
                    $"Models named only in code may be missing from the reports: the last compile wrote no compiler log ({CompilerLog}), which the package asks for only in builds that write a report. Build with -p:ModelLicenseGuardCompilerLog=true before 'dotnet pack --no-build', or pack with a build.");
            }

            return;
        }

        System.Collections.Generic.List<LoggedRuntimeModel> logged;
        try
        {
            logged = CompilerLogReader.Read(CompilerLog!);
        }
        catch (Exception exception) when (exception is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            TaskLog.Warning(Log, DiagnosticIds.ReportNotWritten, CompilerLog!, $"The compiler log {CompilerLog} could not be read, so models named only in code are missing from the reports: {exception.Message}");
            return;
        }

        manifest.Models.AddRange(CodeModels.Entries(logged, manifest.Models, ProjectDirectory));
    }

    private void Write(string path, Func<string> content, System.Collections.Generic.List<ITaskItem> written)
    {
        try
        {
            var text = content();
            var full = Path.GetFullPath(path);

            // Rewritten only when different, so an unchanged project leaves the file (and anything watching it) alone.
            OwnedFile.WriteIfChanged(full, text);

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
