using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>The metadata of a Hugging Face model card: the YAML front matter of its <c>README.md</c>.</summary>
internal sealed class ModelCard
{
    /// <summary>A README with no front matter: nothing is known.</summary>
    public static readonly ModelCard None = new(hasFrontMatter: false);

    public ModelCard(bool hasFrontMatter)
    {
        HasFrontMatter = hasFrontMatter;
    }

    /// <summary>True when the README starts with a <c>---</c> block, even an empty one.</summary>
    public bool HasFrontMatter { get; }

    /// <summary><c>license</c>: one id, or several when the card gives a list (the first is the licence).</summary>
    public List<string> Licenses { get; } = [];

    public string? LicenseName { get; set; }

    public string? LicenseLink { get; set; }

    /// <summary><c>base_model</c>: one id or a list of them.</summary>
    public List<string> BaseModels { get; } = [];

    /// <summary><c>base_model_relation</c>: <c>adapter</c>, <c>merge</c>, <c>quantized</c> or <c>finetune</c>.</summary>
    public string? BaseModelRelation { get; set; }

    public List<string> Datasets { get; } = [];

    public List<string> Tags { get; } = [];

    public string? PipelineTag { get; set; }

    /// <summary><c>model_name</c>.</summary>
    public string? ModelName { get; set; }

    /// <summary><c>model-index[0].name</c>.</summary>
    public string? ModelIndexName { get; set; }
}

/// <summary>
/// Reads the YAML front matter of a model card (<c>README.md</c>): the lines between a first line <c>---</c> and the
/// next line <c>---</c>. The markdown after it is never parsed.
/// </summary>
/// <remarks>
/// Cards come from anyone, so the YAML is read through YamlDotNet's event parser — no object is ever created from a tag —
/// within fixed limits: at most <see cref="MaxReadmeBytes"/> of the file are read, anchors and aliases are rejected
/// (the "billion laughs" expansion needs them and real cards never use them), and nesting and node count are capped.
/// Anything malformed throws <see cref="ModelFormatException"/> naming the line of <c>README.md</c>.
/// </remarks>
internal static class ModelCardReader
{
    public const string FileName = "README.md";

    /// <summary>The most of README.md that is read; the front matter must end inside it.</summary>
    public const int MaxReadmeBytes = 1024 * 1024;

    /// <summary>Real cards nest four deep (<c>model-index[0].results[0].metrics</c>).</summary>
    public const int MaxDepth = 32;

    /// <summary>Real cards have a few hundred nodes; the evaluation results of big ones a few thousand.</summary>
    public const int MaxNodes = 10_000;

    private const string Fence = "---";

