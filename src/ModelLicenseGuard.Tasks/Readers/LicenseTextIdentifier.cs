using System;
using System.Collections.Generic;
using System.Text;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Identifies the common licences by their text — the title or a sentence every copy of the licence carries — and
/// returns the catalog id (<c>licenses.catalog</c>) of the one found, as a <c>LICENSE</c> file in a model folder gives it.
/// </summary>
/// <remarks>
/// Matching ignores case, punctuation and how the text is wrapped: both the text and the phrases are reduced to words
/// (letters and digits, with '.' and '+' kept so "3.1", "2.0" and "RAIL++" survive) separated by single spaces, and a
/// phrase matches only on whole words ("llama 3" does not match "llama 3.1", "qwen license" does not match
/// "qwen research license"). When several licences match, the one whose phrase comes first in the text wins — the
/// licence's own title, not a licence it mentions further down; at the same position the earlier, more specific rule
/// wins. Only the start of a file is worth reading: callers pass at most <see cref="MaxLength"/> characters.
/// </remarks>
internal static class LicenseTextIdentifier
{
    /// <summary>How much of a licence file is read: every title and characteristic sentence is well inside it.</summary>
    public const int MaxLength = 256 * 1024;

    // Each rule: a catalog id and the phrases that must all occur; the first phrase's position ranks the match.
    // Within a family the more specific rule comes first, which decides matches at the same position.
    private static readonly Rule[] Rules =
    [
        // Meta Llama: each release's agreement has its own title.
        new("llama4", "llama 4 community license agreement"),
        new("llama3.3", "llama 3.3 community license agreement"),
        new("llama3.2", "llama 3.2 community license agreement"),
        new("llama3.1", "llama 3.1 community license agreement"),
        new("llama3", "llama 3 community license agreement"),
        new("llama2", "llama 2 community license agreement"),

        new("gemma", "gemma terms of use"),

        // Alibaba: the research agreements before the general ones.
        new("tongyi-qianwen-research", "tongyi qianwen research license agreement"),
        new("tongyi-qianwen", "tongyi qianwen license agreement"),
        new("qwen-research", "qwen research license agreement"),
        new("qwen", "qwen license agreement"),

        new("deepseek", "deepseek license agreement"),
        new("flux-1-dev-non-commercial-license", "flux.1 dev non commercial license"),
        new("stabilityai-non-commercial-research-community-license", "stability ai non commercial research community license agreement"),
        new("stabilityai-community-license", "stability ai community license agreement"),

        // The RAIL family: the named variants before the generic Open RAIL.
        new("openrail++", "open rail++ m license"),
        new("creativeml-openrail-m", "creativeml open rail m"),
        new("bigscience-openrail-m", "bigscience open rail m"),
        new("bigcode-openrail-m", "bigcode open rail m"),
        new("bigscience-bloom-rail-1.0", "bigscience rail license v1.0"),
        new("openrail", "open rail"),

        // Creative Commons 4.0 legal code: "Attribution-NonCommercial-ShareAlike 4.0 International".
        new("cc-by-nc-sa-4.0", "attribution noncommercial sharealike 4.0 international"),
        new("cc-by-nc-nd-4.0", "attribution noncommercial noderivatives 4.0 international"),
        new("cc-by-nc-4.0", "attribution noncommercial 4.0 international"),
        new("cc-by-nd-4.0", "attribution noderivatives 4.0 international"),
        new("cc-by-sa-4.0", "attribution sharealike 4.0 international"),
        new("cc-by-4.0", "attribution 4.0 international"),
        new("cc0-1.0", "cc0 1.0 universal"),

        // GNU: the Affero and Lesser licences quote the GPL's name, so they come first.
        new("agpl-3.0", "gnu affero general public license version 3"),
        new("lgpl-3.0", "gnu lesser general public license version 3"),
        new("lgpl-2.1", "gnu lesser general public license version 2.1"),
        new("gpl-3.0", "gnu general public license version 3"),
        new("gpl-2.0", "gnu general public license version 2"),

        new("mpl-2.0", "mozilla public license version 2.0"),
        new("mpl-2.0", "mozilla public license v. 2.0"),
        new("apache-2.0", "apache license", "version 2.0"),

        // Permissive licences known by a sentence rather than a title; BSD by how many clauses it has.
        new("mit", "permission is hereby granted free of charge"),
        new("bsd-3-clause-clear", "redistribution and use in source and binary forms", "no express or implied licenses to any party s patent rights are granted"),
        new("bsd-3-clause", "redistribution and use in source and binary forms", "redistributions in binary form must reproduce", "may be used to endorse or promote products derived from this software"),
        new("bsd-2-clause", "redistribution and use in source and binary forms", "redistributions in binary form must reproduce"),
    ];

    /// <summary>The ids <see cref="Identify"/> can return.</summary>
    public static IReadOnlyList<string> KnownIds
    {
        get
        {
            var ids = new List<string>();
            foreach (var rule in Rules)
            {
                if (!ids.Contains(rule.Id))
                {
                    ids.Add(rule.Id);
                }
            }

            return ids;
        }
    }

    /// <summary>The catalog id of the licence <paramref name="text"/> is, or null when it is none this class knows.</summary>
    public static string? Identify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Normalize(text!.Length > MaxLength ? text.Substring(0, MaxLength) : text);
        string? best = null;
        var bestPosition = int.MaxValue;
        foreach (var rule in Rules)
        {
            var position = rule.Match(words);
            if (position >= 0 && position < bestPosition)
            {
                best = rule.Id;
                bestPosition = position;
            }
        }

        return best;
    }

    /// <summary>Lower-cases the text and reduces it to words separated by single spaces, with a space at each end.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append(' ');
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '.' or '+')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[builder.Length - 1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The position of the first whole-word occurrence of <paramref name="phrase"/> (already normalised, no outer
    /// spaces) in <paramref name="words"/>, or -1. A phrase may be followed by '.' that ends a sentence, but not by
    /// ".1" that continues a version number.
    /// </summary>
    internal static int Find(string words, string phrase)
    {
        var from = 0;
        while (true)
        {
            var at = words.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            var end = at + phrase.Length;
            var startsWord = at == 0 || words[at - 1] == ' ';
            if (startsWord && EndsWord(words, end))
            {
                return at;
            }

            from = at + 1;
        }
    }

    private static bool EndsWord(string words, int end)
    {
        if (end >= words.Length || words[end] == ' ')
        {
            return true;
        }

        if (words[end] != '.')
        {
            return false;
        }

        // "version 2." ends a sentence; "version 2.1" is another version.
        return end + 1 >= words.Length || !char.IsLetterOrDigit(words[end + 1]);
    }

    private sealed class Rule
    {
        private readonly string[] _phrases;

        public Rule(string id, params string[] phrases)
        {
            Id = id;
            _phrases = phrases;
        }

        public string Id { get; }

        /// <summary>The position of the first phrase when every phrase occurs, otherwise -1.</summary>
        public int Match(string words)
        {
            var first = -1;
            for (var i = 0; i < _phrases.Length; i++)
            {
                var position = Find(words, _phrases[i]);
                if (position < 0)
                {
                    return -1;
                }

                if (i == 0)
                {
                    first = position;
                }
            }

            return first;
        }
    }
}
