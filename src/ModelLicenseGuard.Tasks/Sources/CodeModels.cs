using System;
using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Runtime;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Sources;

/// <summary>
/// The models the project names in code (MLG0040, found by the analyzer, which cannot write files), as manifest
/// entries with source <c>code</c> or <c>apphost</c>: they reach the build through the compiler's SARIF log, which the
/// reports and the lock file read alike.
/// </summary>
internal static class CodeModels
{
    /// <summary>Whether a manifest or lock entry came from the compiler log: a model named in code or in an Aspire AppHost.</summary>
    public static bool IsFromCompilerLog(string? sourceKind)
        => string.Equals(sourceKind, RuntimeModels.CodeSource, StringComparison.Ordinal)
        || string.Equals(sourceKind, RuntimeModels.AppHostSource, StringComparison.Ordinal);

    /// <summary>When the compiler last wrote <paramref name="compiledAssembly"/>; null when it is not given or not there.</summary>
    public static DateTime? CompiledAt(string? compiledAssembly)
        => string.IsNullOrWhiteSpace(compiledAssembly) || !File.Exists(compiledAssembly) ? null : File.GetLastWriteTimeUtc(compiledAssembly);

    /// <summary>
    /// Whether <paramref name="compilerLog"/> is there and was written by the last compile: a compile without the log
    /// since (a build, then <c>dotnet pack --no-build</c>) leaves it missing or older than the assembly.
    /// </summary>
    public static bool IsCurrent(string compilerLog, DateTime? compiled)
        // The compiler writes the log as it finishes, after the assembly; a second's slack covers coarse file times.
        => File.Exists(compilerLog) && !(File.GetLastWriteTimeUtc(compilerLog).AddSeconds(1) < compiled);

    /// <summary>
    /// Each catalog model the compiler log says the code names, once, unless <paramref name="known"/> already has it
    /// (by catalog id); code locations relative to <paramref name="projectDirectory"/> when given.
    /// </summary>
    public static List<ManifestEntry> Entries(IEnumerable<LoggedRuntimeModel> logged, IEnumerable<ManifestEntry> known, string? projectDirectory)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in known)
        {
            if (model.CatalogId is { } id)
            {
                ids.Add(id);
            }
        }

        var entries = new List<ManifestEntry>();
        var problems = new List<ManifestProblem>();
        foreach (var found in logged)
        {
            if (!ids.Add(found.CatalogId))
            {
                continue;
            }

            var model = ModelClassifier.Classify(new ModelFacts("hf:" + found.CatalogId, "reference") { IsReference = true }, problems);
            if (model.CatalogId is null)
            {
                continue;
            }

            model.Source = model.CatalogId;
            model.SourceKind = found.SourceKind;
            model.OriginFile = found.File is null ? null : Relative(projectDirectory, found.File);
            model.OriginLine = found.Line;
            model.AssumedFrom = found.AssumedFrom;
            entries.Add(model);
        }

        return entries;
    }

    private static string Relative(string? projectDirectory, string file)
    {
        if (string.IsNullOrWhiteSpace(projectDirectory))
        {
            return file;
        }

        var directory = Path.GetFullPath(projectDirectory!).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(file);
        return full.StartsWith(directory, StringComparison.Ordinal) ? full.Substring(directory.Length).Replace('\\', '/') : full;
    }
}
