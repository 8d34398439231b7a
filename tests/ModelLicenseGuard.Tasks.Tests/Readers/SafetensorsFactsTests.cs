using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class SafetensorsFactsTests
{
    private const string Source = "models/model.safetensors";

    [Fact]
    public void Maps_licence_licence_name_and_name()
    {
        var facts = SafetensorsFacts.From(Header(new()
        {
            ["license"] = "other",
            ["license_name"] = "gemma-terms-of-use",
            ["name"] = "Gemma 2 9B",
        }), Source);

        Assert.Equal(Source, facts.Source);
        Assert.Equal("safetensors", facts.Format);
        Assert.False(facts.IsReference);
        Assert.Equal("Gemma 2 9B", facts.Name);
        Assert.Equal("other", facts.License);
        Assert.Equal("__metadata__.license", facts.LicenseField);
        Assert.Equal("gemma-terms-of-use", facts.LicenseName);
        Assert.Equal("__metadata__.license_name", facts.LicenseNameField);
        Assert.Empty(facts.BaseModels);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void Falls_back_to_the_modelspec_licence()
    {
        var facts = SafetensorsFacts.From(Header(new() { ["modelspec.license"] = "CreativeML Open RAIL++-M" }), Source);

        Assert.Equal("CreativeML Open RAIL++-M", facts.License);
        Assert.Equal("__metadata__.modelspec.license", facts.LicenseField);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Falls_back_to_the_modelspec_licence_when_license_is_blank(string blank)
    {
        var facts = SafetensorsFacts.From(Header(new() { ["license"] = blank, ["modelspec.license"] = "mit" }), Source);

        Assert.Equal("mit", facts.License);
        Assert.Equal("__metadata__.modelspec.license", facts.LicenseField);
    }

    [Fact]
    public void Prefers_license_to_the_modelspec_licence()
    {
        var facts = SafetensorsFacts.From(Header(new() { ["modelspec.license"] = "mit", ["license"] = "apache-2.0" }), Source);

        Assert.Equal("apache-2.0", facts.License);
        Assert.Equal("__metadata__.license", facts.LicenseField);
    }

    [Fact]
    public void Has_no_facts_without_metadata()
    {
        var facts = SafetensorsFacts.From(Header([]), Source);

        Assert.Equal("safetensors", facts.Format);
        Assert.Null(facts.Name);
        Assert.Null(facts.License);
        Assert.Null(facts.LicenseName);
        Assert.Equal("__metadata__.license", facts.LicenseField);
        Assert.Equal("__metadata__.license_name", facts.LicenseNameField);
        Assert.Empty(facts.BaseModels);
        Assert.Empty(facts.OtherNames);
    }

    [Theory]
    [InlineData("title", "name", "model", "title")]
    [InlineData(null, "name", "model", "name")]
    [InlineData(null, null, "model", "model")]
    [InlineData(" ", "", "model", "model")]
    [InlineData(null, null, null, null)]
    public void Takes_the_name_from_the_modelspec_title_then_name_then_model_name(string? title, string? name, string? modelName, string? expected)
    {
        var metadata = new Dictionary<string, string>();
        if (title is not null)
        {
            metadata["modelspec.title"] = title;
        }

        if (name is not null)
        {
            metadata["name"] = name;
        }

        if (modelName is not null)
        {
            metadata["model_name"] = modelName;
        }

        var facts = SafetensorsFacts.From(Header(metadata), Source);

        Assert.Equal(expected, facts.Name);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void Reads_a_comma_separated_base_model_list_and_the_modelspec_base_model()
    {
        var facts = SafetensorsFacts.From(Header(new()
        {
            ["base_model"] = "meta-llama/Llama-3.1-8B, NousResearch/Hermes-3-Llama-3.1-8B,,meta-llama/Llama-3.1-8B",
            ["modelspec.base_model"] = "stabilityai/stable-diffusion-xl-base-1.0",
        }), Source);

        Assert.Equal(
            ["meta-llama/Llama-3.1-8B", "NousResearch/Hermes-3-Llama-3.1-8B", "stabilityai/stable-diffusion-xl-base-1.0"],
            facts.BaseModels);
    }

    [Fact]
    public void Turns_hub_urls_in_base_model_into_repository_ids()
    {
        var facts = SafetensorsFacts.From(Header(new()
        {
            ["base_model"] = "https://huggingface.co/meta-llama/Llama-3.1-8B/tree/main,meta-llama/Llama-3.1-8B",
        }), Source);

        Assert.Equal(["meta-llama/Llama-3.1-8B"], facts.BaseModels);
    }

    [Fact]
    public void Reads_a_single_base_model()
    {
        var facts = SafetensorsFacts.From(Header(new() { ["base_model"] = "mistralai/Mistral-7B-v0.1" }), Source);

        Assert.Equal(["mistralai/Mistral-7B-v0.1"], facts.BaseModels);
    }

    [Fact]
    public void Leaves_the_architecture_out_of_the_names()
    {
        var facts = SafetensorsFacts.From(Header(new()
        {
            ["modelspec.architecture"] = "stable-diffusion-xl-v1-base",
            ["modelspec.title"] = "My SDXL",
        }), Source);

        Assert.Equal("My SDXL", facts.Name);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void Reads_facts_from_a_real_file()
    {
        var bytes = SafetensorsBuilder.Model("Hermes 3", "llama3.1")
            .AddMetadata("base_model", "meta-llama/Llama-3.1-8B")
            .Build();
        using var stream = new MemoryStream(bytes);

        var facts = SafetensorsFacts.From(SafetensorsReader.Read(stream), Source);

        Assert.Equal("Hermes 3", facts.Name);
        Assert.Equal("llama3.1", facts.License);
        Assert.Equal("__metadata__.license", facts.LicenseField);
        Assert.Equal(["meta-llama/Llama-3.1-8B"], facts.BaseModels);
    }

    private static SafetensorsHeader Header(Dictionary<string, string> metadata) => new(16, 0, metadata);
}
