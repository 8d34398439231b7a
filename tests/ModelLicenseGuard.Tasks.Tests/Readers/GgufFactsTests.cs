using System.Collections.Generic;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class GgufFactsTests
{
    private const string Source = "models/model.gguf";

    [Fact]
    public void Maps_name_licence_and_licence_name()
    {
        var header = Header(new()
        {
            ["general.name"] = "Gemma 2 9B",
            ["general.license"] = "other",
            ["general.license.name"] = "gemma-terms-of-use",
        });

        var facts = GgufFacts.From(header, Source);

        Assert.Equal(Source, facts.Source);
        Assert.Equal("gguf", facts.Format);
        Assert.Equal("Gemma 2 9B", facts.Name);
        Assert.Equal("other", facts.License);
        Assert.Equal("gemma-terms-of-use", facts.LicenseName);
        Assert.Equal("general.license", facts.LicenseField);
        Assert.Equal("general.license.name", facts.LicenseNameField);
        Assert.Empty(facts.BaseModels);
        Assert.Empty(facts.OtherNames);
    }

    [Fact]
    public void Reads_facts_from_a_real_file()
    {
        var bytes = GgufBuilder.Model("Hermes 3", "llama3.1")
            .Add("general.basename", "Hermes-3-Llama-3.1")
            .AddBaseModel("Llama 3.1 8B", "Meta Llama", "https://huggingface.co/meta-llama/Llama-3.1-8B")
            .Build();
        using var stream = new System.IO.MemoryStream(bytes);

        var facts = GgufFacts.From(GgufReader.Read(stream), Source);

        Assert.Equal("Hermes 3", facts.Name);
        Assert.Equal("llama3.1", facts.License);
        Assert.Equal(["meta-llama/Llama-3.1-8B"], facts.BaseModels);
        Assert.Equal(["Hermes-3-Llama-3.1", "Llama 3.1 8B"], facts.OtherNames);
    }

    [Theory]
    [InlineData("https://huggingface.co/meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B")]
    [InlineData("https://huggingface.co/meta-llama/Llama-3.1-8B/tree/main", "meta-llama/Llama-3.1-8B")]
    [InlineData("https://huggingface.co/meta-llama/Llama-3.1-8B/", "meta-llama/Llama-3.1-8B")]
    [InlineData("HTTPS://HuggingFace.co/org/name", "org/name")]
    [InlineData("https://huggingface.co/org", null)]
    [InlineData("https://huggingface.co/org/", null)]
    [InlineData("https://huggingface.co//name", null)]
    [InlineData("https://huggingface.co/", null)]
    [InlineData("https://example.com/org/name", null)]
    [InlineData("huggingface.co/org/name", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Turns_a_hub_url_into_a_repository_id(string? url, string? expected)
    {
        Assert.Equal(expected, GgufFacts.HubRepositoryId(url));
    }

    [Fact]
    public void A_base_model_is_its_repository_then_organization_and_name_then_name()
    {
        var header = Header(new()
        {
            ["general.base_model.count"] = 4ul,
            ["general.base_model.0.name"] = "Llama 3.1 8B",
            ["general.base_model.0.organization"] = "Meta Llama",
            ["general.base_model.0.repo_url"] = "https://huggingface.co/meta-llama/Llama-3.1-8B",
            ["general.base_model.1.name"] = "Mistral 7B",
            ["general.base_model.1.organization"] = "mistralai",
            ["general.base_model.2.name"] = "Only A Name",
            ["general.base_model.2.repo_url"] = "https://example.com/not/the/hub",
            ["general.base_model.3.organization"] = "only-an-organization",
        });

        var facts = GgufFacts.From(header, Source);

        Assert.Equal(["meta-llama/Llama-3.1-8B", "mistralai/Mistral 7B", "Only A Name"], facts.BaseModels);
        Assert.Equal(["Llama 3.1 8B", "Mistral 7B", "Only A Name"], facts.OtherNames);
    }

    [Fact]
    public void A_repository_without_a_name_is_still_a_base_model()
    {
        var header = Header(new()
        {
            ["general.base_model.count"] = 1ul,
            ["general.base_model.0.repo_url"] = "https://huggingface.co/google/gemma-2-9b",
        });

        var facts = GgufFacts.From(header, Source);

        Assert.Equal(["google/gemma-2-9b"], facts.BaseModels);
        Assert.Empty(facts.OtherNames);
    }

    [Theory]
    [InlineData(1_000ul)]
    [InlineData(1ul << 40)]
    [InlineData(ulong.MaxValue)]
    public void An_absurd_base_model_count_is_bounded(ulong count)
    {
        var metadata = new Dictionary<string, object> { ["general.base_model.count"] = count };
        for (var i = 0; i < 100; i++)
        {
            metadata[$"general.base_model.{i}.name"] = "base " + i;
        }

        var facts = GgufFacts.From(new GgufHeader(3, 0, 0, metadata), Source);

        Assert.Equal(64, facts.BaseModels.Count);
        Assert.Equal("base 63", facts.BaseModels[^1]);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData("two")]
    [InlineData(2.0d)]
    public void A_base_model_count_that_is_not_a_count_means_none(object count)
    {
        var header = Header(new()
        {
            ["general.base_model.count"] = count,
            ["general.base_model.0.name"] = "ignored",
        });

        Assert.Empty(GgufFacts.From(header, Source).BaseModels);
    }

    [Fact]
    public void A_signed_base_model_count_is_read()
    {
        var header = Header(new()
        {
            ["general.base_model.count"] = 1L,
            ["general.base_model.0.name"] = "signed",
        });

        Assert.Equal(["signed"], GgufFacts.From(header, Source).BaseModels);
    }

    [Fact]
    public void Blank_names_are_not_other_names()
    {
        var header = Header(new()
        {
            ["general.basename"] = "  ",
            ["general.base_model.count"] = 1ul,
            ["general.base_model.0.name"] = string.Empty,
            ["general.base_model.0.repo_url"] = "https://huggingface.co/org/name",
        });

        var facts = GgufFacts.From(header, Source);

        Assert.Empty(facts.OtherNames);
        Assert.Equal(["org/name"], facts.BaseModels);
    }

    [Fact]
    public void Values_of_the_wrong_type_are_ignored()
    {
        var header = Header(new()
        {
            ["general.name"] = 42ul,
            ["general.license"] = new List<object> { "mit" },
        });

        var facts = GgufFacts.From(header, Source);

        Assert.Null(facts.Name);
        Assert.Null(facts.License);
    }

    private static GgufHeader Header(Dictionary<string, object> metadata) => new(3, 0, (ulong)metadata.Count, metadata);
}
