using System.IO;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Reports;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>
/// The report's models as the CycloneDX 1.6 ML-BOM the build writes, by the build's own writer: a BOM from the tool and
/// one from <c>dotnet build</c> have the same shape, so <c>mlg diff</c> compares one with the other.
/// </summary>
/// <remarks>Verdicts are not part of a BOM (it says what there is, not what a policy thinks of it); problems neither, as in the build's.</remarks>
internal static class CycloneDxReportWriter
{
    public static void Write(ToolReport report, TextWriter output)
    {
        var manifest = new ModelManifest();
        foreach (var reported in report.Models)
        {
            manifest.Models.Add(reported.Model);
        }

        // The BOM ends with its own newline; Write keeps the bytes the build would write.
        output.Write(CycloneDxBom.Write(manifest, report.Subject, report.Version, ToolVersion.Value));
    }
}
