using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Sources;

namespace ModelLicenseGuard.Tasks.Locking;

/// <summary>
/// Compares the models the build found (its manifests) with the lock file, <c>models.lock.json</c>, as NuGet's
/// <c>packages.lock.json</c> is compared with a restore: a model whose licence, tier, obligations or identity changed
/// is MLG0033, a warning that updates the entry, or in locked mode an error that writes nothing; in locked mode a model
/// added or gone, or no lock file at all, is MLG0033 too. A lock that cannot be read is MLG0034: written again from
/// the build, or in locked mode an error. See docs/lock-file.md.
/// </summary>
/// <remarks>
/// Models named in code (source <c>code</c> or <c>apphost</c>) reach the build only through the compiler's log, after
/// the compile: the run before it (from the manifests) keeps their entries as they are, and a run after it
/// (<see cref="CodeModelsOnly"/>) checks them alone, when the build has the log.
/// </remarks>
public sealed class CheckModelLock : Microsoft.Build.Utilities.Task
{
    /// <summary>
    /// The manifests the build wrote (absolute or relative to <see cref="ProjectDirectory"/>): one, or one per target
    /// framework for a multi-targeting project's outer build, whose models are merged (the first framework's entry wins).
    /// </summary>
    [Required]
    public ITaskItem[] Manifests { get; set; } = [];

    /// <summary>The lock file, absolute or relative to <see cref="ProjectDirectory"/>.</summary>
    [Required]
    public string LockFilePath { get; set; } = string.Empty;

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary><c>ModelLicenseGuardLockedMode</c>: fail on any drift, never write.</summary>
    public bool LockedMode { get; set; }

    /// <summary>
    /// Check only the models named in code, from <see cref="CompilerLog"/>, after the compile; every other entry is kept
    /// as it is. False (the run before the compile) checks every other model and keeps the entries of models named in code.
    /// </summary>
    public bool CodeModelsOnly { get; set; }

    /// <summary>The compiler's SARIF log, where the analyzer recorded the models the project names in code (MLG0040).</summary>
    public string? CompilerLog { get; set; }

    /// <summary>The assembly the compiler wrote: a log older than it is from an earlier compile and is not read.</summary>
    public string? CompiledAssembly { get; set; }

    /// <summary>Whether this run wrote the lock file.</summary>
    [Output]
    public bool Written { get; set; }

    /// <summary>How long to wait for another build using the same lock file; tests shorten it.</summary>
    internal TimeSpan GuardWait { get; set; } = LockFileGuard.Wait;

    public override bool Execute()
    {
        try
        {
            Check();
        }
        catch (Exception exception)
        {
            TaskLog.InternalError(Log, nameof(CheckModelLock), exception);
        }

        return !Log.HasLoggedErrors;
    }

    private void Check()
    {
        var fullPath = Path.GetFullPath(Path.Combine(ProjectDirectory, LockFilePath));
        var name = Display(fullPath);
        var models = new List<ManifestEntry>();
        foreach (var item in Manifests)
        {
            var path = Path.GetFullPath(Path.Combine(ProjectDirectory, item.ItemSpec));
            var manifest = File.Exists(path) ? ManifestFormat.Read(File.ReadAllText(path)) : null;
            if (manifest is null || manifest.Damage is not null)
            {
                // No models to compare: every locked one would look gone. The manifest's own check says what is wrong.
                Log.LogMessage(MessageImportance.Normal, $"ModelLicenseGuard: {name} is not checked: the model manifest '{path}' is missing or damaged.");
                return;
            }

            models.AddRange(manifest.Models);
        }

        List<ManifestEntry> checkedModels;
        if (CodeModelsOnly)
        {
            var named = NamedInCode(models, name);
            if (named is null)
            {
                return;
            }

            checkedModels = named;
        }
        else
        {
            checkedModels = models.FindAll(model => !CodeModels.IsFromCompilerLog(model.SourceKind));
        }

        var found = LockFile.For(checkedModels, CatalogVersion.Current);
        using var guard = LockFileGuard.Take(fullPath, GuardWait);
        if (guard is null)
        {
            TaskLog.Warning(Log, DiagnosticIds.InternalError, fullPath, $"The lock file {name} was not checked: another build held it for {GuardWait.TotalSeconds:0} s.");
            return;
        }

        if (!File.Exists(fullPath))
        {
            if (CodeModelsOnly && LockedMode)
            {
                // The run before the compile has said that locked mode needs the file.
                Log.LogMessage(MessageImportance.Normal, $"ModelLicenseGuard: the models named in code are not checked: there is no lock file {name}.");
                return;
            }

            if (LockedMode)
            {
                TaskLog.Error(Log, DiagnosticIds.LockDrift, fullPath, $"Locked mode (ModelLicenseGuardLockedMode) needs the lock file {name}, and there is none: build once without locked mode to write it, review it and commit it.");
                return;
            }

            Write(fullPath, found, existing: null);
            return;
        }

        string text;
        LockFile locked;
        try
        {
            text = LockFileFormat.ReadText(fullPath);
            locked = LockFileFormat.Read(text);
        }
        catch (LockFileUnreadableException exception)
        {
            if (CodeModelsOnly)
            {
                // The run before the compile has reported it, and outside locked mode written it again.
                Log.LogMessage(MessageImportance.Normal, $"ModelLicenseGuard: the models named in code are not checked: the lock file {name} cannot be read: {exception.Message}.");
                return;
            }

            if (LockedMode)
            {
                TaskLog.Error(Log, DiagnosticIds.LockFileUnreadable, fullPath, $"The lock file {name} cannot be read: {exception.Message}. Locked mode (ModelLicenseGuardLockedMode) cannot check the models against it: repair it, or delete it and build without locked mode to write it again from the models.");
                return;
            }

            TaskLog.Warning(Log, DiagnosticIds.LockFileUnreadable, fullPath, $"The lock file {name} cannot be read: {exception.Message}. It was written again from this build's models: review it and commit it.");
            Write(fullPath, found, existing: null);
            return;
        }

        // The entries this run does not check are kept as they are, and are never reported gone.
        var inScope = new LockFile { CatalogVersion = locked.CatalogVersion };
        var kept = new List<LockEntry>();
        foreach (var entry in locked.Models)
        {
            (CodeModels.IsFromCompilerLog(entry.SourceKind) == CodeModelsOnly ? inScope.Models : kept).Add(entry);
        }

        found.Models.AddRange(kept);
        found.Sort();
        if (CodeModelsOnly)
        {
            // The run before the compile records the knowledge base's version; this one leaves it.
            found.CatalogVersion = locked.CatalogVersion;
        }

        var lines = LockFileFormat.EntryLines(text);
        foreach (var drift in LockDrift.Between(inScope, Only(found, CodeModelsOnly)))
        {
            if (LockedMode)
            {
                TaskLog.Error(Log, DiagnosticIds.LockDrift, fullPath, Message(drift, name) + $" Locked mode (ModelLicenseGuardLockedMode) leaves {name} as it is: review the change, build without locked mode to record it, and commit {name}.", Line(lines, drift));
            }
            else if (drift.Kind == LockDriftKind.Changed)
            {
                TaskLog.Warning(Log, DiagnosticIds.LockDrift, fullPath, Message(drift, name) + $" {name} now records the new terms: review the change and commit it.", Line(lines, drift));
            }
        }

        if (!LockedMode)
        {
            Write(fullPath, found, text);
        }
    }

