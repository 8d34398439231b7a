using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class OnnxFactsTests
{
    private const string Source = "models/model.onnx";

    [Fact]
    public void Maps_the_ir_spec_keys_model_name_and_model_license()
    {
        var facts = OnnxFacts.From(Header(new() { ["model_name"] = "ResNet-50", ["model_license"] = "apache-2.0" }), Source);

        Assert.Equal(Source, facts.Source);
        Assert.Equal("onnx", facts.Format);
        Assert.False(facts.IsReference);
        Assert.Equal("ResNet-50", facts.Name);
        Assert.Equal("apache-2.0", facts.License);
        Assert.Equal("metadata_props.model_license", facts.LicenseField);
        Assert.Null(facts.LicenseName);
        Assert.Null(facts.LicenseNameField);
        Assert.Empty(facts.BaseModels);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void Falls_back_to_the_license_key()
    {
        var facts = OnnxFacts.From(Header(new() { ["license"] = "mit" }), Source);

        Assert.Equal("mit", facts.License);
        Assert.Equal("metadata_props.license", facts.LicenseField);
    }

    [Fact]
    public void Prefers_model_license_to_license()
    {
        var facts = OnnxFacts.From(Header(new() { ["license"] = "mit", ["model_license"] = "llama3.1" }), Source);

        Assert.Equal("llama3.1", facts.License);
        Assert.Equal("metadata_props.model_license", facts.LicenseField);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_model_license_falls_back_to_license(string blank)
    {
        var facts = OnnxFacts.From(Header(new() { ["model_license"] = blank, ["license"] = "mit" }), Source);

        Assert.Equal("mit", facts.License);
        Assert.Equal("metadata_props.license", facts.LicenseField);
    }

    [Fact]
    public void Without_a_licence_key_there_is_no_licence_or_field()
    {
        var facts = OnnxFacts.From(Header(new() { ["model_author"] = "Ada Lovelace", ["License"] = "wrong case" }), Source);

        Assert.Null(facts.License);
        Assert.Null(facts.LicenseField);
        Assert.Null(facts.LicenseName);
        Assert.Null(facts.LicenseNameField);
        Assert.Null(facts.Name);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void Maps_license_name()
    {
        var facts = OnnxFacts.From(Header(new() { ["license"] = "other", ["license_name"] = "gemma-terms-of-use" }), Source);

        Assert.Equal("other", facts.License);
        Assert.Equal("gemma-terms-of-use", facts.LicenseName);
        Assert.Equal("metadata_props.license_name", facts.LicenseNameField);
    }

    [Fact]
    public void Falls_back_to_the_name_key()
    {
        var facts = OnnxFacts.From(Header(new() { ["name"] = "Phi-3 Mini" }), Source);

        Assert.Equal("Phi-3 Mini", facts.Name);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void Keeps_a_different_name_as_another_name()
    {
        var facts = OnnxFacts.From(Header(new() { ["model_name"] = "Phi-3 Mini 4K Instruct", ["name"] = "phi3-mini" }), Source);

        Assert.Equal("Phi-3 Mini 4K Instruct", facts.Name);
        Assert.Equal(["phi3-mini"], facts.OtherNames);
    }

    [Fact]
    public void Does_not_repeat_the_same_name()
    {
        var facts = OnnxFacts.From(Header(new() { ["model_name"] = "Same", ["name"] = "Same" }), Source);

        Assert.Equal("Same", facts.Name);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void The_author_is_not_a_model_name()
    {
        var facts = OnnxFacts.From(Header(new() { ["model_author"] = "Meta", ["author"] = "Meta" }), Source);

        Assert.Null(facts.Name);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void Reads_one_base_model()
    {
        var facts = OnnxFacts.From(Header(new() { ["base_model"] = "meta-llama/Llama-3.1-8B" }), Source);

        Assert.Equal(["meta-llama/Llama-3.1-8B"], facts.BaseModels);
    }

    [Fact]
    public void Reads_comma_separated_base_models_trimmed_without_duplicates_or_blanks()
    {
        var facts = OnnxFacts.From(
            Header(new() { ["base_model"] = " meta-llama/Llama-3.1-8B , ,NousResearch/Hermes-3-Llama-3.1-8B,meta-llama/Llama-3.1-8B," }),
            Source);

        Assert.Equal(["meta-llama/Llama-3.1-8B", "NousResearch/Hermes-3-Llama-3.1-8B"], facts.BaseModels);
    }

    [Fact]
    public void Reads_hub_urls_as_repository_ids()
    {
        var facts = OnnxFacts.From(
            Header(new() { ["base_model"] = "https://huggingface.co/microsoft/Phi-3-mini-4k-instruct/tree/main" }),
            Source);

        Assert.Equal(["microsoft/Phi-3-mini-4k-instruct"], facts.BaseModels);
    }

    [Fact]
    public void Reads_facts_from_a_real_file()
    {
        var bytes = OnnxBuilder.Model("Hermes 3 ONNX", "llama3.1")
            .Metadata("license_name", "llama3.1-community")
            .Metadata("base_model", "NousResearch/Hermes-3-Llama-3.1-8B")
            .Build();
        using var stream = new MemoryStream(bytes);

        var facts = OnnxFacts.From(OnnxReader.Read(stream), Source);

        Assert.Equal("onnx", facts.Format);
        Assert.Equal("Hermes 3 ONNX", facts.Name);
        Assert.Equal("llama3.1", facts.License);
        Assert.Equal("metadata_props.model_license", facts.LicenseField);
        Assert.Equal("llama3.1-community", facts.LicenseName);
        Assert.Equal(["NousResearch/Hermes-3-Llama-3.1-8B"], facts.BaseModels);
    }

    private static OnnxHeader Header(Dictionary<string, string> metadata)
        => new(8, "pytorch", "2.4.0", null, 0, null, metadata, [new KeyValuePair<string, long>(string.Empty, 17)]);
}
