using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Catalog;

namespace ModelLicenseGuard.Core.Tests.Catalog;

public sealed class CatalogTextTests
{
    [Fact]
    public void Reads_blocks_keys_and_repeated_keys_and_skips_comments()
    {
        var blocks = CatalogText.Parse("# header\n\n[a]\nname: A\nalias: x\nalias: y: z\n\n[b]\nname: B\n", "test.catalog");

        Assert.Equal(["a", "b"], blocks.ConvertAll(b => b.Id));
        Assert.Equal("A", blocks[0].Get("name"));
        Assert.Equal(["x", "y: z"], blocks[0].GetAll("alias"));
        Assert.Null(blocks[1].Get("alias"));
        Assert.Equal(8, blocks[1].Line);
    }

    [Theory]
    [InlineData("name: before any block")]
    [InlineData("[a]\nno colon here")]
    [InlineData("[a\nname: x")]
    [InlineData("[]\nname: x")]
    public void Malformed_text_fails_with_file_and_line(string text)
    {
        var exception = Assert.Throws<CatalogFormatException>(() => CatalogText.Parse(text, "bad.catalog"));
        Assert.StartsWith("bad.catalog(", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalog_file_and_odd_text_parse_as_a_line_reader_with_trim_parses_them()
    {
        var texts = CatalogResources.Models().Select(f => (f.Key, f.Value)).Append(("licenses.catalog", CatalogResources.Licenses())).ToList();
        string[] parts = ["[a]", "[ b c ]", "name: A", " alias : x y ", "alias: y: z", "#c", "  # c", "\n", "\r\n", "\r", "\n\n", "\t", "\u00a0", "\u2003key:\u2003v\u2003", "k:", "k: v:"];
        var random = new Random(20261207);
        for (var n = 0; n < 20_000; n++)
        {
            texts.Add(("generated.catalog", "[first]\n" + string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => parts[random.Next(parts.Length)]))));
        }

        foreach (var (file, text) in texts)
        {
            Assert.Equal(Describe(() => ByLineReader(text, file)), Describe(() => CatalogText.Parse(text, file)));
        }
    }

    private static string Describe(Func<List<CatalogBlock>> parse)
    {
        try
        {
            return string.Join("\n", parse().Select(b => $"[{b.Id}] {b.Line} " + string.Join(" ", b.Values.Select(v => $"<{v.Key}>=<{v.Value}>"))));
        }
        catch (CatalogFormatException exception)
        {
            return exception.Message;
        }
    }

    // The parser as it was written first, with StringReader.ReadLine and Trim: the reference for the index-based one.
    private static List<CatalogBlock> ByLineReader(string text, string file)
    {
        var blocks = new List<CatalogBlock>();
        CatalogBlock? current = null;
        using var reader = new StringReader(text);
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                if (trimmed[^1] != ']' || trimmed.Length < 3)
                {
                    throw new CatalogFormatException(file, number, $"a block header must be '[id]', not '{trimmed}'");
                }

                current = new CatalogBlock(trimmed[1..^1].Trim(), file, number);
                blocks.Add(current);
                continue;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new CatalogFormatException(file, number, $"expected 'key: value', not '{trimmed}'");
            }

            if (current is null)
            {
                throw new CatalogFormatException(file, number, "a 'key: value' line must follow a '[id]' block header");
            }

            current.Add(trimmed[..colon].Trim(), trimmed[(colon + 1)..].Trim());
        }

        return blocks;
    }
}
