using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>A string setting of an <c>appsettings*.json</c> file: its configuration key (<c>Ollama:ModelId</c>) and line.</summary>
/// <param name="Key">The configuration key, sections joined by ':'.</param>
/// <param name="Value">The string value.</param>
/// <param name="Line">1-based.</param>
/// <param name="Column">1-based, in bytes from the start of the line: the value's opening quote.</param>
internal sealed record AppSetting(string Key, string Value, int Line, int Column);

/// <summary>
/// Reads the string settings of an <c>appsettings*.json</c> file with their keys as .NET configuration spells them
/// (sections joined by ':'), through <see cref="BoundedJsonReader"/> with comments and trailing commas allowed, as .NET's
/// configuration reader allows them. Arrays are skipped: models are not configured in lists.
/// </summary>
internal static class AppSettingsReader
{
    /// <summary>Configuration files are small; a larger one is reported, not read.</summary>
    public const long MaxLength = 4 * 1024 * 1024;

    private const int MaxDepth = 64;
    private const int MaxKeptStringLength = 4 * 1024;

    // Enough for any real configuration; a file with more string settings is not one a person wrote.
    private const int MaxSettings = 100_000;

    /// <exception cref="ModelFormatException">The file is not valid JSON (with comments), not an object, or too large.</exception>
    public static List<AppSetting> Read(string path, string displayName)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxLength)
        {
            throw new ModelFormatException($"{displayName} is {length.ToString(CultureInfo.InvariantCulture)} bytes, more than the 4 MB a configuration file is read up to");
        }

        var bytes = File.ReadAllBytes(path);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        using var stream = new MemoryStream(bytes, start, bytes.Length - start, writable: false);
        var json = new BoundedJsonReader(stream, stream.Length, displayName, MaxDepth, MaxKeptStringLength, allowComments: true);
        var settings = new List<AppSetting>();
        if (stream.Length == 0)
        {
            return settings;
        }

        json.Read();
        if (json.TokenKind != JsonTokenType.StartObject)
        {
            throw new ModelFormatException($"{displayName} is not a JSON object");
        }

        var newlines = Newlines(bytes);
        var sections = new List<string>();
        string? name = null;
        while (json.Read())
        {
            switch (json.TokenKind)
            {
                case JsonTokenType.PropertyName:
                    name = json.GetString();
                    break;
                case JsonTokenType.StartObject:
                    sections.Add(name ?? string.Empty);
                    name = null;
                    break;
                case JsonTokenType.EndObject:
                    if (sections.Count > 0)
                    {
                        sections.RemoveAt(sections.Count - 1);
                    }

                    break;
                case JsonTokenType.StartArray:
                    json.Skip();
                    name = null;
                    break;
                case JsonTokenType.String:
                    if (name is not null && json.GetString() is { } value && settings.Count < MaxSettings)
                    {
                        var (line, column) = Position(newlines, start + json.TokenOffset);
                        settings.Add(new AppSetting(Key(sections, name), value, line, column));
                    }

                    name = null;
                    break;
                default:
                    name = null;
                    break;
            }
        }

        return settings;
    }

    private static string Key(List<string> sections, string name)
        => sections.Count == 0 ? name : string.Join(":", sections) + ":" + name;

    /// <summary>The offsets of the file's line feeds, so each setting's line is a binary search.</summary>
    private static List<long> Newlines(byte[] bytes)
    {
        var newlines = new List<long>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                newlines.Add(i);
            }
        }

        return newlines;
    }

    private static (int Line, int Column) Position(List<long> newlines, long offset)
    {
        var index = newlines.BinarySearch(offset);
        var line = index >= 0 ? index : ~index;
        var lineStart = line == 0 ? 0 : newlines[line - 1] + 1;
        return (line + 1, (int)(offset - lineStart) + 1);
    }
}
