using System.IO;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>The report as a readable table: one line per model, then conflicts, problems and notes.</summary>
internal static class TableReportWriter
{
    public static void Write(ToolReport report, TextWriter output, bool color)
    {
        output.WriteLine($"{report.Subject}{(report.Version is null ? string.Empty : " " + report.Version)}: {report.Models.Count} model(s), policy {report.Policy}");
        foreach (var reported in report.Models)
        {
            var model = reported.Model;
            var verdict = reported.Violation is null ? "ok" : reported.AllowedBy is not null ? "allowed" : reported.Violation.FailsBuild ? "error " + DiagnosticIds.PolicyViolation : "warning " + DiagnosticIds.PolicyViolation;
            output.WriteLine($"  {reported.Location}  {model.Format}  {model.Name}  {model.License ?? "unknown"}  {model.Tier}  {verdict}");
        }

        foreach (var conflict in report.Conflicts)
        {
            output.WriteLine($"  warning {DiagnosticIds.PackageMetadataConflict}: {conflict.Package}: {conflict.Conflict.Property} '{conflict.Conflict.Value}' conflicts with '{conflict.Conflict.Model.Name}' ({conflict.Conflict.Model.License}): {conflict.Conflict.Reason}");
        }

        foreach (var problem in report.Problems)
        {
            output.WriteLine($"  warning {problem.Code}: {problem.Message}");
        }

        foreach (var note in report.Notes)
        {
            output.WriteLine("  note: " + note);
        }
    }
}
