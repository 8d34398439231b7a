using System;
using System.IO;
using Microsoft.Build.Framework;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Reports what the manifest holds on every build: problems met while resolving models (MLG0030, MLG0032)
/// and models whose licence the project's policy does not allow (MLG0020).
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

    public override bool Execute()
    {
        try
        {
            Check();
        }
        catch (Exception exception)
        {
            TaskLog.InternalError(Log, nameof(CheckModelLicenses), exception);
        }

        return !Log.HasLoggedErrors;
    }

    private void Check()
    {
        // A mistyped policy is reported even when there is nothing to enforce it on yet.
        var policyKnown = PolicyEvaluator.TryParse(Policy, out var policy);
        if (!policyKnown)
        {
            TaskLog.Warning(
                Log,
                DiagnosticIds.UnknownPolicy,
                ProjectFile ?? string.Empty,
                $"ModelLicensePolicy '{Policy}' is not a known policy; use None, Permissive, Commercial or OpenSourceOnly. No policy is enforced.");
        }

        if (!File.Exists(ManifestPath))
        {
            return;
        }

        var manifest = ManifestFormat.Read(File.ReadAllText(ManifestPath));
        var references = ProjectReferenceLines.Read(ProjectFile);
        foreach (var problem in manifest.Problems)
        {
            var (file, line, column) = Locate(references, problem.File);
            TaskLog.Warning(Log, problem.Code, file, problem.Message, line, column);
        }

        if (!policyKnown)
        {
            return;
        }

        foreach (var model in manifest.Models)
        {
            var violation = PolicyEvaluator.Violation(policy, model);
            if (violation is not null)
            {
                // A model named in configuration is reported at the line that names it.
                var (file, line, column) = model.OriginFile is { } origin ? (FileOf(origin), model.OriginLine, model.OriginColumn) : Locate(references, model.Source);
                TaskLog.Error(Log, DiagnosticIds.PolicyViolation, file, violation, line, column);
            }
        }
    }

    /// <summary>At the <c>ModelReference</c> line that brought the model in, where the project file has one; else at the model.</summary>
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
