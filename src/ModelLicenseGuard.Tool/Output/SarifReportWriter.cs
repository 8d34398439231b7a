using System;
using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>
/// The report as SARIF 2.1.0, for code scanning: a result per policy verdict, package conflict (MLG0011) and problem,
/// under the same rule ids, levels and help pages as the build's diagnostics.
/// </summary>
/// <remarks>
/// A model a justified allow excuses is written as a result with an external suppression rather than left out: SARIF
/// readers (GitHub code scanning among them) hide suppressed results by default, yet the exception and its justification
/// stay in the log for an audit, which is what an allow is for. A model the policy has nothing to say about is not a
/// finding and gets no result; the JSON and CycloneDX formats list every model.
/// </remarks>
internal static class SarifReportWriter
{
    public static void Write(ToolReport report, TextWriter output)
    {
        var results = new List<SarifResult>();
        foreach (var reported in report.Models)
        {
            if (reported.Violation is not { } violation)
            {
                continue;
            }

            var model = reported.Model;
            var (location, line, column) = PlaceOf(reported);
            results.Add(new SarifResult(DiagnosticIds.PolicyViolation, violation.FailsBuild ? "error" : "warning", violation.Message, location)
            {
                Line = line,
                Column = column,
                Suppression = reported.AllowedBy is { } allow ? $"Allowed by '{allow.Pattern}': {allow.Justification}" : null,
                Properties =
                [
                    new("model", model.Name),
                    new("license", model.License),
                    new("tier", model.Tier.ToString()),
                    new("policy", report.PolicyName),
                ],
            });
        }

        foreach (var conflict in report.Conflicts)
        {
            var c = conflict.Conflict;
            var carrier = report.Models.Find(reported => ReferenceEquals(reported.Model, c.Model));
            var (location, line, column) = carrier is null ? (conflict.Package, 0, 0) : PlaceOf(carrier);
            results.Add(new SarifResult(
                DiagnosticIds.PackageMetadataConflict,
                RuleInfo.LevelOf(DiagnosticIds.PackageMetadataConflict),
                $"{conflict.Package}: {c.Property} '{c.Value}' conflicts with '{c.Model.Name}' ({c.Model.License ?? "licence unknown"}): {c.Reason}",
                location)
            {
                Line = line,
                Column = column,
                Properties = [new("package", conflict.Package), new("property", c.Property), new("value", c.Value)],
            });
        }

        foreach (var problem in report.Problems)
        {
            // A policy input given on the command line (--allow, --deny) is no file: its message names the option instead.
            var commandLine = problem.File.StartsWith("--", StringComparison.Ordinal);
            results.Add(new SarifResult(problem.Code, RuleInfo.LevelOf(problem.Code), commandLine ? $"{problem.File}: {problem.Message}" : problem.Message, commandLine ? null : problem.File)
            {
                Line = problem.Line,
                Column = problem.Column,
            });
        }

        SarifLog.Write(output, RulesFor(results), results);
    }

    /// <summary>A rule for each id the results use, in id order, so the same report always writes the same log.</summary>
    private static List<SarifRule> RulesFor(List<SarifResult> results)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            ids.Add(result.RuleId);
        }

        var rules = new List<SarifRule>();
        foreach (var id in ids)
        {
            rules.Add(new SarifRule(id, RuleInfo.TitleOf(id), HelpLinks.For(id), RuleInfo.LevelOf(id)));
        }

        return rules;
    }

    /// <summary>
    /// Where a result points: a model named in code or configuration at the line that names it (as the BOM's evidence
    /// does), any other model where the report located it.
    /// </summary>
    private static (string Location, int Line, int Column) PlaceOf(ReportedModel reported)
        => reported.Model is { SourceKind: not null, OriginFile: { Length: > 0 } file } model
            ? (file, model.OriginLine, model.OriginColumn)
            : (reported.Location, 0, 0);
}
