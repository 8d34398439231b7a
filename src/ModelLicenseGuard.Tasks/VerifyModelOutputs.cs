using System;
using System.IO;
using Microsoft.Build.Framework;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Runs before the incremental steps on every build and makes them run again when a file they wrote is no longer what
/// they wrote. The manifest and the resolve stamp are one unit: a manifest that is missing, empty, cut short, changed
/// or not a file deletes the stamp, so the resolve step writes it again instead of leaving every later build silent. A
/// compiler log (SARIF) that does not parse, as two builds of one project at once can leave it, is deleted, so the
/// compile, which lists it among its outputs, runs again and rewrites it; so is one older than the assembly the last
/// compile wrote (a compile that lost the race to write it), which the reports would otherwise call missing on every
/// build until a source changed.
/// </summary>
public sealed class VerifyModelOutputs : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    /// <summary>The resolve step's stamp, which says its outputs are up to date.</summary>
    [Required]
    public string StampPath { get; set; } = string.Empty;

    /// <summary>The compiler log the reports read, in builds that read it; empty checks none.</summary>
    public string? CompilerLog { get; set; }

    /// <summary>The assembly the compiler writes, when the package asks for <see cref="CompilerLog"/>; empty compares nothing.</summary>
    public string? CompiledAssembly { get; set; }

    public override bool Execute()
    {
        try
        {
            if (File.Exists(StampPath) && FindManifestDamage() is { } damage)
            {
                File.Delete(StampPath);
                Log.LogMessage(MessageImportance.High, "{0}", $"ModelLicenseGuard: the manifest '{ManifestPath}' {damage}; it is written again.");
            }

            VerifyCompilerLog();
        }
        catch (Exception exception)
        {
            TaskLog.InternalError(Log, nameof(VerifyModelOutputs), exception);
        }

        return true;
    }

    /// <summary>Why the manifest is not the whole file the resolve step wrote; null when it is.</summary>
    internal string? FindManifestDamage()
    {
        if (Directory.Exists(ManifestPath))
        {
            return "is a folder, not a file";
        }

        if (!File.Exists(ManifestPath))
        {
            return "is missing";
        }

        try
        {
            return ManifestFormat.FindDamage(File.ReadAllText(ManifestPath)) is { } damage ? "is damaged: " + damage : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: " + exception.Message;
        }
    }

    private void VerifyCompilerLog()
    {
        if (string.IsNullOrWhiteSpace(CompilerLog) || !File.Exists(CompilerLog))
        {
            return;
        }

        // The compiler writes the log as it finishes, after the assembly; a second's slack covers coarse file times.
        if (!string.IsNullOrWhiteSpace(CompiledAssembly) && File.Exists(CompiledAssembly)
            && File.GetLastWriteTimeUtc(CompilerLog).AddSeconds(1) < File.GetLastWriteTimeUtc(CompiledAssembly))
        {
            File.Delete(CompilerLog!);
            Log.LogMessage(MessageImportance.High, "{0}", $"ModelLicenseGuard: the compiler log '{CompilerLog}' is older than the assembly the last compile wrote; it was deleted so the compiler writes it again.");
            return;
        }

        try
        {
            CompilerLogReader.Read(CompilerLog!);
        }
        catch (ModelFormatException exception)
        {
            File.Delete(CompilerLog!);
            Log.LogMessage(MessageImportance.High, "{0}", $"ModelLicenseGuard: the compiler log '{CompilerLog}' is not valid JSON ({exception.Message}); it was deleted so the compiler writes it again.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Held by another build right now: the reports step says so if it cannot read it either.
        }
    }
}
