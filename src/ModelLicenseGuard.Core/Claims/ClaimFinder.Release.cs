using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// A maker that releases the class: "French AI startup Mistral releases a new open-source model", "why is Google
/// releasing open models". What the maker releases is its own model, and in the project those are the ones it publishes
/// (as "Meta's open-source LLM" names them).
/// </summary>
public static partial class ClaimFinder
{
    private static readonly string[] MakerReleaseVerbs = ["releases", "released", "releasing", "launches", "launched", "launching", "unveils", "unveiled", "unveiling", "ships", "shipped"];

    // Words between the verb and the phrase: "releases a new open-source model", "launched its latest open model".
    private static readonly string[] ReleasedDeterminers = ["a", "an", "its", "their", "new", "latest", "first", "another", "own", "several", "more"];

    // Auxiliaries between the maker and the verb: "Google is releasing", "Meta has released", "Mistral just released".
    private static readonly string[] ReleaseAuxiliaries = ["is", "has", "was", "just", "have", "are"];

    private static int[]? VendorRelease(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        // The phrase describes a model noun right after it, or after one generic word ("open-source AI model").
        var noun = phrase + count;
        if (noun < tokens.Count && !tokens[noun].BreakBefore && !IsAny(text, tokens[noun], ModelNouns) && IsAny(text, tokens[noun], GenericAdjectives))
        {
            noun++;
        }

        if (noun >= tokens.Count || tokens[noun].BreakBefore || !IsAny(text, tokens[noun], ModelNouns))
        {
            return null;
        }

        var verb = phrase - 1;
        while (verb > 0 && phrase - verb <= 3 && !tokens[verb + 1].BreakBefore && IsAny(text, tokens[verb], ReleasedDeterminers))
        {
            verb--;
        }

        if (verb < 1 || tokens[verb + 1].BreakBefore || !IsAny(text, tokens[verb], MakerReleaseVerbs))
        {
            return null;
        }

        var maker = verb - 1;
        if (maker > 0 && !tokens[verb].BreakBefore && IsAny(text, tokens[maker], ReleaseAuxiliaries))
        {
            maker--;
        }

        // "Mistral AI releases": the maker's name may end with "AI".
        if (maker > 0 && !tokens[maker + 1].BreakBefore && TextTokenizer.Is(text, tokens[maker], "ai"))
        {
            maker--;
        }

        if (tokens[maker + 1].BreakBefore || models.MatchAll(text, tokens, maker, out _) is not null)
        {
            return null;
        }

        var found = models.ByVendor(text.Substring(tokens[maker].Start, tokens[maker].Length));
        return found is null ? null : UnlessOnlyClosed(WithoutClosed(found, models), models);
    }
}
