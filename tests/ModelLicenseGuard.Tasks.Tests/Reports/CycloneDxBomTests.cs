using System;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Reports;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Reports;

public class CycloneDxBomTests
{
    [Fact]
    public void The_schema_check_itself_rejects_a_bom_that_breaks_it()
    {
        // Guards against a validator that accepts anything: a wrong component type and a bad purl type must fail.
        Assert.NotEmpty(CycloneDxSchema.Validate("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"model","name":"x"}]}"""));
        Assert.NotEmpty(CycloneDxSchema.Validate("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"machine-learning-model","name":"x","licenses":[{"license":{"id":"not-an-spdx-id"}}]}]}"""));
        Assert.Empty(CycloneDxSchema.Validate("""{"bomFormat":"CycloneDX","specVersion":"1.6"}"""));
    }

    [Fact]
    public void A_bom_of_every_kind_of_model_validates_against_the_cyclonedx_1_6_schema()
    {
        var json = CycloneDxBom.Write(Manifest(), "Shop", "1.2.3", "0.1.0");

        Assert.Empty(CycloneDxSchema.Validate(json));
    }

    [Fact]
    public void An_empty_manifest_still_writes_a_valid_bom_naming_the_project()
    {
        var json = CycloneDxBom.Write(new ModelManifest(), "Empty", null, "0.1.0");

        Assert.Empty(CycloneDxSchema.Validate(json));
        using var document = JsonDocument.Parse(json);
        Assert.Equal("Empty", document.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public void Each_model_is_a_machine_learning_model_component_with_purl_licence_card_path_and_properties()
    {
        using var document = JsonDocument.Parse(CycloneDxBom.Write(Manifest(), "Shop", "1.2.3", "0.1.0"));
        var components = document.RootElement.GetProperty("components").EnumerateArray().ToList();

        Assert.Equal(5, components.Count);
        Assert.All(components, c => Assert.Equal("machine-learning-model", c.GetProperty("type").GetString()));

        var llama = components.Single(c => c.GetProperty("name").GetString() == "Llama 3.1 8B Instruct");
        Assert.Equal("pkg:huggingface/meta-llama/llama-3.1-8b-instruct", llama.GetProperty("purl").GetString());
        var license = llama.GetProperty("licenses")[0].GetProperty("license");
        Assert.Equal("Llama 3.1 Community License Agreement", license.GetProperty("name").GetString());
        Assert.StartsWith("https://", license.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct", llama.GetProperty("externalReferences")[0].GetProperty("url").GetString());
        var properties = llama.GetProperty("properties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString());
        Assert.Equal("RestrictedWeights", properties["modellicenseguard:tier"]);
        Assert.Equal("Conditional", properties["modellicenseguard:commercial-use"]);
        Assert.Contains("display \"Built with Llama\"", properties["modellicenseguard:obligations"], StringComparison.Ordinal);
        Assert.Contains("700,000,000 monthly active users", properties["modellicenseguard:obligations"], StringComparison.Ordinal);
        Assert.Equal("reference", properties["modellicenseguard:source"]);
        Assert.Equal("hf:meta-llama/Llama-3.1-8B-Instruct", properties["modellicenseguard:reference"]);

        var packaged = components.Single(c => c.GetProperty("name").GetString() == "Acme Embedder");
        Assert.Equal("pkg:nuget/Acme.Embeddings@1.2.0", packaged.GetProperty("purl").GetString());
        Assert.Equal("1.2.0", packaged.GetProperty("version").GetString());
        Assert.Equal("Apache-2.0", packaged.GetProperty("licenses")[0].GetProperty("license").GetProperty("id").GetString());
        Assert.Equal("content/models/embedder.onnx", packaged.GetProperty("evidence").GetProperty("occurrences")[0].GetProperty("location").GetString());

        var file = components.Single(c => c.GetProperty("name").GetString() == "Research \"Summarizer\"\n1B");
        Assert.False(file.TryGetProperty("purl", out _));
        Assert.Equal("models/research.gguf", file.GetProperty("evidence").GetProperty("occurrences")[0].GetProperty("location").GetString());
        Assert.Equal("CC-BY-NC-4.0", file.GetProperty("licenses")[0].GetProperty("license").GetProperty("id").GetString());

        var unknown = components.Single(c => c.GetProperty("name").GetString() == "Mystery");
        Assert.False(unknown.TryGetProperty("licenses", out _));

        var finetune = components.Single(c => c.GetProperty("name").GetString() == "Acme Assistant");
        Assert.Equal("meta-llama/Llama-3.2-1B-Instruct", finetune.GetProperty("pedigree").GetProperty("ancestors")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void The_same_manifest_writes_the_same_bom_and_a_different_one_a_different_serial_number()
    {
        var first = CycloneDxBom.Write(Manifest(), "Shop", "1.2.3", "0.1.0");
        var again = CycloneDxBom.Write(Manifest(), "Shop", "1.2.3", "0.1.0");
        var other = CycloneDxBom.Write(Manifest(), "Shop", "1.2.4", "0.1.0");

        Assert.Equal(first, again);
        Assert.NotEqual(Serial(first), Serial(other));
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", Serial(first));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("quote \" backslash \\", "quote \\\" backslash \\\\")]
    [InlineData("line\nbreak\ttab\r", "line\\nbreak\\ttab\\r")]
    [InlineData("\u0001\u001f", "\\u0001\\u001F")]
    [InlineData("non-ASCII © é 日本 + <b>", "non-ASCII © é 日本 + <b>")]
    public void Strings_are_escaped_as_json_requires_and_no_more(string value, string escaped)
    {
        var json = CycloneDxBom.Write(new ModelManifest(), value, null, "0.1.0");

        Assert.Contains("\"name\": \"" + escaped + "\"", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(value, document.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
    }

    private static string Serial(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("serialNumber").GetString()!;
    }

    /// <summary>A Hub reference, a packaged model, a local file with awkward characters, an unknown and a fine-tune.</summary>
    internal static ModelManifest Manifest()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(FromCatalog("Llama 3.1 8B Instruct", "hf:meta-llama/Llama-3.1-8B-Instruct", "llama3.1", OpennessTier.RestrictedWeights, "meta-llama/Llama-3.1-8B-Instruct"));
        manifest.Models.Add(FromCatalog("Acme Embedder", "nuget:Acme.Embeddings/1.2.0/content/models/embedder.onnx", "apache-2.0", OpennessTier.OpenWeights, null));
        manifest.Models.Add(FromCatalog("Research \"Summarizer\"\n1B", "models/research.gguf", "cc-by-nc-4.0", OpennessTier.RestrictedWeights, null));
        manifest.Models.Add(new ManifestEntry { Name = "Mystery", Source = "models/mystery.gguf", Format = "gguf" });
        var finetune = FromCatalog("Acme Assistant", "models/acme-assistant", "llama3.2", OpennessTier.RestrictedWeights, null);
        finetune.BaseModels.Add("meta-llama/Llama-3.2-1B-Instruct");
        manifest.Models.Add(finetune);
        return manifest;
    }

    [Fact]
    public void A_pinned_revision_is_the_version_and_the_hub_purl_version()
    {
        var manifest = new ModelManifest();
        var llama = FromCatalog("Llama 3.1 8B Instruct", "hf:meta-llama/Llama-3.1-8B-Instruct", "llama3.1", OpennessTier.RestrictedWeights, "meta-llama/Llama-3.1-8B-Instruct");
        llama.Revision = "0E9E39F249A16976918F6564B8830BC894C89659";
        manifest.Models.Add(llama);

        var bom = CycloneDxBom.Write(manifest, "App", "1.0.0", "0.1.0");

        Assert.Empty(CycloneDxSchema.Validate(bom));
        using var json = JsonDocument.Parse(bom);
        var component = json.RootElement.GetProperty("components")[0];
        Assert.Equal("0E9E39F249A16976918F6564B8830BC894C89659", component.GetProperty("version").GetString());
        Assert.Equal("pkg:huggingface/meta-llama/llama-3.1-8b-instruct@0e9e39f249a16976918f6564b8830bc894c89659", component.GetProperty("purl").GetString());
    }

    private static ManifestEntry FromCatalog(string name, string source, string licenseId, OpennessTier tier, string? catalogId)
    {
        Assert.True(LicenseCatalog.TryGet(licenseId, out var license));
        return new ManifestEntry
        {
            Name = name,
            Source = source,
            Format = "gguf",
            License = license.Id,
            LicenseUrl = license.SourceUrl,
            LicenseOrigin = "test",
            CatalogId = catalogId,
            Tier = tier,
            CommercialUse = license.CommercialUse,
            Restrictions = license.Restrictions,
            Attribution = license.Attribution,
        };
    }
}
