using System.IO;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>Writes a <see cref="ToolReport"/> in the format asked for.</summary>
internal static class ReportWriter
{
    public static void Write(ToolReport report, OutputStyle style, TextWriter output)
    {
        switch (style.Format)
        {
            case OutputFormat.Json:
                JsonReportWriter.Write(report, output);
                break;
            case OutputFormat.Sarif:
                SarifReportWriter.Write(report, output);
                break;
            case OutputFormat.CycloneDx:
                CycloneDxReportWriter.Write(report, output);
                break;
            default:
                TableReportWriter.Write(report, output, style.Color);
                break;
        }
    }
}
