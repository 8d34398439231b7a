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
public static partial class ClaimFinder
{
    private const int MaxFillers = 3;

    private const int MaxPredicativeFillers = 6;

    // Words that may stand between "open-source" and the model it describes: "open-source LLMs such as Llama 3.1".
    private static readonly string[] AttributiveFillers = ["the", "a", "an", "meta", "s", "google", "microsoft", "model", "models", "llm", "llms", "such", "as", "like", "including"];

    // Words that may stand between a model and the phrase that describes it: "Llama 3.1 is a fully open-source".
    private static readonly string[] PredicativeFillers = ["fully", "completely", "truly", "entirely", "totally", "genuinely", "really", "also", "now", "still", "a", "an", "s", "which", "that", "100"];

    // "Qwen is released as open source", "Whisper remains available as an open-source option": a release word and "as"
    // (or, where the clause ends, "in") stand between the link and the phrase.
    private static readonly string[] ReleaseWords = ["released", "available", "published", "distributed", "offered", "provided", "licensed", "licenced", "shipped"];

    // The words that say something is something: "Llama 3.1 is open source", "Gemma 2 remains open".
    private static readonly string[] Copulas = ["is", "are", "was", "were", "be", "being", "been", "remains", "remain", "stays", "stay", "became", "becomes", "become"];

    // A comparison class the model is a member of: "the best open-source model", "one of the most capable open-source LLMs".
    private static readonly string[] ComparisonFillers =
    [
        "the", "best", "most", "one", "of", "leading", "top", "other", "every", "any", "latest", "new", "newest", "first",
        "largest", "strongest", "powerful", "capable", "popular", "performing", "advanced", "biggest", "smartest", "fastest",
    ];

    // "Llama 3.1 beats every other open-source model": a member of the class, but only with "other".
    private static readonly string[] ComparisonVerbs = ["beats", "beat", "outperforms", "outperform", "surpasses", "surpass", "rivals", "tops", "leads"];

    // "Qwen2 tops the open-source leaderboards", "sets new open-source records": a ranking of the class, which only a
    // member can top.
    private static readonly string[] RankingNouns = ["leaderboard", "leaderboards", "ranking", "rankings", "charts", "records"];

    private static readonly string[] RankingVerbs = ["tops", "topped", "topping", "leads", "led", "leading", "sets", "set", "setting", "holds", "breaks", "broke"];

    // Words in a sentence that report or debate a claim rather than make it: "whether Gemma counts as open source".
    private static readonly string[] DebateWords =
    [
        "whether", "debate", "debated", "debates", "disputed", "dispute", "controversy", "controversial", "argue", "argued",
        "argues", "arguably", "criticized", "criticised", "openwashing", "misnomer", "marketed", "claims", "claimed",
        "counts", "qualify", "qualifies", "osaid", "misleading", "sense", "described", "describes", "describing", "touted",
        "touts", "promoted", "promotes", "misconception", "calls", "calling", "demand", "demands", "urged", "urge",
        "precisely", "definition", "technically", "falsely", "wrongly", "allegedly", "supposedly", "label", "labels",
        "labeled", "labelled", "labeling", "labelling", "mislabel", "mislabeled", "mislabelled", "incorrectly",
        "mistakenly", "erroneously", "inaccurately",
    ];

    // Words right before the phrase that hedge it into something else: "partial open source", "almost open".
    private static readonly string[] Hedges = ["partial", "partially", "almost", "semi", "quasi", "mostly", "nearly"];

    // The right terms: a sentence that uses one knows the difference, and its "open source" is a contrast or a quote.
    private static readonly string[] RightTerms = ["weight", "weights", "weighted", "weighting", "available"];

    // Words after which "open-source" is a verb: "to open-source", "will open source", "please open-source".
    private static readonly string[] VerbStarts =
    [
        "to", "will", "would", "could", "can", "should", "shall", "must", "may", "might", "please", "you", "we", "they", "i",
        "not", "t", "ll", "d", "and", "or", "finally", "also", "just",
    ];

    // Words "open-" makes other terms with: "open-access", "open-science", "open-ended", "open-domain".
    private static readonly string[] OpenCompounds = ["access", "acess", "science", "ended", "domain", "vocabulary", "book", "set", "world", "door", "minded"];

    // Words that turn the phrase into a denial: "not open source", "isn't open-source", "non-open-source".
    // Contrasts ("unlike", "than", "nor") are not denials: "unlike the open-source Llama 3.1" still calls Llama 3.1
    // open source, while "unlike open-source models, Llama…" is no claim because the phrase describes "models".
    private static readonly string[] Negations = ["not", "non", "never", "no", "t", "far", "short", "neither"];

    // Words that may follow a model name without changing the model: "Llama 3.1 70B Instruct is open source".
    private static readonly string[] VariantWords = ["instruct", "chat", "base", "mini", "it"];

    private static readonly string[] Intensifiers = ["fully", "completely", "truly", "totally", "entirely"];

    // What "open" describes when it is a licence word: "an open model", "the open LLM".
    private static readonly string[] ModelNouns = ["model", "models", "llm", "llms"];

    // Words that say the project's own model: "our model", "its weights", "this app's LLM".
    private static readonly string[] Possessives = ["our", "my", "its"];

    // What a model has that the possessive can call open source: "Llama 3.1's open-source weights".
    private static readonly string[] OwnParts = ["weights", "licence", "license", "release", "checkpoint", "checkpoints", "model"];

    private static readonly string[] GenericNouns = ["model", "llm", "weights"];

    private static readonly string[] GenericAdjectives = ["ai", "local", "language", "chat", "bundled", "embedded", "underlying", "model"];

    // Software around a model, which may well be open source: "the open-source Llama 3.1 bindings".
    private static readonly string[] SoftwareNouns =
    [
        "api", "app", "application", "apps", "assistant", "assistants", "benchmark", "benchmarks", "binding", "bindings", "cli", "client", "code",
        "community", "connector", "demo", "demos", "docs", "documentation", "ecosystem", "evaluation", "example", "examples",
        "extension", "fork", "guide", "implementation", "inference", "integration", "issue", "issues", "library", "notebook",
        "package", "playground", "plugin", "port", "project", "codebase", "codebases", "agent", "agents", "prompt", "prompts", "recipe", "recipes", "config", "configs", "repo", "repository", "runner", "runtime", "sample", "samples",
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

            // A wish ("I would love Falcon 180B to have an open source license"), kinds set against each other
            // ("open-source vs hosted LLM APIs") or the practice ("through open source and open science") claims nothing,
            // whatever names the sentence.
            Sentence(text, tokens, i, count, out var sentenceStart, out var sentenceEnd);
            if (IsKindSetAgainstKind(text, tokens, i, count, sentenceStart, sentenceEnd) || IsWished(text, tokens, sentenceStart, i)
                || IsPractice(text, tokens, i, count, sentenceEnd))
            {
                i += count - 1;
                continue;
            }

            var subject = AttributiveModel(text, tokens, i, count, kind, models);
            // An adjective before the name ("Google's open source Gemma", "a local open-source LLM such as Llama"), not a
            // verb ("please open-source the weights", "will you open source Llama 3?").
            var attributive = subject is not null && i > 0 && !tokens[i].BreakBefore && !IsAny(text, tokens[i - 1], VerbStarts)
                && !IsAny(text, tokens[i + count - 1], ["sourced", "sourcing", "opensourced", "opensourcing"])
                && !(i + count < tokens.Count && IsAny(text, tokens[i + count], ["the", "a", "an", "its", "their", "our", "his", "her", "this", "these"]));
            subject ??= PredicativeModel(text, tokens, i, count, kind, models);
            subject ??= TaggedModel(text, tokens, i, start, models);
            if (subject is null && kind is Phrase.OpenSource or Phrase.FullyOpen)
            {
                subject = LabelledModel(text, tokens, i, count, models) ?? ListLabel(text, tokens, i, count, models)
                    ?? TableRowModel(text, tokens, i, count, models) ?? ListTraits(text, tokens, i, count, models);
            }

            subject ??= SentenceSubject(text, tokens, i, count, kind, models);
            subject ??= NamedInSentence(text, tokens, i, count, kind, models);
            if (subject is null && kind is Phrase.OpenSource or Phrase.FullyOpen)
            {
                subject = FrontedClauseSubject(text, tokens, i, count, models) ?? SubjectBeforeAside(text, tokens, i, count, models)
                    ?? RemainingPronounSubject(text, tokens, i, count, models) ?? BothModelsSubject(text, tokens, i, models);
            }

            subject ??= VendorRelease(text, tokens, i, count, models);
            if (subject is null && kind is Phrase.OpenSource or Phrase.FullyOpen)
            {
                subject = DescriptionLine(text, tokens, i, count, models);
            }

            if (subject is not null && !IsQuotedOrDebated(text, tokens, i, count, start, end, attributive))
            {
                var last = tokens[i + count - 1];
                claims ??= [];
                claims.Add(new ClaimMatch(tokens[i].Start, last.End - tokens[i].Start, subject));
            }

            i += count - 1;
        }

