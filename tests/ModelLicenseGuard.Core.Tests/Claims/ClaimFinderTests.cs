using System;
using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Core.Tests.Claims;

/// <summary>
/// Sentences mark the exact phrase expected to be reported between « and »; an unmarked sentence must yield no claim.
/// </summary>
public class ClaimFinderTests
{
    private static readonly ModelAliasIndex Llama = Index(LlamaModel());

    [Theory]
    [InlineData("Powered by the «open-source» Llama 3.1 model")]
    [InlineData("Llama 3.1 is «open source»")]
    [InlineData("Llama 3.1 is «open source».")]
    [InlineData("«Open source» Llama 3.1, a model from Meta, writes code.")]
    [InlineData("Llama 3.1 is an «open» model with open-ended answers")]
    [InlineData("llama3.1 is fully «open-source»")]
    [InlineData("We ship the «Open Source» Meta Llama 3.1 8B Instruct")]
    [InlineData("Llama-3.1 is an «opensource» model")]
    [InlineData("LLAMA 3.1 IS «OPEN SOURCE»")]
    [InlineData("Built on «open-source» Llama.")]
    [InlineData("Our chatbot runs on the «open-source» Llama 3.1 8B Instruct.")]
    [InlineData("Llama 3.1 8B Instruct is «open source»")]
    [InlineData("Llama 3.1 is a truly «open-source» model")]
    [InlineData("Llama 3.1 is also a fully «open-source» model")]
    [InlineData("Meta Llama 3.1 is «open source»")]
    [InlineData("Meta's Llama 3.1 is «open source»")]
    [InlineData("Llama 3.1's «open-source» weights")]
    [InlineData("Llama's «open source» licence")]
    [InlineData("«open-source» model Llama 3.1")]
    [InlineData("an «open source» LLM Llama 3.1")]
    [InlineData("Llama 3.1 was «open source» from day one")]
    [InlineData("Llama 3.1 is «open\u00A0source»")]
    [InlineData("Llama 3.1 is «open   source»")]
    [InlineData("Llama 3.1 is\n«open source»")]
    [InlineData("Llama 3.1 is «open-\nsource»")]
    [InlineData("GPT-4 is closed, but Llama 3.1 is «open source»")]
    [InlineData("Llama 3.1 is «open source», unlike GPT-4")]
    [InlineData("Llama 3.1 is «open source» and free")]
    [InlineData("This app is open source. We also ship the «open-source» Llama 3.1 model.")]
    [InlineData("Unlike the «open-source» Llama 3.1, GPT-4 is closed.")]
    [InlineData("GPT-4 is faster than the «open-source» Llama 3.1.")]
    [InlineData("Llama 3.1 8B is «open source»")]
    [InlineData("Llama 3.1 405B is «open-source»")]
    [InlineData("Llama 3.1 70B Instruct is an «open-source» model")]
    [InlineData("We use neither GPT-4 nor the «open-source» Llama 3.1")]
    [InlineData("Run the «open-source» Llama 3.1 model with llama.cpp")]
    [InlineData("\"Llama 3.1 is «open source»\"")]
    [InlineData("llama3.1:8b is «open source»")]
    [InlineData("Llama 3.1 is «fully open»")]
    [InlineData("Llama 3.1 is «completely open».")]
    [InlineData("the «OSS» Llama 3.1 model")]
    [InlineData("Llama 3.1 is «oss»")]
    [InlineData("Llama 3.1 is «open source», and it demands far less power than its rivals.")]
    [InlineData("Meta believes that «open-source» Llama 3.1 will prevail.")]
    [InlineData("Llama 3.1 is an «open-source» AI model for coding assistants.")]
    public void Flags_open_source_claims_about_the_model(string marked)
    {
        var (text, start, length) = Unmark(marked);

        var claims = ClaimFinder.Find(text, Llama);

        Assert.NotNull(claims);
        var claim = Assert.Single(claims);
        Assert.Equal((start, length), (claim.Start, claim.Length));
        Assert.Equal(0, claim.Model);
    }

