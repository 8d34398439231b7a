using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// Finds "open source" claims about models in prose. A phrase ("open source", "OSS", "fully open", "open model", or
/// "open" used as a licence word) is a claim only when it is tied to a model in the same clause: attributively ("the
/// open-source Llama 3.1 model"), predicatively ("Llama 3.1 is open source", "…Gemma 2, which is open source"), as a
/// label ("Llama 3.1 (open source)") or through the project's own model ("our model is open source") when that can
/// only mean one kind of model. Negations and contrasts ("not open source", "unlike open-source models") and sentences
/// about anything else ("this library is open source", "the open-source Llama 3.1 bindings") are not claims:
/// precision matters more than recall, because a noisy analyzer gets turned off.
/// </summary>
public static class ClaimFinder
{
    private const int MaxFillers = 3;

    // Words that may stand between "open-source" and the model it describes: "open-source LLMs such as Llama 3.1".
    private static readonly string[] AttributiveFillers = ["the", "a", "an", "meta", "s", "google", "microsoft", "model", "models", "llm", "llms", "such", "as", "like", "including"];

    // Words that may stand between a model and the phrase that describes it: "Llama 3.1 is a fully open-source".
    private static readonly string[] PredicativeFillers = ["is", "are", "was", "were", "be", "being", "fully", "completely", "truly", "entirely", "totally", "also", "a", "an", "s", "which", "that"];

    // Words that turn the phrase into a denial: "not open source", "isn't open-source", "non-open-source".
    // Contrasts ("unlike", "than", "nor") are not denials: "unlike the open-source Llama 3.1" still calls Llama 3.1
    // open source, while "unlike open-source models, Llama…" is no claim because the phrase describes "models".
    private static readonly string[] Negations = ["not", "non", "never", "no", "t"];

    // Words that may follow a model name without changing the model: "Llama 3.1 70B Instruct is open source".
    private static readonly string[] VariantWords = ["instruct", "chat", "base", "mini", "it"];

    private static readonly string[] Intensifiers = ["fully", "completely", "truly", "totally", "entirely"];

    // What "open" describes when it is a licence word: "an open model", "the open LLM".
    private static readonly string[] ModelNouns = ["model", "models", "llm", "llms"];

    // Words that say the project's own model: "our model", "its weights", "this app's LLM".
    private static readonly string[] Possessives = ["our", "my", "its"];

    private static readonly string[] GenericNouns = ["model", "llm", "weights"];

    private static readonly string[] GenericAdjectives = ["ai", "local", "language", "chat", "bundled", "embedded", "underlying", "model"];

    // Software around a model, which may well be open source: "the open-source Llama 3.1 bindings".
    private static readonly string[] SoftwareNouns =
    [
        "api", "app", "application", "apps", "benchmark", "benchmarks", "binding", "bindings", "cli", "client", "code",
        "community", "connector", "demo", "demos", "docs", "documentation", "ecosystem", "evaluation", "example", "examples",
        "extension", "fork", "guide", "implementation", "inference", "integration", "issue", "issues", "library", "notebook",
        "package", "playground", "plugin", "port", "project", "repo", "repository", "runner", "runtime", "sample", "samples",
        "script", "scripts", "sdk", "server", "starter", "support", "template", "tokenizer", "tool", "tooling", "tools",
        "tutorial", "ui", "wrapper",
    ];

    // Words that may stand before the subject of "… is open": "Meta's Llama 3.1 is open", "the Gemma 2 model is open".
    private static readonly string[] SubjectStarts = ["s", "the", "and", "both", "meta", "google", "microsoft"];

    private enum Phrase
    {
        OpenSource,
        FullyOpen,
        OpenModel,
        Open,
    }

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
            if (!IsPhrase(text, tokens, i, out var kind, out var count) || IsNegated(text, tokens, i))
            {
                continue;
            }

            var model = AttributiveModel(text, tokens, i, count, kind, models);
            if (model < 0)
            {
                model = PredicativeModel(text, tokens, i, count, kind, models);
            }

            if (model < 0 && kind is Phrase.OpenSource or Phrase.FullyOpen)
            {
                model = LabelledModel(text, tokens, i, count, models);
            }

            if (model >= 0)
            {
                var last = tokens[i + count - 1];
                claims ??= [];
                claims.Add(new ClaimMatch(tokens[i].Start, last.End - tokens[i].Start, model));
            }

