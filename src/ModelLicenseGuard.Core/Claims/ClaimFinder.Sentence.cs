using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// The shapes that need the whole sentence: the phrase describes a class of models ("an open-source AI model", "the
/// largest open-source LLM", "open-sourced under Apache 2.0") and the sentence says which: a model named before it
/// ("Meta released Llama 3 under a permissive open-source licence", "Falcon 180B: the world's largest open-source
/// model"), a list after it ("the top open-source LLMs: LLaMA, Mistral 7B"), or the project's own models ("our
/// open-source models", "this model has been open-sourced", "as an open-source model, it…"). Statements about the field
/// ("many open-source models", "better than open-source models") and about software, data or a licence are not claims.
/// </summary>
public static partial class ClaimFinder
{
    private const int MaxHeadDistance = 8;

    private const int MaxLinkDistance = 8;

    // How many words a sentence reaches on each side of a phrase. Text with no sentence end (a long Markdown table or
    // list, a source file read whole) would otherwise make every phrase read all of it, and a file of n claims cost n².
    private const int MaxSentenceReach = 150;

    // What a model is called when the phrase describes it: "open-source AI", "open-source checkpoints", "open licence".
    private static readonly string[] ModelHeads =
    [
        "model", "models", "llm", "llms", "lm", "lms", "slm", "slms", "ai", "weights", "checkpoint", "checkpoints",
        "release", "releases", "license", "licence", "licensing", "family", "series", "version", "versions", "variant",
        "variants", "alternative", "nature", "generation", "intelligence", "contender", "contenders", "flagship", "flagships",
    ];

    // What the phrase describes when it is not a model: software, data, people, the field, or a licence by name.
    private static readonly string[] OtherHeads =
    [
        "engine", "engines", "framework", "frameworks", "initiative", "initiatives", "reproduction", "dataset", "datasets",
        "technology", "technologies",
        "data", "platform", "platforms", "software", "system", "systems", "stack", "movement", "world", "scene", "landscape",
        "solution", "solutions", "effort", "efforts", "contribution", "contributions", "contributor", "contributors",
        "developer", "developers", "conduct", "guidelines", "projects", "libraries", "counterpart", "counterparts",
        "competitor", "competitors", "alternatives", "licenses", "licences", "apache", "mit", "bsd", "gpl", "lgpl", "agpl", "mpl", "cc", "definition", "principles",
        "advocates", "space", "research", "science", "approach", "philosophy", "spirit", "ethos", "way", "culture", "development",
        "report", "paper", "article", "post", "blog", "news", "progress", "leaderboard", "hub", "registry", "catalog",
        "enthusiast", "enthusiasts", "fans", "hobbyists",
    ];

    // Words that end the words describing a head: "open-source models for …", "an open-source LLM that …".
    private static readonly string[] PhraseEnds =
    [
        "for", "from", "by", "in", "on", "with", "to", "that", "which", "who", "is", "are", "was", "were", "can", "will",
        "and", "or", "as", "at", "under", "than", "like", "such", "including", "the", "a", "an", "it", "you", "we",
    ];

    // Words before the phrase that make it a statement about other models or the field, not a claim about the named one:
    // "better than open-source models", "unlike open-source LLMs", "many open-source models", "their open-source counterparts".
    private static readonly string[] FieldWords =
    [
        "than", "unlike", "versus", "vs", "against", "compared", "compare", "comparing", "many", "several", "some", "various",
        "popular", "their", "those", "numerous", "countless", "thousands", "hundreds", "dozens", "support",
    ];

    // Words before the phrase that say the project's own models: "our open-source models", "this open-source model",
    // "the following open-source models".
    private static readonly string[] OwnWords = ["our", "its", "this", "these", "following", "we"];

    // The words that tie a model to a predicate: "is", "remains", "goes", "released (as)".
    private static readonly string[] Links =
    [
        .. Copulas, "goes", "go", "went", "going", "gone", "released", "release", "releases", "releasing", "licensed", "remained", "stayed", "as", "keep", "keeps", "kept", "makes", "made", "making",
    ];

    // Words that may stand between a link and the predicate: "is now a viable open source", "has been open-sourced".
    private static readonly string[] LinkFillers =
    [
        "a", "an", "the", "now", "also", "still", "fully", "completely", "truly", "entirely", "totally", "100", "has",
        "have", "had", "been", "being", "officially", "publicly", "viable", "free", "and", "freely", "permissive",
        "permissively", "under", "be", "will", "would", "to", "newly", "recently", "lightweight", "powerful", "new",
    ];


    /// <summary>The models a claim in the sentence around the phrase is about, or null when it makes none.</summary>
    private static int[]? SentenceSubject(string text, List<TextToken> tokens, int phrase, int count, Phrase kind, ModelAliasIndex models)
    {
        Sentence(text, tokens, phrase, count, out var first, out var last);
        if (OpenReleaseOfWeights(text, tokens, phrase, count, last))
        {
            return null;
        }

        var head = Head(text, tokens, phrase + count, last, out var other);
        if (other)
        {
            // "Microsoft is releasing its Phi-4 model as a fully open-source project": what is released is the model.
            return ReleasedAsProject(text, tokens, phrase, first, models) ?? VendorsWay(text, tokens, phrase, count, first, last, models)
                ?? BestAmongClass(text, tokens, phrase, count, first, last, models) ?? ListedUnderLicences(text, tokens, phrase, count, first, last, models);
        }

        // "one of the largest models ever open-sourced": the participle after the class describes it as an adjective before
        // it would ("one of the largest open-source models").
        if (head < 0 && PostposedHead(text, tokens, phrase, count, first, out var classStart) is var postposed and >= 0)
        {
            return Denied(text, tokens, first, last + 1) ? null : DescribedModels(text, tokens, classStart, postposed, first, last, models);
        }

        if (head >= 0)
        {
            if (IsFieldContest(text, tokens, phrase, head, last) || NamesLicenceAgreement(text, tokens, phrase, count, head)
                || ((phrase == first || StartsLine(text, tokens[phrase].Start)) && TextTokenizer.Is(text, tokens[head], "ai") && head == phrase + count && !(head + 1 <= last && !tokens[head + 1].BreakBefore && IsAny(text, tokens[head + 1], ModelHeads))))
            {
                // "the NVIDIA Open Model License Agreement" is a licence's name; "Open-source AI has grown stronger", as the
                // sentence's subject, is the field, where "open-source AI model" would be a model.
                return null;
            }

            // "an open-source alternative to GPT-4" may well be the model itself; "its open-source fine-tunes" are not.
            if (IsAny(text, tokens[head], Derivatives) && !IsAny(text, tokens[head], ["alternative", "alternatives", "replacement", "replacements"]))
            {
                return null;
            }

            return NamesLicence(text, tokens, phrase, head, first) ? null : DescribedModels(text, tokens, phrase, head, first, last, models);
        }

        return PredicateSubject(text, tokens, phrase, count, kind, first, last, models);
    }

    private static readonly string[] MeasuringWords =
    [
        "outperforms", "outperform", "outperformed", "outperforming", "beats", "beat", "beating", "surpasses", "surpass",
        "surpassed", "surpassing", "exceeds", "exceeded", "exceeding", "outclasses", "competitive", "rivals", "rivaling",
        "rivalling",
    ];

    // Words that make the measured model a member of the class: "outperforms all other open models".
    private static readonly string[] MemberWords = ["other", "previous", "existing", "prior", "earlier", "fellow", "remaining"];