    /// <summary>The models named in code, from a current compiler log, that the manifests do not already have; null when there is no such log.</summary>
    private List<ManifestEntry>? NamedInCode(List<ManifestEntry> models, string name)
    {
        if (string.IsNullOrWhiteSpace(CompilerLog))
        {
            Log.LogMessage(MessageImportance.Normal, $"ModelLicenseGuard: the models named in code are not checked against {name}: the build has no compiler log.");
            return null;
        }

        var log = Path.GetFullPath(Path.Combine(ProjectDirectory, CompilerLog));
        var compiled = string.IsNullOrWhiteSpace(CompiledAssembly) ? null : CodeModels.CompiledAt(Path.GetFullPath(Path.Combine(ProjectDirectory, CompiledAssembly)));
        if (!CodeModels.IsCurrent(log, compiled))
        {
            Log.LogMessage(MessageImportance.Normal, $"ModelLicenseGuard: the models named in code are not checked against {name}: the last compile wrote no compiler log ({log}); {name} keeps their entries as they are.");
            return null;
        }

        List<LoggedRuntimeModel> logged;
        try
        {
            logged = CompilerLogReader.Read(log);
        }
        catch (Exception exception) when (exception is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            Log.LogMessage(MessageImportance.Normal, $"ModelLicenseGuard: the models named in code are not checked against {name}: the compiler log {log} could not be read: {exception.Message}");
            return null;
        }

        return CodeModels.Entries(logged, models, ProjectDirectory);
    }

    /// <summary>The entries of <paramref name="lockFile"/> from the compiler log, or all the others.</summary>
    private static LockFile Only(LockFile lockFile, bool fromCompilerLog)
    {
        var only = new LockFile { CatalogVersion = lockFile.CatalogVersion };
        only.Models.AddRange(lockFile.Models.FindAll(entry => CodeModels.IsFromCompilerLog(entry.SourceKind) == fromCompilerLog));
        return only;
    }

    private void Write(string fullPath, LockFile found, string? existing)
    {
        var text = LockFileFormat.Write(found);

        // A checkout that turned the line ends into CRLF holds the same lock: left alone, as any unchanged lock is.
        if (existing is not null && string.Equals(existing.Replace("\r\n", "\n"), text, StringComparison.Ordinal))
        {
            return;
        }

        Written = OwnedFile.WriteIfChanged(fullPath, text);
    }

    private static string Message(LockDrift drift, string name) => drift.Kind switch
    {
        LockDriftKind.Added => $"Model {drift.Entry.Display} is not in the lock file {name}: {Terms(drift.Entry)}.",
        LockDriftKind.Removed => $"Model {drift.Entry.Display}, locked in {name} with {Terms(drift.Entry)}, is no longer found by the build.",
        _ => $"Model {drift.Entry.Display} differs from its entry in the lock file {name}: {string.Join("; ", drift.Differences)}.",
    };

    private static string Terms(LockEntry entry) => $"licence '{entry.License ?? "unknown"}', {entry.TierWords()}";

    private static int Line(IReadOnlyDictionary<string, int> lines, LockDrift drift) => lines.TryGetValue(drift.Entry.Key, out var line) ? line : 0;

    private string Display(string fullPath)
    {
        var directory = Path.GetFullPath(ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(directory, StringComparison.OrdinalIgnoreCase) ? fullPath.Substring(directory.Length).Replace('\\', '/') : fullPath;
    }
}
