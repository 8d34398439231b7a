using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Tasks.Reports;

namespace ModelLicenseGuard.Tool.Tests;

/// <summary>Models and reports as the resolver and the policy would produce them, for the writers and the diff.</summary>
internal static class Models
{
    public static ManifestEntry NonCommercialFile(string source = "models/summarizer.gguf") => new()
    {
        Name = "Research Summarizer 1B",
        Source = source,
        Format = "gguf",
        License = "cc-by-nc-4.0",
        LicenseOrigin = "general.license in " + source,
        Tier = OpennessTier.RestrictedWeights,
        CommercialUse = CommercialUse.Forbidden,
        Restrictions = "non-commercial use only",
    };

    public static ManifestEntry ApacheFile(string source = "models/embedder.onnx") => new()
    {
        Name = "Tiny Embedder",
        Source = source,
        Format = "onnx",
        License = "apache-2.0",
        LicenseOrigin = "metadata_props license in " + source,
        Tier = OpennessTier.OpenWeights,
        CommercialUse = CommercialUse.Allowed,
    };

    public static ManifestEntry Llama() => new()
    {
        Name = "Llama 3.1 8B Instruct",
        Source = "hf:meta-llama/Llama-3.1-8B-Instruct",
        Format = "huggingface",
        License = "llama3.1",
        CatalogId = "meta-llama/Llama-3.1-8B-Instruct",
        Tier = OpennessTier.RestrictedWeights,
        CommercialUse = CommercialUse.Conditional,
        Restrictions = "a separate licence from Meta above 700 million monthly active users",
    };

    public static ModelManifest Manifest(params ManifestEntry[] models)
    {
        var manifest = new ModelManifest();
        manifest.Models.AddRange(models);
        return manifest;
    }

    /// <summary>The BOM the build writes for these models.</summary>
    public static string Bom(params ManifestEntry[] models) => CycloneDxBom.Write(Manifest(models), "Consumer", "1.0.0", "0.1.0");

    /// <summary>A report of <paramref name="models"/> judged by <paramref name="settings"/>, as ReportJudge makes it for scan and package.</summary>
    public static ToolReport Report(PolicySettings settings, params ManifestEntry[] models)
    {
        var report = new ToolReport("scan", "samples/Consumer");
        ReportJudge.Judge(report, Manifest(models), settings);
        return report;
    }
}
