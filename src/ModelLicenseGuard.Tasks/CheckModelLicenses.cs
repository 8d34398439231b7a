using System;
using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Reports what the manifest holds on every build: problems met while resolving models (MLG0030, MLG0032)
/// and models whose licence the project's policy does not allow (MLG0020), after the project's allow and deny items.
/// </summary>
public sealed class CheckModelLicenses : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The <c>ModelLicensePolicy</c> property.</summary>
    public string? Policy { get; set; }

    /// <summary>The project file, where a problem with the policy property itself is reported.</summary>
    public string? ProjectFile { get; set; }

    /// <summary><c>ModelLicenseAllow</c> items: reviewed exceptions, each with <c>Justification</c> and optional <c>Expires</c>.</summary>
    public ITaskItem[] Allow { get; set; } = [];

    /// <summary><c>ModelLicenseDeny</c> items: licences or models the project refuses whatever the policy says.</summary>
    public ITaskItem[] Deny { get; set; } = [];

    /// <summary><c>ModelLicenseAllowOpenWeights</c>: <c>true</c> makes OpenSourceOnly accept open-weights models.</summary>
    public string? AllowOpenWeights { get; set; }

    /// <summary><c>ModelLicenseGuardPolicyDate</c>: the date expiry is judged on, <c>yyyy-MM-dd</c>; empty means today (UTC).</summary>
    public string? Today { get; set; }

    /// <summary>Where the settings are written for the analyzer, which judges the models named only in code by them.</summary>
    public string? PolicySettingsFile { get; set; }

    /// <summary>
    /// <c>false</c> in the IDE's design-time builds: only the settings file is written, so the analyzer judges models
    /// named in code by the policy as it is now; findings and item problems are left to the build, which shows them.
    /// </summary>
    public bool ReportFindings { get; set; } = true;

    /// <summary>
    /// Written when this check reported nothing at all (no problem, violation, item warning or allow used), deleted
    /// otherwise: while it is newer than the check's inputs, the build skips the check and loads none of this code.
    /// Design-time builds, which report nothing by design, leave it as it is.
    /// </summary>
    public string? CleanStamp { get; set; }

    // Whether this run logged anything a later build must show again.
    private bool _reported;

    public override bool Execute()
    {
        try
        {
            Check();
        }
        catch (Exception exception)
        {
            _reported = true;
            TaskLog.InternalError(Log, nameof(CheckModelLicenses), exception);
        }

        UpdateCleanStamp();
        return !Log.HasLoggedErrors;
    }

    private void UpdateCleanStamp()
    {
        if (string.IsNullOrWhiteSpace(CleanStamp) || !ReportFindings)
        {
            return;
        }

        try
        {
            if (_reported || Log.HasLoggedErrors)
            {
                File.Delete(CleanStamp!);
            }
            else
            {
                OwnedFile.Write(CleanStamp!, "ModelLicenseGuard: the last check reported nothing\n");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Without the stamp the check only runs again next build.
        }
    }

    private void Check()
    {
        // A mistyped policy is reported even when there is nothing to enforce it on yet.
        var policyKnown = PolicyEvaluator.TryParse(Policy, out var policy);
        var settings = new PolicySettings(policy)
        {
            IsDefault = string.IsNullOrWhiteSpace(Policy),
            AllowOpenWeights = string.Equals(AllowOpenWeights?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
        };
        if (!string.IsNullOrWhiteSpace(Today))
        {
            if (DateTime.TryParseExact(Today!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            {
                settings.Today = today;
            }
            else if (ReportFindings)
            {
                _reported = true;
                TaskLog.Warning(Log, DiagnosticIds.PolicyItemMalformed, ProjectFile ?? string.Empty, $"ModelLicenseGuardPolicyDate '{Today}' is not a date in the form yyyy-MM-dd; expiry is judged on today's date.");
            }
        }

        // Item problems are reported whatever the policy, so a broken exception is found before it is needed.
        var items = new PolicyItems(ReportFindings ? Log : null, ProjectFile);
        items.ReadAllows(Allow, settings);
        items.ReadDenies(Deny, settings);
        _reported |= items.Reported;
        if (!ReportFindings)
        {
            WritePolicyFile(settings, todayIsFixed: !string.IsNullOrWhiteSpace(Today));
            return;
        }

        if (!policyKnown)
        {
            _reported = true;
            TaskLog.Warning(
                Log,
                DiagnosticIds.UnknownPolicy,
                ProjectFile ?? string.Empty,
                $"ModelLicensePolicy '{Policy}' is not a known policy; use None, Permissive, Commercial or OpenSourceOnly. No policy is enforced.");
        }

        WritePolicyFile(settings, todayIsFixed: !string.IsNullOrWhiteSpace(Today));
        if (!File.Exists(ManifestPath))
        {
            return;
        }

        var manifest = ManifestFormat.Read(File.ReadAllText(ManifestPath));
        if (manifest.Damage is { } damage)
        {
            // The resolve step writes a damaged manifest again; one still damaged here could not be written.
            _reported = true;
            TaskLog.Warning(Log, DiagnosticIds.ManifestDamaged, Path.GetFullPath(ManifestPath), ManifestFormat.DamagedMessage(Path.GetFullPath(ManifestPath), damage));
            return;
        }

        // The project file is read for a diagnostic's line only when there is one: a clean build reads nothing more.
        ProjectReferenceLines? references = null;
        foreach (var problem in manifest.Problems)
        {
            // A problem at a configuration key stands at its line.
            var (file, line, column) = problem.Line > 0 ? (FileOf(problem.File), problem.Line, problem.Column) : Locate(references ??= ProjectReferenceLines.Read(ProjectFile), problem.File);
            _reported = true;
            TaskLog.Warning(Log, problem.Code, file, problem.Message, line, column);
        }

        if (!policyKnown)
        {
            return;
        }

        PackageReferenceLines? packages = null;
        foreach (var model in manifest.Models)
        {
            var violation = PolicyEvaluator.Explain(settings, model, out var allowedBy);
            if (violation is null)
            {
                continue;
            }

            _reported = true;
            if (allowedBy is not null)
            {
                var until = allowedBy.Expires is { } expires ? $", until {expires:yyyy-MM-dd}" : string.Empty;
                Log.LogMessage(MessageImportance.Normal, "{0}", $"ModelLicenseGuard: model '{model.Name}' ({model.Source}) is allowed by ModelLicenseAllow '{allowedBy.Pattern}' ({allowedBy.Justification}{until}).");
                continue;
            }

            packages ??= new PackageReferenceLines(ProjectFile);
            // A model named in configuration is reported at the line that names it.
            var (file, line, column) = model.OriginFile is { } origin ? (FileOf(origin), model.OriginLine, model.OriginColumn) : Locate(references ??= ProjectReferenceLines.Read(ProjectFile), packages, model.Source);
            if (violation.FailsBuild)
            {
                TaskLog.Error(Log, DiagnosticIds.PolicyViolation, file, violation.Message, line, column);
            }
            else
            {
                TaskLog.Warning(Log, DiagnosticIds.PolicyViolation, file, violation.Message, line, column);
            }
        }
    }

    // Written only when it changes: the compiler reads it, and a newer file would make every build recompile.
    private void WritePolicyFile(PolicySettings settings, bool todayIsFixed)
    {
        if (string.IsNullOrWhiteSpace(PolicySettingsFile))
        {
            return;
        }

        var text = PolicyFile.Write(settings, todayIsFixed);
        OwnedFile.WriteIfChanged(PolicySettingsFile!, text);
    }

    /// <summary>
    /// At the <c>ModelReference</c> line that brought the model in, or the <c>PackageReference</c> line of the package that
    /// carries it, where the project file has one; else at the model.
    /// </summary>
    private (string File, int Line, int Column) Locate(ProjectReferenceLines references, PackageReferenceLines packages, string source)
    {
        if (references.ProjectFile is not null && references.TryFind(source, out var line, out var column))
        {
            return (references.ProjectFile, line, column);
        }

        return packages.TryFind(source, out var file, out line, out column) ? (file, line, column) : (FileOf(source), 0, 0);
    }

    private (string File, int Line, int Column) Locate(ProjectReferenceLines references, string source)
        => references.ProjectFile is not null && references.TryFind(source, out var line, out var column)
            ? (references.ProjectFile, line, column)
            : (FileOf(source), 0, 0);

    /// <summary>Files are reported by full path so IDEs and CI logs can open them; references as written.</summary>
    private string FileOf(string source)
    {
        if (source.IndexOf(':') > 1 && !Path.IsPathRooted(source))
        {
            return source;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(ProjectDirectory, source));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return source;
        }
    }
}
