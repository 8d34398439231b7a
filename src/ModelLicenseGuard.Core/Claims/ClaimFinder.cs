using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// Finds "open source" claims about models in prose. A phrase is a claim only when it is tied to a model
/// name in the same clause: attributively ("the open-source Llama 3.1 model") or predicatively
/// ("Llama 3.1 is open source"). Negations and contrasts ("not open source", "unlike open-source
/// models") and sentences about anything else ("this library is open source") are not claims:
/// precision matters more than recall, because a noisy analyzer gets turned off.
/// </summary>
public static class ClaimFinder
{
    // Words that may stand between "open-source" and the model it describes: "open-source Meta Llama 3.1".
    private static readonly string[] AttributiveFillers = ["the", "a", "an", "meta", "s", "google", "model", "llm"];

    // Words that may stand between a model and the phrase that describes it: "Llama 3.1 is a fully open-source".
    private static readonly string[] PredicativeFillers = ["is", "are", "was", "were", "be", "being", "fully", "completely", "truly", "entirely", "totally", "also", "a", "an", "s"];

    // Words that turn the phrase into a denial: "not open source", "isn't open-source", "non-open-source".
    // Contrasts ("unlike", "than", "nor") are not denials: "unlike the open-source Llama 3.1" still calls Llama 3.1
    // open source, while "unlike open-source models, Llama…" is no claim because the phrase describes "models".
    private static readonly string[] Negations = ["not", "non", "never", "no", "t"];

    // Words that may follow a model name before "is" without changing the model: "Llama 3.1 70B Instruct is open source".
    private static readonly string[] VariantWords = ["instruct", "chat", "base"];

    private static readonly string[] Intensifiers = ["fully", "completely", "truly", "totally", "entirely"];

    private const int MaxFillers = 3;

    /// <summary>Finds claims in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<ClaimMatch>? Find(string text, int start, int end, ModelAliasIndex models)
    {
        // Cheap test first: almost no literal or comment mentions "open" at all.
        if (models.IsEmpty || !MayContainClaim(text, start, end))
        {
            return null;
        }

        var tokens = TextTokenizer.Tokenize(text, start, end);
        List<ClaimMatch>? claims = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsOpenSourcePhrase(text, tokens, i, out var phraseTokens) || IsNegated(text, tokens, i))
            {
                continue;
            }

            var model = AttributiveModel(text, tokens, i + phraseTokens, models);
            if (model < 0)
            {
                model = PredicativeModel(text, tokens, i, models);
            }

            if (model >= 0)
            {
                var last = tokens[i + phraseTokens - 1];
                claims ??= [];
                claims.Add(new ClaimMatch(tokens[i].Start, last.End - tokens[i].Start, model));
            }

            i += phraseTokens - 1;
        }

        return claims;
    }

    /// <summary>False when the text cannot hold a claim: no "open" and no "OSS" in it. Allocates nothing.</summary>
    public static bool MayContainClaim(string text, int start, int end)
        => text.IndexOf("open", start, end - start, StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("oss", start, end - start, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Finds claims in the whole of <paramref name="text"/>.</summary>
    public static List<ClaimMatch>? Find(string text, ModelAliasIndex models) => Find(text, 0, text.Length, models);

    private static bool IsOpenSourcePhrase(string text, List<TextToken> tokens, int i, out int count)
    {
        count = 0;
        if (TextTokenizer.Is(text, tokens[i], "opensource") || TextTokenizer.Is(text, tokens[i], "oss"))
        {
            count = 1;
            return true;
        }

        // "fully open", "completely open", "truly open" claim openness as much as "open source" does, unless the
        // sentence goes on to the right term ("fully open weights").
        if (i + 1 < tokens.Count && IsAny(text, tokens[i], Intensifiers) && TextTokenizer.Is(text, tokens[i + 1], "open") && !tokens[i + 1].BreakBefore)
        {
            var next = i + 2 < tokens.Count && !tokens[i + 2].BreakBefore ? tokens[i + 2] : default;
            if (next.Length == 0 || !(TextTokenizer.Is(text, next, "source") || TextTokenizer.Is(text, next, "weight") || TextTokenizer.Is(text, next, "weights")))
            {
                count = 2;
                return true;
            }
        }

        if (i + 1 < tokens.Count && TextTokenizer.Is(text, tokens[i], "open") && TextTokenizer.Is(text, tokens[i + 1], "source"))
        {
            // Only a space or a hyphen may join the two words.
            for (var c = tokens[i].End; c < tokens[i + 1].Start; c++)
            {
                if (text[c] != '-' && !char.IsWhiteSpace(text[c]))
                {
                    return false;
                }
            }

            count = 2;
            return true;
        }

        return false;
    }

    private static bool IsNegated(string text, List<TextToken> tokens, int phrase)
    {
        // Look back over at most two words in the same clause: "not fully open source".
        for (var back = 1; back <= 2 && phrase - back >= 0; back++)
        {
            if (tokens[phrase - back + 1].BreakBefore)
            {
                return false;
            }

            if (IsAny(text, tokens[phrase - back], Negations))
            {
                return true;
            }
        }

        return false;
    }

    private static int AttributiveModel(string text, List<TextToken> tokens, int next, ModelAliasIndex models)
    {
        for (var skipped = 0; skipped <= MaxFillers && next < tokens.Count && !tokens[next].BreakBefore; skipped++, next++)
        {
            var model = models.Match(text, tokens, next, out _);
            if (model >= 0)
            {
                return model;
            }

            if (!IsAny(text, tokens[next], AttributiveFillers))
            {
                return -1;
            }
        }

        return -1;
    }

    private static int PredicativeModel(string text, List<TextToken> tokens, int phrase, ModelAliasIndex models)
    {
        // Walk back over "is", "fully"… to the model name that ends just before them.
        var end = phrase;
        for (var skipped = 0; skipped <= MaxFillers + 1 && end > 0 && !tokens[end].BreakBefore; skipped++)
        {
            for (var first = end - 1; first >= 0 && first >= end - 8; first--)
            {
                var model = models.Match(text, tokens, first, out var count);
                if (model >= 0 && skipped > 0 && IsVariantSuffix(text, tokens, first + count, end))
                {
                    return model;
                }

                if (tokens[first].BreakBefore)
                {
                    break;
                }
            }

            if (!IsAny(text, tokens[end - 1], PredicativeFillers))
            {
                return -1;
            }

            end--;
        }

        return -1;
    }

    /// <summary>
    /// True when tokens <paramref name="from"/> to <paramref name="to"/> (none is fine) only say which size or variant
    /// of the model is meant: numbers, a unit letter written onto a number ("8B", "8x7B") and words such as "Instruct".
    /// </summary>
    private static bool IsVariantSuffix(string text, List<TextToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            var isNumber = char.IsDigit(text[token.Start]);
            var isUnit = token.Length == 1 && i > from && tokens[i - 1].End == token.Start && char.IsDigit(text[token.Start - 1]);
            if (token.BreakBefore || !(isNumber || isUnit || IsAny(text, token, VariantWords)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAny(string text, TextToken token, string[] words)
    {
        foreach (var word in words)
        {
            if (TextTokenizer.Is(text, token, word))
            {
                return true;
            }
        }

        return false;
    }
}
