using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Catalog;

/// <summary>One <c>[id]</c> block of a catalog file, with its <c>key: value</c> lines in order.</summary>
public sealed class CatalogBlock
{
    // A model block has about a dozen lines: one allocation rather than three growing ones.
    private readonly List<KeyValuePair<string, string>> _values = new(16);

    public CatalogBlock(string id, string file, int line)
    {
        Id = id;
        File = file;
        Line = line;
    }

    public string Id { get; }

    /// <summary>The catalog file the block is in, for messages.</summary>
    public string File { get; }

    public int Line { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Values => _values;

    public string? Get(string key)
    {
        foreach (var pair in _values)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    public List<string> GetAll(string key)
    {
        var values = new List<string>();
        foreach (var pair in _values)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                values.Add(pair.Value);
            }
        }

        return values;
    }

    internal void Add(string key, string value) => _values.Add(new KeyValuePair<string, string>(key, value));

    public override string ToString() => $"[{Id}] ({File}:{Line})";
}
