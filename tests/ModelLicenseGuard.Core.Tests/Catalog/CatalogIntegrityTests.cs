using System;
using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Models;

namespace ModelLicenseGuard.Core.Tests.Catalog;

/// <summary>The shipped knowledge base is consistent: every entry sourced, every reference defined, no alias claimed twice.</summary>
public sealed class CatalogIntegrityTests
{
    // The licence identifiers the Hugging Face Hub offers for model repositories (huggingface.co/docs/hub/repositories-licenses).
    public static TheoryData<string> HubLicenseIds { get; } = new(
    [
        "apache-2.0", "mit", "openrail", "bigscience-openrail-m", "creativeml-openrail-m", "bigscience-bloom-rail-1.0",
        "bigcode-openrail-m", "afl-3.0", "artistic-2.0", "bsl-1.0", "bsd", "bsd-2-clause", "bsd-3-clause",
        "bsd-3-clause-clear", "c-uda", "cc", "cc0-1.0", "cc-by-2.0", "cc-by-2.5", "cc-by-3.0", "cc-by-4.0",
        "cc-by-sa-3.0", "cc-by-sa-4.0", "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-4.0", "cc-by-nd-4.0",
        "cc-by-nc-nd-3.0", "cc-by-nc-nd-4.0", "cc-by-nc-sa-2.0", "cc-by-nc-sa-3.0", "cc-by-nc-sa-4.0",
        "cdla-sharing-1.0", "cdla-permissive-1.0", "cdla-permissive-2.0", "wtfpl", "ecl-2.0", "epl-1.0", "epl-2.0",
        "etalab-2.0", "eupl-1.1", "eupl-1.2", "agpl-3.0", "gfdl", "gpl", "gpl-2.0", "gpl-3.0", "lgpl", "lgpl-2.1",
        "lgpl-3.0", "isc", "h-research", "intel-research", "lppl-1.3c", "ms-pl", "apple-ascl", "apple-amlr",
        "mpl-2.0", "odc-by", "odbl", "openrail++", "osl-3.0", "postgresql", "ofl-1.1", "ncsa", "unlicense",
        "zlib", "pddl", "lgpl-lr", "deepfloyd-if-license", "fair-noncommercial-research-license", "llama2",
        "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "gemma",
    ]);

    // Licences that arrive as `license: other` + `license_name`, which the model catalog relies on.
    public static TheoryData<string> OtherLicenseIds { get; } = new(
    [
        "qwen", "qwen-research", "tongyi-qianwen", "tongyi-qianwen-research", "deepseek", "falcon-180b-tii-license-1.0",
        "tii-falcon-license-2.0", "mistral-research-license", "mistral-ai-non-production-license",
        "flux-1-dev-non-commercial-license", "stabilityai-community-license",
        "stabilityai-non-commercial-research-community-license", "yi-license", "proprietary",
        "nvidia-open-model-license", "kimi-k2-modified-mit", "exaone", "tencent-hunyuan-community",
    ]);

    [Theory]
    [MemberData(nameof(HubLicenseIds))]
    [MemberData(nameof(OtherLicenseIds))]
    public void Every_licence_identifier_is_defined(string id)
    {
        Assert.True(LicenseCatalog.TryGet(id, out var license), $"licenses.catalog does not define '{id}'");
        Assert.Equal(id, license.Id);
    }

    [Fact]
    public void Every_licence_states_what_its_terms_need()
    {
        foreach (var license in LicenseCatalog.All)
        {
            Assert.StartsWith("https://", license.SourceUrl, StringComparison.Ordinal);
            if (license.Tier == OpennessTier.RestrictedWeights)
            {
                Assert.False(string.IsNullOrWhiteSpace(license.Restrictions), $"{license.Id} is restricted but says not how");
            }

            if (license.CommercialUse == CommercialUse.Conditional && license.Tier != OpennessTier.Closed)
            {
                Assert.False(string.IsNullOrWhiteSpace(license.CommercialCondition), $"{license.Id} is conditional but names no condition");
            }

            if (license.Attribution is not null)
            {
                Assert.False(string.IsNullOrWhiteSpace(license.AttributionWhere), $"{license.Id} requires attribution but says not where");
            }

            if (license.OsiApproved)
            {
                Assert.Equal(OpennessTier.OpenWeights, license.Tier);
            }
        }
    }

    [Fact]
    public void The_model_catalog_has_no_problems()
        => Assert.True(ModelCatalog.Default.Problems.Count == 0, string.Join(Environment.NewLine, ModelCatalog.Default.Problems));

    [Fact]
    public void The_model_catalog_covers_the_families_people_ship()
    {
        Assert.True(ModelCatalog.All.Count >= 150, $"only {ModelCatalog.All.Count} models");
        foreach (var tier in new[] { OpennessTier.OpenSourceAI, OpennessTier.OpenWeights, OpennessTier.RestrictedWeights, OpennessTier.Closed })
        {
            Assert.Contains(ModelCatalog.All, m => m.Tier == tier);
        }
    }

    [Fact]
    public void Every_model_is_sourced_and_its_licence_and_bases_resolve()
    {
        foreach (var model in ModelCatalog.All)
        {
            Assert.StartsWith("https://", model.SourceUrl, StringComparison.Ordinal);
            Assert.True(model.WeightsOpen ? model.License is not null : model.Tier == OpennessTier.Closed, model.Id);
            Assert.Equal(model.BaseIds.Count, model.Bases.Count);
            Assert.NotEqual(OpennessTier.Unknown, model.Tier);
        }
    }

    [Fact]
    public void An_ollama_tag_finds_the_variant_ollama_serves_not_the_model_its_name_normalises_like()
    {
        // "qwen2.5:7b" normalises like the pretrained "Qwen2.5-7B", but Ollama serves the Instruct model under it.
        Assert.True(ModelCatalog.TryFind("ollama:qwen2.5:7b", out var qwen));
        Assert.Equal("Qwen/Qwen2.5-7B-Instruct", qwen.Id);
        Assert.True(ModelCatalog.TryFind("ollama:llama3.1:8b:latest", out var llama));
        Assert.Equal("meta-llama/Llama-3.1-8B-Instruct", llama.Id);
        Assert.True(ModelCatalog.TryFind("hf:Qwen/Qwen2.5-7B", out var pretrained));
        Assert.Equal("Qwen/Qwen2.5-7B", pretrained.Id);
        Assert.True(ModelCatalog.TryFind("qwen2.5:7b", out var prose));
        Assert.Equal("Qwen/Qwen2.5-7B", prose.Id);
    }

    [Fact]
    public void Catalog_files_keep_their_entries_sorted_by_id()
    {
        foreach (var file in CatalogResources.Models().Append(new KeyValuePair<string, string>("licenses.catalog", CatalogResources.Licenses())))
        {
            var ids = CatalogText.Parse(file.Value, file.Key).ConvertAll(b => b.Id);
            var sorted = ids.OrderBy(id => id, StringComparer.OrdinalIgnoreCase).ToList();
            Assert.True(ids.SequenceEqual(sorted), $"{file.Key} is not sorted by id: {string.Join(", ", ids.Where((id, i) => id != sorted[i]).Take(3))}");
        }
    }
}
