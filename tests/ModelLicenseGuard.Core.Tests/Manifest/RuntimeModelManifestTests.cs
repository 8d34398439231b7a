using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Core.Tests.Manifest;

public sealed class RuntimeModelManifestTests
{
    [Fact]
    public void Source_kind_and_origin_of_a_runtime_model_round_trip()
    {
        var manifest = new ModelManifest();
        var model = RuntimeModels.Classify("command-r", ModelValueKind.OllamaTag)!;
        model.SourceKind = RuntimeModels.ConfigurationSource;
        model.OriginFile = "appsettings.json";
        model.OriginLine = 4;
        model.OriginColumn = 16;
        manifest.Models.Add(model);

        var read = Assert.Single(ManifestFormat.Read(ManifestFormat.Write(manifest)).Models);

        Assert.Equal("configuration", read.SourceKind);
        Assert.Equal("appsettings.json", read.OriginFile);
        Assert.Equal(4, read.OriginLine);
        Assert.Equal(16, read.OriginColumn);
        Assert.Equal(model.CatalogId, read.CatalogId);
    }

    [Fact]
    public void Artifacts_have_no_source_kind_and_a_bad_line_reads_as_unknown()
    {
        var text = ManifestFormat.Header + "\n[model]\nname: x\norigin-line: -3\n";

        var read = Assert.Single(ManifestFormat.Read(text).Models);

        Assert.Null(read.SourceKind);
        Assert.Equal(0, read.OriginLine);
        Assert.DoesNotContain("source-kind", ManifestFormat.Write(new ModelManifest { Models = { new ManifestEntry { Name = "x" } } }), System.StringComparison.Ordinal);
    }
}
