using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>Which end of a value that does not fit its column is kept.</summary>
internal enum Keep
{
    /// <summary>The start: a name or a licence reads from the left.</summary>
    Start,

    /// <summary>The end: a path's file name says more than its first folders.</summary>
    End,
}

/// <summary>One column: its heading, the widest it may grow, and which end of a long value it keeps.</summary>
internal sealed record TextColumn(string Heading, int MaxWidth, Keep Keep = Keep.Start);

/// <summary>ANSI colours, written only when <see cref="OutputStyle.Color"/> says the output is a terminal that wants them.</summary>
internal enum Paint
{
    None,
    Red,
    Yellow,
    Green,
}

/// <summary>
/// Aligned columns for the table formats: cells that do not fit are cut with an ellipsis (the JSON and SARIF formats
/// carry every value whole), colour wraps only a cell's text so padding stays aligned, and no line ends in spaces.
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";

    private readonly TextColumn[] columns;
    private readonly List<(string[] Cells, Paint[] Paints)> rows = [];

    public TextTable(params TextColumn[] columns)
    {
        this.columns = columns;
    }

    public int Count => rows.Count;

    /// <summary>Adds a row; <paramref name="paints"/> colour the cells at the same positions (shorter means the rest plain).</summary>
    public void Add(string?[] cells, params Paint[] paints)
    {
        var row = new string[columns.Length];
        var rowPaints = new Paint[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            row[i] = Clean(i < cells.Length ? cells[i] : null);
            rowPaints[i] = i < paints.Length ? paints[i] : Paint.None;
        }

        rows.Add((row, rowPaints));
    }

    public void Write(TextWriter output, string indent, bool color)
    {
        var widths = new int[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            widths[i] = Math.Min(columns[i].MaxWidth, columns[i].Heading.Length);
            foreach (var (cells, _) in rows)
            {
                widths[i] = Math.Max(widths[i], Math.Min(columns[i].MaxWidth, cells[i].Length));
            }
        }

        var headings = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            headings[i] = columns[i].Heading;
        }

        WriteLine(output, indent, headings, new Paint[columns.Length], widths, color);
        foreach (var (cells, paints) in rows)
        {
            WriteLine(output, indent, cells, paints, widths, color);
        }
    }

    /// <summary>Colours <paramref name="text"/> when <paramref name="color"/> is on; returns it as it is otherwise.</summary>
    public static string Colored(string text, Paint paint, bool color)
    {
        if (!color || paint == Paint.None || text.Length == 0)
        {
            return text;
        }

        var code = paint switch
        {
            Paint.Red => "31",
            Paint.Yellow => "33",
            _ => "32",
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="width"/> characters, marking the cut with an ellipsis.</summary>
    public static string Fit(string text, int width, Keep keep)
    {
        if (text.Length <= width)
        {
            return text;
        }

        if (width <= 1)
        {
            return "…";
        }

        return keep == Keep.End ? string.Concat("…", text.AsSpan(text.Length - (width - 1))) : string.Concat(text.AsSpan(0, width - 1), "…");
    }

    private void WriteLine(TextWriter output, string indent, string[] cells, Paint[] paints, int[] widths, bool color)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < columns.Length; i++)
        {
            var text = Fit(cells[i], widths[i], columns[i].Keep);
            if (i > 0)
            {
                line.Append(Gap);
            }

            line.Append(Colored(text, paints[i], color));
            if (i < columns.Length - 1)
            {
                line.Append(' ', widths[i] - text.Length);
            }
        }

        // Padding before empty trailing cells would leave spaces at the end of the line.
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }

        output.WriteLine(line.ToString(0, end));
    }

    /// <summary>
    /// One line of printable text: a value read from a model file or a BOM may hold line breaks or control characters
    /// (an ANSI escape among them), which would break the columns or drive the terminal.
    /// </summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value!;
        var clean = true;
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}
