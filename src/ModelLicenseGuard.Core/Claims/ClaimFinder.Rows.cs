using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// Markdown rows that list what a model is, with the model named once for the whole row: a table row whose first cell
/// names the model ("| Llama 3.1 405B | 80.4% | Open Source |"), and a list item under the model's heading that lists
/// the phrase among other traits ("## Mistral\n* Open-source, with high performance per parameter").
/// </summary>
public static partial class ClaimFinder
{
    // Words a list item may put before the phrase when it is one of a few traits: "Completely free and open source".
    private static readonly string[] TraitWords = ["free", "and", "completely", "fully", "totally", "entirely", "truly", "100"];

    // How many trait words may stand before the phrase in such an item.
    private const int MaxTraitWords = 4;

    // Words that deny the phrase in a cell. Not the wider negation list: its "t" of "isn't" is also the unit of "1T params".
    private static readonly string[] CellDenials = ["not", "non", "no", "never", "isn", "aren", "closed", "proprietary"];

    // How far a cell's markup ("**", "`", spaces) is read past on each side of the phrase.
    private const int MaxCellPadding = 8;

    /// <summary>
    /// "| **Kimi K2** | Jul 2025 | 1T params, open source |", "| Llama 3.1 405B | 80.4% | … | Open Source |": a table cell
    /// that holds the phrase alone, or as one item of a comma list, says it of the model that fills the row's first cell.
    /// Not of software in the same cell ("| Llama 3.1 | llama.cpp, open source |"), and not of a closed model in the
    /// first cell: a "vs" table's first column names the other side ("| GPT | Context, open source |").
    /// </summary>
    private static int[]? TableRowModel(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        var at = tokens[phrase].Start;
        var end = tokens[phrase + count - 1].End;
        var before = CellItemEdge(text, at - 1, -1);
        var after = CellItemEdge(text, end, 1);
        if (before < 0 || after < 0)
        {
            return null;
        }

        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var row = lineStart;
        while (row < at && text[row] is ' ' or '\t')
        {
            row++;
        }

        // The phrase's cell is not the first one: a bar stands between the row's opening bar and the phrase.
        var firstBar = row < at && text[row] == '|' ? text.IndexOf('|', row + 1, at - row - 1) : -1;
        if (firstBar < 0)
        {
            return null;
        }

        // The rest of the phrase's cell, on both sides, names no software.
        var cellStart = text.LastIndexOf('|', at - 1, at - firstBar) + 1;
        var lineEnd = text.IndexOf('\n', end);
        var cellEnd = text.IndexOf('|', end, (lineEnd < 0 ? text.Length : lineEnd) - end);
        cellEnd = cellEnd < 0 ? (lineEnd < 0 ? text.Length : lineEnd) : cellEnd;
        for (var i = FirstTokenAt(tokens, cellStart); i < tokens.Count && tokens[i].Start < cellEnd; i++)
        {
            if (IsAny(text, tokens[i], SoftwareNouns) || IsAny(text, tokens[i], CellDenials))
            {
                return null;
            }
        }

        var first = FirstTokenAt(tokens, row + 1);
        if (first >= phrase || tokens[first].Start > firstBar)
        {
            return null;
        }

        var found = models.MatchAll(text, tokens, first, out var length);
        if (found is null)
        {
            return AttributeRowModel(text, tokens, first, firstBar, row, models) ?? VersusColumnModel(text, tokens, row, at, models);
        }

        if (UnlessOnlyClosed(WithoutClosed(found, models), models) is null)
        {
            return VersusColumnModel(text, tokens, row, at, models);
        }

        // The name fills the cell: only its variant words may follow it there ("| Llama 3.1 405B |", not "| Llama 3.1 app |").
        for (var i = first + length; i < tokens.Count && tokens[i].Start < firstBar; i++)
        {
            if (!IsVariantToken(text, tokens, i))
            {
                return null;
            }
        }

        return UnlessOnlyClosed(WithoutClosed(found, models), models);
    }

    // First cells of a table that lists one model's attributes: "| License | Modified MIT (open source) |".
    private static readonly string[] AttributeKeys =
    [
        "license", "licence", "licensing", "access", "availability", "openness", "weights", "status", "type", "source",
        "code", "distribution", "release", "model",
    ];

    // How many lines a table is walked up to find its header row and the heading above it.
    private const int MaxTableLines = 40;

    /// <summary>
    /// "## Kimi K2\n| Attention | KDA |\n| License | Modified MIT (open source) |": a row whose first cell is one of a
    /// model's attributes, in a table right under a heading that names the model and little else (<see cref="ModelOfLine"/>),
    /// says it of that model.
    /// </summary>
    private static int[]? AttributeRowModel(string text, List<TextToken> tokens, int first, int firstBar, int row, ModelAliasIndex models)
    {
        var words = 0;
        for (var i = first; i < tokens.Count && tokens[i].Start < firstBar; i++)
        {
            if (++words > 2 || !IsAny(text, tokens[i], AttributeKeys))
            {
                return null;
            }
        }

        if (words == 0)
        {
            return null;
        }

        // A blank line may stand between the heading and its table.
        var above = TableTop(text, row, out _);
        var aboveEnd = above < 0 ? -1 : text.IndexOf('\n', above);
        var marker = above < 0 ? -1 : LineMarker(text, above, aboveEnd);
        return marker >= 0 && text[marker] == '#' ? ModelOfLine(text, tokens, above, aboveEnd, models) : null;
    }

