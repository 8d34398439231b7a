using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Analyzers.Tests;

/// <summary>
/// Renders <c>docs/rules/README.md</c> from what the product itself says about each id: the analyzer's
/// <see cref="DiagnosticDescriptor"/>s and the build task's <see cref="BuildDiagnostics"/>.
/// </summary>
internal static class RulesIndex
{
    public const string RelativePath = "docs/rules/README.md";

    public const string UpdateVariable = "MLG_UPDATE_RULES_INDEX";

    public static string HowToRegenerate
        => $"Regenerate it with {UpdateVariable}=1 dotnet test tests/ModelLicenseGuard.Analyzers.Tests --filter {nameof(RuleDocumentationTests.The_rules_index_is_rendered_from_the_descriptors)} and commit the result.";

    /// <summary>Every descriptor of every analyzer in the analyzer assembly.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> AnalyzerDescriptors()
        => typeof(OpenSourceClaimAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
            .ToList();

    /// <summary>One row per id; each id's analyzer descriptors and build-task entry must agree on severity and title.</summary>
    public static IReadOnlyList<Rule> Rules(IEnumerable<string> ids)
    {
        var descriptors = AnalyzerDescriptors().ToLookup(descriptor => descriptor.Id, StringComparer.Ordinal);
        var build = BuildDiagnostics.All.ToDictionary(diagnostic => diagnostic.Id, StringComparer.Ordinal);
        var rules = new List<Rule>();
        foreach (var id in ids.OrderBy(id => id, StringComparer.Ordinal))
        {
            var fromAnalyzer = descriptors[id]
                .Select(descriptor => (Severity: Name(descriptor.DefaultSeverity), Title: descriptor.Title.ToString(CultureInfo.InvariantCulture)))
                .Distinct()
                .ToList();
            build.TryGetValue(id, out var fromBuild);
            if (fromAnalyzer.Count > 1)
            {
                throw new InvalidOperationException($"{id}'s analyzer descriptors disagree on severity or title: {string.Join("; ", fromAnalyzer)}.");
            }

            var analyzer = fromAnalyzer.Count == 1 ? fromAnalyzer[0] : ((string Severity, string Title)?)null;
            var buildSeverity = fromBuild is null ? null : Name(fromBuild.Severity);
            if (analyzer is null && fromBuild is null)
            {
                throw new InvalidOperationException($"{id} is in DiagnosticIds, but no analyzer descriptor has it and BuildDiagnostics.All does not list it: say which reports it.");
            }

            if (analyzer is { } a && fromBuild is not null && (a.Severity != buildSeverity || a.Title != fromBuild.Title))
            {
                throw new InvalidOperationException($"{id} is reported by the analyzer as {a.Severity} '{a.Title}' and by the build task as {buildSeverity} '{fromBuild.Title}': make RuleDescriptors and BuildDiagnostics agree.");
            }

            var reporters = new List<string>();
            if (fromBuild is not null)
            {
                reporters.Add("build");
            }

            if (analyzer is not null)
            {
                reporters.Add("analyzer");
            }

            rules.Add(new Rule(
                id,
                analyzer?.Severity ?? buildSeverity!,
                fromBuild?.SeverityNote,
                string.Join(", ", reporters),
                analyzer?.Title ?? fromBuild!.Title));
        }

        return rules;
    }

    public static string Render(IEnumerable<Rule> rules)
    {
        var text = new StringBuilder()
            .Append("# Rules\n\n")
            .Append("<!-- Generated from the analyzer's DiagnosticDescriptors (src/ModelLicenseGuard.Analyzers/Rules/RuleDescriptors.cs) and the build task's diagnostics (src/ModelLicenseGuard.Core/Diagnostics/BuildDiagnostics.cs); do not edit. ")
            .Append($"RuleDocumentationTests fails when it is out of date; {UpdateVariable}=1 makes that test write it. -->\n\n")
            .Append("| id | default | reported by | what |\n")
            .Append("|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var severity = rule.SeverityNote is null ? rule.Severity : $"{rule.Severity} ({rule.SeverityNote})";
            text.Append($"| [{rule.Id}]({rule.Id}.md) | {severity} | {rule.ReportedBy} | {rule.Title} |\n");
        }

        return text.ToString();
    }

    private static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    private static string Name(BuildDiagnosticSeverity severity) => severity == BuildDiagnosticSeverity.Error ? "error" : "warning";

    public sealed record Rule(string Id, string Severity, string? SeverityNote, string ReportedBy, string Title);
}