    // YamlDotNet prefixes its messages with "(Line: 1, Col: 2, Idx: 3) - (Line: 1, Col: 4, Idx: 5): "; the line is given ours.
    private static readonly Regex MarkPrefix = new(@"^\(Line: [^)]*\) - \(Line: [^)]*\): ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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
        var lines = new LineCursor(text);
        if (!lines.SkipToOpeningFence())
        {
            return ModelCard.None;
        }

        var firstLine = lines.LineNumber;
        var start = lines.Position;
        int end;
        while (true)
        {
            if (!lines.Next(out var line))
            {
                throw truncated
                    ? new ModelFormatException($"{FileName}: the YAML front matter is longer than 1 MB (no closing '---' line in the first {MaxReadmeBytes.ToString(CultureInfo.InvariantCulture)} bytes)")
                    : new ModelFormatException($"{FileName}: the YAML front matter opened by '---' on line {(firstLine - 1).ToString(CultureInfo.InvariantCulture)} has no closing '---' line");
            }

            if (IsFence(line))
            {
                end = lines.LineStart;
                break;
            }
        }

        var card = new ModelCard(hasFrontMatter: true);
        var root = ParseYaml(text.Substring(start, end - start), firstLine);
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

    private static void Fill(ModelCard card, YamlMap map)
    {
        AddStrings(card.Licenses, map.Get("license"));
        card.LicenseName = Text(map.Get("license_name"));
        card.LicenseLink = Text(map.Get("license_link"));
        AddStrings(card.BaseModels, map.Get("base_model"));
        card.BaseModelRelation = Text(map.Get("base_model_relation"));
        AddStrings(card.Datasets, map.Get("datasets"));
        AddStrings(card.Tags, map.Get("tags"));
        card.PipelineTag = Text(map.Get("pipeline_tag"));
        card.ModelName = Text(map.Get("model_name"));
        if (map.Get("model-index") is YamlList { Items.Count: > 0 } index && index.Items[0] is YamlMap first)
        {
            card.ModelIndexName = Text(first.Get("name"));
        }
    }

    /// <summary>A scalar's text; null for null, blank, a list or a mapping.</summary>
    private static string? Text(YamlValue? value)
        => value is YamlScalar { Value: { } text } && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>Adds a scalar, or each scalar of a list; anything else is ignored.</summary>
    private static void AddStrings(List<string> target, YamlValue? value)
    {
        if (value is YamlList list)
        {
            foreach (var item in list.Items)
            {
                if (Text(item) is { } text)
                {
                    target.Add(text);
                }
            }
        }
        else if (Text(value) is { } text)
        {
            target.Add(text);
        }
    }

    /// <summary>Parses the first YAML document of the front matter into a small tree, within the limits; null when empty.</summary>
    private static YamlValue? ParseYaml(string yaml, int firstLine)
    {
        var scanner = new Scanner(new StringReader(yaml), skipComments: true);
        try
        {
            return Build(new Parser(scanner), firstLine);
        }
        catch (ModelFormatException)
        {
            throw;
        }
        catch (YamlException e)
        {
            var line = e.Start.Line + firstLine - 1;
            var message = MarkPrefix.Replace(e.Message, string.Empty);
            throw new ModelFormatException(
                $"{FileName}: invalid YAML in the front matter at line {line.ToString(CultureInfo.InvariantCulture)}: {message}", e);
        }
        catch (Exception e)
        {
            // The parser is meant to throw only YamlException, but some malformed input (an unclosed '[' followed by
            // more lines) makes it fail with InvalidOperationException; that is still a bad card, near where the scanner stopped.
            var line = scanner.CurrentPosition.Line + firstLine - 1;
            throw new ModelFormatException(
                $"{FileName}: invalid YAML in the front matter at line {line.ToString(CultureInfo.InvariantCulture)}: the YAML parser stopped ({e.Message})", e);
        }
    }

    private static YamlValue? Build(Parser parser, int firstLine)
    {
        var stack = new Stack<Frame>();
        var nodes = 0;
        YamlValue? root = null;
        var inDocument = false;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case StreamStart:
                    continue;
                case DocumentStart:
                    inDocument = true;
                    continue;
                case DocumentEnd:
                case StreamEnd:
                    // Only the first document is the card's metadata.
                    return root;
                case AnchorAlias alias:
                    throw Rejected(current, firstLine, $"uses the alias '*{alias.Value}'; aliases and anchors are not accepted in a model card");
            }

            if (!inDocument)
            {
                continue;
            }

            if (current is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                {
                    throw Rejected(current, firstLine, $"defines the anchor '&{node.Anchor}'; aliases and anchors are not accepted in a model card");
                }

                if (++nodes > MaxNodes)
                {
                    throw Rejected(current, firstLine, $"has more than {MaxNodes.ToString(CultureInfo.InvariantCulture)} values");
                }
            }

            YamlValue? completed = null;
            switch (current)
            {
                case Scalar scalar:
                    completed = new YamlScalar(IsNull(scalar) ? null : scalar.Value);
                    break;
                case SequenceStart:
                case MappingStart:
                    if (stack.Count >= MaxDepth)
                    {
                        throw Rejected(current, firstLine, $"nests lists and mappings more than {MaxDepth.ToString(CultureInfo.InvariantCulture)} deep");
                    }

                    stack.Push(new Frame(current is MappingStart ? new YamlMap() : new YamlList()));
                    continue;
                case SequenceEnd:
                case MappingEnd:
                    completed = stack.Pop().Value;
                    break;
                default:
                    continue;
            }

            if (stack.Count == 0)
            {
                root ??= completed;
            }
            else
            {
                stack.Peek().Add(completed);
            }
        }