    /// <summary>
    /// The top of the table that holds the row at <paramref name="row"/>: <paramref name="header"/> is where its first row's
    /// bar stands (<paramref name="row"/> itself for the first row), and the result the start of the first line above the
    /// table that is not blank, or -1 when none is within reach.
    /// </summary>
    private static int TableTop(string text, int row, out int header)
    {
        header = row;
        var line = LineStartOf(text, row);
        var inTable = true;
        for (var walked = 0; walked < MaxTableLines; walked++)
        {
            var before = LineBefore(text, line);
            if (before < 0)
            {
                return -1;
            }

            var marker = LineMarker(text, before, line - 1);
            if (marker >= 0 && (text[marker] != '|' || !inTable))
            {
                return before;
            }

            if (marker >= 0)
            {
                header = marker;
            }
            else
            {
                inTable = false;
            }

            line = before;
        }

        return -1;
    }

    private static int LineStartOf(string text, int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    /// <summary>The start of the line before the one that starts at <paramref name="lineStart"/>; -1 at the text's start.</summary>
    private static int LineBefore(string text, int lineStart) => lineStart == 0 ? -1 : lineStart < 2 ? 0 : text.LastIndexOf('\n', lineStart - 2) + 1;

    /// <summary>The first character of the line that is not a space; -1 for a blank line.</summary>
    private static int LineMarker(string text, int lineStart, int lineEnd)
    {
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (text[i] is not (' ' or '\t' or '\r'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "| vs | Kimi advantage | Kimi weakness |\n|---|---|---|\n| GPT | Context, open source | Scale |": in a table that
    /// sets the other side in its first column, the column's header names the model a cell speaks of.
    /// </summary>
    private static int[]? VersusColumnModel(string text, List<TextToken> tokens, int row, int at, ModelAliasIndex models)
    {
        var column = 0;
        for (var i = row; i < at; i++)
        {
            column += text[i] == '|' ? 1 : 0;
        }

        TableTop(text, row, out var header);
        if (header == row)
        {
            return null;
        }

        var headerEnd = text.IndexOf('\n', header);
        headerEnd = headerEnd < 0 ? text.Length : headerEnd;

        // The header's bars: its first cell must say "vs", and the phrase's column must name one model and little else.
        var cellStart = header;
        for (var bar = 1; bar < column; bar++)
        {
            cellStart = text.IndexOf('|', cellStart + 1, headerEnd - cellStart - 1);
            if (cellStart < 0)
            {
                return null;
            }

            if (bar == 1)
            {
                var firstCell = FirstTokenAt(tokens, header + 1);
                if (firstCell >= tokens.Count || tokens[firstCell].Start > cellStart || !IsAny(text, tokens[firstCell], ["vs", "versus"]))
                {
                    return null;
                }
            }
        }

        if (cellStart == header)
        {
            return null;
        }

        var cellEnd = text.IndexOf('|', cellStart + 1, headerEnd - cellStart - 1);
        return ModelOfLine(text, tokens, cellStart + 1, cellEnd < 0 ? headerEnd : cellEnd, models) is { } named
            ? UnlessOnlyClosed(WithoutClosed(named, models), models)
            : null;
    }

    /// <summary>
    /// Where a cell item ends, read from <paramref name="from"/> in the direction <paramref name="step"/> past markup and
    /// spaces: at a bar or a comma, or at the line's end going forwards; -1 when a word stands there first.
    /// </summary>
    private static int CellItemEdge(string text, int from, int step)
    {
        for (var i = from; i >= 0 && Math.Abs(i - from) <= MaxCellPadding; i += step)
        {
            if (i >= text.Length)
            {
                return step > 0 ? i : -1;
            }

            switch (text[i])
            {
                case '|' or ',':
                    return i;
                case '(' when step < 0:
                case ')' when step > 0:
                    return i;
                case '\n' or '\r':
                    return step > 0 ? i : -1;
                case ' ' or '\t' or '*' or '_' or '`' or '.':
                    continue;
                default:
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "## Mistral\n* Open-source, with high performance per parameter", "## Whisper\n- Completely free and open source": a
    /// list item that opens with the phrase before a comma, or is the phrase after a few trait words, lists what the model
    /// its heading names is. The heading must name the model and little else (<see cref="LeadModel"/>), so "## Features\n-
    /// Open source and free to use" says nothing of a model.
    /// </summary>
    private static int[]? ListTraits(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        var end = tokens[phrase + count - 1].End;
        var first = phrase;
        while (first > 0 && phrase - first < MaxTraitWords && text.IndexOf('\n', tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) < 0
            && IsAny(text, tokens[first - 1], TraitWords))
        {
            first--;
        }

        if (TextTokenizer.ListItemAt(text, tokens[first].Start) < 0)
        {
            return null;
        }

        // "Open-source, free for research": a comma after the phrase when it opens the item; the phrase alone at the end of
        // the item after trait words ("Free and open source").
        var edge = CellItemEdge(text, end, 1);
        var traits = first == phrase
            ? (edge >= 0 && edge < text.Length && text[edge] == ',') || IsContrastAside(text, tokens, phrase + count)
            : edge >= 0 && (edge >= text.Length || text[edge] is '\n' or '\r') && TextTokenizer.Is(text, tokens[phrase - 1], "and");
        return traits ? LeadModel(text, tokens, first, models) : null;
    }

    // Symbols a line may open with before its words: list markers, emphasis, an emoji ("* 📖 Fully open-source model").
    private const int MaxLineOpening = 8;

    // Words that may stand between the phrase and the model noun of a description line: "Open-source large language model".
    private static readonly string[] DescriptionWords = ["large", "small", "language", "ai", "foundation", "reasoning", "chat", "base"];

    /// <summary>
    /// "# Llama3 8B Instruct\n> Provider: Meta\nOpen-source large language model", "# DeepSeek-R1 Release\n* 📖 Fully
    /// open-source model &amp; technical report": a line that is only the class, under a heading that names one model,
    /// describes that model. The heading must name the model and little else (<see cref="ModelOfLine"/>); a line that goes
    /// on ("Open-source model runners") or a heading about software names nothing.
    /// </summary>
    private static int[]? DescriptionLine(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        var first = phrase > 0 && IsAny(text, tokens[phrase - 1], Intensifiers) ? phrase - 1 : phrase;
        var lineStart = tokens[first].Start == 0 ? 0 : text.LastIndexOf('\n', tokens[first].Start - 1) + 1;
        if (tokens[first].Start - lineStart > MaxLineOpening)
        {
            return null;
        }

        for (var c = lineStart; c < tokens[first].Start; c++)
        {
            if (char.IsLetterOrDigit(text[c]) || text[c] == '#')
            {
                return null;
            }
        }

        var noun = phrase + count;
        while (noun < tokens.Count && noun - phrase - count < 3 && !tokens[noun].BreakBefore && IsAny(text, tokens[noun], DescriptionWords))
        {
            noun++;
        }

        if (noun >= tokens.Count || tokens[noun].BreakBefore || !IsAny(text, tokens[noun], ModelNouns))
        {
            return null;
        }

        // The line ends with the noun, or joins something else to it with "&" ("model & technical report").
        var lineEnd = text.IndexOf('\n', tokens[noun].End);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var rest = text.Substring(tokens[noun].End, lineEnd - tokens[noun].End).Trim(' ', '\t', '\r', '.', '*', '_', '!');
        if (rest.Length > 0 && rest[0] != '&')
        {
            return null;
        }

        // Up to the heading, only list items, "> key: value" lines and blank lines.
        var line = lineStart - 1;
        for (var walked = 0; line > 0 && walked < MaxListLines; walked++)
        {
            var start = text.LastIndexOf('\n', line - 1) + 1;
            var at = start;
            while (at < line && text[at] is ' ' or '\t')
            {
                at++;
            }

            if (at < line && text[at] == '#')
            {
                return ModelOfLine(text, tokens, start, line, models);
            }

            if (at < line && text[at] != '>' && TextTokenizer.ListItemAt(text, at) < 0)
            {
                return null;
            }

            line = start - 1;
        }

        return null;
    }

    // How long a bold label line may be: "**The product:**", "**Homegrown AI model:**".
    private const int MaxLabelLineLength = 40;

    /// <summary>
    /// "## Falcon LLM\n**Homegrown AI model:**\n- Falcon 40B/180B\n- Open source": a short bold label ending with a colon,
    /// between a heading and its list, names a part of what the heading is about; the list's lead is still the heading.
    /// Not a label that names software or the project ("**Our app:**"): its list is about that.
    /// </summary>
    private static bool IsBoldLabelLine(string text, List<TextToken> tokens, int lineStart, int lineEnd)
    {
        var line = text.Substring(lineStart, lineEnd - lineStart).Trim();
        if (line.Length > MaxLabelLineLength || line.Length <= 5 || !line.StartsWith("**", StringComparison.Ordinal)
            || !(line.EndsWith(":**", StringComparison.Ordinal) || line.EndsWith("**:", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = FirstTokenAt(tokens, lineStart); i < tokens.Count && tokens[i].Start < lineEnd; i++)
        {
            if (IsAny(text, tokens[i], SoftwareNouns) || IsAny(text, tokens[i], ProjectNouns) || IsAny(text, tokens[i], ["our", "my", "this", "we"]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "- Open-source (unlike DALL-E, Midjourney)": a contrast in parentheses right after the phrase sets the model apart
    /// from others; it does not say what else is open source, as "Open source (the app)" does.
    /// </summary>
    private static bool IsContrastAside(string text, List<TextToken> tokens, int next)
        => next < tokens.Count && tokens[next].BreakBefore && text.IndexOf('\n', tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End) < 0
            && text.IndexOf('(', tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End) >= 0
            && IsAny(text, tokens[next], ["unlike", "vs", "versus"]);
}
