using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// An aside between the subject and its verb: "Kimi K2, by contrast, is open-source", "Mistral 7B, too, is open source".
/// The commas set the aside apart; the subject is still the model that opens the sentence.
/// </summary>
public static partial class ClaimFinder
{
    // Words an aside between subject and verb is made of: "by contrast", "on the other hand", "for its part", "too".
    private static readonly string[] AsideWords =
    [
        "by", "in", "contrast", "comparison", "however", "too", "also", "meanwhile", "instead", "likewise", "similarly",
        "notably", "importantly", "on", "the", "other", "hand", "for", "its", "part", "of", "course", "then", "now", "today",
    ];

    // Linking verbs after such an aside.
    private static readonly string[] AsideVerbs = ["is", "are", "remains", "remain", "stays", "stay"];

    // How many words an aside may hold.
    private const int MaxAsideWords = 4;

    private static int[]? SubjectBeforeAside(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        var verb = phrase - 1;
        if (verb > 0 && !tokens[phrase].BreakBefore && IsAny(text, tokens[verb], Intensifiers))
        {
            verb--;
        }

        if (verb < 2 || tokens[verb + 1].BreakBefore || !IsAny(text, tokens[verb], AsideVerbs)
            || !tokens[verb].BreakBefore || !OnlyComma(text, tokens[verb - 1].End, tokens[verb].Start))
        {
            return null;
        }

        // The predicate ends with the phrase, or goes on to the model noun: not "is open-source software".
        var next = phrase + count;
        if (next < tokens.Count && !tokens[next].BreakBefore && !IsAny(text, tokens[next], ModelNouns) && !IsAny(text, tokens[next], ["under", "and"]))
        {
            return null;
        }

        var aside = verb - 1;
        while (aside > 0 && !tokens[aside].BreakBefore && verb - aside < MaxAsideWords)
        {
            aside--;
        }

        if (aside == 0 || !tokens[aside].BreakBefore || !OnlyComma(text, tokens[aside - 1].End, tokens[aside].Start))
        {
            return null;
        }

        for (var i = aside; i < verb; i++)
        {
            if (!IsAny(text, tokens[i], AsideWords))
            {
                return null;
            }
        }

        // The subject is the whole first part of the sentence: the model's name, maybe after "the".
        var first = aside - 1;
        while (first > 0 && !tokens[first].BreakBefore && aside - first < MaxFrontedWords)
        {
            first--;
        }

        if (first > 0 && !tokens[first].BreakBefore)
        {
            return null;
        }

        first += TextTokenizer.Is(text, tokens[first], "the") && first + 1 < aside ? 1 : 0;
        var found = models.MatchAll(text, tokens, first, out var length);
        return found is not null && IsVariantSuffix(text, tokens, first + length, aside) ? UnlessOnlyClosed(found, models) : null;
    }

    // Participles that carry the sentence's subject on to the phrase: "…, while remaining open-source".
    private static readonly string[] RemainingWords = ["remaining", "staying", "being"];

    // How many words a sentence's first clause may hold before "while remaining".
    private const int MaxRemainingReach = 40;

    /// <summary>
    /// "It introduces improvements in scale and safety, while remaining open-source": the participle after "while" has the
    /// sentence's subject, and an "It" that opens the sentence stands for the model the sentence before names.
    /// </summary>
    private static int[]? RemainingPronounSubject(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        // The predicate ends with the phrase, or goes on to the model noun: not "while remaining open-source software".
        var next = phrase + count;
        if (next < tokens.Count && !tokens[next].BreakBefore && !IsAny(text, tokens[next], ModelNouns))
        {
            return null;
        }

        var participle = phrase - 1;
        if (participle > 0 && IsAny(text, tokens[participle], Intensifiers))
        {
            participle--;
        }

        if (participle < 2 || tokens[participle + 1].BreakBefore || !IsAny(text, tokens[participle], RemainingWords)
            || !IsAny(text, tokens[participle - 1], ["while", "whilst", "yet"]))
        {
            return null;
        }

        for (var start = participle - 1; start >= 0 && participle - start <= MaxRemainingReach; start--)
        {
            if (start == 0 || TextTokenizer.EndsSentence(text, tokens[start - 1].End, tokens[start].Start))
            {
                return TextTokenizer.Is(text, tokens[start], "it") ? Antecedent(text, tokens, start, models) : null;
            }
        }

        return null;
    }

    // How many words before "Both models" are read for the two models they stand for, and how many sentences.
    private const int MaxBothReach = 80;

    private const int MaxBothSentences = 2;

    /// <summary>
    /// "Qwen3 excels at knowledge. DeepSeek R1 shines at reasoning. Both models are truly open source": "both models" opening
    /// the sentence stands for the two models the two sentences before name, and for nothing when they name another number.
    /// </summary>
    private static int[]? BothModelsSubject(string text, List<TextToken> tokens, int phrase, ModelAliasIndex models)
    {
        var verb = phrase - 1;
        if (verb > 0 && IsAny(text, tokens[verb], Intensifiers))
        {
            verb--;
        }

        if (verb < 2 || tokens[verb + 1].BreakBefore || tokens[verb].BreakBefore || tokens[verb - 1].BreakBefore
            || !IsAny(text, tokens[verb], ["are", "remain", "stay"]) || !IsAny(text, tokens[verb - 1], ["models", "llms"])
            || !TextTokenizer.Is(text, tokens[verb - 2], "both"))
        {
            return null;
        }

        var start = verb - 2;
        if (start == 0 || !(TextTokenizer.EndsSentence(text, tokens[start - 1].End, tokens[start].Start)
            || text.IndexOf('\n', tokens[start - 1].End, tokens[start].Start - tokens[start - 1].End) >= 0))
        {
            return null;
        }

        int[]? first = null;
        int[]? second = null;
        var sentences = 0;
        for (var i = start - 1; i >= 0 && start - i <= MaxBothReach; i--)
        {
            var candidate = models.MatchAll(text, tokens, i, out _);
            if (candidate is not null)
            {
                if (second is null || second[0] == candidate[0])
                {
                    second = candidate;
                }
                else if (first is null || first[0] == candidate[0])
                {
                    first = candidate;
                }
                else
                {
                    return null;
                }
            }

            if (i > 0 && TextTokenizer.EndsSentence(text, tokens[i - 1].End, tokens[i].Start) && ++sentences >= MaxBothSentences)
            {
                break;
            }
        }

        return first is null || second is null ? null : UnlessOnlyClosed(WithoutClosed(Union(first, second), models), models);
    }
}