        return root;
    }

    private static ModelFormatException Rejected(ParsingEvent at, int firstLine, string what)
    {
        var line = at.Start.Line + firstLine - 1;
        return new ModelFormatException($"{FileName}: the YAML front matter {what} (line {line.ToString(CultureInfo.InvariantCulture)})");
    }

    /// <summary>The YAML core schema's null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    private static bool IsNull(Scalar scalar)
        => scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlValue value) => value switch
    {
        YamlList => "a list",
        YamlScalar { Value: null } => "null",
        _ => "a single value",
    };

    private static bool IsFence(string line) => line.TrimEnd(' ', '\t') == Fence;

    private static byte[] ReadAtMost(Stream stream, int max, out bool more)
    {
        // A README is usually a few kilobytes: a seekable stream's length sizes the buffer, never above the cap.
        var size = stream.CanSeek ? (int)Math.Max(0, Math.Min(max, stream.Length - stream.Position)) : max;
        var buffer = new byte[size];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                more = false;
                Array.Resize(ref buffer, read);
                return buffer;
            }

            read += n;
        }

        more = stream.ReadByte() >= 0;
        return buffer;
    }

    /// <summary>UTF-8 (a byte order mark is dropped); invalid bytes become U+FFFD rather than failing.</summary>
    private static string Decode(byte[] bytes)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes, offset, bytes.Length - offset);
    }

    /// <summary>Walks the lines of a text, tracking their 1-based numbers and offsets.</summary>
    private sealed class LineCursor
    {
        private readonly string _text;

        public LineCursor(string text)
        {
            _text = text;
        }

        /// <summary>The offset just after the last line read.</summary>
        public int Position { get; private set; }

        /// <summary>The offset of the start of the last line read.</summary>
        public int LineStart { get; private set; }

        /// <summary>The number of the next line to read.</summary>
        public int LineNumber { get; private set; } = 1;

        public bool Next(out string line)
        {
            if (Position >= _text.Length)
            {
                line = string.Empty;
                return false;
            }

            LineStart = Position;
            var newline = _text.IndexOf('\n', Position);
            var stop = newline < 0 ? _text.Length : newline;
            line = _text.Substring(Position, stop - Position).TrimEnd('\r');
            Position = newline < 0 ? _text.Length : newline + 1;
            LineNumber++;
            return true;
        }

        /// <summary>Skips blank lines; true when the first other line is <c>---</c> (it is consumed).</summary>
        public bool SkipToOpeningFence()
        {
            while (Next(out var line))
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                return IsFence(line);
            }

            return false;
        }
    }

    private abstract class YamlValue
    {
    }

    private sealed class YamlScalar : YamlValue
    {
        public YamlScalar(string? value)
        {
            Value = value;
        }

        public string? Value { get; }
    }

    private sealed class YamlList : YamlValue
    {
        public List<YamlValue> Items { get; } = [];
    }

    private sealed class YamlMap : YamlValue
    {
        private readonly Dictionary<string, YamlValue> _entries = new(StringComparer.Ordinal);

        /// <summary>Sets a field; the last of duplicate keys wins, as in the Python loaders the Hub uses.</summary>
        public void Set(string key, YamlValue value) => _entries[key] = value;

        public YamlValue? Get(string key) => _entries.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>A list or mapping being built; a mapping alternates keys and values.</summary>
    private sealed class Frame
    {
        private bool _hasKey;
        private string? _key;

        public Frame(YamlValue value)
        {
            Value = value;
        }

        public YamlValue Value { get; }

        public void Add(YamlValue value)
        {
            if (Value is YamlList list)
            {
                list.Items.Add(value);
                return;
            }

            if (!_hasKey)
            {
                // Keys that are lists or mappings ("? [a, b]: c") name no field a card has; their entry is dropped.
                _key = value is YamlScalar scalar ? scalar.Value : null;
                _hasKey = true;
                return;
            }

            if (_key is not null)
            {
                ((YamlMap)Value).Set(_key, value);
            }

            _hasKey = false;
            _key = null;
        }
    }
}
