using System.Linq;
using ModelLicenseGuard.Claims;

namespace ModelLicenseGuard.Core.Tests.Claims;

public class TextTokenizerTests
{
    [Theory]
    [InlineData("Llama 3.1", "llama|3|1")]
    [InlineData("Llama-3.1", "llama|3|1")]
    [InlineData("llama3.1", "llama|3|1")]
    [InlineData("Llama_3.1-8B", "llama|3|1|8|b")]
    [InlineData("  Meta's   model  ", "meta|s|model")]
    [InlineData("ünïcødé wörds", "ünïcødé|wörds")]
    [InlineData("", "")]
    [InlineData("-- ... !!", "")]
    public void Splits_runs_of_letters_and_runs_of_digits(string text, string expected)
    {
        var words = TextTokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length).ToLowerInvariant());

        Assert.Equal(expected, string.Join("|", words));
    }

    [Theory]
    [InlineData("a, b")]
    [InlineData("a; b")]
    [InlineData("a: b")]
    [InlineData("a! b")]
    [InlineData("a? b")]
    [InlineData("a (b")]
    [InlineData("a) b")]
    [InlineData("a</p><p>b")]
    [InlineData("a<br/>b")]
    [InlineData("a \"b")]
    [InlineData("a. b")]
    [InlineData("a.\tb")]
    [InlineData("a.. b")]
    [InlineData("a\n\nb")]
    [InlineData("a\r\n\r\nb")]
    [InlineData("a\n  \n b")]
    public void Clause_punctuation_and_blank_lines_break_between_words(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);

        Assert.Equal(2, tokens.Count);
        Assert.False(tokens[0].BreakBefore);
        Assert.True(tokens[1].BreakBefore);
    }

    [Theory]
    [InlineData("a b")]
    [InlineData("a-b")]
    [InlineData("a\nb")]
    [InlineData("a\r\nb")]
    [InlineData("a's")]
    [InlineData("a/b")]
    [InlineData("a.b")]
    [InlineData("3.1")]
    [InlineData("a\u2019b")]
    [InlineData("a [b")]
    [InlineData("a] b")]
    [InlineData("a <b>b")]
    [InlineData("a</em> b")]
    [InlineData("<strong>a</strong> <a href=\"https://x.org/a,b\">b</a>")]
    [InlineData("[a](https://example.org/x,y.z) b")]
    public void Spaces_single_line_breaks_and_joining_punctuation_do_not_break(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);

        Assert.Equal(2, tokens.Count);
        Assert.False(tokens[1].BreakBefore);
    }

    [Theory]
    [InlineData("a < b")]
    [InlineData("a <b")]
    public void A_less_than_sign_that_opens_no_tag_is_text(string text)
    {
        Assert.Equal(2, TextTokenizer.Tokenize(text).Count);
    }

    [Fact]
    public void A_link_target_with_a_space_is_not_skipped()
    {
        var words = TextTokenizer.Tokenize("[a](not a link)").Count;

        Assert.Equal(4, words);
    }

    /// <summary>A link with no text of its own shows the heading its anchor names: "[](models.md#llama-2)" reads as "llama-2".</summary>
    [Theory]
    [InlineData("like [](models.md#llama-2) or", "like|llama|2|or")]
    [InlineData("like [](#mistral-7b), c", "like|mistral|7|b|c")]
    [InlineData("like [](https://example.org/llama-2) or", "like|or")]
    [InlineData("like [Llama](models.md#llama-2) or", "like|llama|or")]
    public void A_link_with_no_text_reads_as_its_anchor(string text, string expected)
    {
        var tokens = TextTokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join("|", tokens.Select(t => text.Substring(t.Start, t.Length).ToLowerInvariant())));
        Assert.DoesNotContain(tokens.Take(tokens.Count - 1), t => t.BreakBefore);
    }

    /// <summary>A reference-style link's label is no text: "[Gemma][00]" reads as "Gemma"; a label with a space is text.</summary>
    [Theory]
    [InlineData("see [Gemma][00] now", "see|gemma|now")]
    [InlineData("see [Llama 3][llama-3] now", "see|llama|3|now")]
    [InlineData("see [Gemma][the docs] now", "see|gemma|the|docs|now")]
    [InlineData("see [[Gemma]] now", "see|gemma|now")]
    public void A_reference_link_label_is_no_text(string text, string expected)
    {
        var tokens = TextTokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join("|", tokens.Select(t => text.Substring(t.Start, t.Length).ToLowerInvariant())));
    }

    [Fact]
    public void A_break_before_the_first_word_is_not_recorded()
    {
        var token = Assert.Single(TextTokenizer.Tokenize(". (word"));

        Assert.False(token.BreakBefore);
    }

    [Fact]
    public void Tokenizes_only_the_window_and_reports_offsets_in_the_whole_text()
    {
        const string Text = "skip. Llama 3.1, then. skip";

        var tokens = TextTokenizer.Tokenize(Text, 6, 21);

        Assert.Equal(["Llama", "3", "1", "then"], tokens.Select(t => Text.Substring(t.Start, t.Length)));
        Assert.Equal(6, tokens[0].Start);
        Assert.True(tokens[3].BreakBefore);
    }

    [Fact]
    public void A_full_stop_at_the_edge_of_the_window_ends_the_clause()
    {
        const string Text = "a.b";

        var tokens = TextTokenizer.Tokenize(Text, 0, 2);

        Assert.Single(tokens);
        Assert.Single(TextTokenizer.Tokenize(Text, 1, 3));
    }

    [Theory]
    [InlineData("Llama", "llama", true)]
    [InlineData("LLAMA", "llama", true)]
    [InlineData("Llamas", "llama", false)]
    [InlineData("Llam", "llama", false)]
    public void Is_compares_a_whole_word_ignoring_case(string text, string word, bool expected)
    {
        var token = Assert.Single(TextTokenizer.Tokenize(text));

        Assert.Equal(expected, TextTokenizer.Is(text, token, word));
    }
}