        return claims;
    }

    /// <summary>False when the text cannot hold a claim: no word a claim can begin with (<see cref="NextPhraseWord"/>). Allocates nothing.</summary>
    public static bool MayContainClaim(string text, int start, int end) => NextPhraseWord(text, start, end) >= 0;

    /// <summary>
    /// Where the next word that can begin a claim starts: "open", "oss" or "opensource…" standing as a word of its own,
    /// as <see cref="TextTokenizer"/> cuts words (runs of letters). Every phrase begins with one of them, so text without
    /// one holds no claim; "OpenAI", "reopen", "class" and "process" are not read any further.
    /// </summary>
    public static int NextPhraseWord(string text, int start, int end)
    {
        var best = -1;
        foreach (var needle in PhraseWords)
        {
            for (var at = text.IndexOf(needle, start, end - start, StringComparison.OrdinalIgnoreCase);
                at >= 0 && (best < 0 || at < best);
                at = at + 1 < end ? text.IndexOf(needle, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (IsPhraseWord(text, at, needle.Length, start, end))
                {
                    best = at;
                    break;
                }
            }
        }

        return best;
    }

    private static readonly string[] PhraseWords = ["open", "oss"];

    private static bool IsPhraseWord(string text, int at, int length, int start, int end)
    {
        if (at > start && char.IsLetter(text[at - 1]))
        {
            return false;
        }

        var after = at + length;
        return after >= end
            || !char.IsLetter(text[after])
            || (length == 4 && after + 5 <= end && string.Compare(text, after, "sourc", 0, 5, StringComparison.OrdinalIgnoreCase) == 0);
    }

    /// <summary>Finds claims in the whole of <paramref name="text"/>.</summary>
    public static List<ClaimMatch>? Find(string text, ModelAliasIndex models) => Find(text, 0, text.Length, models);

    private static bool IsPhrase(string text, List<TextToken> tokens, int i, out Phrase kind, out int count)
    {
        kind = Phrase.OpenSource;
        count = 0;
        if (IsAny(text, tokens[i], ["opensource", "opensourced", "opensourcing", "opensources", "oss"]))
        {
            // "gpt-oss-20b", "GPT-OSS": "oss" hyphened to a word before it is part of a model's name.
            if (i > 0 && tokens[i - 1].End + 1 == tokens[i].Start && TextTokenizer.IsHyphen(text[tokens[i - 1].End]) && TextTokenizer.Is(text, tokens[i], "oss"))
            {
                return false;
            }

            count = 1;
            return true;
        }

        var next = Next(tokens, i);
        if (TextTokenizer.Is(text, tokens[i], "open") && next >= 0 && (IsAny(text, tokens[next], ["source", "sourced", "sourcing"]) || (TextTokenizer.Is(text, tokens[next], "sources") && TextTokenizer.IsHyphen(text[tokens[i].End]))))
        {
            // Only a space or a hyphen may join the two words ("open/source" is a toggle, "open_source" a flag), and the
            // markup of a link on one of them: "[open](../o/open.md)-source".
            for (var c = tokens[i].End; c < tokens[next].Start; c++)
            {
                if (text[c] == ']' && c + 1 < tokens[next].Start && text[c + 1] == '(' && TextTokenizer.LinkEnd(text, c + 1, tokens[next].Start) is var linkEnd and > 0)
                {
                    c = linkEnd - 1;
                }
                else if (!TextTokenizer.IsHyphen(text[c]) && !char.IsWhiteSpace(text[c]) && !(text[c] == '[' && c > tokens[i].End && TextTokenizer.IsHyphen(text[c - 1])))
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

        // "open-access", "open science", "open-ended": other words, whatever they are said of, with a hyphen or a space.
        if (TextTokenizer.Is(text, tokens[i], "open") && next >= 0 && tokens[i].End + 1 == tokens[next].Start
            && (TextTokenizer.IsHyphen(text[tokens[i].End]) || text[tokens[i].End] == ' ') && IsAny(text, tokens[next], OpenCompounds))
        {
            return false;
        }

        if (TextTokenizer.Is(text, tokens[i], "open") && !(next >= 0 && IsAny(text, tokens[next], RightTerms)))
        {
            kind = next >= 0 && IsAny(text, tokens[next], ModelNouns) ? Phrase.OpenModel : Phrase.Open;
            count = 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Scare quotes ('so-called "open source" Gemma'), questions ("Is Llama 3 open source?") and debates ("whether Gemma
    /// counts as open source is disputed") report or question a claim; they do not make one.
    /// </summary>
    private static bool IsQuotedOrDebated(string text, List<TextToken> tokens, int phrase, int count, int start, int end, bool attributive)
    {
        var from = tokens[phrase].Start;
        var to = tokens[phrase + count - 1].End;
        if (from > start && to < end && IsQuote(text[from - 1]) && IsQuote(text[to]))
        {
            return true;
        }

        // The sentence around the phrase: back to the previous sentence end, on to the next.
        var first = phrase;
        while (first > 0 && phrase - first < MaxSentenceReach && !TextTokenizer.EndsSentence(text, tokens[first - 1].End, tokens[first].Start))
        {
            first--;
        }

        var last = phrase + count - 1;
        while (last + 1 < tokens.Count && last - phrase < MaxSentenceReach && !TextTokenizer.EndsSentence(text, tokens[last].End, tokens[last + 1].Start))
        {
            last++;
        }

        // "Llama is called open source", "marketed as open": the phrase is a name someone gives, not a claim made here.
        if (phrase > first && !tokens[phrase].BreakBefore && (IsAny(text, tokens[phrase - 1], Hedges) || IsAny(text, tokens[phrase - 1], ["called", "labelled", "labeled", "dubbed", "branded"])))
        {
            return true;
        }

        if (Approximated(text, tokens, phrase, first))
        {
            return true;
        }

        var quotes = 0;
        for (var i = first; i <= last; i++)
        {
            var soCalled = TextTokenizer.Is(text, tokens[i], "so") && i + 1 <= last && TextTokenizer.Is(text, tokens[i + 1], "called");
            var meaningOf = IsAny(text, tokens[i], ["meaning"]) && i + 1 <= last && TextTokenizer.Is(text, tokens[i + 1], "of");
            // "The Best Open Model You Can Run, If You Can Call It Open": the name is questioned as it is given.
            var callIt = TextTokenizer.Is(text, tokens[i], "call") && i + 1 <= last && IsAny(text, tokens[i + 1], ["it", "them", "this"]);
            // "if you could open-source the 8B model", "could you make it open source": a request, not a claim. "Please
            // add support for Google's open source Gemma" asks for something else, and its "open source Gemma" stands.
            var request = i < phrase && !attributive && (IsAny(text, tokens[i], ["please", "wish", "hope", "hoping", "request", "requesting"])
                || (i + 1 <= last && IsAny(text, tokens[i], ["could", "would", "can", "will"]) && TextTokenizer.Is(text, tokens[i + 1], "you"))
                || (i + 1 <= last && TextTokenizer.Is(text, tokens[i], "you") && IsAny(text, tokens[i + 1], ["could", "would"]))
                || (i + 1 <= last && TextTokenizer.Is(text, tokens[i], "you") && TextTokenizer.Is(text, tokens[i + 1], "can") && !DescribesModelWord(text, tokens, phrase, count, last)));
            // "users demand that Meta open-source Llama 3" asks for it; "…is open source, and it demands far less power" does not:
            // a demand comes before what it asks for.
            // "seeing whether this open-source model can challenge GPT-4" asks about the model the phrase describes, and takes
            // the description as given, as a question does ("Is our open-source LLM fast enough?").
            var debate = IsAny(text, tokens[i], DebateWords) && !(i > phrase && IsAny(text, tokens[i], ["demand", "demands", "urge", "urged"]))
                && !(i < phrase && TextTokenizer.Is(text, tokens[i], "whether") && AsksAboutDescribed(text, tokens, phrase, count, first, last));
            if (soCalled || meaningOf || callIt || request || debate)
            {
                return true;
            }

            // "open weights", "open-weight", "source-available", "weights-available": the sentence knows the right term.
            if (i > first && IsAny(text, tokens[i], RightTerms) && !tokens[i].BreakBefore
                && (TextTokenizer.Is(text, tokens[i - 1], "open") || (TextTokenizer.Is(text, tokens[i], "available") && IsAny(text, tokens[i - 1], ["source", "weights"])
                    && TextTokenizer.IsHyphen(text[tokens[i].Start - 1]))))
            {
                return true;
            }

            // "Although Meta calls Llama 2 open source, its licence is far from open source": one denial in the
            // sentence makes every phrase of it a contrast.
            // A scare-quoted "open-source" anywhere in the sentence makes it a debate too.
            if (i != phrase && TextTokenizer.Is(text, tokens[i], "open") && i + 1 <= last && IsAny(text, tokens[i + 1], ["source", "sourced"])
                && (DeniedWithin(text, tokens, i, first, 5) || (tokens[i].Start > 0 && IsQuote(text[tokens[i].Start - 1]) && tokens[i + 1].End < text.Length && IsQuote(text[tokens[i + 1].End]))))
            {
                return true;
            }

            if (i < phrase)
            {
                quotes += CountQuotes(text, tokens[i].Start, i + 1 < tokens.Count ? tokens[i + 1].Start : end);
            }
        }

        // Inside a quotation: 'described as the first “frontier-level open-source AI model,”'.
        if (quotes % 2 == 1 || QuoteOpensBefore(text, tokens[first].Start, from))
        {
            return true;
        }

        // A question mark ends the sentence: "Is Llama 3 open source?". Not a question of the claim when a colon or a
        // dash starts another clause before it ("Phi-4 goes open: what to expect?"), or when the phrase describes the
        // model the question is about ("Can I use a local open-source LLM such as Llama?").
        var asks = !attributive && !StartsClause(text, to, tokens[last].End) && !AsksAboutDescribed(text, tokens, phrase, count, first, last);
        for (var c = tokens[last].End; asks && c < end && c < tokens[last].End + 4; c++)
        {
            if (text[c] == '?')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[c]) && text[c] is not ('*' or '_' or '`' or '"' or '\''))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "the closest thing we have to fully open source", "as close to open source as it gets": an approximation says the
    /// model is not quite it, as "almost open" does. Only when "to" stands right before the phrase (an intensifier or
    /// "being" may come between) and "close" a few words before it: "close to GPT-4 and open source" claims.
    /// </summary>
    private static bool Approximated(string text, List<TextToken> tokens, int phrase, int first)
    {
        var to = phrase - 1;
        while (to > first && !tokens[to + 1].BreakBefore && (IsAny(text, tokens[to], Intensifiers) || TextTokenizer.Is(text, tokens[to], "being")))
        {
            to--;
        }

        if (to <= first || tokens[to + 1].BreakBefore || !TextTokenizer.Is(text, tokens[to], "to"))
        {
            return false;
        }

        for (var i = to - 1; i >= first && i >= to - 4 && !tokens[i + 1].BreakBefore; i--)
        {
            if (IsAny(text, tokens[i], ["close", "closer", "closest", "nearest", "nearer"]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "How powerful is this trillion-parameter open-source model?", "Is our open-source LLM fast enough?": a question
    /// about a model the phrase describes takes the description as given. "Should we switch to an open-source model?"
    /// describes no model of the project's, and stays a question.
    /// </summary>
    private static bool AsksAboutDescribed(string text, List<TextToken> tokens, int phrase, int count, int first, int last)
    {
        var head = Head(text, tokens, phrase + count, last, out var other);
        if (head < 0 || other)
        {
            return false;
        }

        for (var i = phrase - 1; i >= first && i >= phrase - 4; i--)
        {
            if (IsAny(text, tokens[i], ["this", "these", "our", "its"]))
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

    /// <summary>
    /// "You can run the weights locally, like other open-source models": "you can" says what is possible, and asks for
    /// nothing when the phrase describes a model word; "if you can open-source the 8B model" still asks.
    /// </summary>
    private static bool DescribesModelWord(string text, List<TextToken> tokens, int phrase, int count, int last)
        => phrase > 0 && !tokens[phrase].BreakBefore && !IsAny(text, tokens[phrase - 1], VerbStarts)
            && Head(text, tokens, phrase + count, last, out var other) >= 0 && !other;

    private static bool DeniedWithin(string text, List<TextToken> tokens, int phrase, int first, int words)
    {
        for (var i = phrase - 1; i >= first && i >= phrase - words; i--)
        {
            if (IsAny(text, tokens[i], Negations) && !NotOnly(text, tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsClause(string text, int from, int to)
    {
        for (var c = from; c < to; c++)
        {
            if (text[c] is ':' or '\u2014' || (text[c] == '-' && c > from && text[c - 1] == ' ' && c + 1 < to && text[c + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountQuotes(string text, int from, int to)
    {
        var quotes = 0;
        for (var i = from; i < to; i++)
        {
            quotes += text[i] == '"' && !OpensFieldValue(text, i) ? 1 : 0;
        }

        return quotes;
    }

    /// <summary>
    /// 'title: "DeepSeek: The Rise of Open-Source AI"', 'description: "Meta's open-source model family"': a quote right
    /// after a lower-case key at the start of a line (front matter, a YAML or TOML field) opens a value, not a quotation.
    /// A speaker's name before a colon is capitalised: 'Zuckerberg: "Llama is open source"' stays a quotation.
    /// </summary>
    private static bool OpensFieldValue(string text, int quote)
    {
        var i = quote - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 0 || text[i] is not (':' or '='))
        {
            return false;
        }

        i--;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        var keyEnd = i;
        while (i >= 0 && (text[i] is (>= 'a' and <= 'z') or '_' or '-' || char.IsDigit(text[i])))
        {
            i--;
        }

        if (i == keyEnd || !(text[i + 1] is >= 'a' and <= 'z'))
        {
            return false;
        }

        // Only list markers and indentation before the key on its line.
        while (i >= 0 && text[i] is ' ' or '\t' or '-' or '*')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r';
    }

    // A curly opening quote before the phrase that no closing quote ends before it.
    private static bool QuoteOpensBefore(string text, int from, int to)
    {
        var open = false;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\u201C')
            {
                open = true;
            }
            else if (text[i] == '\u201D')
            {
                open = false;
            }
        }

        return open;
    }

    // The "s" of "Mistral's": right after an apostrophe that ends the word before.
    private static bool IsPossessiveMark(string text, List<TextToken> tokens, int s)
        => TextTokenizer.Is(text, tokens[s], "s") && tokens[s].Start == tokens[s - 1].End + 1 && text[tokens[s - 1].End] is '\'' or '\u2019';

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    private static bool IsNegated(string text, List<TextToken> tokens, int phrase)
    {
        // Look back over at most three words in the same clause: "not fully open source", "far from being open source".
        for (var back = 1; back <= 3 && phrase - back >= 0; back++)
        {
            if (tokens[phrase - back + 1].BreakBefore)
            {
                return false;
            }

            if (IsAny(text, tokens[phrase - back], Negations) && !NotOnly(text, tokens, phrase - back))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"not only", "not just", "including but not limited to": a "not" that adds rather than denies.</summary>
    private static bool NotOnly(string text, List<TextToken> tokens, int index)
        => index + 1 < tokens.Count && TextTokenizer.Is(text, tokens[index], "not") && !tokens[index + 1].BreakBefore
            && (IsAny(text, tokens[index + 1], ["only", "just", "merely", "simply"])
                || (TextTokenizer.Is(text, tokens[index + 1], "limited") && index + 2 < tokens.Count && !tokens[index + 2].BreakBefore && TextTokenizer.Is(text, tokens[index + 2], "to")));

    /// <summary>
    /// The models the phrase stands before: "the open-source Llama 3.1", "an open-source LLM, Qwen2.5,", "open-source LLMs
    /// such as Phi, Gemma and Llama" (each model of the list), "open-source models: Llama 3, Mistral 7B".
    /// </summary>
    private static int[]? AttributiveModel(string text, List<TextToken> tokens, int phrase, int count, Phrase kind, ModelAliasIndex models)
    {
        var before = phrase > 0 && !tokens[phrase].BreakBefore ? phrase - 1 : -1;

        // Bare "open" is a licence word only after an article ("the open Llama 3.1 model"): "Open Phi-3 in…" is a verb.
        if (kind == Phrase.Open && (before < 0 || !IsAny(text, tokens[before], ["the", "a", "an", "our"])))
        {
            return null;
        }

        if (kind != Phrase.Open && models.GenericModels is not null && IsGenericMention(text, tokens, phrase + count, out _) && IsPossessive(text, tokens, phrase))
        {
            return models.GenericModels;
        }

        var next = phrase + count;
        var crossed = false;
        for (var skipped = 0; skipped <= MaxFillers && next < tokens.Count; skipped++, next++)
        {
            if (tokens[next].BreakBefore)
            {
                // "An open-source LLM, Qwen2.5, translates", "open-source models (such as Llama 3)", "open-source LLMs:
                // Llama 3, Phi-3": the name may follow one break after "model", "LLM" or "such as". Not a comma after
                // "models": "unlike open-source models, Llama…" contrasts a category with the model.
                if (crossed || skipped == 0 || !MayCrossToName(text, tokens, next))
                {
                    return null;
                }

                crossed = true;
            }

            var found = models.MatchAll(text, tokens, next, out var length);

            // "DeepSeek, a start-up whose open-source AI model, R1, is…": an apposition may give the name without the
            // family word the sentence wrote before it.
            if (found is null && crossed && tokens[next].BreakBefore)
            {
                found = models.MatchAfterFamily(text, tokens, next, SentenceStart(text, tokens, phrase), out length);
                if (found is not null && next + length < tokens.Count && !tokens[next + length].BreakBefore)
                {
                    return null;
                }
            }

            if (found is not null)
            {
                if (!FollowsAsModel(text, tokens, next + length, kind))
                {
                    return null;
                }

                return kind == Phrase.Open ? found : WithListedModels(text, tokens, next + length, found, models);
            }

            if (!IsAny(text, tokens[next], AttributiveFillers))
            {
                // "open models such as DeepSeek V4 and Qwen 3": a list may start with a model the project does not use.
                if (kind != Phrase.Open && next >= 2 && (IsAny(text, tokens[next - 1], ["like", "including"]) || (TextTokenizer.Is(text, tokens[next - 1], "as") && TextTokenizer.Is(text, tokens[next - 2], "such")))
                    && IsOtherListItem(text, tokens, next, out var itemEnd))
                {
                    var rest = WithListedModels(text, tokens, itemEnd, [], models);
                    return rest.Length > 0 ? rest : null;
                }

                return null;
            }
        }

        return null;
    }

    private static int SentenceStart(string text, List<TextToken> tokens, int phrase)
    {
        var first = phrase;
        while (first > 0 && phrase - first < MaxSentenceReach && !TextTokenizer.EndsSentence(text, tokens[first - 1].End, tokens[first].Start))
        {
            first--;
        }

        return first;
    }

    /// <summary>Whether the break before token <paramref name="next"/> may stand between a class of models and the model named.</summary>
    private static bool MayCrossToName(string text, List<TextToken> tokens, int next)
    {
        var previous = tokens[next - 1];
        var gap = text.Substring(previous.End, tokens[next].Start - previous.End).Trim(' ', '*', '_', '\t');
        if (gap == "," && IsAny(text, previous, ["model", "llm"]))
        {
            return true;
        }

        // "e.g. Llama 3": the tokenizer ends a clause at the second full stop.
        if (gap == "." && TextTokenizer.Is(text, previous, "g") && next >= 2 && TextTokenizer.Is(text, tokens[next - 2], "e"))
        {
            return true;
        }

        return (gap is "(" or ":" or "(e.g." or ": ") && IsAny(text, previous, [.. ModelNouns, "as", "like", "including"]);
    }

    /// <summary>The models a list goes on to name after the first: "Phi, Gemma and Llama", "Llama 3 or Mistral 7B".</summary>
    private static int[] WithListedModels(string text, List<TextToken> tokens, int after, int[] first, ModelAliasIndex models)
    {
        List<int>? all = null;
        var next = after;
        var unknownItems = 0;
        while (next < tokens.Count)
        {
            // "Gemma-7b-lt, Llama3-70b-8192, qwen-coder": a part hyphened onto the name (a tag, an edition, a typo) still
            // belongs to the item.
            while (next < tokens.Count && !tokens[next].BreakBefore
                && (IsVariantToken(text, tokens, next) || IsAny(text, tokens[next], ["model", "llm"]) || (next > 0 && tokens[next].Start == tokens[next - 1].End + 1 && text[tokens[next].Start - 1] == '-')))
            {
                next++;
            }

            if (next >= tokens.Count)
            {
                break;
            }

            next = SkipAside(text, tokens, next, out var gapStart);
            if (next >= tokens.Count)
            {
                break;
            }

            var andOr = IsAny(text, tokens[next], ["and", "or"]);
            if (tokens[next].BreakBefore && !OnlyComma(text, gapStart, tokens[next].Start) && !(andOr && OnlyAside(text, gapStart, tokens[next].Start)))
            {
                break;
            }

            if (andOr)
            {
                next++;
            }

            // "originally Mistral 7B, then their Mixtral MoE model": a list in the order the models came, with the maker's
            // possessive before an item.
            if (next + 1 < tokens.Count && !tokens[next + 1].BreakBefore && IsAny(text, tokens[next], ["then", "later"]))
            {
                next++;
                if (next + 1 < tokens.Count && !tokens[next + 1].BreakBefore && IsAny(text, tokens[next], ["their", "its"]))
                {
                    next++;
                }
            }

            // "Meta's Llama or Mistral's Mixtral": the maker's name before an item.
            if (next + 2 < tokens.Count && IsPossessiveMark(text, tokens, next + 1) && !tokens[next + 2].BreakBefore && models.MatchAll(text, tokens, next, out _) is null)
            {
                next += 2;
            }

            var length = 0;
            var found = next < tokens.Count ? models.MatchAll(text, tokens, next, out length) : null;

            // "Llama, Mistral, and more": a maker's name alone as an item stands for the project's models by that maker.
            if (found is null && next + 1 < tokens.Count && char.IsUpper(text[tokens[next].Start])
                && ((tokens[next + 1].BreakBefore && OnlyComma(text, tokens[next].End, tokens[next + 1].Start)) || (!tokens[next + 1].BreakBefore && IsAny(text, tokens[next + 1], ["and", "or"])))
                && models.ByVendor(text.Substring(tokens[next].Start, tokens[next].Length)) is { } byVendor)
            {
                found = byVendor;
                length = 1;
            }

            if (found is null)
            {
                // "GPT-J by EleutherAI, MPT by MosaicML, and BLOOM": a list may name models the project does not use.
                if (++unknownItems > MaxUnknownListItems || !IsOtherListItem(text, tokens, next, out var itemEnd))
                {
                    break;
                }

                next = itemEnd;
                continue;
            }

            all ??= [.. first];
            foreach (var model in found)
            {
                if (!all.Contains(model))
                {
                    all.Add(model);
                }
            }

            next += length;
        }

        return all is null ? first : all.ToArray();
    }

    /// <summary>
    /// The models the phrase is said of: "Llama 3.1 is open source", "Gemma 2, which is open source", and the comparison
    /// classes that make the model a member: "Llama 3.1 is the best open-source model", "Llama 3.1 beats every other
    /// open-source LLM".
    /// </summary>
    private static int[]? PredicativeModel(string text, List<TextToken> tokens, int phrase, int count, Phrase kind, ModelAliasIndex models)
    {
        // "Llama 3.1 is open in another window": bare "open" is a licence word only where the clause ends or goes on plainly,
        // or goes on to the licence ("open under the MIT licence").
        if (kind == Phrase.Open)
        {
            var after = phrase + 1 < tokens.Count ? phrase + 1 : -1;
            if (after >= 0 && !tokens[after].BreakBefore && !IsAny(text, tokens[after], ["and", "to"]) && !UnderLicence(text, tokens, after, tokens.Count - 1)
                && !StartsClause(text, tokens[phrase].End, tokens[after].Start))
            {
                return null;
            }
        }

        var following = phrase + count < tokens.Count && !tokens[phrase + count].BreakBefore ? phrase + count : -1;
        var describesModels = following >= 0 && IsAny(text, tokens[following], ModelNouns);
        // "tops the Open LLM Leaderboard" names a leaderboard, and bare "open" is no licence word there.
        var ranking = following >= 0 && kind is not (Phrase.Open or Phrase.OpenModel) && IsRanking(text, tokens, following);

        // "Llama 3.1's open-source weights", "Llama's open source licence": the model's own weights or terms, which the
        // possessive links as "is" does; "Mistral's open-source inference server" is software, and links nothing.
        var possessed = following >= 0 && IsAny(text, tokens[following], OwnParts);
        var end = phrase;
        var linked = false;
        var compared = false;
        var sawOther = false;
        var releasedAs = ReleasedAs.None;
        for (var skipped = 0; skipped <= MaxPredicativeFillers && end > 0; skipped++)
        {
            if (tokens[end].BreakBefore)
            {
                return skipped > 0 ? AcrossComma(text, tokens, phrase, count, end, models) ?? (compared && ranking ? RankedByClauseSubject(text, tokens, end, models) : null) : null;
            }

            // A claim needs a link: "is", "remains", or "beats every other"; "Mistral's open-source server" has none.
            if (skipped > 0 && (linked || (compared && (describesModels || ranking))))
            {
                var found = SubjectEndingAt(text, tokens, end, kind, models);
                if (found is not null)
                {
                    return found.Length == 0 ? null : found;
                }
            }

            var word = tokens[end - 1];
            if (releasedAs == ReleasedAs.None && (TextTokenizer.Is(text, word, "as") || (TextTokenizer.Is(text, word, "in") && following < 0 && kind != Phrase.Open)))
            {
                releasedAs = ReleasedAs.As;
                end--;
                continue;
            }

            if (releasedAs == ReleasedAs.As)
            {
                // "as" needs a release word before it: "Llama is as open as Mistral" compares.
                if (!IsAny(text, word, ReleaseWords))
                {
                    return null;
                }

                releasedAs = ReleasedAs.Released;
                end--;
                continue;
            }

            if ((possessed && skipped == 0 && TextTokenizer.Is(text, word, "s")) || IsAny(text, word, Copulas) || (TextTokenizer.Is(text, word, "s") && end >= 2 && IsAny(text, tokens[end - 2], ["it", "that", "which"])))
            {
                linked = true;
            }
            else if (ranking && IsAny(text, word, RankingVerbs))
            {
                compared = true;
            }
            else if (IsAny(text, word, ComparisonVerbs))
            {
                // "beats open-source models" says nothing of Llama itself; "beats every other open-source model" does.
                compared = sawOther;
            }
            else if (!IsAny(text, word, PredicativeFillers) && !IsAny(text, word, ComparisonFillers) && !(ranking && IsAny(text, word, ["global", "all", "several", "many"])))
            {
                return null;
            }

            sawOther |= TextTokenizer.Is(text, word, "other");

            // "is the best open-source model", "is one of the most capable open-source LLMs": a superlative class.
            if (linked && IsAny(text, word, ComparisonFillers) && !describesModels)
            {
                return null;
            }

            end--;
        }

        return null;
    }

    /// <summary>"leaderboards", "benchmark records": a ranking right after the phrase.</summary>
    private static bool IsRanking(string text, List<TextToken> tokens, int following)
        => IsAny(text, tokens[following], RankingNouns)
            || (IsAny(text, tokens[following], ["benchmark", "benchmarks", "llm", "model"]) && following + 1 < tokens.Count && !tokens[following + 1].BreakBefore && IsAny(text, tokens[following + 1], RankingNouns));

    /// <summary>
    /// The models whose name (and variant words) ends just before token <paramref name="end"/>; null when none does, and
    /// an empty array when the sentence denies it of them ("Neither GPT-4o nor Llama 3.1 is open source").
    /// </summary>
    private static int[]? SubjectEndingAt(string text, List<TextToken> tokens, int end, Phrase kind, ModelAliasIndex models)
    {
        for (var first = end - 1; first >= 0 && first >= end - 8; first--)
        {
            var found = models.MatchAll(text, tokens, first, out var length);
            if (found is not null && IsVariantSuffix(text, tokens, first + length, end))
            {
                var previous = first > 0 && !tokens[first].BreakBefore ? first - 1 : -1;
                if (previous >= 0 && TextTokenizer.Is(text, tokens[previous], "nor"))
                {
                    return [];
                }

                // "The issue about Mistral 7B is open": with the bare word, the model must be the subject.
                if (kind is Phrase.Open or Phrase.OpenModel && previous >= 0 && !IsAny(text, tokens[previous], SubjectStarts))
                {
                    return null;
                }

                return WithModelsListedBefore(text, tokens, first, found, models);
            }

            if (tokens[first].BreakBefore)
            {
                break;
            }
        }

        var last = end - 1;
        if (SizedModel(text, tokens, last, models) is { } sized)
        {
            return sized;
        }

        if (models.GenericModels is not null && IsGenericNoun(text, tokens[last]) && IsGenericMentionEndingAt(text, tokens, last))
        {
            return models.GenericModels;
        }

        return TextTokenizer.Is(text, tokens[last], "it") ? Antecedent(text, tokens, last, models) : null;
    }

    /// <summary>
    /// "the 405B model is open": a size before "model" names the project's one model of that size (its id holds the size as
    /// a part of its own: "Llama-3.1-405B-Instruct", not "Mixtral-8x7B" for "7B"); null when none or several have it.
    /// </summary>
    private static int[]? SizedModel(string text, List<TextToken> tokens, int noun, ModelAliasIndex models)
    {
        if (noun < 1 || tokens[noun].BreakBefore || !IsAny(text, tokens[noun], ["model", "llm"]))
        {
            return null;
        }

        // The tokenizer cuts "405B" into "405" and "B", and "1.5B" into "1", "5" and "B".
        var unit = tokens[noun - 1];
        if (noun < 2 || unit.Length != 1 || text[unit.Start] is not ('b' or 'B') || !char.IsDigit(text[unit.Start - 1]))
        {
            return null;
        }

        var first = noun - 2;
        while (first > 0 && tokens[first - 1].End == tokens[first].Start - 1 && text[tokens[first].Start - 1] == '.' && char.IsDigit(text[tokens[first - 1].Start]))
        {
            first--;
        }

        var word = text.Substring(tokens[first].Start, unit.End - tokens[first].Start);
        int? found = null;
        for (var model = 0; model < models.Models.Count; model++)
        {
            var id = models.Models[model].CatalogId;
            var at = id?.IndexOf(word, StringComparison.OrdinalIgnoreCase) ?? -1;
            if (at > 0 && id![at - 1] is '-' or '_' or '/' && (at + word.Length == id.Length || !char.IsLetterOrDigit(id[at + word.Length])))
            {
                if (found is not null)
                {
                    return null;
                }

                found = model;
            }
        }

        return found is { } one ? [one] : null;
    }

    /// <summary>The models a list names before the last: "Qwen, Gemma, and DeepSeek-R1 are…".</summary>
    private static int[] WithModelsListedBefore(string text, List<TextToken> tokens, int first, int[] found, ModelAliasIndex models)
    {
        var all = found;
        var at = first;
        while (at > 0 && ListGoesOn(text, tokens, MakerBefore(text, tokens, at)))
        {
            // "Meta's Llama and Mistral's Mixtral are…": the maker's name before an item is read past, as it is forwards.
            at = MakerBefore(text, tokens, at);

            // Step back over "and"/"or" (and the comma before it), then find the name that ends there.
            var end = tokens[at].BreakBefore || !IsAny(text, tokens[at - 1], ["and", "or"]) ? at : at - 1;
            int[]? previous = null;
            var start = -1;
            for (var candidate = end - 1; candidate >= 0 && candidate >= end - 6; candidate--)
            {
                var match = models.MatchAll(text, tokens, candidate, out var length);
                if (match is not null && IsVariantSuffix(text, tokens, candidate + length, end))
                {
                    previous = match;
                    start = candidate;
                    break;
                }

                if (tokens[candidate].BreakBefore)
                {
                    break;
                }
            }

            if (previous is null)
            {
                break;
            }

            all = Union(all, previous);
            at = start;
        }

        return all;
    }

    /// <summary>The token of the maker's name when "Maker's" stands right before the item at <paramref name="item"/>, else the item.</summary>
    private static int MakerBefore(string text, List<TextToken> tokens, int item)
        => item >= 2 && !tokens[item].BreakBefore && !tokens[item - 1].BreakBefore && IsPossessiveMark(text, tokens, item - 1) ? item - 2 : item;

    /// <summary>
    /// "Gemma 2, which is open source" and "Gemma 2 9B, an open-source model": the model is named before a comma that
    /// the walk back over "which is" or "an" reached.
    /// </summary>
    private static int[]? AcrossComma(string text, List<TextToken> tokens, int phrase, int count, int comma, ModelAliasIndex models)
    {
        if (comma == 0 || !OnlyComma(text, tokens[comma - 1].End, tokens[comma].Start))
        {
            return null;
        }

        var relative = TextTokenizer.Is(text, tokens[comma], "which") || TextTokenizer.Is(text, tokens[comma], "that");
        var apposition = IsAny(text, tokens[comma], ["a", "an", "the"]) && phrase + count < tokens.Count
            && !tokens[phrase + count].BreakBefore && IsAny(text, tokens[phrase + count], ModelNouns);
        if (!relative && !apposition)
        {
            return null;
        }

        var found = SubjectEndingAt(text, tokens, comma, Phrase.OpenSource, models);
        return found is { Length: > 0 } ? found : null;
    }

    /// <summary>
    /// "Llama 3.1 expanded to 405B parameters, setting new open-source benchmark records": a participle after a comma has
    /// the clause's subject, the model it begins with.
    /// </summary>
    private static int[]? RankedByClauseSubject(string text, List<TextToken> tokens, int participle, ModelAliasIndex models)
    {
        if (participle == 0 || !OnlyComma(text, tokens[participle - 1].End, tokens[participle].Start)
            || text[tokens[participle].End - 1] != 'g' || !text.Substring(tokens[participle].Start, tokens[participle].Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = participle - 1;
        while (start > 0 && participle - start < MaxPredicativeFillers * 3 && !tokens[start].BreakBefore)
        {
            // "Llama 3.1 is big, but Qwen is faster, setting…": one clause, with no other before the participle.
            if (IsAny(text, tokens[start], ["but", "while", "whereas", "although", "though", "and", "or", "unlike"]))
            {
                return null;
            }

            start--;
        }

        if ((!tokens[start].BreakBefore && start > 0) || text.IndexOfAny([',', ';'], tokens[start].Start, tokens[participle - 1].End - tokens[start].Start) >= 0)
        {
            return null;
        }

        var found = models.MatchAll(text, tokens, start, out _);
        return found is { Length: > 0 } ? found : null;
    }

    // How many sentences before its own "it" may reach back for its model, through sentences that speak of it too.
    private const int MaxAntecedentSentences = 3;

    /// <summary>
    /// "it is open source" after exactly one model named earlier in the same sentence, or in a sentence before when "it"
    /// opens its own clause ("Mistral 7B is small. It is also fully open source.", "… And since it's open source").
    /// Sentences between that name no model are crossed only while they keep speaking of "it" ("Mistral 7B runs on a
    /// laptop. That means I could integrate it anywhere. And since it's open source…") or are a few words ("The best
    /// part? It's open-sourced").
    /// </summary>
    private static int[]? Antecedent(string text, List<TextToken> tokens, int pronoun, ModelAliasIndex models)
    {
        int[]? found = null;
        var crossed = 0;
        var mentionsIt = false;
        var sentenceEnd = pronoun;
        for (var i = pronoun - 1; i >= 0 && pronoun - i <= 2 * MaxSentenceReach; i--)
        {
            // Not past a denial ("DeepSeek is not an open-source model. It is an open model.").
            if (TextTokenizer.EndsSentence(text, tokens[i].End, tokens[i + 1].Start))
            {
                if (found is not null || !MayCross(text, tokens, i + 1, pronoun, crossed, mentionsIt, sentenceEnd))
                {
                    break;
                }

                // "- It is open source" in a list: the item speaks of what the list is about, the heading or line that
                // leads it, not of the item above ("- Runs Mistral 7B locally\n- It is open source (MIT)").
                if (crossed == 0 && TextTokenizer.ListItemAt(text, tokens[pronoun].Start) >= 0)
                {
                    return i + 1 == pronoun ? LeadModel(text, tokens, pronoun, models) : null;
                }

                crossed++;
                mentionsIt = false;
                sentenceEnd = i + 1;
            }

            if (IsAny(text, tokens[i], ["not", "never", "neither"]) || IsContractedNot(text, tokens[i]))
            {
                return null;
            }

            mentionsIt |= crossed > 0 && TextTokenizer.Is(text, tokens[i], "it");
            var candidate = models.MatchAll(text, tokens, i, out _);

            // "Stable Diffusion differs from other generators, such as DALL-E 2, in that it is open source": an example of
            // another class, or the other side of a comparison, is not what "it" stands for.
            if (candidate is not null && i > 0 && !tokens[i].BreakBefore
                && (IsAny(text, tokens[i - 1], ["like", "including", "than", "unlike", "vs", "versus"])
                    || (i >= 2 && TextTokenizer.Is(text, tokens[i - 1], "as") && TextTokenizer.Is(text, tokens[i - 2], "such"))))
            {
                continue;
            }

            if (candidate is not null)
            {
                if (found is not null && found[0] != candidate[0])
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    // Words that may open a sentence before its "it" without naming anything "it" could stand for.
    private static readonly string[] ClauseOpeners =
    [
        "and", "but", "so", "since", "because", "plus", "also", "yet", "now", "best", "of", "all", "moreover", "besides",
        "furthermore", "additionally", "even", "better", "still", "what", "s", "more", "on", "top", "that", "in", "addition",
        "as", "a", "result", "finally", "importantly", "crucially",
    ];

    // How many words a clause before "it" may hold: "Unlike most of its rivals, it is…".
    private const int MaxOpenerWords = 6;

    /// <summary>
    /// Whether <see cref="Antecedent"/> may go on into the sentence before the one starting at <paramref name="start"/>:
    /// from "it"'s own sentence when "it" opens it or follows only connecting words or a short clause before a comma that
    /// names no software ("Unlike most rivals, it's…"; not "When the app starts, it…"); from a sentence before, only while
    /// that sentence speaks of "it" too or is a few words.
    /// </summary>
    private static bool MayCross(string text, List<TextToken> tokens, int start, int pronoun, int crossed, bool mentionsIt, int sentenceEnd)
    {
        if (crossed >= MaxAntecedentSentences)
        {
            return false;
        }

        if (crossed > 0)
        {
            return mentionsIt || sentenceEnd - start <= 4;
        }

        if (start == pronoun)
        {
            return true;
        }

        if (pronoun - start > MaxOpenerWords)
        {
            return false;
        }

        var connectives = true;
        for (var i = start; i < pronoun; i++)
        {
            if (IsAny(text, tokens[i], SoftwareNouns) || IsAny(text, tokens[i], ProjectNouns) || IsAny(text, tokens[i], ["you", "we", "i", "they", "this", "which"]))
            {
                return false;
            }

            connectives &= IsAny(text, tokens[i], ClauseOpeners);
        }

        return connectives || text.IndexOf(',', tokens[pronoun - 1].End, tokens[pronoun].Start - tokens[pronoun - 1].End) >= 0;
    }

    // How many lines of a list are walked back to find the line that leads it.
    private const int MaxListLines = 24;

    /// <summary>
    /// The one model named by the line that leads the list holding token <paramref name="item"/>: a heading ("### Mistral
    /// 7B") or a line that names the model and little else ("Mistral 7B:"). Null when the list has no such lead, or the
    /// lead names software around the model ("## Llama 3.1 chat app") or more than one model.
    /// </summary>
    private static int[]? LeadModel(string text, List<TextToken> tokens, int item, ModelAliasIndex models)
    {
        var line = text.LastIndexOf('\n', Math.Max(0, tokens[item].Start - 1));
        for (var walked = 0; line > 0 && walked < MaxListLines; walked++)
        {
            var lineStart = text.LastIndexOf('\n', line - 1) + 1;
            if (TextTokenizer.ListItemAt(text, lineStart) < 0 && !string.IsNullOrWhiteSpace(text.Substring(lineStart, line - lineStart)))
            {
                var lead = ModelOfLine(text, tokens, lineStart, line, models);
                if (lead is not null || !IsBoldLabelLine(text, tokens, lineStart, line))
                {
                    return lead;
                }
            }

            line = lineStart - 1;
        }

        return null;
    }

    /// <summary>
    /// "### Mistral 7B\n- Open source: Apache 2.0": a list item that opens with the phrase as its label (or is the phrase
    /// alone) says it of what the list is about, the model its heading names.
    /// </summary>
    private static int[]? ListLabel(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        if (TextTokenizer.ListItemAt(text, tokens[phrase].Start) < 0)
        {
            return null;
        }

        var end = tokens[phrase + count - 1].End;
        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var next = phrase + count < tokens.Count ? Math.Min(tokens[phrase + count].Start, lineEnd) : lineEnd;
        var alone = next == lineEnd && string.IsNullOrWhiteSpace(text.Substring(end, lineEnd - end).Trim('*', '_', '`', '.'));
        return alone || IsLabelSeparator(text, end, next) && text.IndexOf('(', end, next - end) < 0
            ? LeadModel(text, tokens, phrase, models)
            : null;
    }

    // Words a lead line may hold besides the model's name: "### About Mistral 7B", "Mistral 7B at a glance".
    private const int MaxLeadWords = 3;

    private static int[]? ModelOfLine(string text, List<TextToken> tokens, int lineStart, int lineEnd, ModelAliasIndex models)
    {
        int[]? found = null;
        var other = 0;
        for (var i = FirstTokenAt(tokens, lineStart); i < tokens.Count && tokens[i].Start < lineEnd; i++)
        {
            var candidate = models.MatchAll(text, tokens, i, out var length);
            if (candidate is null)
            {
                if (++other > MaxLeadWords || IsAny(text, tokens[i], SoftwareNouns) || IsAny(text, tokens[i], ProjectNouns))
                {
                    return null;
                }

                continue;
            }

            if (found is not null && found[0] != candidate[0])
            {
                return null;
            }

            found = candidate;
            i += length - 1;
        }

        return found;
    }

    private static int FirstTokenAt(List<TextToken> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// "- [Kimi K2](…) - Open MoE models by Moonshot AI. #opensource": a hashtag labels the line it stands in, when the
    /// line begins (after list and link markup) with the model's name.
    /// </summary>
    private static int[]? TaggedModel(string text, List<TextToken> tokens, int phrase, int start, ModelAliasIndex models)
    {
        var at = tokens[phrase].Start;
        if (at == start || text[at - 1] != '#')
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', at - 1, at - start) + 1;
        lineStart = Math.Max(lineStart, start);
        var first = phrase;
        while (first > 0 && tokens[first - 1].Start >= lineStart)
        {
            first--;
        }

        if (first == phrase)
        {
            return null;
        }

        for (var c = lineStart; c < tokens[first].Start; c++)
        {
            if (!char.IsWhiteSpace(text[c]) && text[c] is not ('-' or '*' or '+' or '[' or '_' or '|' or '>'))
            {
                return null;
            }
        }

        var found = models.MatchAll(text, tokens, first, out var length);
        if (found is null)
        {
            return null;
        }

        // "- [Le Chat](…) - A chatbot interface powered by Mistral models. #opensource": the line is about software.
        for (var i = first + length; i < phrase; i++)
        {
            if (IsAny(text, tokens[i], SoftwareNouns) || IsAny(text, tokens[i], ["chatbot", "chatbots", "interface", "assistant", "service", "website"]))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>"Model: Llama 3.1 (open source)", "| Llama 3.1 | open source |", "Phi-3 Mini — open source": a label after the name.</summary>
    private static int[]? LabelledModel(string text, List<TextToken> tokens, int phrase, int count, ModelAliasIndex models)
    {
        var after = phrase + count;
        if (after < tokens.Count && !tokens[after].BreakBefore && text.IndexOf('|', tokens[after - 1].End, tokens[after].Start - tokens[after - 1].End) < 0)
        {
            return null;
        }

        if (phrase == 0 || !IsLabelSeparator(text, tokens[phrase - 1].End, tokens[phrase].Start))
        {
            return null;
        }

        for (var first = phrase - 1; first >= 0 && first >= phrase - 8; first--)
        {
            var found = models.MatchAll(text, tokens, first, out var length);
            if (found is not null && IsVariantSuffix(text, tokens, first + length, phrase, inParentheses: true))
            {
                return found;
            }

            if (first < phrase - 1 && tokens[first + 1].BreakBefore && !OnlyParentheses(text, tokens[first].End, tokens[first + 1].Start))
            {
                break;
            }
        }

        return null;
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
                case ' ' or '\t' or '*' or '_' or '`' or ')':
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

        // "Llama 3's inference code", "Whisper's CLI": what the model has is software, not the model.
        if (after < tokens.Count && IsPossessiveMark(text, tokens, after))
        {
            for (var i = after + 1; i < tokens.Count && i <= after + 3 && !tokens[i].BreakBefore; i++)
            {
                if (IsAny(text, tokens[i], SoftwareNouns))
                {
                    return false;
                }
            }
        }

        if (after >= tokens.Count || tokens[after].BreakBefore)
        {
            // "Open source, OpenAI-based Whisper, a desktop application for Windows": the apposition says it is software.
            return after >= tokens.Count || !IsSoftwareApposition(text, tokens, after);
        }

        // "a GPT-4o level model", "GPT-4-class": a yardstick, not the model; "open-source ChatGPT alternatives": other models.
        if (IsAny(text, tokens[after], SoftwareNouns) || IsAny(text, tokens[after], ["level", "class", "grade", "tier", "alternative", "alternatives", "rival", "rivals", "competitor", "competitors", "clone", "clones", "killer", "killers"]))
        {
            return false;
        }

        // "Llama-based models", "Mistral-derived checkpoints", "a Llama-powered app": what others make from the model, or
        // run on it. "Mistral 7B based on sliding-window attention" is the model itself, described.
        if (IsAny(text, tokens[after], ["based", "derived", "powered"])
            && !(after + 1 < tokens.Count && !tokens[after + 1].BreakBefore && IsAny(text, tokens[after + 1], ["on", "upon", "from", "by"])))
        {
            return false;
        }

        // "the open Llama 3.1 issue": bare "open" needs the sentence to go on about the model itself.
        return kind != Phrase.Open || IsAny(text, tokens[after], ["model", "llm", "weights", "and", "from", "by", "for"]);
    }

    /// <summary>", a desktop application", ", an open-source CLI": a comma, an article and software within three words.</summary>
    private static bool IsSoftwareApposition(string text, List<TextToken> tokens, int index)
    {
        if (text.IndexOf(',', tokens[index - 1].End, tokens[index].Start - tokens[index - 1].End) < 0 || !IsAny(text, tokens[index], ["a", "an"]))
        {
            return false;
        }

        for (var i = index + 1; i < tokens.Count && i <= index + 3 && !tokens[i].BreakBefore; i++)
        {
            if (IsAny(text, tokens[i], SoftwareNouns))
            {
                return true;
            }
        }

        return false;
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
    private static bool IsVariantSuffix(string text, List<TextToken> tokens, int from, int to, bool inParentheses = false)
    {
        for (var i = from; i < to; i++)
        {
            // "Mistral Large 2 (2407)": a label may give the version in parentheses.
            var parenthesized = inParentheses && OnlyParentheses(text, tokens[i - 1].End, tokens[i].Start);
            if ((tokens[i].BreakBefore && !parenthesized) || !IsVariantToken(text, tokens, i))
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

    private static bool OnlyParentheses(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not ('(' or ')' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether one comma, and nothing else the reader sees, stands between two offsets: emphasis, quotes around a name,
    /// brackets and Markdown link targets are not seen ("[Llama 3](https://…), [Mixtral](…)").
    /// </summary>
    private static bool OnlyComma(string text, int from, int to)
    {
        var commas = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == ',')
            {
                commas++;
            }
            else if (text[i] == ']' && i + 1 < to && text[i + 1] == '(' && TextTokenizer.LinkEnd(text, i + 1, to) is var linkEnd and > 0)
            {
                i = linkEnd - 1;
            }
            else if (text[i] == ']' && i + 1 < to && text[i + 1] == '[' && TextTokenizer.ReferenceEnd(text, i + 1, to) is var referenceEnd and > 0)
            {
                i = referenceEnd - 1;
            }
            else if (IsLinkIcon(text, i, to))
            {
            }
            else if (!char.IsWhiteSpace(text[i]) && text[i] is not ('*' or '_' or '`' or '[' or ']' or '"' or '\u201C' or '\u201D'))
            {
                return false;
            }
        }

        return commas == 1;
    }

    /// <summary>"[Gemma ⧉]", "[Llama 3 ↗]": a symbol at the end of a link's text is an icon, not a word.</summary>
    private static bool IsLinkIcon(string text, int at, int to)
    {
        if (char.GetUnicodeCategory(text[at]) is not (System.Globalization.UnicodeCategory.MathSymbol or System.Globalization.UnicodeCategory.OtherSymbol))
        {
            return false;
        }

        for (var i = at + 1; i < to; i++)
        {
            if (text[i] == ']')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('*' or '_' or '`'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a list goes on after an item and what the reader skips with it: an aside in parentheses ("Mixtral-8x7B (a
    /// sparse mixture of experts) and Mistral-7B"), who made it ("LLaMA by Meta, Mistral 7B by Mistral") or what it is
    /// for ("all-MiniLM-L6-v2 for speed, all-mpnet-base-v2 for quality"). Returns the token after the aside and sets
    /// <paramref name="gapStart"/> to where the text between items starts.
    /// </summary>
    private static int SkipAside(string text, List<TextToken> tokens, int next, out int gapStart)
    {
        gapStart = tokens[next - 1].End;
        if (next >= tokens.Count)
        {
            return next;
        }

        if (!tokens[next].BreakBefore && IsAny(text, tokens[next], ["by", "from", "for"]))
        {
            var end = next + 1;
            while (end < tokens.Count && end <= next + 6 && !tokens[end].BreakBefore && !IsAny(text, tokens[end], ["and", "or"]))
            {
                end++;
            }

            if (end < tokens.Count && end <= next + 6 && (tokens[end].BreakBefore || IsAny(text, tokens[end], ["and", "or"])))
            {
                gapStart = tokens[end - 1].End;
                return end;
            }

            return next;
        }

        var open = text.IndexOf('(', gapStart, tokens[next].Start - gapStart);
        if (open < 0 || text.IndexOf(',', gapStart, open - gapStart) >= 0)
        {
            return next;
        }

        // The matching ')' within a bounded stretch, nested parentheses included.
        var depth = 0;
        var limit = Math.Min(text.Length, open + 300);
        for (var c = open; c < limit; c++)
        {
            depth += text[c] == '(' ? 1 : text[c] == ')' ? -1 : 0;
            if (depth == 0)
            {
                var after = next;
                while (after < tokens.Count && tokens[after].Start <= c)
                {
                    after++;
                }

                gapStart = c + 1;
                return after;
            }
        }

        return next;
    }

    private const int MaxUnknownListItems = 3;

    /// <summary>
    /// A list item naming something the project does not use: a capitalised name of at most three words ("GPT-J",
    /// "Falcon LLM"), or a tag written in lower case with a hyphen, colon or number in it as model ids and Ollama tags are
    /// ("qwen-coder", "phi3:mini"), then what may follow an item. Sets <paramref name="end"/> to the token after the name.
    /// </summary>
    private static bool IsOtherListItem(string text, List<TextToken> tokens, int start, out int end)
    {
        end = start;
        var tag = start + 1 < tokens.Count && !tokens[start + 1].BreakBefore
            && (tokens[start + 1].Start == tokens[start].End || (tokens[start + 1].Start == tokens[start].End + 1 && (TextTokenizer.IsHyphen(text[tokens[start].End]) || text[tokens[start].End] == ':')));
        if (!char.IsUpper(text[tokens[start].Start]) && !tag)
        {
            return false;
        }

        end = start + 1;
        while (end < tokens.Count && end < start + 3 && !tokens[end].BreakBefore && !IsAny(text, tokens[end], ["by", "from", "for", "and", "or"]))
        {
            end++;
        }

        return end < tokens.Count && (tokens[end].BreakBefore || IsAny(text, tokens[end], ["by", "from", "for", "and", "or"]));
    }

    // Nothing but spaces, emphasis and quotes: what may stand between an aside and "and" ("(7B) and Mistral").
    private static bool OnlyAside(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('*' or '_' or '`' or '"' or ',' or '\u201C' or '\u201D'))
            {
                return false;
            }
        }

        return true;
    }

    private enum ReleasedAs
    {
        None,
        As,
        Released,
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
