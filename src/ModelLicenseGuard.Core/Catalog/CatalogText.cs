using System.Collections.Generic;
using System.IO;

namespace ModelLicenseGuard.Catalog;

/// <summary>
/// Reads the catalog format: <c>#</c> comments, <c>[id]</c> block headers and <c>key: value</c> lines
/// (see docs/knowledge-base.md). Malformed lines are errors with file and line, because the catalogs ship
/// inside the product and a typo must fail the tests, not vanish.
/// </summary>
public static class CatalogText
{
    public static List<CatalogBlock> Parse(string text, string file)
    {
        // Lines are cut by index rather than with a reader and Trim: the catalogs are about 7,000 lines that every build
        // and compilation loads, and each line then costs one string, its value (keys repeat, and are shared).
        var blocks = new List<CatalogBlock>();
        var keys = new List<string>();
        CatalogBlock? current = null;
        var number = 0;
        var position = 0;
        while (position < text.Length)
        {
            number++;
            var lineEnd = text.IndexOfAny(LineBreaks, position);
            var next = lineEnd < 0 ? text.Length : lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
            var (start, end) = Trimmed(text, position, lineEnd < 0 ? text.Length : lineEnd);
            position = next;
            if (start == end || text[start] == '#')
            {
                continue;
            }

            if (text[start] == '[')
            {
                if (text[end - 1] != ']' || end - start < 3)
                {
                    throw new CatalogFormatException(file, number, $"a block header must be '[id]', not '{text.Substring(start, end - start)}'");
                }

                var (idStart, idEnd) = Trimmed(text, start + 1, end - 1);
                current = new CatalogBlock(text.Substring(idStart, idEnd - idStart), file, number);
                blocks.Add(current);
                continue;
            }

            var colon = text.IndexOf(':', start, end - start);
            if (colon <= start)
            {
                throw new CatalogFormatException(file, number, $"expected 'key: value', not '{text.Substring(start, end - start)}'");
            }

            if (current is null)
            {
                throw new CatalogFormatException(file, number, "a 'key: value' line must follow a '[id]' block header");
            }

            var (keyStart, keyEnd) = Trimmed(text, start, colon);
            var (valueStart, valueEnd) = Trimmed(text, colon + 1, end);
            current.Add(Key(keys, text, keyStart, keyEnd - keyStart), text.Substring(valueStart, valueEnd - valueStart));
        }

        return blocks;
    }

    // What StringReader.ReadLine ends a line at: "\n", "\r" or "\r\n".
    private static readonly char[] LineBreaks = ['\r', '\n'];

    /// <summary>The bounds of text[start..end) without the white space string.Trim removes.</summary>
    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    // A catalog has a dozen keys; text with many more (a damaged cache file) gets a string per key, not a long search.
    private const int MaxSharedKeys = 32;

    /// <summary>The key at text[start..start+length), one string per distinct key among the first <see cref="MaxSharedKeys"/>.</summary>
    private static string Key(List<string> keys, string text, int start, int length)
    {
        foreach (var key in keys)
        {
            if (key.Length == length && string.CompareOrdinal(text, start, key, 0, length) == 0)
            {
                return key;
            }
        }

        var added = text.Substring(start, length);
        if (keys.Count < MaxSharedKeys)
        {
            keys.Add(added);
        }

        return added;
    }
}