            i += count - 1;
        }

        return claims;
    }

    /// <summary>False when the text cannot hold a claim: no "open" and no "OSS" in it. Allocates nothing.</summary>
    public static bool MayContainClaim(string text, int start, int end)
        => text.IndexOf("open", start, end - start, StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("oss", start, end - start, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Finds claims in the whole of <paramref name="text"/>.</summary>
    public static List<ClaimMatch>? Find(string text, ModelAliasIndex models) => Find(text, 0, text.Length, models);

    private static bool IsPhrase(string text, List<TextToken> tokens, int i, out Phrase kind, out int count)
    {
        kind = Phrase.OpenSource;
        count = 0;
        if (IsAny(text, tokens[i], ["opensource", "opensourced", "oss"]))
        {
            count = 1;
            return true;
        }

        var next = Next(tokens, i);
        if (TextTokenizer.Is(text, tokens[i], "open") && next >= 0 && IsAny(text, tokens[next], ["source", "sourced"]))
        {
            // Only a space or a hyphen may join the two words ("open/source" is a toggle, "open_source" a flag).
            for (var c = tokens[i].End; c < tokens[next].Start; c++)
            {
                if (text[c] != '-' && !char.IsWhiteSpace(text[c]))
                {
                    return false;
                }
            }

            count = 2;
            return true;
        }

        // "fully open" claims openness as much as "open source" does, unless the sentence goes on to the right term
        // ("fully open weights") or to what is open ("a fully open model" is read at "open").
        if (IsAny(text, tokens[i], Intensifiers) && next >= 0 && TextTokenizer.Is(text, tokens[next], "open"))
        {
            var after = Next(tokens, next);
            if (after < 0 || !IsAny(text, tokens[after], ["source", "sourced", "weight", "weights", .. ModelNouns]))
            {
                kind = Phrase.FullyOpen;
                count = 2;
                return true;
            }

            return false;
        }

        if (TextTokenizer.Is(text, tokens[i], "open") && !(next >= 0 && IsAny(text, tokens[next], ["weight", "weights", "weighted"])))
        {
            kind = next >= 0 && IsAny(text, tokens[next], ModelNouns) ? Phrase.OpenModel : Phrase.Open;
            count = 1;
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

    /// <summary>The model the phrase stands before: "the open-source Llama 3.1", "an open-source LLM, Qwen2.5,".</summary>
    private static int AttributiveModel(string text, List<TextToken> tokens, int phrase, int count, Phrase kind, ModelAliasIndex models)
    {
        var before = phrase > 0 && !tokens[phrase].BreakBefore ? phrase - 1 : -1;

        // Bare "open" is a licence word only after an article ("the open Llama 3.1 model"): "Open Phi-3 in…" is a verb.
        if (kind == Phrase.Open && (before < 0 || !IsAny(text, tokens[before], ["the", "a", "an", "our"])))
        {
            return -1;
        }

        if (kind != Phrase.Open && models.GenericModel >= 0 && IsGenericMention(text, tokens, phrase + count, out _) && IsPossessive(text, tokens, phrase))
        {
            return models.GenericModel;
        }

        var next = phrase + count;
        var crossedComma = false;
        for (var skipped = 0; skipped <= MaxFillers && next < tokens.Count; skipped++, next++)
        {
            if (tokens[next].BreakBefore)
            {
                // "An open-source LLM, Qwen2.5, translates": the name may follow a comma after "model" or "LLM".
                // Not after "models": "unlike open-source models, Llama…" contrasts a category with the model.
                if (crossedComma || skipped == 0 || !IsAny(text, tokens[next - 1], ["model", "llm"]) || !OnlyComma(text, tokens[next - 1].End, tokens[next].Start))
                {
                    return -1;
                }

                crossedComma = true;
            }

            var model = models.Match(text, tokens, next, out var length);
            if (model >= 0)
            {
                return FollowsAsModel(text, tokens, next + length, kind) ? model : -1;
            }

            if (!IsAny(text, tokens[next], AttributiveFillers))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The model the phrase is said of: "Llama 3.1 is open source", "Gemma 2, which is open source".</summary>
    private static int PredicativeModel(string text, List<TextToken> tokens, int phrase, int count, Phrase kind, ModelAliasIndex models)
    {
        // "Llama 3.1 is open in another window": bare "open" is a licence word only where the clause ends or goes on plainly.
        if (kind == Phrase.Open)
        {
            var after = phrase + 1 < tokens.Count ? phrase + 1 : -1;
            if (after >= 0 && !tokens[after].BreakBefore && !IsAny(text, tokens[after], ["and", "to"]))
            {
                return -1;
            }
        }

        var end = phrase;
        for (var skipped = 0; skipped <= MaxFillers + 1 && end > 0; skipped++)
        {
            if (tokens[end].BreakBefore)
            {
                return skipped > 0 ? AcrossComma(text, tokens, phrase, count, end, models) : -1;
            }

            if (skipped > 0)
            {
                var model = SubjectEndingAt(text, tokens, end, kind, models);
                if (model >= 0 || model == Denied)
                {
                    return model >= 0 ? model : -1;
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

    private const int Denied = -2;

    /// <summary>The model whose name (and variant words) ends just before token <paramref name="end"/>, -1, or <see cref="Denied"/> for "nor X".</summary>
    private static int SubjectEndingAt(string text, List<TextToken> tokens, int end, Phrase kind, ModelAliasIndex models)
    {
        for (var first = end - 1; first >= 0 && first >= end - 8; first--)
        {
            var model = models.Match(text, tokens, first, out var length);
            if (model >= 0 && IsVariantSuffix(text, tokens, first + length, end))
            {
                var previous = first > 0 && !tokens[first].BreakBefore ? first - 1 : -1;
                if (previous >= 0 && TextTokenizer.Is(text, tokens[previous], "nor"))
                {
                    // "Neither GPT-4o nor Llama 3.1 is open source" denies it of both.
                    return Denied;
                }

                // "The issue about Mistral 7B is open": with the bare word, the model must be the subject.
                if (kind is Phrase.Open or Phrase.OpenModel && previous >= 0 && !IsAny(text, tokens[previous], SubjectStarts))
                {
                    return -1;
                }

                return model;
            }

            if (tokens[first].BreakBefore)
            {
                break;
            }
        }

        var last = end - 1;
        if (models.GenericModel >= 0 && IsGenericNoun(text, tokens[last]) && IsGenericMentionEndingAt(text, tokens, last))
        {
            return models.GenericModel;
        }

        return TextTokenizer.Is(text, tokens[last], "it") ? Antecedent(text, tokens, last, models) : -1;
    }

    /// <summary>
    /// "Gemma 2, which is open source" and "Gemma 2 9B, an open-source model": the model is named before a comma that
    /// the walk back over "which is" or "an" reached.
    /// </summary>
    private static int AcrossComma(string text, List<TextToken> tokens, int phrase, int count, int comma, ModelAliasIndex models)
    {
        if (comma == 0 || !OnlyComma(text, tokens[comma - 1].End, tokens[comma].Start))
        {
            return -1;
        }

        var relative = TextTokenizer.Is(text, tokens[comma], "which");
        var apposition = IsAny(text, tokens[comma], ["a", "an"]) && phrase + count < tokens.Count
            && !tokens[phrase + count].BreakBefore && IsAny(text, tokens[phrase + count], ModelNouns);
        if (!relative && !apposition)
        {
            return -1;
        }

        var model = SubjectEndingAt(text, tokens, comma, Phrase.OpenSource, models);
        return model >= 0 ? model : -1;
    }

    /// <summary>"it is open source" after exactly one model named earlier in the same sentence.</summary>
    private static int Antecedent(string text, List<TextToken> tokens, int pronoun, ModelAliasIndex models)
    {
        var found = -1;
        for (var i = pronoun - 1; i >= 0; i--)
        {
            var model = models.Match(text, tokens, i, out _);
            if (model >= 0)
            {
                if (found >= 0 && found != model)
                {
                    return -1;
                }

                found = model;
            }

            if (i > 0 && TextTokenizer.EndsSentence(text, tokens[i - 1].End, tokens[i].Start))
            {
                break;
            }
        }

        return found;
    }

    /// <summary>"Model: Llama 3.1 (open source)", "| Llama 3.1 | open source |": a label right after the name.</summary>
    private static int LabelledModel(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        var after = phrase + count;
        if (after < tokens.Count && !tokens[after].BreakBefore && text.IndexOf('|', tokens[after - 1].End, tokens[after].Start - tokens[after - 1].End) < 0)
        {
            return -1;
        }

        for (var first = phrase - 1; first >= 0 && first >= phrase - 8; first--)
        {
            var model = models.Match(text, tokens, first, out var length);
            if (model >= 0 && first + length == phrase && IsLabelSeparator(text, tokens[phrase - 1].End, tokens[phrase].Start))
            {
                return model;
            }
        }

        return -1;
    }

    private static bool IsLabelSeparator(string text, int from, int to)
    {
        var separated = false;
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '(' or '|' or ':' or '\u2013' or '\u2014':
                    separated = true;
                    break;
                case ' ' or '\t' or '*' or '_' or '`':
                    break;
                default:
                    return false;
            }
        }

        return separated;
    }

    /// <summary>What follows a model name may not turn it into software ("the open-source Llama 3.1 bindings").</summary>
    private static bool FollowsAsModel(string text, List<TextToken> tokens, int after, Phrase kind)
    {
        while (after < tokens.Count && !tokens[after].BreakBefore && IsVariantToken(text, tokens, after))
        {
            after++;
        }

        if (after >= tokens.Count || tokens[after].BreakBefore)
        {
            return true;
        }

        if (IsAny(text, tokens[after], SoftwareNouns))
        {
            return false;
        }

        // "the open Llama 3.1 issue": bare "open" needs the sentence to go on about the model itself.
        return kind != Phrase.Open || IsAny(text, tokens[after], ["model", "llm", "weights", "and", "from", "by", "for"]);
    }

    /// <summary>"model", "local LLM", "model weights" starting at <paramref name="index"/>, and not "model runner".</summary>
    private static bool IsGenericMention(string text, List<TextToken> tokens, int index, out int nounIndex)
    {
        nounIndex = -1;
        for (var i = index; i < tokens.Count && i < index + 3 && !tokens[i].BreakBefore; i++)
        {
            if (IsGenericNoun(text, tokens[i]) && !(i + 1 < tokens.Count && !tokens[i + 1].BreakBefore && (IsGenericNoun(text, tokens[i + 1]) || IsAny(text, tokens[i + 1], SoftwareNouns))))
            {
                nounIndex = i;
                return true;
            }

            if (!IsAny(text, tokens[i], GenericAdjectives))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"our model", "our local LLM", "its weights": a possessive, then adjectives, ending at the noun.</summary>
    private static bool IsGenericMentionEndingAt(string text, List<TextToken> tokens, int noun)
    {
        for (var i = noun - 1; i >= 0 && i >= noun - 3; i--)
        {
            if (tokens[i + 1].BreakBefore)
            {
                return false;
            }

            if (IsAny(text, tokens[i], Possessives))
            {
                return true;
            }

            if (!IsAny(text, tokens[i], GenericAdjectives))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPossessive(string text, List<TextToken> tokens, int phrase)
    {
        var before = phrase - 1;
        if (before >= 0 && !tokens[phrase].BreakBefore && IsAny(text, tokens[before], Intensifiers))
        {
            before--;
        }

        return before >= 0 && !tokens[before + 1].BreakBefore && IsAny(text, tokens[before], Possessives);
    }

    private static bool IsGenericNoun(string text, TextToken token) => IsAny(text, token, GenericNouns);

    /// <summary>
    /// True when tokens <paramref name="from"/> to <paramref name="to"/> (none is fine) only say which size or variant
    /// of the model is meant: numbers, a unit letter written onto a number ("8B", "8x7B") and words such as "Instruct".
    /// </summary>
    private static bool IsVariantSuffix(string text, List<TextToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].BreakBefore || !IsVariantToken(text, tokens, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVariantToken(string text, List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        var isNumber = char.IsDigit(text[token.Start]);
        var isUnit = token.Length <= 2 && i > 0 && tokens[i - 1].End == token.Start && char.IsDigit(text[token.Start - 1]);
        return isNumber || isUnit || IsAny(text, token, VariantWords);
    }

    private static bool OnlyComma(string text, int from, int to)
    {
        var commas = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == ',')
            {
                commas++;
            }
            else if (!char.IsWhiteSpace(text[i]) && text[i] != '*' && text[i] != '_')
            {
                return false;
            }
        }

        return commas == 1;
    }

    private static int Next(List<TextToken> tokens, int i) => i + 1 < tokens.Count && !tokens[i + 1].BreakBefore ? i + 1 : -1;

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
