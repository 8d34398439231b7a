using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Packaging;

namespace ModelLicenseGuard.Core.Tests.Packaging;

public class PackageMetadataCheckTests
{
    [Theory]
    [InlineData("models/x.gguf", true)]
    [InlineData(@"C:\models\x.gguf", true)]
    [InlineData("hf:meta-llama/Llama-3.1-8B-Instruct", false)]
    [InlineData("ollama:llama3.1", false)]
    [InlineData("nuget:Acme.Models/1.0.0/models/x.gguf", false)]
    public void Only_model_files_of_the_project_are_carried(string source, bool carried)
        => Assert.Equal(carried, PackageMetadataCheck.IsCarried(new ManifestEntry { Source = source }));

    [Theory]
    [InlineData("code")]
    [InlineData("configuration")]
    public void Models_named_at_run_time_are_not_carried(string kind)
        => Assert.False(PackageMetadataCheck.IsCarried(new ManifestEntry { Source = "gpt-4o", SourceKind = kind }));

    [Theory]
    [InlineData("Apache-2.0 WITH LLVM-exception")]
    [InlineData("MIT OR Apache-2.0+")]
    [InlineData("(MIT AND Apache-2.0)")]
    public void Expressions_that_name_the_weights_licence_cover_it(string expression)
        => Assert.Empty(PackageMetadataCheck.Find(expression, null, [Model(OpennessTier.OpenWeights, "apache-2.0")]));

    [Fact]
    public void An_exception_is_no_licence()
        => Assert.Single(PackageMetadataCheck.Find("MIT WITH Apache-2.0", null, [Model(OpennessTier.OpenWeights, "apache-2.0")]));

    [Theory]
    [InlineData("open-source-ai", OpennessTier.OpenWeights, true)]
    [InlineData("open-source-ai", OpennessTier.OpenSourceAI, false)]
    [InlineData("OSS", OpennessTier.RestrictedWeights, true)]
    [InlineData("open-source", OpennessTier.OpenWeights, false)]
    [InlineData("llama", OpennessTier.RestrictedWeights, false)]
    public void Open_source_tags_conflict_with_what_the_model_is_not(string tag, OpennessTier tier, bool conflicts)
        => Assert.Equal(conflicts, PackageMetadataCheck.Find(null, "chat, " + tag, [Model(tier, "apache-2.0")]).Count == 1);

    private static ManifestEntry Model(OpennessTier tier, string license)
        => new() { Name = "m", Source = "models/m.gguf", Tier = tier, License = license };
}
