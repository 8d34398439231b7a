using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// A clause set before the subject it describes: "Released in both open-source and enterprise variants, Magistral
/// demonstrates…", "Despite their open-source nature, Gemma models are subject to…". The phrase sits in the opening
/// clause, and what it describes is the model that opens the main clause right after its comma.
/// </summary>
public static partial class ClaimFinder
{
    // Participles whose subject is the main clause's subject: "Released as open source, Mistral 7B…".
    private static readonly string[] FrontedParticiples = ["released", "available", "licensed", "published", "distributed", "offered", "launched", "shipped"];

    // Prepositions that open such a clause; they say it of the subject only through its own trait ("despite its open-source nature").
    private static readonly string[] FrontedPrepositions = ["despite", "given", "with", "thanks", "because"];

    // What the subject itself has that the phrase may describe after "its" or "their".
    private static readonly string[] OwnTraits = ["nature", "status", "roots", "character", "licence", "license", "release", "heritage"];

    // How many words the opening clause may hold before the phrase, and after it up to its comma.
    private const int MaxFrontedWords = 10;

    private static int[]? FrontedClauseSubject(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        var first = phrase;
        while (first > 0 && !tokens[first].BreakBefore && phrase - first < MaxFrontedWords)
        {
            first--;
        }

        // The clause opens its sentence, or its line ("## Notes\nReleased as open source, …").
        if (first == phrase || (first > 0 && !TextTokenizer.EndsSentence(text, tokens[first - 1].End, tokens[first].Start)
            && text.IndexOf('\n', tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) < 0))
        {
            return null;
        }

        var participle = IsAny(text, tokens[first], FrontedParticiples);
        if (!participle)
        {
            // "Despite their open-source nature": the subject's own trait, not "despite the open-source hype".
            var own = IsAny(text, tokens[first], FrontedPrepositions) && IsAny(text, tokens[phrase - 1], ["its", "their"])
                && phrase + count < tokens.Count && !tokens[phrase + count].BreakBefore && IsAny(text, tokens[phrase + count], OwnTraits);
            if (!own)
            {
                return null;
            }
        }

        // The clause runs on to its comma, naming no software ("Released alongside open-source tools, …").
        var comma = phrase + count;
        while (comma < tokens.Count && !tokens[comma].BreakBefore && comma - phrase < MaxFrontedWords)
        {
            if (IsAny(text, tokens[comma], SoftwareNouns) || IsAny(text, tokens[comma], ["software", "stack", "framework", "frameworks"]))
            {
                return null;
            }

            comma++;
        }

        if (comma >= tokens.Count || !tokens[comma].BreakBefore || !OnlyComma(text, tokens[comma - 1].End, tokens[comma].Start))
        {
            return null;
        }

        var subject = comma + (TextTokenizer.Is(text, tokens[comma], "the") ? 1 : 0);
        if (subject >= tokens.Count)
        {
            return null;
        }

        var found = models.MatchAll(text, tokens, subject, out var length);
        if (found is null || !FollowsAsModel(text, tokens, subject + length, Phrase.OpenSource))
        {
            return null;
        }

        // The main clause goes on after the name: "Mistral 7B runs…", not a list of names ("…, Mistral 7B, Llama 3.1").
        var after = subject + length;
        while (after < tokens.Count && !tokens[after].BreakBefore && IsVariantToken(text, tokens, after))
        {
            after++;
        }

        return after < tokens.Count && !tokens[after].BreakBefore ? UnlessOnlyClosed(found, models) : null;
    }
}
