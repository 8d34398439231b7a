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
                if (trimmed[trimmed.Length - 1] != ']' || trimmed.Length < 3)
                {
                    throw new CatalogFormatException(file, number, $"a block header must be '[id]', not '{trimmed}'");
                }

                current = new CatalogBlock(trimmed.Substring(1, trimmed.Length - 2).Trim(), file, number);
                blocks.Add(current);
                continue;
            }

            var colon = trimmed.IndexOf(':');
            if (colon <= 0)
            {
                throw new CatalogFormatException(file, number, $"expected 'key: value', not '{trimmed}'");
            }

            if (current is null)
            {
                throw new CatalogFormatException(file, number, "a 'key: value' line must follow a '[id]' block header");
            }

            current.Add(trimmed.Substring(0, colon).Trim(), trimmed.Substring(colon + 1).Trim());
        }

        return blocks;
    }
}
