using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Classification;

namespace ModelLicenseGuard.Tasks.Caching;

/// <summary>
/// What each model file's header said last time, keyed by path, size and last-write time, so a build that re-runs the
/// resolve target re-reads only the files that changed. A different ModelLicenseGuard build discards the cache.
/// </summary>
internal sealed class FactsCache
{
    private static readonly string ToolStamp = typeof(FactsCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly string[] FolderFiles = ["README.md", "LICENSE", "LICENSE.txt", "LICENSE.md", "config.json"];

    private readonly Dictionary<string, CatalogBlock> _previous = new(StringComparer.Ordinal);
    private readonly List<Entry> _current = [];

    private FactsCache()
    {
    }

    /// <summary>Loads a cache file; a missing, foreign or damaged one is simply empty.</summary>
    public static FactsCache Load(string? path)
    {
        var cache = new FactsCache();
        if (path is null || !File.Exists(path))
        {
            return cache;
        }

        try
        {
            var text = File.ReadAllText(path);
            if (!text.StartsWith("# tool " + ToolStamp, StringComparison.Ordinal))
            {
                return cache;
            }

            foreach (var block in CatalogText.Parse(text, path))
            {
                cache._previous[block.Id] = block;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CatalogFormatException)
        {
            cache._previous.Clear();
        }

        return cache;
    }

    /// <summary>The facts (or the reader's error) cached for this exact file state, if any.</summary>
    public bool TryGet(string fullPath, string source, out ModelFacts? facts, out string? error)
    {
        facts = null;
        error = null;
        var key = Key(fullPath);
        if (key is null || !_previous.TryGetValue(key, out var block) || block.Get("source") != source)
        {
            return false;
        }

        error = block.Get("error");
        if (error is null)
        {
            facts = new ModelFacts(source, block.Get("format") ?? string.Empty)
            {
                Name = block.Get("name"),
                License = block.Get("license"),
                LicenseName = block.Get("license-name"),
                LicenseField = block.Get("license-field"),
                LicenseNameField = block.Get("license-name-field"),
                FolderName = block.Get("folder"),
                FileSize = long.TryParse(block.Get("file-size"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : null,
                HeaderSha256 = block.Get("header-sha256"),
                LicenseTextSha256 = block.Get("license-text-sha256"),
            };
            facts.BaseModels.AddRange(block.GetAll("base-model"));
            facts.OtherNames.AddRange(block.GetAll("other-name"));
            facts.Evidence.AddRange(block.GetAll("evidence"));
        }

        _current.Add(new Entry(key, block));
        return true;
    }

    public void Add(string fullPath, ModelFacts facts)
    {
        var key = Key(fullPath);
        if (key is null)
        {
            return;
        }

        var block = new StringBuilder();
        Line(block, "source", facts.Source);
        Line(block, "format", facts.Format);
        Line(block, "name", facts.Name);
        Line(block, "license", facts.License);
        Line(block, "license-name", facts.LicenseName);
        Line(block, "license-field", facts.LicenseField);
        Line(block, "license-name-field", facts.LicenseNameField);
        Line(block, "folder", facts.FolderName);
        Line(block, "file-size", facts.FileSize?.ToString(CultureInfo.InvariantCulture));
        Line(block, "header-sha256", facts.HeaderSha256);
        Line(block, "license-text-sha256", facts.LicenseTextSha256);
        facts.BaseModels.ForEach(value => Line(block, "base-model", value));
        facts.OtherNames.ForEach(value => Line(block, "other-name", value));
        facts.Evidence.ForEach(value => Line(block, "evidence", value));
        _current.Add(new Entry(key, block.ToString()));
    }

    public void AddError(string fullPath, string source, string error)
    {
        var key = Key(fullPath);
        if (key is not null)
        {
            var block = new StringBuilder();
            Line(block, "source", source);
            Line(block, "error", error);
            _current.Add(new Entry(key, block.ToString()));
        }
    }

    /// <summary>Writes the entries used or added by this build, dropping files no longer referenced.</summary>
    public void Save(string? path)
    {
        if (path is null)
        {
            return;
        }

        var text = new StringBuilder();
        text.Append("# tool ").Append(ToolStamp).Append('\n');
        text.Append("# ModelLicenseGuard: model headers already read, by path|size|last-write. Safe to delete.\n");
        foreach (var entry in _current)
        {
            text.Append('\n').Append('[').Append(entry.Key).Append("]\n").Append(entry.Text);
        }

        try
        {
            OwnedFile.Write(path, text.ToString());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; the next build reads the headers again.
        }
    }

    private static string? Key(string fullPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return null;
            }

            // A file's facts may come from its folder's card too, so the card's state is part of the key.
            var key = new StringBuilder(fullPath).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            foreach (var name in FolderFiles)
            {
                var sibling = new FileInfo(Path.Combine(info.DirectoryName ?? string.Empty, name));
                if (sibling.Exists)
                {
                    key.Append('|').Append(name).Append(':').Append(sibling.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
                }
            }

            return key.ToString();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    // One value per line: the catalog text format has no escapes, so line breaks become spaces.
    private static void Line(StringBuilder block, string key, string? value)
    {
        if (value is not null)
        {
            block.Append(key).Append(": ").Append(value.Replace('\r', ' ').Replace('\n', ' ').Trim()).Append('\n');
        }
    }

    private sealed class Entry
    {
        public Entry(string key, string text)
        {
            Key = key;
            Text = text;
        }

        public Entry(string key, CatalogBlock block)
        {
            Key = key;
            var text = new StringBuilder();
            foreach (var pair in block.Values)
            {
                Line(text, pair.Key, pair.Value);
            }

            Text = text.ToString();
        }

        public string Key { get; }

        public string Text { get; }
    }
}
