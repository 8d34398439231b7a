using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ModelLicenseGuard.Tasks.Readers;

// Parsing the front matter's YAML into a small tree, through the event parser and within the limits.
internal static partial class ModelCardReader
{
    // YamlDotNet prefixes its messages with "(Line: 1, Col: 2, Idx: 3) - (Line: 1, Col: 4, Idx: 5): "; the line is given ours.
    private static readonly Regex MarkPrefix = new(@"^\(Line: [^)]*\) - \(Line: [^)]*\): ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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
