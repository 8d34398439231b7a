using System;
using System.Collections.Generic;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;

namespace ModelLicenseGuard.Tool;

/// <summary>
/// The policy as the command line states it (<c>--policy</c>, <c>--allow</c>, <c>--deny</c>, <c>--allow-open-weights</c>),
/// read with the build's own parsers (<see cref="PolicyEvaluator.TryParse"/>, <see cref="PolicyListReader"/>).
/// </summary>
internal sealed record PolicyOptions(string? Policy, IReadOnlyList<string> Allow, IReadOnlyList<string> Deny, bool AllowOpenWeights)
{
    /// <summary>Options that say nothing: the default policy, no allows or denies.</summary>
    public static PolicyOptions None { get; } = new(null, [], [], false);

    /// <summary>
    /// The settings, or a <see cref="ToolInputException"/> for a policy name the build would not know either. Allows and
    /// denies that allow nothing (no justification, expired, bad date) are problems in the report, as in the build.
    /// </summary>
    /// <param name="fallbackPolicy">The project's <c>ModelLicensePolicy</c> when <c>--policy</c> is not given.</param>
    public PolicySettings ToSettings(string? fallbackPolicy, List<ManifestProblem> problems)
    {
        var text = string.IsNullOrWhiteSpace(Policy) ? fallbackPolicy : Policy;
        if (!PolicyEvaluator.TryParse(text, out var policy))
        {
            throw new ToolInputException($"Policy '{text}' is not a known policy; use None, Permissive, Commercial or OpenSourceOnly.");
        }

        var settings = new PolicySettings(policy) { IsDefault = string.IsNullOrWhiteSpace(text), AllowOpenWeights = AllowOpenWeights };
        foreach (var allow in Allow)
        {
            // PATTERN=JUSTIFICATION[@yyyy-MM-dd]: an allow needs its reason, as the ModelLicenseAllow item does.
            var (pattern, justification, expires) = Split(allow);
            var entry = PolicyListReader.Allow(pattern, justification, expires, settings.Today, out var code, out var message);
            if (entry is null)
            {
                problems.Add(new ManifestProblem(code!, "--allow " + allow, message!.Replace("ModelLicenseAllow", "--allow")));
                continue;
            }

            settings.Allow.Add(entry);
        }

        foreach (var deny in Deny)
        {
            var (pattern, reason, expires) = Split(deny);
            var entry = PolicyListReader.Deny(pattern, reason, expires, out var code, out var message);
            if (entry is null)
            {
                problems.Add(new ManifestProblem(code!, "--deny " + deny, message!.Replace("ModelLicenseDeny", "--deny")));
                continue;
            }

            settings.Deny.Add(entry);
        }

        return settings;
    }

    private static (string Pattern, string? Text, string? Expires) Split(string value)
    {
        var equals = value.IndexOf('=');
        if (equals < 0)
        {
            return (value, null, null);
        }

        var text = value.Substring(equals + 1);
        string? expires = null;
        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            expires = text.Substring(at + 1);
            text = text.Substring(0, at);
        }

        return (value.Substring(0, equals), text, expires);
    }
}

/// <summary>Judges a manifest's models by a policy, as the build's licence check does, into a report.</summary>
internal static class ReportJudge
{
    /// <summary>Adds each model with its verdict, and the manifest's problems, to <paramref name="report"/>.</summary>
    /// <param name="locate">How a model's location is shown; its source by default.</param>
    public static void Judge(ToolReport report, ModelManifest manifest, PolicySettings settings, Func<ManifestEntry, string>? locate = null, string? package = null)
    {
        report.Policy = settings.Policy;
        foreach (var model in manifest.Models)
        {
            var violation = PolicyEvaluator.Explain(settings, model, out var allowedBy);
            report.Models.Add(new ReportedModel(model, locate?.Invoke(model) ?? model.Source) { Violation = violation, AllowedBy = allowedBy, Package = package });
        }

        foreach (var problem in manifest.Problems)
        {
            report.Problems.Add(problem);
        }
    }

    /// <summary>The diagnostic id a model's verdict is reported under in the build: MLG0020, or null when it passes.</summary>
    public static string? Code(ReportedModel model) => model.Violation is null || model.AllowedBy is not null ? null : DiagnosticIds.PolicyViolation;
}
