using System.IO;
using System.Text;
using System.Text.Json;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>The report as JSON, for scripts: every model with its licence, tier, obligations, provenance and verdict.</summary>
internal static class JsonReportWriter
{
    public static void Write(ToolReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("command", report.Command);
            json.WriteString("subject", report.Subject);
            if (report.Version is not null)
            {
                json.WriteString("version", report.Version);
            }

            json.WriteString("policy", report.PolicyName);
            json.WriteBoolean("failsPolicy", report.FailsPolicy);
            json.WriteStartArray("models");
            foreach (var model in report.Models)
            {
                WriteModel(json, model);
            }

            json.WriteEndArray();
            json.WriteStartArray("conflicts");
            foreach (var conflict in report.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("code", Diagnostics.DiagnosticIds.PackageMetadataConflict);
                json.WriteString("package", conflict.Package);
                json.WriteString("property", conflict.Conflict.Property);
                json.WriteString("value", conflict.Conflict.Value);
                json.WriteString("model", conflict.Conflict.Model.Name);
                json.WriteString("modelLicense", conflict.Conflict.Model.License);
                json.WriteString("reason", conflict.Conflict.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                WriteProblem(json, problem);
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in report.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteModel(Utf8JsonWriter json, ReportedModel reported)
    {
        var model = reported.Model;
        json.WriteStartObject();
        json.WriteString("location", reported.Location);
        json.WriteString("source", model.Source);
        if (reported.Package is not null)
        {
            json.WriteString("package", reported.Package);
        }

        json.WriteString("name", model.Name);
        json.WriteString("format", model.Format);
        json.WriteString("catalogId", model.CatalogId);
        json.WriteString("license", model.License);
        json.WriteString("licenseOrigin", model.LicenseOrigin);
        json.WriteString("licenseUrl", model.LicenseUrl);
        json.WriteString("tier", model.Tier.ToString());
        json.WriteString("commercialUse", model.CommercialUse.ToString());
        json.WriteString("restrictions", model.Restrictions);
        json.WriteString("attribution", model.Attribution);
        if (model.SourceKind is not null)
        {
            json.WriteString("sourceKind", model.SourceKind);
        }

        if (model.OriginFile is not null)
        {
            json.WriteString("originFile", model.OriginFile);
            json.WriteNumber("originLine", model.OriginLine);
        }

        json.WriteStartArray("baseModels");
        foreach (var baseModel in model.BaseModels)
        {
            json.WriteStringValue(baseModel);
        }

        json.WriteEndArray();
        json.WriteStartArray("provenance");
        foreach (var fact in model.Provenance)
        {
            json.WriteStringValue(fact);
        }

        json.WriteEndArray();
        json.WriteStartObject("verdict");
        if (reported.Violation is { } violation)
        {
            json.WriteString("code", Diagnostics.DiagnosticIds.PolicyViolation);
            json.WriteString("severity", Verdicts.Word(Verdicts.Of(reported)));
            json.WriteString("message", violation.Message);
            if (reported.AllowedBy is { } allow)
            {
                json.WriteString("allowedBy", allow.Pattern);
                json.WriteString("justification", allow.Justification);
            }
        }
        else
        {
            json.WriteString("severity", Verdicts.Word(Verdict.Pass));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProblem(Utf8JsonWriter json, ManifestProblem problem)
    {
        json.WriteStartObject();
        json.WriteString("code", problem.Code);
        json.WriteString("file", problem.File);
        if (problem.Line > 0)
        {
            json.WriteNumber("line", problem.Line);
        }

        json.WriteString("message", problem.Message);
        json.WriteEndObject();
    }
}
