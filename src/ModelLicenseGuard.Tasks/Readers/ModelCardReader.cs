using System.Globalization;
using System.IO;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Reads the YAML front matter of a model card (<c>README.md</c>): the lines between a first line <c>---</c> and the
/// next line <c>---</c>. The markdown after it is never parsed.
/// </summary>
/// <remarks>
/// Cards come from anyone, so the YAML is read through YamlDotNet's event parser — no object is ever created from a tag —
/// within fixed limits: at most <see cref="MaxReadmeBytes"/> of the file are read, anchors and aliases are rejected
/// (the "billion laughs" expansion needs them and real cards never use them), and nesting and node count are capped.
/// Anything malformed throws <see cref="ModelFormatException"/> naming the line of <c>README.md</c>.
/// The work is split by job: finding the front matter in the file (<c>ModelCardReader.FrontMatter.cs</c>), parsing
/// its YAML within the limits (<c>ModelCardReader.Yaml.cs</c>) and taking the card's fields from it
/// (<c>ModelCardReader.Fields.cs</c>).
/// </remarks>
internal static partial class ModelCardReader
{
    public const string FileName = "README.md";

    /// <summary>The most of README.md that is read; the front matter must end inside it.</summary>
    public const int MaxReadmeBytes = 1024 * 1024;

    /// <summary>Real cards nest four deep (<c>model-index[0].results[0].metrics</c>).</summary>
    public const int MaxDepth = 32;

    /// <summary>Real cards have a few hundred nodes; the evaluation results of big ones a few thousand.</summary>
    public const int MaxNodes = 10_000;

    /// <summary>Reads the card at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The front matter is malformed, unterminated or too long.</exception>
    public static ModelCard Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        return Read(stream);
    }

    /// <summary>Reads the card from a stream positioned at the start of README.md; at most <see cref="MaxReadmeBytes"/> are read.</summary>
    public static ModelCard Read(Stream stream)
    {
        var bytes = ReadAtMost(stream, MaxReadmeBytes, out var more);
        var text = Decode(bytes);
        return Parse(text, truncated: more);
    }

    /// <summary>True when the stream starts (after blank lines) with a <c>---</c> line; reads at most a few bytes.</summary>
    public static bool HasFrontMatter(Stream stream)
    {
        var bytes = ReadAtMost(stream, 1024, out _);
        var lines = new LineCursor(Decode(bytes));
        return lines.SkipToOpeningFence();
    }

    /// <summary>
    /// Parses README.md text. <paramref name="truncated"/> says the file goes on past <paramref name="text"/>, so a
    /// front matter with no end in it is too long rather than unterminated.
    /// </summary>
    public static ModelCard Parse(string text, bool truncated = false)
    {
        var frontMatter = FindFrontMatter(text, truncated, out var firstLine);
        if (frontMatter is null)
        {
            return ModelCard.None;
        }

        var card = new ModelCard(hasFrontMatter: true);
        var root = ParseYaml(frontMatter, firstLine);
        if (root is null)
        {
            return card;
        }

        if (root is not YamlMap map)
        {
            throw new ModelFormatException($"{FileName}: the YAML front matter is {Describe(root)}, not a mapping of fields (line {firstLine.ToString(CultureInfo.InvariantCulture)})");
        }

        Fill(card, map);
        return card;
    }
}
