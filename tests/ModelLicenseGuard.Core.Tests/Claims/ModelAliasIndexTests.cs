using System.Collections.Generic;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Core.Tests.Claims;

public class ModelAliasIndexTests
{
    [Theory]
    [InlineData("Llama 3.1 8B Instruct here", 0, 6)]
    [InlineData("Llama-3.1-8B-Instruct", 0, 6)]
    [InlineData("llama3.1 8b", 0, 5)]
    [InlineData("Llama 3.1, 8B Instruct", 0, 3)]
    [InlineData("LLAMA", 1, 1)]
    public void Matches_the_longest_alias_at_a_word(string text, int expectedModel, int expectedTokens)
    {
        var index = Index();

        var model = index.Match(text, TextTokenizer.Tokenize(text), 0, out var count);

        Assert.Equal(expectedModel, model);
        Assert.Equal(expectedTokens, count);
    }

    [Theory]
    [InlineData("Llamas")]
    [InlineData("Mistral 7B")]
    [InlineData("llama.cpp")]
    [InlineData("gemma.cpp")]
    [InlineData("llama_index")]
    [InlineData("3.1 Llama")]
    [InlineData("Llama 3 is")]
    [InlineData("Llama.3")]
    [InlineData("Llama_3")]
    [InlineData("Llama 3.2")]
    public void Does_not_match_other_words_or_software_named_after_the_model(string text)
    {
        var model = Index().Match(text, TextTokenizer.Tokenize(text), 0, out var count);

        Assert.Equal(-1, model);
        Assert.Equal(0, count);
    }

    [Theory]
    [InlineData("Llama.")]
    [InlineData("Llama. Next")]
    [InlineData("Llama 70B")]
    [InlineData("Llama-Instruct")]
    public void Still_matches_a_name_followed_by_punctuation_a_size_or_a_variant(string text)
    {
        Assert.Equal(1, Index().Match(text, TextTokenizer.Tokenize(text), 0, out _));
    }

    [Theory]
    [InlineData("Mixtral 8x7B")]
    [InlineData("Mixtral 8\u00D77B")]
    [InlineData("mixtral-8x7b")]
    public void A_multiplication_sign_in_a_size_reads_as_x(string text)
    {
        var mixtral = new ManifestEntry { Name = "Mixtral 8x7B" };
        mixtral.Aliases.Add("Mixtral 8x7B");
        var index = new ModelAliasIndex([mixtral]);

        Assert.Equal(0, index.Match(text, TextTokenizer.Tokenize(text), 0, out var count));
        Assert.Equal(5, count);
    }

    [Theory]
    [InlineData("Stable Diffusion is popular", 0, 2)]
    [InlineData("Stable Diffusion XL is popular", 0, 2)]
    [InlineData("Llama Guard is popular", 1, 2)]
    [InlineData("Stable is popular", -1, 0)]
    [InlineData("Diffusion is popular", -1, 0)]
    public void A_family_of_two_words_is_named_by_both(string text, int expectedModel, int expectedTokens)
    {
        var sdxl = new ManifestEntry { Name = "Stable Diffusion XL Base 1.0" };
        sdxl.Aliases.Add("Stable Diffusion XL Base 1.0");
        sdxl.Aliases.Add("Stable Diffusion XL 1.0");
        var guard = new ManifestEntry { Name = "Llama Guard 3 8B" };
        guard.Aliases.Add("Llama Guard 3 8B");
        var index = new ModelAliasIndex([sdxl, guard]);

        Assert.Equal(expectedModel, index.Match(text, TextTokenizer.Tokenize(text), 0, out var count));
        Assert.Equal(expectedTokens, count);
    }

    [Theory]
    [InlineData("Gemma 2 9B and 27B are open", "0,1", 7)]
    [InlineData("Gemma 2 9B + 27B: open", "0,1", 6)]
    [InlineData("Gemma 2 9B/27B", "0,1", 6)]
    [InlineData("Gemma 2 9B & 2B & 27B", "0,1", 8)]
    [InlineData("Gemma 2 9B or 70B", "0", 7)]
    [InlineData("Gemma 2 9B and 27 others", "0", 4)]
    [InlineData("Gemma 2 9B and 27Bx", "0", 4)]
    [InlineData("Gemma 2 9B, and 27B", "0", 4)]
    public void More_sizes_after_a_name_name_the_models_of_those_sizes(string text, string expectedModels, int expectedTokens)
    {
        var small = new ManifestEntry { Name = "Gemma 2 9B" };
        small.Aliases.Add("Gemma 2 9B");
        var large = new ManifestEntry { Name = "Gemma 2 27B" };
        large.Aliases.Add("Gemma 2 27B");
        var index = new ModelAliasIndex([small, large]);

        var models = index.MatchAll(text, TextTokenizer.Tokenize(text), 0, out var count);

        Assert.Equal(expectedModels, string.Join(",", models!));
        Assert.Equal(expectedTokens, count);
    }

    [Theory]
    [InlineData("Meta Llama 3 8B", "Meta Llama")]
    [InlineData("Text Embedding 3 Small", "Text Embedding")]
    [InlineData("Llama Nemotron Super", "Llama Nemotron")]
    public void No_family_of_two_words_begins_with_a_vendor_a_common_word_or_lacks_a_version(string name, string text)
    {
        var model = new ManifestEntry { Name = name };
        model.Aliases.Add(name);

        Assert.Equal(-1, new ModelAliasIndex([model]).Match(text, TextTokenizer.Tokenize(text), 0, out _));
    }

    [Fact]
    public void Matches_at_the_given_word_only()
    {
        const string Text = "the Llama model";
        var tokens = TextTokenizer.Tokenize(Text);

        Assert.Equal(-1, Index().Match(Text, tokens, 0, out _));
        Assert.Equal(1, Index().Match(Text, tokens, 1, out _));
        Assert.Equal(-1, Index().Match(Text, tokens, 3, out _));
    }

    [Fact]
    public void Keeps_the_models_and_knows_when_there_is_nothing_to_match()
    {
        var models = new List<ManifestEntry> { new() { Name = "no aliases" } };
        models[0].Aliases.Add("  ");
        models[0].Aliases.Add("--");

        var index = new ModelAliasIndex(models);

        Assert.Same(models, index.Models);
        Assert.True(index.IsEmpty);
        Assert.False(Index().IsEmpty);
    }

    private static ModelAliasIndex Index()
    {
        var instruct = new ManifestEntry { Name = "Meta Llama 3.1 8B Instruct" };
        instruct.Aliases.Add("Llama 3.1 8B Instruct");
        instruct.Aliases.Add("Llama 3.1");
        var family = new ManifestEntry { Name = "Llama" };
        family.Aliases.Add("Llama");
        return new ModelAliasIndex([instruct, family]);
    }
}
