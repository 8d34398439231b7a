using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Models;

namespace ModelLicenseGuard.Core.Tests.Models;

/// <summary>Tier computation, base chains and look-ups over small catalogs written here, independent of the shipped data.</summary>
public sealed class ModelTableTests
{
    private const string Licenses = """
        [apache-2.0]
        name: Apache License 2.0
        osi: yes
        tier: OpenWeights
        commercial: allowed
        share-alike: no
        notice: yes
        source: https://www.apache.org/licenses/LICENSE-2.0

        [llama3.1]
        name: Llama 3.1 Community License Agreement
        osi: no
        tier: RestrictedWeights
        commercial: conditional
        share-alike: no
        notice: yes
        source: https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE

        [mit]
        name: MIT License
        osi: yes
        tier: OpenWeights
        commercial: allowed
        share-alike: no
        notice: yes
        source: https://opensource.org/license/mit

        [proprietary]
        name: Proprietary
        osi: no
        tier: Closed
        commercial: conditional
        share-alike: no
        notice: no
        source: https://example.com/terms
        """;

    [Fact]
    public void Open_weights_with_open_code_and_data_are_open_source_ai()
    {
        var table = Table(Model("allenai/OLMo-2-7B", "apache-2.0", "OpenSourceAI", code: "open", data: "open"));

        Assert.Equal(OpennessTier.OpenSourceAI, Find(table, "allenai/OLMo-2-7B").Tier);
        Assert.Empty(table.Problems);
    }

    [Theory]
    [InlineData("closed", "open")]
    [InlineData("open", "partial")]
    [InlineData("closed", "closed")]
    public void Open_weights_without_open_code_and_data_stay_open_weights(string code, string data)
    {
        var table = Table(Model("mistralai/Mistral-7B-v0.1", "apache-2.0", "OpenWeights", code: code, data: data));

        Assert.Equal(OpennessTier.OpenWeights, Find(table, "mistralai/Mistral-7B-v0.1").Tier);
    }

    [Fact]
    public void A_derivative_takes_the_most_restrictive_terms_of_its_base_chain()
    {
        var table = Table(
            Model("meta-llama/Llama-3.1-8B", "llama3.1", "RestrictedWeights"),
            Model("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "mit", "RestrictedWeights", bases: ["meta-llama/Llama-3.1-8B"]),
            Model("someone/R1-Llama-Merge", "apache-2.0", "RestrictedWeights", bases: ["deepseek-ai/DeepSeek-R1-Distill-Llama-8B"]));

        var merge = Find(table, "someone/R1-Llama-Merge");

        Assert.Equal(OpennessTier.RestrictedWeights, merge.Tier);
        Assert.Equal("llama3.1", merge.GoverningLicense?.Id);
        Assert.Equal("apache-2.0", merge.License?.Id);
        Assert.Empty(table.Problems);
    }

    [Fact]
    public void Closed_weights_are_closed_whatever_the_licence()
    {
        var table = Table(Model("openai/gpt-4o", "proprietary", "Closed", weights: "closed", aliases: ["gpt-4o", "gpt-4o-2024-08-06"]));

        Assert.Equal(OpennessTier.Closed, Find(table, "gpt-4o-2024-08-06").Tier);
    }

    [Theory]
    [InlineData("hf:mistralai/Mistral-7B-v0.1")]
    [InlineData("MISTRALAI/mistral-7b-v0.1")]
    [InlineData("ollama:mistral:7b")]
    [InlineData("mistral:latest")]
    [InlineData("mistral-7b-v0.1.Q4_K_M.gguf")]
    [InlineData("TheBloke/Mistral-7B-v0.1-GGUF")]
    [InlineData("unsloth/mistral-7b-v0.1")]
    public void Finds_a_model_by_any_spelling(string reference)
    {
        var table = Table(Model("mistralai/Mistral-7B-v0.1", "apache-2.0", "OpenWeights", aliases: ["mistral:7b", "mistral"]));

        Assert.True(table.TryFind(reference, out var model), reference);
        Assert.Equal("mistralai/Mistral-7B-v0.1", model.Id);
    }

    [Theory]
    [InlineData("mistral:8x7b")]
    [InlineData("hf:someone/unrelated")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_names_are_not_found(string? reference)
        => Assert.False(Table(Model("mistralai/Mistral-7B-v0.1", "apache-2.0", "OpenWeights", aliases: ["mistral:7b"])).TryFind(reference, out _));

    [Fact]
    public void Data_problems_are_reported_not_thrown()
    {
        var table = Table(
            Model("a/One", "apache-2.0", "OpenWeights", aliases: ["shared-name"]),
            Model("b/Two", "apache-2.0", "OpenWeights", aliases: ["Shared_Name"]),
            Model("c/Three", "no-such-licence", "OpenWeights"),
            Model("d/Four", "mit", "OpenWeights", bases: ["x/Missing"]),
            Model("e/Five", "llama3.1", "OpenWeights"));

        Assert.Contains(table.Problems, p => p.Contains("Shared_Name", System.StringComparison.Ordinal));
        Assert.Contains(table.Problems, p => p.Contains("no-such-licence", System.StringComparison.Ordinal));
        Assert.Contains(table.Problems, p => p.Contains("x/Missing", System.StringComparison.Ordinal));
        Assert.Contains(table.Problems, p => p.Contains("e/Five", System.StringComparison.Ordinal) && p.Contains("RestrictedWeights", System.StringComparison.Ordinal));
        Assert.Equal(OpennessTier.Unknown, Find(table, "c/Three").Tier);
    }

    [Fact]
    public void A_cycle_of_bases_is_reported_and_does_not_hang()
    {
        var table = Table(
            Model("a/One", "mit", "OpenWeights", bases: ["b/Two"]),
            Model("b/Two", "mit", "OpenWeights", bases: ["a/One"]));

        Assert.Contains(table.Problems, p => p.Contains("its own base", System.StringComparison.Ordinal));
    }

    private static ModelInfo Find(ModelTable table, string reference)
    {
        Assert.True(table.TryFind(reference, out var model), reference);
        return model;
    }

    private static ModelTable Table(params string[] blocks)
        => ModelTable.Parse([new KeyValuePair<string, string>("test.catalog", string.Join("\n\n", blocks))], LicenseTable.Parse(Licenses, "licenses.catalog"));

    private static string Model(string id, string license, string tier, string code = "closed", string data = "closed", string weights = "open", string[]? bases = null, string[]? aliases = null)
        => string.Join("\n", new[]
        {
            $"[{id}]",
            $"name: {id.Split('/')[1]}",
            $"family: {id.Split('/')[1]}",
            $"license: {license}",
            $"weights: {weights}",
            $"training-code: {code}",
            $"training-data: {data}",
            $"tier: {tier}",
        }
        .Concat((bases ?? []).Select(b => $"base: {b}"))
        .Concat((aliases ?? []).Select(a => $"alias: {a}"))
        .Append($"source: https://huggingface.co/{id}"));
}