    [Theory]
    [InlineData("This library is open source (MIT).")]
    [InlineData("Llama 3.1 is not open source")]
    [InlineData("Llama 3.1 isn't open-source")]
    [InlineData("Llama 3.1 isn\u2019t open-source")]
    [InlineData("Llama 3.1 is NOT open source")]
    [InlineData("Llama 3.1 is not fully open source")]
    [InlineData("Llama 3.1 is fully open weights")]
    [InlineData("Llama 3.1 is fully open-weight")]
    [InlineData("Llama 3.1 is not fully open")]
    [InlineData("The door is fully open.")]
    [InlineData("OSS-Fuzz found bugs in llama.cpp")]
    [InlineData("Llama 3.1 is not an open-source model")]
    [InlineData("Llama 3.1 isn't truly open source")]
    [InlineData("Llama 3.1 is not a truly open-source model")]
    [InlineData("Llama 3.1 was never open source")]
    [InlineData("Llama 3.1 is no open-source model")]
    [InlineData("Llama 3.1 is non-open-source")]
    [InlineData("Llama 3.1 is open weight, not open source")]
    [InlineData("Llama 3.1 is open weights rather than open source")]
    [InlineData("Llama 3.1 is open weights instead of open source")]
    [InlineData("Llama 3.1 is neither open source nor free")]
    [InlineData("Llama 3.1 is neither open weights nor open source")]
    [InlineData("Llama 3.1 is more restrictive than open-source models")]
    [InlineData("GPT-4, unlike open-source models, is closed; Llama 3.1 is restricted")]
    [InlineData("Llama 3.1 is far from open source")]
    [InlineData("Llama 3.1 is hardly open source")]
    [InlineData("Llama 3.1 is not, strictly speaking, open source")]
    [InlineData("Unlike open-source models, Llama's weights are restricted.")]
    [InlineData("Our open-source app, which uses Llama 3.1")]
    [InlineData("Our open-source app uses Llama 3.1")]
    [InlineData("An open-source alternative to Llama 3.1")]
    [InlineData("open-source tooling for Llama 3.1")]
    [InlineData("The open-source community loves Llama 3.1")]
    [InlineData("open weights Llama 3.1")]
    [InlineData("Llama 3.1 has open weights")]
    [InlineData("Everything here is open source.")]
    [InlineData("the open-source Mistral model")]
    [InlineData("Mistral is open source, Llama 3.1 is not")]
    [InlineData("Mistral is open source and Llama 3.1 is restricted")]
    [InlineData("Llamas are open source animals")]
    [InlineData("Is Llama 3.1 open source?")]
    [InlineData("Calling Llama 3.1 open source is wrong")]
    [InlineData("This app is open source. Llama 3.1 powers the chat.")]
    [InlineData("This app is open source, Llama 3.1 powers the chat.")]
    [InlineData("This app is open source;\nLlama 3.1 powers the chat.")]
    [InlineData("This app is open source\n\nLlama 3.1 powers the chat.")]
    [InlineData("Llama 3.1\n\nis open source")]
    [InlineData("Llama 3.1 support is open source")]
    [InlineData("We open-sourced our Llama 3.1 prompts")]
    [InlineData("open sources say Llama 3.1 is fast")]
    [InlineData("reopen source files for Llama 3.1")]
    [InlineData("the open_source flag for Llama 3.1")]
    [InlineData("the open/source toggle for Llama 3.1")]
    [InlineData("Bindings for the open-source llama.cpp runtime")]
    [InlineData("The open source gemma.cpp and llama.cpp engines")]
    [InlineData("open-source llama_cpp bindings")]
    [InlineData("llama.cpp is open source")]
    [InlineData("LlamaIndex is open source")]
    [InlineData("Llama 3.1 fans are open source advocates")]
    [InlineData("Llama 3.1 8B GGUF files are open source")]
    [InlineData("OpenSourceLlama")]
    [InlineData("Llama 3.1 is an open access multilingual LLM")]
    [InlineData("Llama 3.1, an open-access LLM, and open science")]
    [InlineData("Open source, Meta-based Llama 3.1, a desktop application for Windows, runs on the GPU.")]
    [InlineData("The open-source Llama 3.1, an app for your phone")]
    [InlineData("Llama 3.1: The Best Open Model You Can Run on One GPU, If You Can Call It Open")]
    [InlineData("Llama 3.1 is the best open model, if you can call it that")]
    [InlineData("Developers demand that Meta make Llama 3.1 open source.")]
    [InlineData("Developers demand an open-source Llama 3.1.")]
    [InlineData("Meta firmly believes that open source will prevail, and Llama 3.1 shows it.")]
    [InlineData("This review compares Llama 3.1 and GPT-4 inside Bolt, an open-source AI coding assistant.")]
    [InlineData("")]
    public void Does_not_flag_text_that_makes_no_open_source_claim_about_the_model(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Llama));
    }

    [Fact]
    public void Finds_every_claim_in_a_text_in_order()
    {
        var text = "Llama 3.1 is open source. Llama 3.1 is not open source. The open-source Llama model.";

        var claims = ClaimFinder.Find(text, Llama);

        Assert.NotNull(claims);
        Assert.Equal(
            [(text.IndexOf("open source", StringComparison.Ordinal), 11), (text.IndexOf("open-source", StringComparison.Ordinal), 11)],
            claims.Select(c => (c.Start, c.Length)));
    }

    [Fact]
    public void Searches_only_between_start_and_end_and_reports_offsets_in_the_whole_text()
    {
        const string Literal = "\"Llama 3.1 is open source\"";
        var text = "// The open-source Llama model\nvar s = " + Literal + ";\n// Llama is open source";
        var start = text.IndexOf(Literal, StringComparison.Ordinal);

        var claims = ClaimFinder.Find(text, start, start + Literal.Length, Llama);

        Assert.NotNull(claims);
        var claim = Assert.Single(claims);
        Assert.Equal(start + Literal.IndexOf("open source", StringComparison.Ordinal), claim.Start);
        Assert.Equal("open source", text.Substring(claim.Start, claim.Length));
    }

    [Fact]
    public void A_window_that_cuts_the_model_name_or_the_phrase_finds_nothing()
    {
        var text = "Llama 3.1 is open source";

        Assert.Null(ClaimFinder.Find(text, "Llama 3.1 is op".Length, text.Length, Llama));
        Assert.Null(ClaimFinder.Find(text, 0, "Llama 3.1 is open sour".Length, Llama));
        Assert.Null(ClaimFinder.Find(text, 0, 0, Llama));
    }

    [Fact]
    public void Reports_which_model_a_claim_is_about()
    {
        var gemma = new ManifestEntry { Name = "Gemma 2 9B" };
        gemma.Aliases.Add("Gemma 2 9B");
        gemma.Aliases.Add("Gemma");
        var index = Index(LlamaModel(), gemma);
        var text = "Gemma is open source, and so is the open-source Llama 3.1 model.";

        var claims = ClaimFinder.Find(text, index);

        Assert.NotNull(claims);
        Assert.Equal([1, 0], claims.Select(c => c.Model));
        Assert.Same(gemma, index.Models[claims[0].Model]);
    }

    [Fact]
    public void An_index_without_aliases_finds_nothing()
    {
        var index = new ModelAliasIndex([new ManifestEntry { Name = "no aliases" }]);

        Assert.True(index.IsEmpty);
        Assert.Null(ClaimFinder.Find("The open-source no aliases model is open source", index));
    }

    [Fact]
    public void An_empty_index_finds_nothing()
    {
        var index = new ModelAliasIndex([]);

        Assert.True(index.IsEmpty);
        Assert.Null(ClaimFinder.Find("Llama 3.1 is open source", index));
    }

    [Fact]
    public void Long_text_with_many_phrases_and_no_model_is_handled()
    {
        var text = string.Concat(Enumerable.Repeat("open source, open-source; opensource. ", 10_000));

        Assert.Null(ClaimFinder.Find(text, Llama));
    }

    [Fact]
    public void Long_text_with_many_claims_reports_them_all()
    {
        var text = string.Concat(Enumerable.Repeat("Llama 3.1 is open source. ", 1_000));

        Assert.Equal(1_000, ClaimFinder.Find(text, Llama)?.Count);
    }

    private static ManifestEntry LlamaModel()
    {
        var model = new ManifestEntry { Name = "Meta Llama 3.1 8B Instruct", License = "llama3.1", Tier = OpennessTier.RestrictedWeights };
        model.Aliases.Add("Llama 3.1 8B Instruct");
        model.Aliases.Add("Llama 3.1");
        model.Aliases.Add("Llama");
        return model;
    }

    private static ModelAliasIndex Index(params ManifestEntry[] models) => new(new List<ManifestEntry>(models));

    private static (string Text, int Start, int Length) Unmark(string marked)
    {
        var open = marked.IndexOf('«', StringComparison.Ordinal);
        var close = marked.IndexOf('»', StringComparison.Ordinal);
        Assert.True(open >= 0 && close > open, "the sentence marks no phrase");
        var text = marked.Remove(close, 1).Remove(open, 1);
        return (text, open, close - open - 1);
    }

    [Theory]
    [InlineData("using OpenAI; var client = new OpenAIClient(key);", false)]
    [InlineData("reopen the class and process the loss", false)]
    [InlineData("OpenTelemetry and OpenSearch", false)]
    [InlineData("Llama is open", true)]
    [InlineData("the Open-Source Llama", true)]
    [InlineData("an OSS model", true)]
    [InlineData("opensourced weights", true)]
    [InlineData("opensource-Llama", true)]
    [InlineData("\"open3\"", true)]
    [InlineData("(open)", true)]
    public void The_quick_test_before_reading_passes_every_word_a_claim_can_begin_with_and_nothing_else(string text, bool expected)
    {
        Assert.Equal(expected, ClaimFinder.MayContainClaim(text, 0, text.Length));
        Assert.Equal(expected, ClaimFinder.NextPhraseWord(text, 0, text.Length) >= 0);
    }

    [Fact]
    public void The_quick_test_keeps_to_its_span_and_finds_each_word_in_order()
    {
        const string text = "OpenAI: Llama is open, and OSS; reopened.";
        var first = ClaimFinder.NextPhraseWord(text, 0, text.Length);
        Assert.Equal(text.IndexOf("open,", StringComparison.Ordinal), first);
        Assert.Equal(text.IndexOf("OSS", StringComparison.Ordinal), ClaimFinder.NextPhraseWord(text, first + 1, text.Length));

        // A span's edge is a word's edge, as the tokenizer reads a span: "open" cut out of "OpenAI" is a word there.
        Assert.Equal(0, ClaimFinder.NextPhraseWord(text, 0, 4));
        Assert.Equal(-1, ClaimFinder.NextPhraseWord(text, 0, 3));
        Assert.Equal(-1, ClaimFinder.NextPhraseWord(text, text.IndexOf("reopened", StringComparison.Ordinal), text.Length));
    }
}
