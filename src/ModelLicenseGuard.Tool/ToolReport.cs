using System.Collections.Generic;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Packaging;
using ModelLicenseGuard.Policy;

namespace ModelLicenseGuard.Tool;

/// <summary>What a command found: the models with their verdicts, the problems met, and for a package its metadata conflicts.</summary>
internal sealed class ToolReport
{
    public ToolReport(string command, string subject)
    {
        Command = command;
        Subject = subject;
    }

    /// <summary><c>package</c> or <c>scan</c>.</summary>
    public string Command { get; }

    /// <summary>What was looked at: <c>Id 1.2.3</c>, a folder, a project or a solution.</summary>
    public string Subject { get; }

    /// <summary>The subject's version, when it has one (a package).</summary>
    public string? Version { get; set; }

    /// <summary>The policy the verdicts were judged by, as the build would name it.</summary>
    public ModelLicensePolicy Policy { get; set; } = PolicySettings.Default;

    /// <summary>Set when a scan's projects are judged by different policies, each by its own.</summary>
    public bool MixedPolicies { get; set; }

    /// <summary>How the policy is named in output: its name, or <c>Mixed</c> when each project has its own.</summary>
    public string PolicyName => MixedPolicies ? "Mixed" : Policy.ToString();

    public List<ReportedModel> Models { get; } = [];

    /// <summary>Problems met while resolving (MLG0030, MLG0032…) and with the policy's own inputs (MLG0021–MLG0023).</summary>
    public List<ManifestProblem> Problems { get; } = [];

    /// <summary>Package metadata that conflicts with the models the package carries (MLG0011).</summary>
    public List<PackageConflict> Conflicts { get; } = [];

    /// <summary>Things the user should know that are not findings, e.g. that models named in C# need the analyzer.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Whether anything fails the policy as <c>dotnet build</c> would fail (exit code 1).</summary>
    public bool FailsPolicy
    {
        get
        {
            foreach (var model in Models)
            {
                if (model.Violation is { FailsBuild: true } && model.AllowedBy is null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>One model and its verdict under the policy.</summary>
/// <param name="Model">The model as the build's resolver classified it.</param>
/// <param name="Location">Where the model is, as the user should read it: a path, a package path, a reference.</param>
internal sealed record ReportedModel(ManifestEntry Model, string Location)
{
    /// <summary>What the policy says of the model, allowed or not; null when it passes.</summary>
    public PolicyViolation? Violation { get; init; }

    /// <summary>The allow that excuses <see cref="Violation"/>, if one does.</summary>
    public PolicyListEntry? AllowedBy { get; init; }

    /// <summary>The package the model comes from, when it comes from one: <c>Id/Version</c>.</summary>
    public string? Package { get; init; }
}

/// <summary>A package's own metadata that conflicts with a model it carries (the build's MLG0011).</summary>
internal sealed record PackageConflict(string Package, PackageMetadataConflict Conflict);
