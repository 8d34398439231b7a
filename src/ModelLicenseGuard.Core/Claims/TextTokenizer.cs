using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// Splits prose into words the claim finder can match model names against: "Llama-3.1", "llama3.1" and
/// "Llama 3.1" all become <c>llama 3 1</c>, while a comma or a full stop separates clauses.
/// </summary>
internal static class TextTokenizer
{
    // Tags and link targets longer than this are not skipped as markup, so a stray '<' cannot swallow a paragraph.
    private const int MaxMarkupLength = 512;

    private static readonly string[] InlineTags = ["a", "b", "i", "u", "em", "strong", "code", "span", "mark", "small", "sub", "sup"];

    public static List<TextToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<TextToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<TextToken>();
        var i = start;
        var pendingBreak = false;
        var newlines = 0;
        var anchorEnd = -1;
        while (i < end)
        {
            var c = text[i];
            if (i == anchorEnd)
            {
                // The ')' that ends an anchor read as text ends the link, not a clause.
                anchorEnd = -1;
                i++;
                continue;
            }

            if (c == '\u00D7' && i > start && char.IsDigit(text[i - 1]))
            {
                // "Mixtral 8×7B": the multiplication sign is the "x" of a size and matches it.
                tokens.Add(new TextToken(i, i + 1, false));
                i++;
                continue;
            }

            if (char.IsLetter(c) || char.IsDigit(c))
            {
                var digit = char.IsDigit(c);
                var tokenStart = i;
                while (i < end && (digit ? char.IsDigit(text[i]) : char.IsLetter(text[i])))
                {
                    i++;
                }

                tokens.Add(new TextToken(tokenStart, i, pendingBreak && tokens.Count > 0));
                pendingBreak = false;
                newlines = 0;
                continue;
            }

            if (c == '\n')
            {
                newlines++;
                pendingBreak |= newlines > 1 || EndsBlockLine(text, i, start, end);
            }
            else if (c == '<' && TagEnd(text, i, end) is var tagEnd and > 0)
            {
                // HTML markup is no text: "<b>open-source</b> Llama" reads as "open-source Llama".
                pendingBreak |= !IsInlineTag(text, i, tagEnd);
                i = tagEnd;
                continue;
            }
            else if (c == ']' && i + 1 < end && text[i + 1] == '(' && LinkEnd(text, i + 1, end) is var linkEnd and > 0)
            {
                // A Markdown link's target is no text: "[Llama 3.1](https://…) model" reads as "Llama 3.1 model". A link
                // with no text of its own ("[](models.md#llama-2)", as MyST writes a reference to a heading) shows the
                // heading its anchor names, and reads as the anchor's words: "llama-2".
                var anchor = i > start && text[i - 1] == '[' ? text.IndexOf('#', i + 2, linkEnd - i - 3) : -1;
                i = anchor >= 0 ? anchor + 1 : linkEnd;
                anchorEnd = anchor >= 0 ? linkEnd - 1 : -1;
                continue;
            }
            else if (c == ']' && i + 1 < end && text[i + 1] == '[' && ReferenceEnd(text, i + 1, end) is var referenceEnd and > 0)
            {
                // A reference-style link's label is no text either: "[Gemma][00]" reads as "Gemma", "[Llama 3][llama]" as "Llama 3".
                i = referenceEnd;
                continue;
            }
            else if (IsClauseBreak(text, i, start, end))
            {
                pendingBreak = true;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>
    /// A hyphen as writers type it: '-', or the Unicode hyphen and non-breaking hyphen that word processors and web
    /// pages put in "open‑source" and "Phi‑3".
    /// </summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool Is(string text, TextToken token, string word)
        => token.Length == word.Length
            && (string.Compare(text, token.Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                || (word.Length == 1 && word[0] is 'x' or 'X' && text[token.Start] == '\u00D7'));

    /// <summary>True when a sentence ends between two offsets: ". ", "! ", "? " or a blank line.</summary>
    public static bool EndsSentence(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if ((c == '.' || c == '!' || c == '?') && i + 1 < to && char.IsWhiteSpace(text[i + 1]) && !(c == '.' && EndsAbbreviation(text, i)))
            {
                return true;
            }

            if (c == '\n')
            {
                newlines++;
                if (EndsBlockLine(text, i, from, to) && !IntroducesList(text, i, from))
                {
                    return true;
                }
            }
        }

        return newlines > 1;
    }

    // How far back a heading's '#' is looked for, and how far ahead a block's marker: a line longer than this is prose.
    private const int MaxMarkerReach = 512;

    /// <summary>
    /// Whether the line break at <paramref name="newline"/> ends a Markdown block without a blank line: the line before it
    /// is a heading ("## Mistral 7B") or a table row, or the line after it opens a list item, a heading, a quote or a table row ("- Open
    /// source", "1. Fast", "> …", "| …"). A line break inside a paragraph is no break at all.
    /// </summary>
    internal static bool EndsBlockLine(string text, int newline, int start, int end)
    {
        var next = newline + 1;
        while (next < end && next - newline < MaxMarkerReach && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next < end && text[next] is '#' or '>' or '|')
        {
            return true;
        }

        if (next + 1 < end && text[next] is '-' or '*' or '+' or '\u2022' && text[next + 1] is ' ' or '\t')
        {
            return true;
        }

        var digits = next;
        while (digits < end && digits - next < 3 && char.IsDigit(text[digits]))
        {
            digits++;
        }

        if (digits > next && digits + 1 < end && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t')
        {
            return true;
        }

        var lineStart = newline;
        while (lineStart > start && newline - lineStart < MaxMarkerReach && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        while (lineStart < newline && text[lineStart] is ' ' or '\t')
        {
            lineStart++;
        }

        // A table's row ends its line too: a line after a table is a row of its own (GFM) or new text, never the row's.
        return lineStart < newline && text[lineStart] is '#' or '|';
    }

    /// <summary>
    /// Where the list item holding <paramref name="offset"/> starts its text, when its line opens one ("- ", "* ", "+ ",
    /// "• ", "1. ", "2) ") and only markup stands between the marker and the offset (or the offset is the line's start);
    /// -1 otherwise.
    /// </summary>
    internal static int ListItemAt(string text, int offset)
    {
        var lineStart = offset;
        while (lineStart > 0 && offset - lineStart < MaxMarkerReach && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        var at = lineStart;
        while (at < text.Length && at - lineStart < MaxMarkerReach && text[at] is ' ' or '\t')
        {
            at++;
        }

        if (at + 1 < text.Length && text[at] is '-' or '*' or '+' or '\u2022' && text[at + 1] is ' ' or '\t')
        {
            at += 2;
        }
        else
        {
            var digits = at;
            while (digits < text.Length && digits - at < 3 && char.IsDigit(text[digits]))
            {
                digits++;
            }

            if (digits == at || digits + 1 >= text.Length || text[digits] is not ('.' or ')') || text[digits + 1] is not (' ' or '\t'))
            {
                return -1;
            }

            at = digits + 2;
        }

        for (var i = at; i < offset; i++)
        {
            if (!(char.IsWhiteSpace(text[i]) || text[i] is '*' or '_' or '[' or '`'))
            {
                return -1;
            }
        }

        return at;
    }

    // "open-source models such as:\n- Llama 3.1": a colon at the end of the line leads into the list it introduces.
    private static bool IntroducesList(string text, int newline, int start)
    {
        var before = newline - 1;
        while (before >= start && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        return before >= start && text[before] == ':';
    }

    // Abbreviations whose full stop ends no sentence: "(e.g. StarCoder, CodeLlama)", "Llama vs. Mistral".
    private static readonly string[] Abbreviations = ["e.g", "i.e", "eg", "ie", "vs", "cf", "incl", "approx"];

    /// <summary>True when the full stop at <paramref name="dot"/> ends one of <see cref="Abbreviations"/>.</summary>
    private static bool EndsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && dot - start < 8 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start >= 2 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        if (start == dot || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (dot - start == abbreviation.Length && string.Compare(text, start, abbreviation, 0, abbreviation.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // The offset after an HTML tag starting at '<', or -1 when this '<' starts no tag ("a < b").
    private static int TagEnd(string text, int i, int end)
    {
        if (i + 1 >= end || !(char.IsLetter(text[i + 1]) || text[i + 1] == '/'))
        {
            return -1;
        }

        var limit = Math.Min(end, i + MaxMarkupLength);
        for (var j = i + 1; j < limit; j++)
        {
            if (text[j] == '>')
            {
                return j + 1;
            }

            if (text[j] == '<' || text[j] == '\n')
            {
                return -1;
            }
        }

        return -1;
    }

    // Tags that style words inside a sentence; any other tag (a paragraph, a list item, a cell) ends the clause.
    private static bool IsInlineTag(string text, int start, int end)
    {
        var name = start + 1 < end && text[start + 1] == '/' ? start + 2 : start + 1;
        var length = name;
        while (length < end && char.IsLetter(text[length]))
        {
            length++;
        }

        foreach (var inline in InlineTags)
        {
            if (inline.Length == length - name && string.Compare(text, name, inline, 0, inline.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // The offset after a Markdown link target "(…)" starting at '(', or -1 when it is not one (it holds a space or never closes).
    internal static int LinkEnd(string text, int open, int end)
    {
        var limit = Math.Min(end, open + MaxMarkupLength);
        for (var j = open + 1; j < limit; j++)
        {
            if (text[j] == ')')
            {
                return j + 1;
            }

            if (char.IsWhiteSpace(text[j]))
            {
                return -1;
            }
        }

        return -1;
    }

    // The offset after a reference-style link label "[…]" starting at '[', or -1 when it is not one (it is empty, or holds
    // a space or a bracket).
    internal static int ReferenceEnd(string text, int open, int end)
    {
        var limit = Math.Min(end, open + MaxMarkupLength);
        for (var j = open + 1; j < limit; j++)
        {
            if (text[j] == ']')
            {
                return j > open + 1 ? j + 1 : -1;
            }

            if (char.IsWhiteSpace(text[j]) || text[j] == '[')
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsClauseBreak(string text, int i, int start, int end)
    {
        switch (text[i])
        {
            case ',':
            case ';':
            case '!':
            case '?':
            case '(':
            case ')':
            case '"':
                return true;
            case '.':
            case ':':
                // "3.1", "ai.google.dev" and "llama3.1:8b" keep going; ". " and ": " end a clause.
                return i + 1 >= end || i == start || !char.IsLetterOrDigit(text[i + 1]) || !char.IsLetterOrDigit(text[i - 1]);
            default:
                return false;
        }
    }
}