    private static bool MeasuredAgainstClass(string text, List<TextToken> tokens, int first, int phrase)
    {
        for (var i = phrase - 1; i >= first && i >= phrase - MaxLinkDistance - 4; i--)
        {
            if (IsAny(text, tokens[i], MemberWords))
            {
                return false;
            }

            // "competitive with open models", not "unlike many competitive offerings".
            if (IsAny(text, tokens[i], MeasuringWords)
                && (!TextTokenizer.Is(text, tokens[i], "competitive") || (i + 1 < phrase && TextTokenizer.Is(text, tokens[i + 1], "with"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "to democratize AI through open source and open science": open source joined with another open practice is the
    /// practice, not a model called open source.
    /// </summary>
    private static bool IsPractice(string text, List<TextToken> tokens, int phrase, int count, int last)
    {
        var next = phrase + count;
        return next + 2 <= last && IsAny(text, tokens[next], ["and", "or"]) && TextTokenizer.Is(text, tokens[next + 1], "open")
            && IsAny(text, tokens[next + 2], ["science", "research", "innovation", "collaboration", "standards", "data", "knowledge"]);
    }

    /// <summary>"Open-source vs hosted LLM APIs", "closed vs open models": kinds of model set against each other, not a claim.</summary>
    private static bool IsKindSetAgainstKind(string text, List<TextToken> tokens, int phrase, int count, int first, int last)
        => (phrase + count <= last && IsAny(text, tokens[phrase + count], ["vs", "versus"]))
            || (phrase - 1 >= first && IsAny(text, tokens[phrase - 1], ["vs", "versus"]));

    /// <summary>
    /// "I would love Falcon 180B to have an open source license", "we wish Llama were open": a wish that the model had the
    /// property, not a claim that it has. "I would like to use an open source LLM like Mistral" still calls Mistral open
    /// source: only a wish followed by "to have", "to be", "to become" or "were" is one.
    /// </summary>
    private static bool IsWished(string text, List<TextToken> tokens, int first, int phrase)
    {
        var wish = -1;
        for (var i = Math.Max(first, phrase - 10); i < phrase; i++)
        {
            if (IsAny(text, tokens[i], ["wish", "wished", "wishes", "wishing"])
                || (TextTokenizer.Is(text, tokens[i], "would") && i + 2 < phrase && IsAny(text, tokens[i + 1], ["love", "like", "prefer"])
                    || (i + 3 < phrase && IsAny(text, tokens[i + 1], ["really", "absolutely", "much", "rather"]) && IsAny(text, tokens[i + 2], ["love", "like", "prefer"]))))
            {
                wish = i;
                continue;
            }

            if (wish >= 0 && (TextTokenizer.Is(text, tokens[i], "were")
                || (TextTokenizer.Is(text, tokens[i], "to") && i + 1 < phrase && IsAny(text, tokens[i + 1], ["have", "be", "become", "go", "get"]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the open release of the base model weights": weights openly released are open weights, the right term.</summary>
    private static bool OpenReleaseOfWeights(string text, List<TextToken> tokens, int phrase, int count, int last)
    {
        var release = phrase + count;
        if (release + 1 > last || !IsAny(text, tokens[release], ["release", "releases", "releasing"]) || !TextTokenizer.Is(text, tokens[release + 1], "of"))
        {
            return false;
        }

        for (var i = release + 2; i <= last && i <= release + 7; i++)
        {
            if (IsAny(text, tokens[i], ["weights", "checkpoints"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the NVIDIA Open Model License Agreement": capitalised words ending in a licence word, with a model word between,
    /// are the licence's name, not a model called open.
    /// </summary>
    private static bool NamesLicenceAgreement(string text, List<TextToken> tokens, int phrase, int count, int head)
    {
        if (!IsAny(text, tokens[head], ["license", "licence"]) || !char.IsUpper(text[tokens[head].Start]) || !char.IsUpper(text[tokens[phrase].Start]))
        {
            return false;
        }

        for (var i = phrase + count; i < head; i++)
        {
            if (IsAny(text, tokens[i], ["model", "models", "weights"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only whitespace and markup stand between the start of its line and <paramref name="offset"/>.</summary>
    private static bool StartsLine(string text, int offset)
    {
        for (var i = offset - 1; i >= 0 && offset - i < 16; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!(char.IsWhiteSpace(text[i]) || text[i] is '#' or '*' or '_' or '>' or '-'))
            {
                return false;
            }
        }

        return offset < 16 && string.IsNullOrWhiteSpace(text.Substring(0, offset).Trim('#', '*', '_', '>', '-'));
    }

    // A contest or a time the class is in: "the open-model race", "the open-source AI boom".
    private static readonly string[] ContestNouns = ["race", "races", "era", "war", "wars", "boom", "battle", "battles", "arms", "rivalry"];

    // Words that put the named model in the contest: "a dark horse in the open model race", "joins the open-source AI race".
    private static readonly string[] ContestEntries =
    [
        "in", "into", "join", "joins", "joined", "joining", "enter", "enters", "entered", "entering", "lead", "leads", "led",
        "leading", "win", "wins", "won", "winning", "top", "tops", "topped",
    ];

    /// <summary>
    /// "Mistral 7B is a reminder that the open-model race is not only about size": the model word describes a contest of
    /// the class, which speaks of the field, unless the sentence puts the named model in it ("Gemma, a dark horse in the
    /// open model race", "Llama joins the open-source AI race").
    /// </summary>
    private static bool IsFieldContest(string text, List<TextToken> tokens, int phrase, int head, int last)
    {
        var contest = head + 1;
        if (contest > last || tokens[contest].BreakBefore || !IsAny(text, tokens[contest], ContestNouns))
        {
            return false;
        }

        var before = phrase - 1;
        if (before >= 0 && !tokens[before + 1].BreakBefore && IsAny(text, tokens[before], ["the", "a", "an", "this"]))
        {
            before--;
        }

        return before < 0 || tokens[before + 1].BreakBefore || !IsAny(text, tokens[before], ContestEntries);
    }

    /// <summary>
    /// The model word a participle stands after ("the largest model ever open-sourced", "the best LLMs yet open sourced"),
    /// or -1. Only after a superlative or "first" class, which makes the named model a member; "the models open-sourced by
    /// others" are not said of anything. The class shape then decides, read from <paramref name="classStart"/>: "better
    /// than the largest model ever open-sourced" is the field.
    /// </summary>
    private static int PostposedHead(string text, List<TextToken> tokens, int phrase, int count, int first, out int classStart)
    {
        classStart = -1;
        if (!IsAny(text, tokens[phrase + count - 1], ["sourced", "opensourced"]) || tokens[phrase].BreakBefore)
        {
            return -1;
        }

        var noun = phrase - 1;
        if (noun > first && IsAny(text, tokens[noun], ["ever", "yet", "publicly"]))
        {
            noun--;
        }

        if (noun <= first || tokens[noun + 1].BreakBefore || !IsAny(text, tokens[noun], ["model", "models", "llm", "llms"]))
        {
            return -1;
        }

        for (var i = noun - 1; i >= first && i >= noun - 3 && !tokens[i + 1].BreakBefore; i--)
        {
            if (IsSuperlative(text, tokens[i]) || IsAny(text, tokens[i], ["first", "best", "most", "biggest"]))
            {
                // The class is read from where it starts, as if the phrase stood before it: "beats [the largest models]".
                classStart = i > first && !tokens[i].BreakBefore && IsAny(text, tokens[i - 1], ["the", "a", "an"]) ? i - 1 : i;
                return noun;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Models that adhered to true open source licenses, like Falcon and MPT": a list set apart after the licences names
    /// models that have them, and calls them open source. A list of licences ("open-source licences such as MIT") names
    /// no model, and a sentence that denies it claims nothing.
    /// </summary>
    private static int[]? ListedUnderLicences(string text, List<TextToken> tokens, int phrase, int count, int first, int last, ModelAliasIndex models)
    {
        var licences = phrase + count;
        if (licences > last || tokens[licences].BreakBefore || !IsAny(text, tokens[licences], ["licenses", "licences"])
            || licences + 1 > last || !tokens[licences + 1].BreakBefore || !IsSetApart(text, tokens[licences].End, tokens[licences + 1].Start)
            || !IsAny(text, tokens[licences + 1], ["like", "such", "including"]) || Denied(text, tokens, first, last + 1))
        {
            return null;
        }

        var listed = ListedAfter(text, tokens, licences, last, models, out _);
        return UnlessOnlyClosed(listed, models);
    }

    /// <summary>
    /// "Mistral's open-source approach", "Meta's open-source strategy": a publisher's way of releasing models is said of the
    /// project's models from that publisher. Only right after the possessive, not when the sentence denies it, and not an
    /// approach to something else ("Meta's open-source approach to PyTorch").
    /// </summary>
    private static int[]? VendorsWay(string text, List<TextToken> tokens, int phrase, int count, int first, int last, ModelAliasIndex models)
    {
        var way = phrase + count;
        if (way > last || tokens[way].BreakBefore || !IsAny(text, tokens[way], ["approach", "strategy", "philosophy", "commitment", "stance", "ethos"])
            || phrase - 2 < first || tokens[phrase].BreakBefore || Denied(text, tokens, first, phrase))
        {
            return null;
        }

        // "Mistral adopts an open-source philosophy": the publisher as the subject of a verb that takes the way up.
        var vendor = phrase - 2;
        if (!IsPossessiveMark(text, tokens, phrase - 1))
        {
            vendor = phrase - 3;
            if (vendor < first || !IsAny(text, tokens[phrase - 1], ["a", "an"]) || tokens[phrase - 1].BreakBefore || tokens[phrase - 2].BreakBefore
                || !IsAny(text, tokens[phrase - 2], ["adopts", "adopted", "embraces", "embraced", "follows", "followed", "takes", "took"]))
            {
                return null;
            }
        }

        // "Meta's open-source approach to PyTorch": the way is said of something else; "… for its AI models" of the
        // publisher's own models.
        if (way + 1 <= last && !tokens[way + 1].BreakBefore && IsAny(text, tokens[way + 1], ["to", "for", "of", "in", "on", "with", "toward", "towards"])
            && !(TextTokenizer.Is(text, tokens[way + 1], "for") && way + 2 <= last && IsAny(text, tokens[way + 2], ["its", "their"]) && Head(text, tokens, way + 3, last, out _) >= 0))
        {
            return null;
        }

        return models.ByVendor(text.Substring(tokens[vendor].Start, tokens[vendor].Length));
    }

    /// <summary>
    /// "Llama 3.1 achieves state-of-the-art open-source benchmark performance", "The model delivers the best open-source
    /// results": the best results of the class are a member's, as "tops the open-source leaderboards" is. The subject is
    /// the model named before, or the project's model ("The model", "This model").
    /// </summary>
    private static int[]? BestAmongClass(string text, List<TextToken> tokens, int phrase, int count, int first, int last, ModelAliasIndex models)
    {
        var result = -1;
        for (var i = phrase + count; i <= last && i <= phrase + count + 1 && (i == phrase + count || !tokens[i].BreakBefore); i++)
        {
            if (IsAny(text, tokens[i], ["performance", "results", "scores", "accuracy"]))
            {
                result = i;
                break;
            }
        }

        // "state-of-the-art", "SOTA", "best", "top" right before the phrase; one of the verbs that claim a result before it.
        var best = phrase - 1;
        if (result < 0 || best <= first || tokens[phrase].BreakBefore
            || !(IsAny(text, tokens[best], ["sota", "best", "top", "leading"]) || (TextTokenizer.Is(text, tokens[best], "art") && best - 3 > first && TextTokenizer.Is(text, tokens[best - 3], "state"))))
        {
            return null;
        }

        var verb = -1;
        for (var i = best - 1; i > first && i >= best - 6; i--)
        {
            if (IsAny(text, tokens[i], ["achieves", "achieved", "achieving", "delivers", "delivered", "delivering", "reaches", "reached", "posts", "shows", "sets"]))
            {
                verb = i;
                break;
            }
        }

        if (verb < 0 || Denied(text, tokens, first, phrase))
        {
            return null;
        }

        if (MentionBefore(text, tokens, first, verb, models) is { } named)
        {
            return UnlessOnlyClosed(named, models);
        }

        var subject = verb - 1;
        return subject - 1 >= first && IsAny(text, tokens[subject], ["model", "llm"]) && IsAny(text, tokens[subject - 1], ["the", "this", "our"]) && subject - 1 <= first + 1
            ? Own(models)
            : null;
    }

    private static readonly string[] ReleaseVerbs =
    [
        "release", "releases", "released", "releasing", "publish", "publishes", "published", "publishing", "launch",
        "launches", "launched", "launching", "ship", "ships", "shipped", "shipping",
    ];

    /// <summary>
    /// "Microsoft is releasing its Phi-4 model as a fully open-source project", "Meta released Llama 3.1 as an open-source
    /// effort": the thing released as the class is the model the release verb names as its object, not software around it.
    /// </summary>
    private static int[]? ReleasedAsProject(string text, List<TextToken> tokens, int phrase, int first, ModelAliasIndex models)
    {
        var at = phrase - 1;
        while (at > first && !tokens[at + 1].BreakBefore && IsAny(text, tokens[at], Intensifiers))
        {
            at--;
        }

        if (at - 1 <= first || tokens[at + 1].BreakBefore || tokens[at].BreakBefore || !IsAny(text, tokens[at], ["a", "an"]) || !TextTokenizer.Is(text, tokens[at - 1], "as"))
        {
            return null;
        }

        // Back from "as" over the object (a model's name, then variant words and "model"), to the release verb.
        var end = at - 1;
        for (var start = end - 1; start > first && start >= end - 8; start--)
        {
            if (tokens[start + 1].BreakBefore)
            {
                return null;
            }

            var found = models.MatchAll(text, tokens, start, out var length);
            if (found is null)
            {
                continue;
            }

            var objectEnd = start + length;
            while (objectEnd < end && !tokens[objectEnd].BreakBefore && (IsVariantToken(text, tokens, objectEnd) || IsAny(text, tokens[objectEnd], ["model", "llm", "weights"])))
            {
                objectEnd++;
            }

            var verb = start - 1;
            if (verb > first && IsAny(text, tokens[verb], ["its", "their", "the", "his", "her", "our"]))
            {
                verb--;
            }

            return objectEnd == end && verb >= first && IsAny(text, tokens[verb], ReleaseVerbs) && !DeniedInClause(text, tokens, first, phrase) ? found : null;
        }

        return null;
    }

    /// <summary>The bounds of the sentence around tokens <paramref name="phrase"/> to <paramref name="phrase"/> + <paramref name="count"/> - 1.</summary>
    private static void Sentence(string text, List<TextToken> tokens, int phrase, int count, out int first, out int last)
    {
        first = phrase;
        while (first > 0 && phrase - first < MaxSentenceReach && !TextTokenizer.EndsSentence(text, tokens[first - 1].End, tokens[first].Start))
        {
            first--;
        }

        last = phrase + count - 1;
        while (last + 1 < tokens.Count && last - phrase < MaxSentenceReach && !TextTokenizer.EndsSentence(text, tokens[last].End, tokens[last + 1].Start))
        {
            last++;
        }
    }

    /// <summary>
    /// The model word the phrase describes ("open-source Mixture-of-Experts language model" → "model"), or -1. Sets
    /// <paramref name="other"/> when it describes something else ("open-source LLM inference engine", "the open-source
    /// Apache 2.0 licence").
    /// </summary>
    // Classes that are models when a list names their members: "open-source efforts like LLaMA and Alpaca". Efforts and
    // initiatives are models only then.
    private static readonly string[] ListedHeads = ["alternatives", "counterparts", "competitors", "options", "choices", "efforts", "initiatives"];

    // Words that start a list of a class's members: "such as", "like", "including", "notably".
    private static readonly string[] ListStarts = ["such", "like", "including", "notably", "especially", "e", "eg"];

    /// <summary>True when a list of members follows token <paramref name="head"/>: "… such as X", "… (X, Y)", "…: X", "…, such as X".</summary>
    private static bool IntroducesList(string text, List<TextToken> tokens, int head, int last)
    {
        var next = head + 1;
        if (next > last)
        {
            return false;
        }

        if (!tokens[next].BreakBefore)
        {
            return IsAny(text, tokens[next], ListStarts);
        }

        var gap = text.Substring(tokens[head].End, tokens[next].Start - tokens[head].End).Trim();
        return gap.IndexOf('(') >= 0 || gap.IndexOf(':') >= 0 || (gap == "," && IsAny(text, tokens[next], ListStarts));
    }

    private static int Head(string text, List<TextToken> tokens, int from, int last, out bool other)
    {
        other = false;
        var head = -1;
        for (var i = from; i <= last && i < from + MaxHeadDistance; i++)
        {
            // "an open-source Mixture-of-Experts (MoE) code language model": a parenthesised short form goes on.
            var parenthesised = i + 1 <= last && text.IndexOf('(', tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End) >= 0
                && tokens[i + 1].BreakBefore && text.IndexOf(')', tokens[i].End, tokens[i + 1].Start - tokens[i].End) >= 0;

            // …and the word after it: "automatic speech recognition (ASR) model".
            var afterShortForm = i - 2 >= from && head < 0 && text.IndexOf('(', tokens[i - 2].End, tokens[i - 1].Start - tokens[i - 2].End) >= 0
                && OnlyMark(text, tokens[i - 1].End, tokens[i].Start, ')');
            if (tokens[i].BreakBefore && !(i == from && OnlyComma(text, tokens[i - 1].End, tokens[i].Start)) && !(parenthesised && head < 0) && !afterShortForm)
            {
                break;
            }

            // "open-source code models", "open Code LLMs", "code language model": a software word before a model word
            // describes the model.
            var describesModel = i + 1 <= last && !tokens[i + 1].BreakBefore
                && (IsAny(text, tokens[i + 1], ModelHeads)
                    || (TextTokenizer.Is(text, tokens[i + 1], "language") && i + 2 <= last && !tokens[i + 2].BreakBefore && IsAny(text, tokens[i + 2], ModelHeads)));

            // "open-source counterparts, such as LLaMA and Mistral", "open-source alternatives (Gemma, Llama)": a class of
            // other things, unless a list names its members.
            if (IsAny(text, tokens[i], ListedHeads) && IntroducesList(text, tokens, i, last))
            {
                return i;
            }

            if ((IsAny(text, tokens[i], OtherHeads) || IsAny(text, tokens[i], SoftwareNouns)) && !describesModel)
            {
                other = true;
                return -1;
            }

            if (IsAny(text, tokens[i], ModelHeads))
            {
                head = i;
                continue;
            }

            // "open-source LLM inference", "open AI development": the model word describes what follows.
            // So does a model word before a software noun, one word apart at most: "an open-source AI coding assistant".
            if (head >= 0 && !IsAny(text, tokens[i], PhraseEnds)
                && (IsAny(text, tokens[i], ["inference", "serving", "hosting", "runner", "runners", "apps", "chat", "search"]) || IsAny(text, tokens[i], SoftwareNouns)
                    || (i + 1 <= last && !tokens[i + 1].BreakBefore && !IsAny(text, tokens[i], ["of", "for", "from", "in", "with", "by", "to", "on", "and", "or"])
                        && IsAny(text, tokens[i + 1], SoftwareNouns))))
            {
                other = true;
                return -1;
            }

            // "open-source Mixture-of-Experts model": words joined by hyphens are one word.
            var joined = i > from && tokens[i - 1].End + 1 == tokens[i].Start && TextTokenizer.IsHyphen(text[tokens[i].Start - 1]);
            if (head >= 0 || (!joined && IsAny(text, tokens[i], PhraseEnds)))
            {
                break;
            }
        }

        return head;
    }

    /// <summary>The models a phrase describing a class of models ("open-source LLMs") is said of.</summary>
    private static int[]? DescribedModels(string text, List<TextToken> tokens, int phrase, int head, int first, int last, ModelAliasIndex models)
    {
        // "open-source LLMs such as Phi", "the top open-source LLMs: LLaMA, Mistral 7B", "the best open 13B model (Llama
        // 2)": the list names the members, whatever the sentence says of the class. A list of other models ("open models
        // like OLMo") says nothing of the project's.
        var listed = ListedAfter(text, tokens, head, last, models, out var isList);
        if (listed is not null || isList)
        {
            return listed;
        }

        if (IsFieldStatement(text, tokens, phrase, first))
        {
            return null;
        }

        // "two open-source models, Gemma 2 9B, and Llama 3 8B": a list after a comma names members only when it is a list.
        if (head + 1 <= last && tokens[head + 1].BreakBefore && OnlyComma(text, tokens[head].End, tokens[head + 1].Start)
            && MentionAt(text, tokens, head + 1, last, models, maxSkip: 0) is { Length: > 1 } members)
        {
            return members;
        }

        // "The open-source nature of DeepSeek-V3": the model the class is of.
        if (head + 1 <= last && !tokens[head + 1].BreakBefore && IsAny(text, tokens[head + 1], ["of", "behind"]))
        {
            var named = MentionAt(text, tokens, head + 2, last, models, maxSkip: 2);
            if (named is not null)
            {
                return named;
            }
        }

        if (DescribesBase(text, tokens, phrase, first) || WriterMeansToMake(text, tokens, phrase, first))
        {
            return null;
        }

        // "Yi-34B outperforms all open models", "competitive with proprietary models and open models twice its size": the
        // class is what the model is measured against; only "other", "previous" or "existing" members make it one of them.
        if (MeasuredAgainstClass(text, tokens, first, phrase))
        {
            return null;
        }

        // "Microsoft hasn't released Phi 4 as an open-source model": the sentence denies it of the model named.
        var mentioned = MentionBefore(text, tokens, first, phrase, models);
        if (mentioned is not null && DeniedInClause(text, tokens, first, phrase))
        {
            return null;
        }

        var before = UnlessOnlyClosed(mentioned, models);

        // "Falcon-40B outperforms LLaMA, MPT, and other open-source models": the names listed before "and other" are
        // members of the class as much as the subject; "unlike LLaMA and other open-source models" sets the subject apart.
        if (ListedBeforeOther(text, tokens, phrase, first, models, out var setApart) is { } joined)
        {
            return before is null || setApart ? joined : Union(before, joined);
        }

        if (before is not null || mentioned is not null)
        {
            return before;
        }

        // "Gemma 2 is small. It is designed to be an open model": "it" linked to the class stands for the model before it.
        if (ClassOfIt(text, tokens, phrase, first, models) is { } antecedent)
        {
            return UnlessOnlyClosed(antecedent, models);
        }

        // "Meta's open-source LLM", "Google's open model", "a dense open model from Meta": the project's models from that
        // publisher.
        var vendor = VendorBefore(text, tokens, phrase, first, models) ?? VendorAfter(text, tokens, head, last, models);
        if (vendor is not null)
        {
            return WithoutContrasted(text, tokens, first, last, vendor, models);
        }

        if (NamesAnotherModel(text, tokens, phrase, head))
        {
            return null;
        }

        // "an open-source model family" is one of the class as "an open-source model" is.
        var singular = IsAny(text, tokens[head], ["model", "llm", "lm", "slm"])
            || (IsAny(text, tokens[head], ["family", "series"]) && head > phrase && IsAny(text, tokens[head - 1], ["model", "llm"]));
        return (IsOwn(text, tokens, phrase, first, singular) || HasOwnSubject(text, tokens, phrase, first) || ComparedWithOthers(text, tokens, phrase, first))
            && !OthersAct(text, tokens, first, phrase) ? Own(models) : null;
    }

    /// <summary>
    /// The project's models in a list that ends with "and other" or "or other" right before the phrase ("LLaMA, MPT, and
    /// other open-source models"), closed models left out; null when the words before "and other" name none.
    /// <paramref name="setApart"/> when "unlike" opens the list.
    /// </summary>
    private static int[]? ListedBeforeOther(string text, List<TextToken> tokens, int phrase, int first, ModelAliasIndex models, out bool setApart)
    {
        setApart = false;
        var and = phrase - 2;
        if (and - 1 < first || tokens[phrase].BreakBefore || tokens[phrase - 1].BreakBefore || !TextTokenizer.Is(text, tokens[phrase - 1], "other")
            || !IsAny(text, tokens[and], ["and", "or"]) || (tokens[and].BreakBefore && !OnlyComma(text, tokens[and - 1].End, tokens[and].Start)))
        {
            return null;
        }

        int[]? found = null;
        var end = and;
        for (var items = 0; items < 8 && end > first; items++)
        {
            var start = end - 1;
            while (start > first && !tokens[start].BreakBefore)
            {
                start--;
            }

            // Each item is a name that ends where the item does; a short item naming none is another model ("MPT").
            var matched = false;
            for (var i = start; i < end; i++)
            {
                if (models.MatchAll(text, tokens, i, out var length) is { } match && i + length == end)
                {
                    found = found is null ? match : Union(found, match);
                    setApart = i > first && !tokens[i].BreakBefore && TextTokenizer.Is(text, tokens[i - 1], "unlike");
                    matched = true;
                    break;
                }
            }

            var commaBefore = start > first && OnlyComma(text, tokens[start - 1].End, tokens[start].Start);
            if ((!matched && (end - start > 3 || !commaBefore)) || !commaBefore)
            {
                break;
            }

            end = start;
        }

        return found is null ? null : UnlessOnlyClosed(WithoutClosed(found, models), models);
    }

    /// <summary>
    /// "You can run the weights locally, just like with other open-source models", "an edge over other open source models":
    /// with no model named, what is set beside "other" members of the class is the project's own model. "There are other
    /// open-source models" compares nothing, and "unlike other open-source models" sets the subject apart.
    /// </summary>
    private static bool ComparedWithOthers(string text, List<TextToken> tokens, int phrase, int first)
    {
        var i = phrase - 1;
        if (i <= first || tokens[phrase].BreakBefore || !TextTokenizer.Is(text, tokens[i], "other"))
        {
            return false;
        }

        i--;
        if (i > first && !tokens[i + 1].BreakBefore && IsAny(text, tokens[i], ["all", "most", "the", "any"]))
        {
            i--;
        }

        if (tokens[i + 1].BreakBefore)
        {
            return false;
        }

        // "just like with other…", "as with other…": "with" after a word that compares.
        if (TextTokenizer.Is(text, tokens[i], "with") && i > first && !tokens[i].BreakBefore && IsAny(text, tokens[i - 1], ["like", "as"]))
        {
            return true;
        }

        return IsAny(text, tokens[i], ["like", "than", "over", "versus", "vs", "against"]);
    }

    /// <summary>
    /// "Someone will reproduce it and release it as an open-source model": what someone else would make or do is not the
    /// project's own model.
    /// </summary>
    private static bool OthersAct(string text, List<TextToken> tokens, int first, int phrase)
    {
        for (var i = first; i < phrase; i++)
        {
            if (IsAny(text, tokens[i], ["someone", "somebody", "anyone", "anybody", "others"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the open-source Mistral model" in a project that uses no Mistral model: a name between the phrase and a lower-case
    /// model word is another model's. A title in capitals ("an open-source Large Language Model") names none.
    /// </summary>
    private static bool NamesAnotherModel(string text, List<TextToken> tokens, int phrase, int head)
    {
        if (!char.IsLower(text[tokens[head].Start]))
        {
            return false;
        }

        for (var i = head - 1; i > phrase; i--)
        {
            if (char.IsUpper(text[tokens[i].Start]) && !IsAny(text, tokens[i], ["open", "source", "sourced", "moe", .. ModelHeads]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The vendor's models less those the sentence names as the other side: "the first truly open model release by OpenAI
    /// since GPT-2" is not about GPT-2. All of them when that would leave none.
    /// </summary>
    private static int[] WithoutContrasted(string text, List<TextToken> tokens, int first, int last, int[] found, ModelAliasIndex models)
    {
        List<int>? kept = null;
        for (var i = first + 1; i <= last; i++)
        {
            if (tokens[i].BreakBefore || !IsAny(text, tokens[i - 1], ["since", "than", "unlike", "except", "besides", "after", "before", "vs", "versus"])
                || models.MatchAll(text, tokens, i, out _) is not { } contrasted)
            {
                continue;
            }

            kept ??= [.. found];
            kept.RemoveAll(model => Array.IndexOf(contrasted, model) >= 0);
        }

        return kept is null || kept.Count == 0 ? found : kept.ToArray();
    }

    /// <summary>"building our own open-source models": models the writer means to make, not the ones the project uses or names.</summary>
    private static bool WriterMeansToMake(string text, List<TextToken> tokens, int phrase, int first)
    {
        var own = phrase - 1;
        return own - 2 >= first && !tokens[phrase].BreakBefore && !tokens[own].BreakBefore && TextTokenizer.Is(text, tokens[own], "own") && TextTokenizer.Is(text, tokens[own - 1], "our")
            && IsAny(text, tokens[own - 2], ["build", "building", "built", "create", "creating", "train", "training", "develop", "developing", "make", "making"]);
    }

    /// <summary>
    /// The project's models published by the vendor named just after the class ("an open model from Meta"), with the models
    /// a list goes on to name ("open LLMs from Mistral, Llama or IBM's Granite models").
    /// </summary>
    private static int[]? VendorAfter(string text, List<TextToken> tokens, int head, int last, ModelAliasIndex models)
    {
        var from = head + 1;
        if (from + 1 > last || tokens[from].BreakBefore || tokens[from + 1].BreakBefore || !IsAny(text, tokens[from], ["from", "by"]))
        {
            return null;
        }

        var vendor = models.ByVendor(text.Substring(tokens[from + 1].Start, tokens[from + 1].Length));
        return vendor is null ? null : WithListedModels(text, tokens, from + 2, vendor, models);
    }

    /// <summary>The project's models published by the vendor whose possessive stands before the phrase: "Meta's open-source LLM".</summary>
    private static int[]? VendorBefore(string text, List<TextToken> tokens, int phrase, int first, ModelAliasIndex models)
    {
        for (var i = phrase - 1; i > first && i >= phrase - 4; i--)
        {
            if (TextTokenizer.Is(text, tokens[i], "s") && tokens[i - 1].End + 2 == tokens[i].End && text[tokens[i - 1].End] is '\'' or '\u2019')
            {
                return models.ByVendor(text.Substring(tokens[i - 1].Start, tokens[i - 1].Length));
            }

            if (tokens[i].BreakBefore)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The models a list after the class names: "…LLMs such as Phi, Gemma", "…models: Llama 3, Mistral", "…LLM called LLaMA".</summary>
    private static int[]? ListedAfter(string text, List<TextToken> tokens, int head, int last, ModelAliasIndex models, out bool isList)
    {
        isList = false;
        var i = head + 1;

        // "open-source LLM's such as gpt-oss": a plural written with an apostrophe.
        if (i < last && IsPossessiveMark(text, tokens, i) && IsAny(text, tokens[head], ModelNouns))
        {
            i++;
        }

        if (i > last)
        {
            return null;
        }

        if (tokens[i].BreakBefore)
        {
            // "…models: Llama 3", "…model (Llama 2)", "…LLMs "mistralai/Mixtral-8x7B"", "an open-source LLM, Qwen2.5, …".
            var gap = text.Substring(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
            var singular = IsAny(text, tokens[head], ["model", "llm", "lm", "slm"]);
            var opens = gap.IndexOf(':') >= 0 || gap.IndexOf('(') >= 0 || gap.IndexOf('"') >= 0;

            // "…several open models, such as Llama from Meta", "…open models — notably BLOOM": the comma or the dash only
            // sets the list apart.
            var setApart = IsSetApart(text, tokens[i - 1].End, tokens[i].Start) && IsAny(text, tokens[i], ListStarts);
            if (!opens && !setApart && !(singular && gap.IndexOf(',') >= 0))
            {
                return null;
            }

            // "DeepSeek, a start-up whose open-source AI model, R1, is…": the name without the family word said before.
            if (singular && gap.Trim() == "," && models.MatchAll(text, tokens, i, out _) is null
                && models.MatchAfterFamily(text, tokens, i, SentenceStart(text, tokens, head), out var shortLength) is { } shortNamed)
            {
                return i + shortLength > last || tokens[i + shortLength].BreakBefore ? shortNamed : null;
            }

            isList = (setApart && !StartsWithDeterminer(text, tokens, i, last)) || (opens && gap.IndexOf(':') >= 0);
        }
        else if (IsAny(text, tokens[i], ["that", "which", "we", "i"]) && ListAfterClause(text, tokens, i, last) is var start and > 0)
        {
            // "open source models that I'm running locally (through ollama) like qwen-coder, mistral, llama3": a short
            // clause, then a list of at least two members.
            var listed = MentionAt(text, tokens, start, last, models, maxSkip: 0);

            // "…like qwen-coder, mistral, llama3": the list may start with a model the project does not use.
            if (listed is null && IsOtherListItem(text, tokens, start, out var itemEnd) && itemEnd <= last && OnlyComma(text, tokens[itemEnd - 1].End, tokens[itemEnd].Start)
                && WithListedModels(text, tokens, itemEnd, [], models) is { Length: > 0 } rest)
            {
                listed = rest;
            }

            isList = listed is { Length: > 1 } || (IsAny(text, tokens[start - 1], ["such", "including", "as"]) && !StartsWithDeterminer(text, tokens, start - 1, last));
            return isList ? listed : null;
        }
        else
        {
            // "…open models — notably BLOOM": a dash sets the list apart as a comma does.
            var dashed = IsAny(text, tokens[i], ListStarts) && IsSetApart(text, tokens[i - 1].End, tokens[i].Start);

            // One more word may end the class: "the next open-source AI generation: Llama 3.1".
            // "Examples of popular open source models include Alpaca, Bloom and LLaMA": the verb lists the class's members.
            if (!dashed && !IsAny(text, tokens[i], ["such", "like", "including", "called", "named", "e", "as", "include", "includes"]))
            {
                if (i + 1 > last || !tokens[i + 1].BreakBefore || text.IndexOf(':', tokens[i].End, tokens[i + 1].Start - tokens[i].End) < 0)
                {
                    return null;
                }

                i++;
            }

            isList = (dashed || IsAny(text, tokens[i], ["such", "like", "including", "e", "include", "includes"])) && !StartsWithDeterminer(text, tokens, i, last);
        }

        // "…LLMs, including but not limited to open models like Llama": the members start after the hedge, which may name
        // the class again.
        var maxSkip = 3;
        if (TextTokenizer.Is(text, tokens[i], "including") && i + 4 <= last && TextTokenizer.Is(text, tokens[i + 1], "but") && NotOnly(text, tokens, i + 2))
        {
            i += 4;
            maxSkip = 7;
        }

        // "a gap in open-source AI: while models like LLaMA released their weights…": a new clause, not the members.
        for (var k = i; k <= last && k <= i + 3 && models.MatchAll(text, tokens, k, out _) is null; k++)
        {
            if (IsAny(text, tokens[k], ["while", "whereas", "although", "though", "but", "because", "since", "when", "if", "unless", "which", "that", "who"]))
            {
                return null;
            }
        }

        return MentionAt(text, tokens, i, last, models, maxSkip);
    }

    /// <summary>Whether a comma or a dash, and nothing else the reader sees, stands between two offsets: ", such as", " — notably".</summary>
    private static bool IsSetApart(string text, int from, int to)
    {
        var commas = 0;
        var dashes = 0;
        for (var c = from; c < to; c++)
        {
            switch (text[c])
            {
                case ',':
                    commas++;
                    break;
                case '\u2014' or '\u2013' or '-':
                    dashes++;
                    break;
                case '*' or '_':
                    break;
                default:
                    if (!char.IsWhiteSpace(text[c]))
                    {
                        return false;
                    }

                    break;
            }
        }

        return (commas == 1 && dashes == 0) || (commas == 0 && dashes is 1 or 2);
    }

    /// <summary>
    /// "…, including the potential to run on a laptop", "…that run anywhere, including the edge": after the word that
    /// starts a list, an article or a possessive begins a phrase, not a list of members' names.
    /// </summary>
    private static bool StartsWithDeterminer(string text, List<TextToken> tokens, int listStart, int last)
    {
        var member = listStart + 1;
        if (member <= last && TextTokenizer.Is(text, tokens[listStart], "such") && TextTokenizer.Is(text, tokens[member], "as"))
        {
            member++;
        }

        // "including the OLMo family" still names a member.
        return member + 1 <= last && IsAny(text, tokens[member], ["the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "those", "my", "your"])
            && char.IsLower(text[tokens[member + 1].Start]);
    }

    // The longest clause between a class and the list of its members: "models that I'm running locally (through ollama) like".
    private const int MaxClauseBeforeList = 10;

    /// <summary>
    /// The token after "like", "such as" or "including" that ends a short clause starting at <paramref name="from"/>,
    /// or -1. The clause may not compare ("that run faster than", "that perform like") or end the sentence.
    /// </summary>
    private static int ListAfterClause(string text, List<TextToken> tokens, int from, int last)
    {
        for (var j = from + 1; j < last && j <= from + MaxClauseBeforeList; j++)
        {
            if (IsAny(text, tokens[j], Comparers) || IsAny(text, tokens[j], ["perform", "performs", "performing", "behave", "behaves", "look", "looks", "feel", "feels", "sound", "sounds", "work", "works", "act", "acts"]))
            {
                return -1;
            }

            if (IsAny(text, tokens[j], ["like", "including"]))
            {
                return j + 1;
            }

            if (TextTokenizer.Is(text, tokens[j], "such") && TextTokenizer.Is(text, tokens[j + 1], "as") && j + 2 <= last)
            {
                return j + 2;
            }
        }

        return -1;
    }

    /// <summary>"Phi-4 is open under the MIT licence": "open" said of the terms a model is released under.</summary>
    private static bool UnderLicence(string text, List<TextToken> tokens, int after, int last)
    {
        if (!TextTokenizer.Is(text, tokens[after], "under"))
        {
            return false;
        }

        for (var i = after + 1; i <= last && i <= after + 7 && !tokens[i].BreakBefore; i++)
        {
            if (IsAny(text, tokens[i], ["license", "licence", "mit", "apache", "terms"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The model "it" stands for (<see cref="Antecedent"/>) when "it" opens the clause that links it to the class: "It is a
    /// lightweight, state-of-the-art open model family", "It is designed to be an open model". Not "it" as an object
    /// ("makes it an open model" is said by someone of it, and is found as such elsewhere).
    /// </summary>
    private static int[]? ClassOfIt(string text, List<TextToken> tokens, int phrase, int first, ModelAliasIndex models)
    {
        var link = -1;
        for (var i = phrase - 1; i >= first && i >= phrase - MaxLinkDistance; i--)
        {
            if (IsAny(text, tokens[i], Copulas))
            {
                link = i;
                break;
            }
        }

        var subject = link - 1;
        while (subject > first && IsAny(text, tokens[subject], ["designed", "meant", "built", "intended", "to", "is", "was", "has", "have", "been", "also", "still", "now"]))
        {
            subject--;
        }

        return subject >= first && TextTokenizer.Is(text, tokens[subject], "it") && (subject == first || tokens[subject].BreakBefore)
            ? Antecedent(text, tokens, subject, models)
            : null;
    }

    /// <summary>
    /// "The 70B model outperforms every previous open-source model", "it quickly became one of the most deployed open
    /// models", "the 405B model is open": the class is said of the project's own model, named by a model word or "it".
    /// </summary>
    private static bool HasOwnSubject(string text, List<TextToken> tokens, int phrase, int first)
    {
        var link = -1;
        for (var i = phrase - 1; i >= first && i >= phrase - MaxLinkDistance; i--)
        {
            if (IsAny(text, tokens[i], Links) || IsAny(text, tokens[i], ComparisonVerbs))
            {
                link = i;
                break;
            }

            if (tokens[i].BreakBefore && i < phrase - 1)
            {
                return false;
            }
        }

        if (link <= first)
        {
            return false;
        }

        var subject = link - 1;
        while (subject > first && IsAny(text, tokens[subject], ["now", "quickly", "soon", "also", "still", "has", "have", "will", "would", "to", "been"]))
        {
            subject--;
        }

        // "it was one of the largest open-source models": "it" only with a superlative class, not "it is an open model".
        if (TextTokenizer.Is(text, tokens[subject], "it"))
        {
            for (var i = link + 1; i < phrase; i++)
            {
                if (IsSuperlative(text, tokens[i]) || IsAny(text, tokens[i], ["one", "first", "best", "most", "leading", "top"]))
                {
                    return true;
                }
            }

            return false;
        }

        // "the 8B model", "this model", "our LLM": a determiner, then sizes and model words only.
        if (!IsAny(text, tokens[subject], ["model", "llm"]))
        {
            return false;
        }

        for (var i = subject - 1; i >= first && i >= subject - 4; i--)
        {
            if (IsAny(text, tokens[i], ["the", "this", "our", "its"]))
            {
                return true;
            }

            if (!char.IsDigit(text[tokens[i].Start]) && !(tokens[i].Length <= 2 && i > 0 && tokens[i - 1].End == tokens[i].Start))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The first model named at or up to <paramref name="maxSkip"/> words after <paramref name="from"/>, with the list it opens.</summary>
    private static int[]? MentionAt(string text, List<TextToken> tokens, int from, int last, ModelAliasIndex models, int maxSkip)
    {
        for (var i = from; i <= last && i <= from + maxSkip; i++)
        {
            var found = models.MatchAll(text, tokens, i, out var length);
            if (found is not null)
            {
                // The name must be the model itself: "open-sourced Gemma 2", not "open-sourced our Llama prompts".
                return FollowsAsModel(text, tokens, i + length, Phrase.OpenSource) ? WithListedModels(text, tokens, i + length, found, models) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The model named last before the phrase in the same sentence, with the models listed alongside it ("Qwen, Gemma and
    /// DeepSeek-R1 are…"), or null. A name followed by software ("Llama 3 bindings") names none.
    /// </summary>
    private static int[]? MentionBefore(string text, List<TextToken> tokens, int first, int phrase, ModelAliasIndex models)
    {
        int[]? found = null;
        var foundEnd = first;
        var compared = false;
        var i = first;
        while (i < phrase)
        {
            var match = models.MatchAll(text, tokens, i, out var length);
            if (match is null || i + length > phrase)
            {
                i++;
                continue;
            }

            // "DeepSeek vs Llama vs Qwen: picking the right open-source model": names set side by side are all the class's
            // candidates, unless closed (nobody downloads those, so the class cannot mean them).
            if (found is not null && !compared && foundEnd == i - 1 && i > first && !tokens[i].BreakBefore && IsAny(text, tokens[i - 1], ["vs", "versus"])
                && FollowsAsModel(text, tokens, i + length, Phrase.OpenSource) && UnlessOnlyClosed(match, models) is not null)
            {
                found = Union(WithoutClosed(found, models), WithoutClosed(match, models));
                foundEnd = i + length;
                i += length;
                continue;
            }

            // "outperforms models like GPT-4o and o1, making it the best open-source model": the other side of a
            // comparison, with the rest of its list; "Mistral AI … its open-source models" names the vendor.
            var listed = ListGoesOn(text, tokens, i);
            compared = listed ? compared : IsCompared(text, tokens, first, i);
            var vendor = VendorNamed(text, tokens, i, length, models);
            if (FollowsAsModel(text, tokens, i + length, Phrase.OpenSource) && !compared)
            {
                found = found is not null && listed ? Union(found, vendor ?? match) : vendor ?? match;
                foundEnd = i + length;
            }

            i += length;
        }

        return found is not null && OtherSubjectAfterContrast(text, tokens, foundEnd, phrase) ? null : found;
    }

    /// <summary>
    /// "Llama 3.1 is big, but Qwen is the best open-source model": after a contrast, another name (capitalised, not one of
    /// the project's models) takes the class.
    /// </summary>
    private static bool OtherSubjectAfterContrast(string text, List<TextToken> tokens, int from, int phrase)
    {
        var contrast = -1;
        for (var i = from; i < phrase; i++)
        {
            if (contrast < 0 && IsAny(text, tokens[i], ["but", "whereas", "while", "although", "though", "yet", "however"]))
            {
                contrast = i;
            }
            else if (contrast >= 0 && char.IsUpper(text[tokens[i].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mistral AI", "DeepSeek AI": a name that is also the vendor's, followed by what makes it the company, names the
    /// project's models from that vendor, not the one model the name alone would.
    /// </summary>
    private static int[]? VendorNamed(string text, List<TextToken> tokens, int index, int length, ModelAliasIndex models)
    {
        var after = index + length;
        return after < tokens.Count && !tokens[after].BreakBefore && IsAny(text, tokens[after], ["ai", "labs", "inc", "team"])
            ? models.ByVendor(text.Substring(tokens[index].Start, tokens[after - 1].End - tokens[index].Start))
            : null;
    }

    /// <summary>Whether a comparison ("outperforms", "than", "rivals") stands in the few words before the name at <paramref name="index"/>.</summary>
    private static bool IsCompared(string text, List<TextToken> tokens, int first, int index)
    {
        for (var i = index - 1; i >= first && i >= index - 8; i--)
        {
            if (IsAny(text, tokens[i], ComparisonVerbs) || IsAny(text, tokens[i], Comparers) || IsAny(text, tokens[i], ["surpasses", "surpassing", "outperforming", "outperformed", "beating", "rivalling"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name at <paramref name="index"/> continues a list: ", Gemma", "and DeepSeek-R1".</summary>
    private static bool ListGoesOn(string text, List<TextToken> tokens, int index)
    {
        if (index == 0)
        {
            return false;
        }

        if (tokens[index].BreakBefore)
        {
            return OnlyComma(text, tokens[index - 1].End, tokens[index].Start);
        }

        // "Mistral 7B / Mixtral": a slash set apart by spaces joins two names, as an id's slash ("mistralai/Mixtral") does not.
        return IsAny(text, tokens[index - 1], ["and", "or"]) || IsSpacedSlash(text, tokens[index - 1].End, tokens[index].Start);
    }

    private static bool IsSpacedSlash(string text, int from, int to) => to - from > 1 && OnlyMark(text, from, to, '/');

    /// <summary>Whether one <paramref name="mark"/> and only white space stand between two offsets: " / ", ") ".</summary>
    private static bool OnlyMark(string text, int from, int to, char mark)
    {
        var marks = 0;
        for (var c = from; c < to; c++)
        {
            if (text[c] == mark)
            {
                marks++;
            }
            else if (!char.IsWhiteSpace(text[c]))
            {
                return false;
            }
        }

        return marks == 1;
    }

    private static int[] Union(int[] first, int[] second)
    {
        var all = new List<int>(first);
        foreach (var model in second)
        {
            if (!all.Contains(model))
            {
                all.Add(model);
            }
        }

        return all.ToArray();
    }

    /// <summary>"many open-source models", "better than open-source LLMs", "their open-source counterparts": the field.</summary>
    private static bool IsFieldStatement(string text, List<TextToken> tokens, int phrase, int first)
    {
        for (var i = phrase - 1; i >= first && i >= phrase - 4; i--)
        {
            // "one of the most popular open-source models" makes a member of the class; "popular open-source models" and "trails
            // the most popular open-source models" speak of the field.
            var ranked = TextTokenizer.Is(text, tokens[i], "popular") && i - 3 > first && !tokens[i].BreakBefore && TextTokenizer.Is(text, tokens[i - 1], "most")
                && TextTokenizer.Is(text, tokens[i - 2], "the") && TextTokenizer.Is(text, tokens[i - 3], "of");
            // "performs better than other open-source LLMs", "versus other open models": "other" makes the subject one of the
            // class, as "beats every other open-source model" does.
            var member = IsAny(text, tokens[i], ["than", "versus", "vs", "against"]) && HasOther(text, tokens, i + 1, phrase);
            if ((IsAny(text, tokens[i], FieldWords) && !ranked && !member) || (IsAny(text, tokens[i], ComparisonVerbs) && !Membership(text, tokens, i + 1, phrase)))
            {
                return true;
            }

            // "what it means for open-source AI", "what this means for the open-source models": the field a model matters to.
            if (TextTokenizer.Is(text, tokens[i], "for") && i > first && !tokens[i].BreakBefore && IsAny(text, tokens[i - 1], ["means", "mean", "meant"])
                && (i == phrase - 1 || (i == phrase - 2 && TextTokenizer.Is(text, tokens[phrase - 1], "the"))))
            {
                return true;
            }

            // "with open-source models" compares; "one of the open-source models", "among open-source LLMs" do not.
            if (TextTokenizer.Is(text, tokens[i], "with") && (i == phrase - 1 || (i == phrase - 2 && IsAny(text, tokens[phrase - 1], [.. Intensifiers, "genuinely", "really"]))))
            {
                return true;
            }

            if (tokens[i + 1].BreakBefore)
            {
                break;
            }
        }

        return false;
    }

    private static bool HasOther(string text, List<TextToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (TextTokenizer.Is(text, tokens[i], "other"))
            {
                return true;
            }
        }

        return false;
    }

    // "outperforms every previous open-source model", "beats all other open LLMs": the model is one of the class.
    private static bool Membership(string text, List<TextToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsAny(text, tokens[i], ["every", "other", "previous", "prior", "all", "existing"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "our open-source models", "this open-source model", "As an open-source model, it…", "Released as an open-source
    /// model", "We open-source both…", or a heading or fragment that starts with the class ("An open-source deep learning
    /// model designed for…", "Largest open-source model at the time of release").
    /// </summary>
    private static bool IsOwn(string text, List<TextToken> tokens, int phrase, int first, bool singular)
    {
        for (var i = phrase - 1; i >= first && i >= phrase - 4; i--)
        {
            // "this benchmark evaluates open-source models": the word before is another noun's.
            if (IsAny(text, tokens[i], SoftwareNouns) || IsAny(text, tokens[i], OtherHeads) || IsAny(text, tokens[i], ProjectNouns))
            {
                break;
            }

            if (IsAny(text, tokens[i], OwnWords) || (TextTokenizer.Is(text, tokens[i], "as") && (i >= phrase - 3 || OnlyArticleAndCompounds(text, tokens, i + 1, phrase))))
            {
                return true;
            }

            // "This project … builds an assistant that uses open-source LLMs": what the project runs is its own models.
            if (i == phrase - 1 && IsAny(text, tokens[i], ["uses", "use", "using", "runs", "leverages", "leveraging"]) && HasProjectSubject(text, tokens, first, phrase))
            {
                return true;
            }

            // "here I'm using only open-source models": the writer's own use, as "we use" is.
            if (TextTokenizer.Is(text, tokens[i], "i") && char.IsUpper(text[tokens[i].Start]) && UsesBetween(text, tokens, i + 1, phrase))
            {
                return true;
            }

            // "this lean, open-source language model": adjectives in a row, with a comma between them. Only before a model in
            // the singular, which with no article of its own cannot start a clause of its own ("In this case, open-source
            // models…"), and not after a preposition ("In this case, open-source model quality…").
            if (tokens[i + 1].BreakBefore && !(singular && i + 1 == phrase && i > first && !tokens[i].BreakBefore && IsAny(text, tokens[i - 1], OwnWords)
                && char.IsLower(text[tokens[i].Start]) && text[tokens[i].End] == ','
                && !(i - 2 >= first && !tokens[i - 1].BreakBefore && IsAny(text, tokens[i - 2], ["in", "with", "for", "on", "at", "from", "by", "to", "of", "under", "after", "before", "during", "like"]))))
            {
                break;
            }
        }

        if (IsHeading(text, tokens[first].Start))
        {
            return true;
        }

        // A description that starts with one model of the class ("An open-source deep learning model designed for…",
        // "Largest open-source model at the time"): only articles, superlatives and adverbs before it. "Open-source
        // models are improving" is the field.
        if (!singular)
        {
            return false;
        }

        // "Most influential open-source AI model of 2023", "The most widely used open-source model family": after "most",
        // up to two words make the superlative.
        var afterMost = 0;
        for (var i = first; i < phrase; i++)
        {
            var size = char.IsDigit(text[tokens[i].Start]) || (tokens[i].Length <= 2 && i > first && tokens[i - 1].End == tokens[i].Start);
            if (TextTokenizer.Is(text, tokens[i], "most"))
            {
                afterMost = 2;
                continue;
            }

            if (!size && !IsAny(text, tokens[i], ["a", "an", "the", "currently", "first", .. ComparisonFillers]) && !IsSuperlative(text, tokens[i]) && afterMost-- <= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"a top-tier", "a world-class": an article, then words joined by hyphens, between "as" and the phrase.</summary>
    private static bool OnlyArticleAndCompounds(string text, List<TextToken> tokens, int from, int phrase)
    {
        if (from >= phrase || !IsAny(text, tokens[from], ["a", "an", "the"]))
        {
            return false;
        }

        for (var i = from + 1; i < phrase; i++)
        {
            var joined = tokens[i].Start == tokens[i - 1].End + 1 && TextTokenizer.IsHyphen(text[tokens[i].Start - 1]);
            var joinsNext = i + 1 < phrase && tokens[i + 1].Start == tokens[i].End + 1 && TextTokenizer.IsHyphen(text[tokens[i].End]);
            if (tokens[i].BreakBefore || !(joined || joinsNext))
            {
                return false;
            }
        }

        return true;
    }

    private static bool UsesBetween(string text, List<TextToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsAny(text, tokens[i], ["use", "using", "run", "running", "rely", "ship", "shipping", "chose", "picked"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"under MIT, an open-source licence", "the open-source Apache 2.0 licence": the phrase describes the licence.</summary>
    private static bool NamesLicence(string text, List<TextToken> tokens, int phrase, int head, int first)
    {
        if (!IsAny(text, tokens[head], ["license", "licence", "licensing"]))
        {
            return false;
        }

        // "under the MIT license — the most permissive open-source license": the licence named just before, as well.
        for (var i = Math.Max(first, phrase - 6); i < tokens.Count && i <= head + 4; i++)
        {
            if (IsAny(text, tokens[i], ["mit", "apache", "bsd", "gpl", "mpl"]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSuperlative(string text, TextToken token)
        => token.Length > 4 && string.Compare(text, token.End - 3, "est", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>Whether the line the offset is on is a Markdown heading: "## Top open-source models".</summary>
    private static bool IsHeading(string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        while (lineStart < offset && text[lineStart] is ' ' or '\t')
        {
            lineStart++;
        }

        return lineStart < text.Length && text[lineStart] == '#';
    }

    /// <summary>Whether the phrase ends a predicate: "… goes open", "… is open source under Apache 2.0", "… open source.".</summary>
    private static bool EndsPredicate(string text, List<TextToken> tokens, int after, int last)
        => after > last || tokens[after].BreakBefore || IsAny(text, tokens[after], ["and", "under", "on", "in", "with", "for", "at", "since", "so", "by", "now", "today", "too", "as", "from"]);

    /// <summary>
    /// The models a predicate is said of: "Qwen will remain open source", "Grok-1 … released open-source on March 17",
    /// "Tongyi Qianwen goes open source", "keep Qwen open source", "This model has been open-sourced" (the project's own).
    /// </summary>
    private static int[]? PredicateSubject(string text, List<TextToken> tokens, int phrase, int count, Phrase kind, int first, int last, ModelAliasIndex models)
    {
        // "Google open-sourced Gemma 2", "xAI open-sources Grok-1 model weights": the verb's object. Bare "open" as a verb
        // opens something: "Click to open Llama 3.1 chat".
        if (kind != Phrase.Open && IsVerb(text, tokens, phrase, count))
        {
            if (ObjectIsNotModel(text, tokens, phrase + count, last))
            {
                return null;
            }

            // "open-sourced the 1.8-billion-parameter model Qwen-1.8B", "OpenAI open-sourced it" (the model named before).
            var objects = MentionAt(text, tokens, phrase + count, last, models, maxSkip: 7);
            if (objects is not null)
            {
                return objects;
            }

            if (phrase + count <= last && TextTokenizer.Is(text, tokens[phrase + count], "it") && !Denied(text, tokens, first, phrase))
            {
                return MentionBefore(text, tokens, first, phrase, models);
            }
        }

        // Bare "open" is a licence word as a predicate only where the clause ends: "Phi-4 goes open", not "open for
        // research", "open to the public" or "the issue is open" (which the subject rules out).
        var after = phrase + count;
        if (kind == Phrase.Open ? after <= last && !tokens[after].BreakBefore && !UnderLicence(text, tokens, after, last) && !StartsClause(text, tokens[phrase].End, tokens[after].Start) : !EndsPredicate(text, tokens, after, last))
        {
            return null;
        }

        // "Llama-2 is the second generation of Llama, open-source and trained on…": an adjective after the name.
        if (kind != Phrase.Open && tokens[phrase].BreakBefore && phrase > first && OnlyComma(text, tokens[phrase - 1].End, tokens[phrase].Start)
            && SubjectEndingAt(text, tokens, phrase, Phrase.OpenSource, models) is { Length: > 0 } apposed)
        {
            return apposed;
        }

        // "DeepSeek R1 is a reasoning model …; it is notable for being open-source": what the sentence's subject is known for.
        if (kind != Phrase.Open && phrase - 3 >= first && !tokens[phrase].BreakBefore && !tokens[phrase - 1].BreakBefore && !tokens[phrase - 2].BreakBefore
            && TextTokenizer.Is(text, tokens[phrase - 1], "being") && TextTokenizer.Is(text, tokens[phrase - 2], "for")
            && IsAny(text, tokens[phrase - 3], ["known", "notable", "famous", "noted", "renowned", "praised", "celebrated"]))
        {
            return KnownFor(text, tokens, phrase, first, models);
        }

        // "keep Qwen open source", "made Llama 3 open": the model is the object just before.
        var link = -1;
        for (var i = phrase - 1; i >= first && i >= phrase - MaxLinkDistance; i--)
        {
            if (IsAny(text, tokens[i], Links))
            {
                link = i;
                break;
            }

            if (!IsAny(text, tokens[i], LinkFillers) && !IsAny(text, tokens[i], VariantWords))
            {
                return KeptModel(text, tokens, phrase, first, models);
            }
        }

        if (link < 0 || IsNegatedLink(text, tokens, link, first))
        {
            return null;
        }

        // "The software for training and running this model is open source": the clause's subject is software, whatever
        // model it names after.
        var clauseStart = first;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, tokens[phrase].Start - 1)) + 1;
        if (TextTokenizer.ListItemAt(text, lineStart) is var item and >= 0)
        {
            // A list item is its own clause even where a colon leads into the list.
            clauseStart = Math.Max(first, FirstTokenAt(tokens, item));
        }

        var subjectHead = clauseStart + (clauseStart < link && IsAny(text, tokens[clauseStart], ["the", "this", "its", "our"]) ? 1 : 0);
        if (subjectHead < link && (IsAny(text, tokens[subjectHead], SoftwareNouns) || IsAny(text, tokens[subjectHead], ProjectNouns)))
        {
            return null;
        }

        // The subject: the word before the link must be a model's name or a model word, not "this project".
        var subjectEnd = link;
        while (subjectEnd > first && IsAny(text, tokens[subjectEnd - 1], ["has", "have", "had", "will", "would", "to", "can", "may", "been", "also", "now", "officially", "be"]))
        {
            subjectEnd--;
        }

        if (subjectEnd == first || IsFieldStatement(text, tokens, phrase, first) || Denied(text, tokens, first, phrase))
        {
            return null;
        }

        // The subject is the model ("the LLM Qwen will remain", "Mixtral 8x7B – Instruct have been"), or a model word
        // after it ("Grok-1 is xAI's language model, released open-source"); "Llama 3.1 GGUF files are" is no model.
        var named = SubjectEndingAt(text, tokens, subjectEnd, kind, models);
        if (named is { Length: > 0 })
        {
            return named;
        }

        if (named is null && IsAny(text, tokens[subjectEnd - 1], ModelHeads) && MentionBefore(text, tokens, first, subjectEnd, models) is { } before)
        {
            return before;
        }

        // "This model has been open-sourced", "Its release as open-source", and "The model is fully open-source", which
        // in a project's text is the project's model as "this model" is.
        var theModel = subjectEnd - 2 >= first && TextTokenizer.Is(text, tokens[subjectEnd - 1], "model") && TextTokenizer.Is(text, tokens[subjectEnd - 2], "the");
        return subjectEnd > first && IsAny(text, tokens[subjectEnd - 1], ModelHeads) && (theModel || IsOwn(text, tokens, subjectEnd - 1, first, singular: false))
            ? Own(models)
            : null;
    }

    /// <summary>
    /// The project's models a generic claim is about: those whose weights are out, which "an open-source model" can
    /// describe, or all of them when every one is closed.
    /// </summary>
    /// <summary>
    /// Null when every model found is closed. A closed model named elsewhere in the sentence than the phrase's own place
    /// ("an open-source chatbot impressing GPT-4", "open-source models … surpassed GPT-4", "an open-source agent that
    /// brings the power of Gemini") is the other side of a contrast: nobody downloads it, so the sentence cannot mean it
    /// is one of the open-source models it speaks of. Claims with a closed model in the phrase's own place (attributive,
    /// predicate, label, a list of members) are found by the other shapes.
    /// </summary>
    private static int[]? UnlessOnlyClosed(int[]? found, ModelAliasIndex models)
    {
        if (found is null)
        {
            return null;
        }

        foreach (var model in found)
        {
            if (models.Models[model].Tier != OpennessTier.Closed)
            {
                return found;
            }
        }

        return null;
    }

    private static int[] WithoutClosed(int[] found, ModelAliasIndex models)
    {
        var open = 0;
        foreach (var model in found)
        {
            open += models.Models[model].Tier != OpennessTier.Closed ? 1 : 0;
        }

        if (open == found.Length)
        {
            return found;
        }

        var kept = new int[open];
        var k = 0;
        foreach (var model in found)
        {
            if (models.Models[model].Tier != OpennessTier.Closed)
            {
                kept[k++] = model;
            }
        }

        return kept;
    }

    private static int[]? Own(ModelAliasIndex models)
    {
        if (models.GenericModels is not { } all)
        {
            return null;
        }

        var withWeights = new List<int>(all.Length);
        foreach (var model in all)
        {
            if (models.Models[model].Tier != OpennessTier.Closed)
            {
                withWeights.Add(model);
            }
        }

        return withWeights.Count == 0 || withWeights.Count == all.Length ? all : withWeights.ToArray();
    }

    /// <summary>
    /// The model named at the start of the sentence, when nothing before the phrase hands it to another subject: a
    /// relative clause ("Falcon, which is known for…"), another of the project's models, or a denial.
    /// </summary>
    private static int[]? KnownFor(string text, List<TextToken> tokens, int phrase, int first, ModelAliasIndex models)
    {
        var subject = models.MatchAll(text, tokens, first, out var length);
        if (subject is null || !FollowsAsModel(text, tokens, first + length, Phrase.OpenSource) || Denied(text, tokens, first, phrase))
        {
            return null;
        }

        for (var i = first + length; i < phrase; i++)
        {
            if (IsAny(text, tokens[i], ["which", "that", "who", "whose", "while", "whereas", "but", "unlike"])
                || (models.MatchAll(text, tokens, i, out var other) is { } named && named[0] != subject[0] && other > 0))
            {
                return null;
            }
        }

        return UnlessOnlyClosed(subject, models);
    }

    /// <summary>The object of "keep" or "make" right before the phrase: "keep Qwen open source", "made Llama 3 open".</summary>
    private static int[]? KeptModel(string text, List<TextToken> tokens, int phrase, int first, ModelAliasIndex models)
    {
        for (var start = phrase - 1; start > first && start >= phrase - 8; start--)
        {
            var found = models.MatchAll(text, tokens, start, out var length);
            if (found is not null && IsVariantSuffix(text, tokens, start + length, phrase))
            {
                // "made Llama 3 open" says it is; "to make Llama 3 open source" says it is not yet.
                return IsAny(text, tokens[start - 1], ["keep", "keeps", "kept", "makes", "made", "making"]) ? found : null;
            }

            if (tokens[start].BreakBefore)
            {
                break;
            }
        }

        return null;
    }

    private static bool IsVerb(string text, List<TextToken> tokens, int phrase, int count)
    {
        var last = tokens[phrase + count - 1];
        if (IsAny(text, last, ["sourced", "sources", "sourcing", "opensourced", "opensources", "opensourcing"]))
        {
            return true;
        }

        return phrase > 0 && !tokens[phrase].BreakBefore && IsAny(text, tokens[phrase - 1], ["we", "they", "to", "will", "would", "i"]);
    }

    /// <summary>"OpenAI does not release GPT-4 as open-source": a denial anywhere in the clauses before the phrase.</summary>
    private static bool Denied(string text, List<TextToken> tokens, int first, int phrase)
    {
        for (var i = first; i < phrase; i++)
        {
            if ((IsAny(text, tokens[i], ["not", "never", "neither", "nor"]) && !NotOnly(text, tokens, i)) || IsContractedNot(text, tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The "t" of "hasn't", "isn't": after an apostrophe that follows an 'n' ("14.8T tokens" is no denial).
    private static bool IsContractedNot(string text, TextToken token)
        => TextTokenizer.Is(text, token, "t") && token.Start >= 2 && text[token.Start - 1] is '\'' or '\u2019' && text[token.Start - 2] is 'n' or 'N';

    /// <summary>A denial in the clause that ends at the phrase: "Microsoft hasn't released Phi 4 as an open-source model", but not "DeepSeek has not released its data, but it has open-sourced…".</summary>
    private static bool DeniedInClause(string text, List<TextToken> tokens, int first, int phrase)
    {
        var from = first;
        for (var i = phrase - 1; i > first; i--)
        {
            if (IsAny(text, tokens[i], ["but", "however", "yet", "although", "though", "while", "whereas"]))
            {
                from = i + 1;
                break;
            }
        }

        return Denied(text, tokens, from, phrase);
    }

    private static bool IsNegatedLink(string text, List<TextToken> tokens, int link, int first)
    {
        for (var i = link - 1; i >= first && i >= link - 3; i--)
        {
            if (IsAny(text, tokens[i], Negations))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last shape, tried when no other matched: a sentence that names one of the project's models and calls something
    /// in it "open source" is a claim about that model ("Mixtral 8x7B's release made it the open-source leader", "Built
    /// on Gemma 2 9B. Runs fully offline, open source and free"), unless an exclusion applies: the phrase describes
    /// software, data or a licence, the sentence is about the field or compares with the class, the phrase is denied,
    /// or it is an adverb ("reproducing DeepSeek-R1 in open source"). A sentence that names no model but whose subject
    /// is the project ("This project leverages a local, open-source LLM") is about the project's own model.
    /// Only "open source" and "fully open": a bare "open" needs one of the shapes above.
    /// </summary>
    private static int[]? NamedInSentence(string text, List<TextToken> tokens, int phrase, int count, Phrase kind, ModelAliasIndex models)
    {
        if (kind is Phrase.Open or Phrase.OpenModel)
        {
            return null;
        }

        Sentence(text, tokens, phrase, count, out var first, out var last);
        var head = Head(text, tokens, phrase + count, last, out var other);
        if (other
            || (head >= 0 && NamesLicence(text, tokens, phrase, head, first))
            || (head >= 0 && IsAny(text, tokens[head], ["efforts", "initiatives"]))
            || (head >= 0 && IsFieldContest(text, tokens, phrase, head, last))
            || (head < 0 && PostposedHead(text, tokens, phrase, count, first, out _) >= 0)
            || IsFieldStatement(text, tokens, phrase, first)
            || Denied(text, tokens, first, phrase)
            || DeniedWithin(text, tokens, phrase, first, 5)
            || (phrase > first && !tokens[phrase].BreakBefore && TextTokenizer.Is(text, tokens[phrase - 1], "in"))
            || (IsVerb(text, tokens, phrase, count) && ObjectIsNotModel(text, tokens, phrase + count, last))
            || (IsPredicate(text, tokens, phrase, first) && !IsAny(text, tokens[phrase + count - 1], ["sourcing", "opensourcing"]))
            || DescribesDerivative(text, tokens, phrase + count, last)
            || WouldMake(text, tokens, phrase, first)
            || IsSubjectNoun(text, tokens, phrase, count, first, last))
        {
            return null;
        }

        if (DescribesBase(text, tokens, phrase, first) || WriterMeansToMake(text, tokens, phrase, first))
        {
            return null;
        }

        // "We got Claude to fine-tune an open-source LLM": the closed model named is not the open-source one, and the
        // sentence, naming the project's model, does not mean it by "an open-source LLM" either.
        var mentioned = MentionBefore(text, tokens, first, phrase, models);
        var before = UnlessOnlyClosed(mentioned, models);
        if (before is not null || mentioned is not null)
        {
            return before;
        }

        for (var i = phrase + count; i <= last; i++)
        {
            // "open-source embedding models now match OpenAI's text-embedding-3-small": a comparison names the other side.
            if (IsAny(text, tokens[i], Comparers) || IsAny(text, tokens[i], ComparisonVerbs))
            {
                return null;
            }

            var found = models.MatchAll(text, tokens, i, out var length);
            if (found is not null)
            {
                return FollowsAsModel(text, tokens, i + length, Phrase.OpenSource) ? UnlessOnlyClosed(WithListedModels(text, tokens, i + length, found, models), models) : null;
            }
        }

        if (IsVerb(text, tokens, phrase, count) && OwnObject(text, tokens, phrase, first))
        {
            return Own(models);
        }

        return head >= 0 && IsAny(text, tokens[head], ["model", "llm", "lm", "slm"]) && HasProjectSubject(text, tokens, first, phrase) ? Own(models) : null;
    }

    /// <summary>
    /// "Open source is a more powerful strategy", "Open-source will win", "Mistral believes that open source will
    /// prevail": the phrase opens the sentence or a clause as the subject of its verb, a noun for the idea, and describes
    /// no model the sentence names later.
    /// </summary>
    private static bool IsSubjectNoun(string text, List<TextToken> tokens, int phrase, int count, int first, int last)
        => (phrase == first || (!tokens[phrase].BreakBefore && IsAny(text, tokens[phrase - 1], ["that", "because"])))
            && phrase + count <= last && !tokens[phrase + count].BreakBefore
            && (IsAny(text, tokens[phrase + count], Copulas)
                || IsAny(text, tokens[phrase + count], ["will", "would", "can", "could", "has", "should", "must", "may", "might", "matters", "means", "wins", "prevails"]));

    /// <summary>"the models we have open-sourced", "the weights we open-source": the verb's object is the project's own models.</summary>
    private static bool OwnObject(string text, List<TextToken> tokens, int phrase, int first)
    {
        var i = phrase - 1;
        while (i > first && IsAny(text, tokens[i], ["have", "has", "had", "recently", "already", "just", "now"]))
        {
            i--;
        }

        return i > first && TextTokenizer.Is(text, tokens[i], "we") && !tokens[i].BreakBefore
            && IsAny(text, tokens[i - 1], ["models", "weights", "checkpoints", "llms"]);
    }

    // Words after the phrase that put what follows on the other side of a comparison.
    private static readonly string[] Comparers =
    [
        "than", "versus", "vs", "against", "compared", "match", "matches", "matching", "rival", "rivalling", "rivaling",
        "approach", "approaches", "close", "compete", "competes", "competing", "alternative", "alternatives", "instead",
    ];

    // What a sentence calls the project: "This project leverages…", "Our app uses…", "We use…".
    private static readonly string[] ProjectNouns = ["project", "app", "application", "repo", "repository", "sample", "demo", "chatbot", "bot", "assistant", "tool", "service", "solution", "software", "code", "codebase", "tooling"];

    /// <summary>
    /// "This app is open source", "Llama 3.1 is hardly open source": the phrase is said of the clause's subject, which
    /// the predicative shapes have judged already; no other model of the sentence gets it. ("xAI is open sourcing
    /// Grok-1" is a verb with an object, which the caller lets through.)
    /// </summary>
    private static bool IsPredicate(string text, List<TextToken> tokens, int phrase, int first)
    {
        for (var i = phrase - 1; i >= first && i >= phrase - 4; i--)
        {
            if (IsAny(text, tokens[i], Copulas))
            {
                return true;
            }

            if (tokens[i + 1].BreakBefore)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "to make Llama 3 open source", "Make it fully open": what would make the model open says it is not yet ("makes",
    /// "made" and "making" say it is).
    /// </summary>
    private static bool WouldMake(string text, List<TextToken> tokens, int phrase, int first)
    {
        for (var i = phrase - 1; i >= first && i >= phrase - 8; i--)
        {
            if (TextTokenizer.Is(text, tokens[i], "make"))
            {
                return true;
            }
        }

        return false;
    }

    // What others make from a model, which may be open source when the model is not: "open-source fine-tunes of Mistral 7B".
    private static readonly string[] Derivatives =
    [
        "fine", "finetune", "finetunes", "derivative", "derivatives", "replacement", "replacements", "clone", "clones",
        "reimplementation", "reimplementations", "alternative", "alternatives", "fork", "forks", "quantization",
        "quantizations", "quants", "adapter", "adapters", "lora", "loras", "merge", "merges", "distillation", "copy", "copies",
        "variants", "siblings", "cousins",
    ];

    /// <summary>"open-source fine-tunes of Mistral 7B", "an open-source replacement for Llama 3.1": something made from the model.</summary>
    private static bool DescribesDerivative(string text, List<TextToken> tokens, int from, int last)
    {
        for (var i = from; i <= last && i < from + 4; i++)
        {
            if (IsAny(text, tokens[i], Derivatives))
            {
                return true;
            }

            if (i > from && tokens[i].BreakBefore)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "DeepSeek-R1-Distill models are fine-tuned based on open-source models", "built on open-source LLMs": the phrase
    /// describes what the named model was made from, not the model.
    /// </summary>
    private static bool DescribesBase(string text, List<TextToken> tokens, int phrase, int first)
    {
        for (var i = phrase - 1; i > first && i >= phrase - 3; i--)
        {
            if (IsAny(text, tokens[i], ["on", "from", "upon", "of"]) && IsAny(text, tokens[i - 1], ["based", "built", "derived", "trained", "tuned", "finetuned", "distilled", "fork", "forked"]))
            {
                return true;
            }

            if (!IsAny(text, tokens[i], ["on", "from", "upon", "of", "the", "a", "an", "several", "two", "three"]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"This project", "our app", "we": the sentence's subject, before the phrase, is the project itself.</summary>
    private static bool HasProjectSubject(string text, List<TextToken> tokens, int first, int phrase)
    {
        for (var i = first; i < phrase && i <= first + 2; i++)
        {
            if (TextTokenizer.Is(text, tokens[i], "we"))
            {
                return true;
            }

            if (IsAny(text, tokens[i], ["this", "our"]) && i + 1 < phrase && IsAny(text, tokens[i + 1], ProjectNouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"we have open-sourced a benchmark", "open-sources the evaluation code": the verb's object is no model.</summary>
    private static bool ObjectIsNotModel(string text, List<TextToken> tokens, int from, int last)
    {
        for (var i = from; i <= last && i < from + 5; i++)
        {
            if (IsAny(text, tokens[i], SoftwareNouns) || IsAny(text, tokens[i], OtherHeads))
            {
                return true;
            }

            // The object ends where the clause goes on: "open-sourced under the Apache 2.0 licence" names no object.
            if (IsAny(text, tokens[i], ModelHeads) || (i > from && tokens[i].BreakBefore) || (IsAny(text, tokens[i], PhraseEnds) && !IsAny(text, tokens[i], ["a", "an", "the"])))
            {
                return false;
            }
        }

        return false;
    }
}
