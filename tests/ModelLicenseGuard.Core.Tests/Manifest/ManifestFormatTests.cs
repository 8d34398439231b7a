using System;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Core.Tests.Manifest;

public class ManifestFormatTests
{
    private const string Awkward = "C:\\models\\x.gguf | a: b\nsecond line\r\nthird\\n not a newline \\\\ end\\";

    [Fact]
    public void Round_trips_every_field_of_models_and_problems()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(FullModel());
        var second = new ManifestEntry { Name = "second", Source = "models/second.gguf", Format = "gguf", Tier = OpennessTier.OpenWeights, CommercialUse = CommercialUse.Allowed };
        manifest.Models.Add(second);
        manifest.Problems.Add(new ManifestProblem("MLG0030", "hf:org/name", "The licence of 'hf:org/name' cannot be determined: key: value | pipe."));
        manifest.Problems.Add(new ManifestProblem("MLG0032", Awkward, Awkward));

        var read = ManifestFormat.Read(ManifestFormat.Write(manifest));

        Assert.Equal(2, read.Models.Count);
        AssertSame(manifest.Models[0], read.Models[0]);
        AssertSame(manifest.Models[1], read.Models[1]);
        Assert.Equal(2, read.Problems.Count);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(manifest.Problems[i].Code, read.Problems[i].Code);
            Assert.Equal(manifest.Problems[i].File, read.Problems[i].File);
            Assert.Equal(manifest.Problems[i].Message, read.Problems[i].Message);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("  two leading spaces")]
    [InlineData("trailing space ")]
    [InlineData("\\")]
    [InlineData("\\\\server\\share\\model.gguf")]
    [InlineData("a\\nb")]
    [InlineData("line\nbreak")]
    [InlineData("\r\n")]
    [InlineData("\n[model]\nname: injected")]
    [InlineData("# not a comment")]
    [InlineData("[problem]")]
    [InlineData("key: value: more")]
    [InlineData("a|b||c")]
    [InlineData("tab\there")]
    [InlineData("unicode: Llama 3.1 — ünïcødé 🦙")]
    public void Round_trips_awkward_values_in_every_string_field(string value)
    {
        var model = new ManifestEntry
        {
            Name = value,
            Source = value,
            Format = value,
            License = value,
            LicenseOrigin = value,
            Restrictions = value,
            Attribution = value,
        };
        model.Aliases.Add(value);
        model.BaseModels.Add(value);
        var manifest = new ModelManifest();
        manifest.Models.Add(model);
        manifest.Problems.Add(new ManifestProblem("MLG0030", value, value));

        var read = ManifestFormat.Read(ManifestFormat.Write(manifest));

        var only = Assert.Single(read.Models);
        AssertSame(model, only);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(value, problem.File);
        Assert.Equal(value, problem.Message);
    }

    /// <summary>The configuration keys the project's settings set round-trip, after the models and problems, with awkward keys intact; the manifest stays whole.</summary>
    [Fact]
    public void Round_trips_the_configuration_keys_the_settings_set()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(new ManifestEntry { Name = "m", Source = "m.gguf", Format = "gguf" });
        manifest.ConfigurationKeys.Add("AI:ChatModel");
        manifest.ConfigurationKeys.Add("OAI_CHATMODEL_NANO");
        manifest.ConfigurationKeys.Add(Awkward);

        var read = ManifestFormat.Read(ManifestFormat.Write(manifest));

        Assert.Null(read.Damage);
        Assert.Single(read.Models);
        Assert.Equal(manifest.ConfigurationKeys, read.ConfigurationKeys);
        Assert.Contains("ai:chatmodel", read.ConfigurationKeys);
        Assert.Empty(ManifestFormat.Read(ManifestFormat.Write(new ModelManifest())).ConfigurationKeys);
    }

    [Fact]
    public void Null_optional_fields_stay_null()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(new ManifestEntry { Name = "m", Source = "m.gguf", Format = "gguf" });

        var read = Assert.Single(ManifestFormat.Read(ManifestFormat.Write(manifest)).Models);

        Assert.Null(read.License);
        Assert.Null(read.LicenseOrigin);
        Assert.Null(read.Restrictions);
        Assert.Null(read.Attribution);
        Assert.Equal(OpennessTier.Unknown, read.Tier);
        Assert.Equal(CommercialUse.Unknown, read.CommercialUse);
        Assert.Empty(read.Aliases);
        Assert.Empty(read.BaseModels);
    }

    [Fact]
    public void Writes_the_header_first_and_one_line_per_value()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(new ManifestEntry { Name = "a\nb", Source = "s" });

        var text = ManifestFormat.Write(manifest);

        Assert.StartsWith(ManifestFormat.Header + "\n", text, StringComparison.Ordinal);
        Assert.Contains("\nname: a\\nb\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_is_deterministic()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(FullModel());

        Assert.Equal(ManifestFormat.Write(manifest), ManifestFormat.Write(manifest));
    }

    [Fact]
    public void An_empty_manifest_round_trips()
    {
        var read = ManifestFormat.Read(ManifestFormat.Write(new ModelManifest()));

        Assert.Empty(read.Models);
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void Reads_crlf_line_endings_and_a_padded_header()
    {
        var text = ManifestFormat.Write(Single(FullModel())).Replace("\n", "\r\n", StringComparison.Ordinal);
        text = string.Concat(ManifestFormat.Header, "  ", text.AsSpan(ManifestFormat.Header.Length));

        var model = Assert.Single(ManifestFormat.Read(text).Models);

        AssertSame(FullModel(), model);
    }

    [Fact]
    public void Ignores_unknown_keys_sections_comments_and_lines_without_a_key()
    {
        var text = string.Join(
            "\n",
            ManifestFormat.Header,
            "# a comment",
            "added-in-1.1: ignored",
            "[model]",
            "name: kept",
            "colour: blue",
            "no colon on this line",
            ": no key",
            "tier: RestrictedWeights",
            "[future-section]",
            "name: not a model",
            "code: MLG0001",
            "[model]",
            "name: second",
            "tier: Sideways",
            "commercial-use: 2",
            "[problem]",
            "code: MLG0030",
            "severity: high",
            "file: f.gguf",
            "message: m",
            "[problem]",
            "file: a problem without a code is dropped",
            string.Empty);

        var manifest = ManifestFormat.Read(text);

        Assert.Equal(2, manifest.Models.Count);
        Assert.Equal("kept", manifest.Models[0].Name);
        Assert.Equal(OpennessTier.RestrictedWeights, manifest.Models[0].Tier);
        Assert.Equal("second", manifest.Models[1].Name);
        Assert.Equal(OpennessTier.Unknown, manifest.Models[1].Tier);
        Assert.Equal(CommercialUse.Conditional, manifest.Models[1].CommercialUse);
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal("MLG0030", problem.Code);
        Assert.Equal("f.gguf", problem.File);
        Assert.Equal("m", problem.Message);
    }

    [Fact]
    public void Fills_missing_problem_fields_with_empty_text()
    {
        var manifest = ManifestFormat.Read(ManifestFormat.Header + "\n[problem]\ncode: MLG0032\n");

        var problem = Assert.Single(manifest.Problems);
        Assert.Equal("MLG0032", problem.Code);
        Assert.Equal(string.Empty, problem.File);
        Assert.Equal(string.Empty, problem.Message);
    }

    [Theory]
    [InlineData("format: modellicenseguard-manifest/2")]
    [InlineData("format: modellicenseguard-manifest/10")]
    [InlineData("format: modellicenseguard-manifest/0")]
    [InlineData("format: modellicenseguard-manifest")]
    [InlineData("format: something-else/1")]
    [InlineData("FORMAT: MODELLICENSEGUARD-MANIFEST/1")]
    [InlineData("")]
    [InlineData("[model]")]
    public void A_wrong_header_or_another_major_version_reads_as_empty(string header)
    {
        var body = ManifestFormat.Write(Single(FullModel())).Substring(ManifestFormat.Header.Length);

        var manifest = ManifestFormat.Read(header + body);

        Assert.Empty(manifest.Models);
        Assert.Empty(manifest.Problems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("{\"models\": [{\"name\": \"x\"}]}")]
    [InlineData("\0\0\0\0GGUF\u0003")]
    [InlineData("format: modellicenseguard-manifest/1\n[model")]
    [InlineData("format: modellicenseguard-manifest/1\n[model]\n\\\\\\\n:\n::::\n[\n]\n\\")]
    [InlineData("format: modellicenseguard-manifest/1\n[problem]\ncode:\n[problem]\n")]
    public void Garbage_never_throws(string text)
    {
        var manifest = ManifestFormat.Read(text);

        Assert.NotNull(manifest);
        Assert.All(manifest.Models, m => Assert.NotNull(m.Name));
    }

    [Fact]
    public void A_manifest_as_written_is_whole_even_with_no_models()
    {
        Assert.Null(ManifestFormat.Read(ManifestFormat.Write(Single(FullModel()))).Damage);
        Assert.Null(ManifestFormat.Read(ManifestFormat.Write(new ModelManifest())).Damage);
    }

    [Fact]
    public void Every_truncation_of_a_manifest_is_damage_not_an_empty_manifest()
    {
        var text = ManifestFormat.Write(Single(FullModel()));

        // Cutting only the final newline leaves every byte the checksum covers.
        for (var length = 0; length < text.Length - 1; length++)
        {
            Assert.NotNull(ManifestFormat.Read(text.Substring(0, length)).Damage);
        }
    }

    [Theory]
    [InlineData("name: Meta Llama", "name: Meta Llamb")]
    [InlineData("tier: RestrictedWeights", "tier: OpenWeights")]
    [InlineData("[model]", "[m0del]")]
    public void A_manifest_changed_after_it_was_written_is_damaged(string written, string changed)
    {
        var text = ManifestFormat.Write(Single(FullModel())).Replace(written, changed, StringComparison.Ordinal);

        Assert.Contains("checksum", ManifestFormat.Read(text).Damage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("  \n\n", "empty")]
    [InlineData("\0\0\0\0", "header")]
    [InlineData("format: modellicenseguard-manifest/2\n", "another version")]
    [InlineData("format: modellicenseguard-manifest/1\n[model]\nname: x\n", "incomplete")]
    public void The_damage_says_what_is_wrong(string text, string expected)
    {
        Assert.Contains(expected, ManifestFormat.Read(text).Damage, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_after_the_end_section_is_read()
    {
        var text = ManifestFormat.Write(new ModelManifest()) + "[model]\nname: appended\n";

        var manifest = ManifestFormat.Read(text);

        Assert.Empty(manifest.Models);
        Assert.NotNull(manifest.Damage);
    }

    [Fact]
    public void A_truncated_manifest_keeps_what_was_complete()
    {
        var text = ManifestFormat.Write(Single(FullModel()));
        for (var length = 0; length < text.Length; length++)
        {
            var manifest = ManifestFormat.Read(text.Substring(0, length));
            Assert.True(manifest.Models.Count <= 1);
        }
    }

    private static ModelManifest Single(ManifestEntry model)
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(model);
        return manifest;
    }

    private static ManifestEntry FullModel()
    {
        var model = new ManifestEntry
        {
            Name = "Meta Llama 3.1 8B Instruct",
            Source = "models\\sub dir\\llama: 3.1 | q4.gguf",
            Format = "gguf",
            License = "llama3.1",
            LicenseOrigin = "general.license in models\\sub dir\\llama: 3.1 | q4.gguf",
            Tier = OpennessTier.RestrictedWeights,
            CommercialUse = CommercialUse.Conditional,
            Restrictions = "line one\nline two: with colon | and pipe \\ and backslash",
            Attribution = "Built with Llama",
        };
        model.Aliases.Add("Meta Llama 3.1 8B Instruct");
        model.Aliases.Add("Llama 3.1");
        model.Aliases.Add("Llama");
        model.BaseModels.Add("meta-llama/Llama-3.1-8B");
        model.BaseModels.Add("org\\with\\backslashes");
        return model;
    }

    private static void AssertSame(ManifestEntry expected, ManifestEntry actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Format, actual.Format);
        Assert.Equal(expected.License, actual.License);
        Assert.Equal(expected.LicenseOrigin, actual.LicenseOrigin);
        Assert.Equal(expected.Tier, actual.Tier);
        Assert.Equal(expected.CommercialUse, actual.CommercialUse);
        Assert.Equal(expected.Restrictions, actual.Restrictions);
        Assert.Equal(expected.Attribution, actual.Attribution);
        Assert.Equal(expected.Aliases, actual.Aliases);
        Assert.Equal(expected.BaseModels, actual.BaseModels);
    }
}
