using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>
/// The report as a readable table: one aligned line per model, the verdicts' messages in full beneath it, then package
/// conflicts (MLG0011), problems and notes, and a summary line. Colour marks verdicts only when the style asks for it.
/// </summary>
internal static class TableReportWriter
{
    // Widths that keep a row within about 160 columns; the full values are in --format json.
    private static readonly TextColumn[] Columns =
    [
        new("LOCATION", 48, Keep.End),
        new("FORMAT", 12),
        new("MODEL", 32),
        new("LICENCE", 28),
        new("TIER", 17),
        new("VERDICT", 16),
    ];

    public static void Write(ToolReport report, TextWriter output, bool color)
    {
        var subject = TextTable.Clean(report.Subject + (report.Version is null ? string.Empty : " " + report.Version));
        output.WriteLine($"{subject}: {Count(report.Models.Count, "model")}, policy {(report.MixedPolicies ? "per project" : report.Policy.ToString())}");
        output.WriteLine();

        if (report.Models.Count > 0)
        {
            var table = new TextTable(Columns);
            foreach (var reported in report.Models)
            {
                var model = reported.Model;
                var verdict = Verdicts.Of(reported);
                var verdictText = verdict is Verdict.Pass ? "ok" : Verdicts.Word(verdict) + " " + DiagnosticIds.PolicyViolation;
                table.Add(
                    [reported.Location, model.Format, model.Name.Length > 0 ? model.Name : model.CatalogId, model.License ?? "unknown", model.Tier.ToString(), verdictText],
                    Paint.None, Paint.None, Paint.None, Paint.None, Paint.None, PaintOf(verdict));
            }

            table.Write(output, "  ", color);
            WriteVerdictMessages(report, output, color);
            WriteObligations(report, output);
        }
        else
        {
            output.WriteLine("  No models found.");
        }

        if (report.Conflicts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Package metadata conflicts ({DiagnosticIds.PackageMetadataConflict}):");
            foreach (var conflict in report.Conflicts)
            {
                var c = conflict.Conflict;
                var level = TextTable.Colored("warning " + DiagnosticIds.PackageMetadataConflict, Paint.Yellow, color);
                output.WriteLine($"  {level} " + TextTable.Clean($"{conflict.Package}: {c.Property} '{c.Value}' conflicts with '{c.Model.Name}' ({c.Model.License ?? "licence unknown"}): {c.Reason}"));
            }
        }

        if (report.Problems.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Problems:");
            foreach (var problem in report.Problems)
            {
                var level = RuleInfo.LevelOf(problem.Code);
                var label = TextTable.Colored(level + " " + problem.Code, level == "error" ? Paint.Red : Paint.Yellow, color);
                output.WriteLine($"  {label} " + TextTable.Clean($"{Where(problem)}: {problem.Message}"));
            }
        }

        if (report.Notes.Count > 0)
        {
            output.WriteLine();
            foreach (var note in report.Notes)
            {
                output.WriteLine(TextTable.Clean("note: " + note));
            }
        }

        output.WriteLine();
        output.WriteLine(Summary(report, color));
    }

    /// <summary>A verdict's message is a sentence or two: written whole beneath the table, where it need not fit a column.</summary>
    private static void WriteVerdictMessages(ToolReport report, TextWriter output, bool color)
    {
        var first = true;
        foreach (var reported in report.Models)
        {
            if (reported.Violation is not { } violation)
            {
                continue;
            }

            if (first)
            {
                output.WriteLine();
                first = false;
            }

            var verdict = Verdicts.Of(reported);
            var label = TextTable.Colored(Verdicts.Word(verdict) + " " + DiagnosticIds.PolicyViolation, PaintOf(verdict), color);
            var text = $"{reported.Location}: {violation.Message}";
            if (reported.AllowedBy is { } allow)
            {
                text += $" (allowed by '{allow.Pattern}': {allow.Justification})";
            }

            // Cleaned before the label's colour is added, or the colour's own escape would be cleaned away.
            output.WriteLine($"  {label} " + TextTable.Clean(text));
        }
    }

    /// <summary>What each model's licence asks of whoever ships or serves it: attribution, use restrictions, notices.</summary>
    private static void WriteObligations(ToolReport report, TextWriter output)
    {
        var first = true;
        foreach (var reported in report.Models)
        {
            var model = reported.Model;
            var duties = string.Join("; ", new[] { model.Attribution, model.Restrictions }.Where(duty => !string.IsNullOrWhiteSpace(duty)));
            if (duties.Length == 0)
            {
                continue;
            }

            if (first)
            {
                output.WriteLine();
                output.WriteLine("Obligations:");
                first = false;
            }

            output.WriteLine("  " + TextTable.Clean($"{reported.Location}: {duties}"));
        }
    }

    private static string Summary(ToolReport report, bool color)
    {
        int errors = 0, warnings = 0, allowed = 0;
        foreach (var reported in report.Models)
        {
            switch (Verdicts.Of(reported))
            {
                case Verdict.Error:
                    errors++;
                    break;
                case Verdict.Warning:
                    warnings++;
                    break;
                case Verdict.Allowed:
                    allowed++;
                    break;
            }
        }

        var parts = new List<string> { Count(report.Models.Count, "model"), Count(errors, "error"), Count(warnings, "warning"), allowed.ToString(CultureInfo.InvariantCulture) + " allowed" };
        if (report.Conflicts.Count > 0)
        {
            parts.Add(Count(report.Conflicts.Count, "package conflict"));
        }

        if (report.Problems.Count > 0)
        {
            parts.Add(Count(report.Problems.Count, "problem"));
        }

        var policy = report.MixedPolicies ? "its project's policy" : $"the {report.Policy} policy";
        var outcome = report.FailsPolicy
            ? TextTable.Colored($"fails {policy}", Paint.Red, color)
            : TextTable.Colored($"passes {policy}", errors + warnings + report.Conflicts.Count + report.Problems.Count > 0 ? Paint.Yellow : Paint.Green, color);
        return string.Join(", ", parts) + ": " + outcome + ".";
    }

    private static Paint PaintOf(Verdict verdict) => verdict switch
    {
        Verdict.Error => Paint.Red,
        Verdict.Warning => Paint.Yellow,
        Verdict.Pass => Paint.Green,
        _ => Paint.None,
    };

    /// <summary>file, file:line or file:line:column, as compilers print a place.</summary>
    internal static string Where(ManifestProblem problem)
        => problem.Line <= 0 ? problem.File
            : problem.Column <= 0 ? $"{problem.File}:{problem.Line.ToString(CultureInfo.InvariantCulture)}"
            : $"{problem.File}:{problem.Line.ToString(CultureInfo.InvariantCulture)}:{problem.Column.ToString(CultureInfo.InvariantCulture)}";

    internal static string Count(int count, string noun)
        => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
