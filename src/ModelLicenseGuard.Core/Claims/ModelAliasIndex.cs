using System;
using System.Collections.Generic;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// The names of the models a claim can be about, tokenized once so matching allocates nothing. Every surface form of a
/// name meets here: the tokenizer splits letters from digits and drops separators, so "Llama-3.1", "llama3.1",
/// "Llama 3.1" and "LLaMA 3.1" are the same words. Besides each model's own names (display name, Hugging Face id, Ollama
/// tags, family) the index knows each family's root ("Gemma" for a project that uses Gemma 2 9B), which may name several
/// of the project's models at once.
/// </summary>
public sealed class ModelAliasIndex
{
    // Leading words of a name that name a vendor or say nothing on their own: "Meta Llama 3", "text-embedding-3".
    private static readonly string[] NotRoots = ["meta", "google", "microsoft", "alibaba", "openai", "text", "all", "open", "code", "the", "gpt", "model", "base", "chat", "instruct"];

    // The shortest root that stands for a family; shorter ones ("Yi", "o") are ordinary words too often.
    private const int MinimumRootLength = 3;

    private readonly List<Alias> _aliases = [];

    public ModelAliasIndex(IReadOnlyList<ManifestEntry> models)
        : this(models, genericModels: null)
    {
    }

    private ModelAliasIndex(IReadOnlyList<ManifestEntry> models, int[]? genericModels)
    {
        Models = models;
        GenericModels = genericModels;
        var byWords = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = 0; i < models.Count; i++)
        {
            var own = OwnNames(models[i]);
            foreach (var name in models[i].Aliases)
            {
                // "Mistral Large 2 (2407)" is written "Mistral Large 2" too.
                var parenthesis = name.IndexOf(" (", StringComparison.Ordinal);
                foreach (var form in parenthesis > 0 ? [name, name.Substring(0, parenthesis)] : new[] { name })
                {
                    var words = Words(form);
                    if (words.Length == 0)
                    {
                        continue;
                    }

                    var level = own.Contains(string.Join(" ", words)) ? Level.Own : Level.Other;
                    Add(byWords, words, i, level);

                    // "Llama 3.1 405B" names "Llama 3.1 405B Instruct" as well as the whole name does.
                    var core = WithoutVariantWords(words);
                    if (core.Length != words.Length && core.Length > 1)
                    {
                        Add(byWords, core, i, level);
                    }

                    if (Root(words) is { } root)
                    {
                        Add(byWords, root, i, Level.Root);
                    }
                }
            }
        }

        // A family-wide name one model carries and another does not ("FLUX", which the FLUX.1 [dev] licence names its
        // models by, beside FLUX.1 [schnell]; "Stable Diffusion" beside "Stable Diffusion XL Base 1.0") fits every
        // project model whose own name begins with it: the claim names them all, rather than the one that happens to
        // carry the alias.
        var ownNames = new List<string[]>[models.Count];
        for (var i = 0; i < models.Count; i++)
        {
            ownNames[i] = [];
            foreach (var name in OwnNames(models[i]))
            {
                ownNames[i].Add(name.Split(' '));
            }
        }

        foreach (var entry in byWords.Values)
        {
            if (entry.Level == Level.Own)
            {
                continue;
            }

            for (var i = 0; i < models.Count; i++)
            {
                if (!entry.Models.Contains(i) && ownNames[i].Exists(name => StartsWith(name, entry.Words)))
                {
                    entry.Models.Add(i);
                }
            }
        }

        foreach (var entry in byWords.Values)
        {
            var modelList = new int[entry.Models.Count];
            entry.Models.CopyTo(modelList);
            _aliases.Add(new Alias(entry.Words, modelList));
        }

        // Longest first, so "Llama 3.1" wins over "Llama" at the same place; ties in a stable order.
        _aliases.Sort((a, b) =>
        {
            var byLength = b.Words.Length.CompareTo(a.Words.Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(string.Join(" ", a.Words), string.Join(" ", b.Words));
        });
    }

    public IReadOnlyList<ManifestEntry> Models { get; }

    /// <summary>
    /// The models "our model", "its weights", "this open-source LLM" and "we open-source our checkpoints" refer to: every
    /// model of the project, or null when such words could also mean a model that may be called open source (open-source
    /// AI) or one whose terms are unknown. A generic claim is a claim about the project's own models only when it cannot
    /// be about any other kind.
    /// </summary>
    public int[]? GenericModels { get; }

    public bool IsEmpty => _aliases.Count == 0 && GenericModels is null;

    /// <summary>
    /// The index for a project's manifest: the models claims are judged about (open weights, restricted weights, closed;
    /// open-source AI may be called open source and an unknown licence is not judged).
    /// </summary>
    public static ModelAliasIndex ForProject(IReadOnlyList<ManifestEntry> manifestModels)
    {
        var judged = new List<ManifestEntry>();
        var allJudged = true;
        foreach (var model in manifestModels)
        {
            if (model.Tier is OpennessTier.OpenWeights or OpennessTier.RestrictedWeights or OpennessTier.Closed)
            {
                judged.Add(model);
            }
            else
            {
                allJudged = false;
            }
        }

        int[]? generic = null;
        if (allJudged && judged.Count > 0)
        {
            generic = new int[judged.Count];
            for (var i = 0; i < generic.Length; i++)
            {
                generic[i] = i;
            }
        }

        return new ModelAliasIndex(judged, generic);
    }

    // Vendors as prose names them, and the Hugging Face organisations their models are published under.
    private static readonly (string Vendor, string[] Organisations)[] Vendors =
    [
        ("meta", ["meta-llama", "facebook"]), ("google", ["google"]), ("microsoft", ["microsoft"]), ("mistral", ["mistralai"]),
        ("alibaba", ["Qwen"]), ("deepseek", ["deepseek-ai"]), ("openai", ["openai", "openai-community"]), ("anthropic", ["anthropic"]),
        ("stability", ["stabilityai"]), ("xai", ["xai-org"]), ("tii", ["tiiuae"]), ("nvidia", ["nvidia"]), ("ibm", ["ibm-granite"]),
    ];

    /// <summary>The project's models published by a vendor ("Meta", "Google"), or null when it uses none of theirs.</summary>
    public int[]? ByVendor(string vendor)
    {
        foreach (var (name, organisations) in Vendors)
        {
            if (!string.Equals(name, vendor, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            List<int>? found = null;
            for (var i = 0; i < Models.Count; i++)
            {
                var id = Models[i].CatalogId;
                var slash = id?.IndexOf('/') ?? -1;
                if (slash > 0 && Array.Exists(organisations, o => string.Compare(id!, 0, o, 0, slash, StringComparison.OrdinalIgnoreCase) == 0 && o.Length == slash))
                {
                    (found ??= []).Add(i);
                }
            }

            return found?.ToArray();
        }

        return null;
    }

    /// <summary>
    /// The models a claim is about, as its messages name them: one subject per openness tier the claim covers, so each
    /// model is held to its own tier's rule ("the open-source Mistral 7B and GPT-4o": open weights, and closed). Models of
    /// one tier that the words fit together (a family name, a list) make one subject that names them all, lists every
    /// licence and restriction involved and takes the strictest tier among them.
    /// </summary>
    public IReadOnlyList<ManifestEntry> Subjects(ClaimMatch claim)
    {
        if (claim.Models.Length == 1)
        {
            return [Models[claim.Model]];
        }

        var subjects = new List<ManifestEntry>();
        var groups = new List<List<int>>();
        foreach (var index in claim.Models)
        {
            var group = groups.Find(g => SameRule(Models[g[0]].Tier, Models[index].Tier));
            if (group is null)
            {
                groups.Add(group = []);
            }

            group.Add(index);
        }

        foreach (var group in groups)
        {
            subjects.Add(group.Count == 1 ? Models[group[0]] : Combine(group));
        }

        return subjects;
    }

    // Restricted weights and anything stricter that is not closed share MLG0002; open weights MLG0001; closed MLG0003.
    private static bool SameRule(OpennessTier a, OpennessTier b) => Strictness(a) == Strictness(b);

    private ManifestEntry Combine(List<int> group)
    {
        var subject = new ManifestEntry { Tier = OpennessTier.OpenWeights };
        var names = new List<string>();
        var licenses = new List<string>();
        var urls = new List<string>();
        var restrictions = new List<string>();
        foreach (var index in group)
        {
            var model = Models[index];
            names.Add(model.Name);
            AddDistinct(licenses, model.License);
            AddDistinct(urls, model.LicenseUrl);
            AddDistinct(restrictions, model.Restrictions);
            if (Strictness(model.Tier) > Strictness(subject.Tier))
            {
                subject.Tier = model.Tier;
            }
        }

        subject.Name = string.Join("', '", names);
        subject.License = string.Join("', '", licenses);
        subject.LicenseUrl = urls.Count == 0 ? null : string.Join(" and ", urls);
        subject.Restrictions = restrictions.Count == 0 ? null : string.Join("; ", restrictions);
        return subject;
    }

    private static int Strictness(OpennessTier tier) => tier switch
    {
        OpennessTier.Closed => 3,
        OpennessTier.RestrictedWeights => 2,
        _ => 1,
    };

    private static void AddDistinct(List<string> list, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !list.Contains(value!))
        {
            list.Add(value!);
        }
    }

    /// <summary>Finds the model named starting at token <paramref name="index"/>; returns the model index or -1.</summary>
    internal int Match(string text, List<TextToken> tokens, int index, out int tokenCount)
    {
        var models = MatchAll(text, tokens, index, out tokenCount);
        return models is null ? -1 : models[0];
    }

    /// <summary>
    /// The models named by the mention that starts at token <paramref name="index"/>, most specific name first, or null.
    /// A Hugging Face id ("meta-llama/Llama-2-7b-hf") is read as a whole: the name after the '/' decides, not the
    /// organisation. A mention that goes on with another version than the name matched ("Llama 3" in "Llama 3.1",
    /// "Qwen2" in "Qwen2.5", "Llama" in "Llama 2") names another model, and matches nothing. More than one model comes
    /// back when the words fit several of the project's models equally well (a family name): the caller names them all.
    /// </summary>
    internal int[]? MatchAll(string text, List<TextToken> tokens, int index, out int tokenCount)
    {
        tokenCount = 0;
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }

        // "[Llama 3](https://deepinfra.com/meta-llama/Llama-3.3-70B-Instruct)": a link whose target holds a project
        // model's Hugging Face id names that model, however loosely its text does.
        if (LinkedModel(text, tokens, index, out var linkTokens) is { } linked)
        {
            tokenCount = linkTokens;
            return [linked];
        }

        // "DeepSeek's R1", "Mistral's Small 3.1": the family word in the possessive, then the rest of the name.
        if (PossessiveName(text, tokens, index, out var possessiveLength) is { } possessed)
        {
            tokenCount = possessiveLength;
            return possessed;
        }

        // The tokens written together with the first ("meta-llama/Llama-2-7b-hf", "llama3.1:8b") are one compound; a
        // name may start at its first token or right after a '/'.
        var compoundEnd = index + 1;
        var afterSlash = -1;
        while (compoundEnd < tokens.Count && Joined(text, tokens[compoundEnd - 1], tokens[compoundEnd]))
        {
            // "llama3/4" and "Llama 3.1/3.2" are two versions; an id's name after the '/' begins with a letter.
            if (text.IndexOf('/', tokens[compoundEnd - 1].End, tokens[compoundEnd].Start - tokens[compoundEnd - 1].End) >= 0
                && char.IsLetter(text[tokens[compoundEnd].Start]))
            {
                afterSlash = compoundEnd;
            }

            compoundEnd++;
        }

        var best = Longest(text, tokens, index, out var bestLength);
        if (afterSlash > 0 && Longest(text, tokens, afterSlash, out var idLength) is { } byName && afterSlash + idLength >= index + bestLength)
        {
            best = byName;
            bestLength = afterSlash + idLength - index;
        }
        else if (afterSlash > 0 && best is not null && index + bestLength <= afterSlash)
        {
            // Only the organisation matched ("meta-llama/…" read as "Meta Llama"): the id names something else.
            best = null;
        }

        if (best is null || GoesOnWithAnotherVersion(text, tokens, index + bestLength))
        {
            return null;
        }

        tokenCount = bestLength;
        return MoreSizes(text, tokens, index, best, ref tokenCount) ?? best.Models;
    }

    /// <summary>
    /// "Gemma 2 9B and 27B", "Llama 3.1 8B/70B", "Qwen2.5 7B, 14B or 32B": more sizes after a name that ends in one name
    /// the project's models of those sizes too. The mention takes in every size, found or not, so the words after it
    /// ("… are open source") still read from its end. Null when no size follows.
    /// </summary>
    private int[]? MoreSizes(string text, List<TextToken> tokens, int index, Alias best, ref int tokenCount)
    {
        var words = best.Words;
        if (words.Length < 3 || !char.IsDigit(words[words.Length - 2][0]) || words[words.Length - 1] is not ("b" or "m"))
        {
            return null;
        }

        List<int>? all = null;
        var at = index + tokenCount;
        while (at < tokens.Count)
        {
            // A joining word, or only "/", "+", "&" or a comma between the sizes.
            var number = IsAnyWord(text, tokens[at], "and", "or") && !tokens[at].BreakBefore ? at + 1 : at;
            if (number + 1 >= tokens.Count || (number == at && !OnlySizeJoiner(text, tokens[at - 1].End, tokens[at].Start))
                || (number > at && tokens[number].BreakBefore)
                || !char.IsDigit(text[tokens[number].Start]) || tokens[number + 1].Start != tokens[number].End || tokens[number + 1].Length != 1
                || char.ToLowerInvariant(text[tokens[number + 1].Start]) != words[words.Length - 1][0]
                || (number + 2 < tokens.Count && tokens[number + 2].Start == tokens[number + 1].End))
            {
                break;
            }

            all ??= [.. best.Models];
            var size = text.Substring(tokens[number].Start, tokens[number].Length);
            foreach (var alias in _aliases)
            {
                if (alias.Words.Length == words.Length && alias.Words[words.Length - 2] == size && SamePrefix(alias.Words, words, words.Length - 2))
                {
                    foreach (var model in alias.Models)
                    {
                        if (!all.Contains(model))
                        {
                            all.Add(model);
                        }
                    }
                }
            }

            at = number + 2;
            tokenCount = at - index;
        }

        return all?.ToArray();
    }

    private static bool SamePrefix(string[] a, string[] b, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return a[length + 1] == b[length + 1];
    }

    private static bool OnlySizeJoiner(string text, int from, int to)
    {
        var joiners = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] is '/' or '+' or '&' or ',')
            {
                joiners++;
            }
            else if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return joiners == 1;
    }

    private static bool IsAnyWord(string text, TextToken token, string first, string second)
        => TextTokenizer.Is(text, token, first) || TextTokenizer.Is(text, token, second);

    /// <summary>
    /// The project model a Markdown link starting at token <paramref name="index"/> points to: its text begins with the
    /// first word of the model's name and its target holds the model's id as two path segments ("…/org/name", any case).
    /// Returns the model's index and the tokens of the link text, or null.
    /// </summary>
    private int? LinkedModel(string text, List<TextToken> tokens, int index, out int tokenCount)
    {
        tokenCount = 0;
        var start = tokens[index].Start;
        if (start == 0 || text[start - 1] != '[')
        {
            return null;
        }

        var close = text.IndexOf(']', start, Math.Min(text.Length - start, MaxLinkTextLength));
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(' || TextTokenizer.LinkEnd(text, close + 1, text.Length) is not (var end and > 0))
        {
            return null;
        }

        var target = text.Substring(close + 2, end - close - 3);
        var firstWord = text.Substring(start, tokens[index].Length);
        for (var m = 0; m < Models.Count; m++)
        {
            var id = Models[m].CatalogId;
            if (id is null || id.IndexOf('/') < 0 || !StartsWithWord(Models[m].Name, firstWord) || !HoldsSegments(target, id))
            {
                continue;
            }

            var count = 0;
            while (index + count < tokens.Count && tokens[index + count].Start < close)
            {
                count++;
            }

            tokenCount = count;
            return m;
        }

        return null;
    }

    // Link text longer than this is a sentence, not a name.
    private const int MaxLinkTextLength = 80;

    private static bool StartsWithWord(string? name, string word)
        => name is not null && name.Length >= word.Length && string.Compare(name, 0, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (name.Length == word.Length || !char.IsLetter(name[word.Length]));

    /// <summary>Whether <paramref name="target"/> holds <paramref name="id"/> ("org/name") as whole path segments.</summary>
    private static bool HoldsSegments(string target, string id)
    {
        for (var at = target.IndexOf(id, StringComparison.OrdinalIgnoreCase); at >= 0; at = target.IndexOf(id, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + id.Length;
            if (at > 0 && target[at - 1] == '/' && (after == target.Length || target[after] is '/' or '?' or '#'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest alias that starts at token <paramref name="index"/>.</summary>
    /// <summary>
    /// The models a name written with its family word in the possessive names ("DeepSeek's R1" for DeepSeek-R1), when the
    /// rest of the name holds a number; null otherwise ("Mistral's models", "DeepSeek's team").
    /// </summary>
    private int[]? PossessiveName(string text, List<TextToken> tokens, int index, out int tokenCount)
    {
        tokenCount = 0;
        var s = index + 1;
        if (s + 1 >= tokens.Count || tokens[s + 1].BreakBefore || !TextTokenizer.Is(text, tokens[s], "s") || tokens[s].Start != tokens[index].End + 1
            || text[tokens[index].End] is not ('\'' or '\u2019'))
        {
            return null;
        }

        foreach (var alias in _aliases)
        {
            var rest = alias.Words.Length - 1;
            if (rest < 1 || s + rest >= tokens.Count || !TextTokenizer.Is(text, tokens[index], alias.Words[0]))
            {
                continue;
            }

            var matched = true;
            var number = false;
            for (var w = 1; w <= rest && matched; w++)
            {
                var token = tokens[s + w];
                matched = !token.BreakBefore && TextTokenizer.Is(text, token, alias.Words[w]);
                number |= char.IsDigit(text[token.Start]);
            }

            if (matched && number && !ContinuesAsAnotherName(text, tokens[s + rest].End))
            {
                tokenCount = rest + 2;
                return alias.Models;
            }
        }

        return null;
    }

    /// <summary>
    /// The models a short name starting at token <paramref name="index"/> stands for when the family word before it in
    /// the name is written earlier, from token <paramref name="from"/>: "DeepSeek … its open-source AI model, R1, …"
    /// names DeepSeek-R1. The short name must hold a number ("R1", "3.1 8B"), so a plain word ("Large") names nothing.
    /// </summary>
    internal int[]? MatchAfterFamily(string text, List<TextToken> tokens, int index, int from, out int tokenCount)
    {
        foreach (var alias in _aliases)
        {
            var rest = alias.Words.Length - 1;
            if (rest < 1 || alias.Words[0].Length < MinimumRootLength || index + rest > tokens.Count)
            {
                continue;
            }

            var matched = true;
            var number = false;
            for (var w = 1; w <= rest && matched; w++)
            {
                var token = tokens[index + w - 1];
                matched = (w == 1 || !token.BreakBefore) && TextTokenizer.Is(text, token, alias.Words[w]);
                number |= char.IsDigit(text[token.Start]);
            }

            if (!matched || !number || ContinuesAsAnotherName(text, tokens[index + rest - 1].End))
            {
                continue;
            }

            for (var i = from; i < index; i++)
            {
                if (TextTokenizer.Is(text, tokens[i], alias.Words[0]))
                {
                    tokenCount = rest;
                    return alias.Models;
                }
            }
        }

        tokenCount = 0;
        return null;
    }

    private Alias? Longest(string text, List<TextToken> tokens, int index, out int tokenCount)
    {
        foreach (var alias in _aliases)
        {
            if (index + alias.Words.Length > tokens.Count)
            {
                continue;
            }

            var matched = true;
            for (var w = 0; w < alias.Words.Length && matched; w++)
            {
                var token = tokens[index + w];
                matched = (w == 0 || !token.BreakBefore) && TextTokenizer.Is(text, token, alias.Words[w]);
            }

            if (matched && !ContinuesAsAnotherName(text, tokens[index + alias.Words.Length - 1].End))
            {
                tokenCount = alias.Words.Length;
                return alias;
            }
        }

        tokenCount = 0;
        return null;
    }

    /// <summary>
    /// True when the token after a matched name carries on its version: "Llama 3" + ".1", "Qwen2" + ".5", "Llama" + " 2".
    /// A size ("8B", "8x7B") or a variant word ("Instruct", "mini") keeps the model.
    /// </summary>
    private static bool GoesOnWithAnotherVersion(string text, List<TextToken> tokens, int next)
    {
        if (next >= tokens.Count || tokens[next].BreakBefore || !char.IsDigit(text[tokens[next].Start]))
        {
            return false;
        }

        var previous = tokens[next - 1];
        var gap = tokens[next].Start - previous.End;

        // "| Llama 3.1 405B | 80.4% |": a table's bar ends the cell, and the name with it.
        if (text.IndexOf('|', previous.End, gap) >= 0)
        {
            return false;
        }

        var previousIsNumber = char.IsDigit(text[previous.Start]);
        if (previousIsNumber)
        {
            // "3" then ".1" (a minor version); "3" then " 70B" or "-8B" is a size.
            return gap == 1 && text[previous.End] == '.';
        }

        // A size, then a context length: "llama3-70b-8192", "mixtral-8x7b-32768", as hosted APIs name models.
        if (gap == 1 && previous.Length == 1 && char.ToLowerInvariant(text[previous.Start]) is 'b' or 'm'
            && Array.IndexOf(ContextLengths, text.Substring(tokens[next].Start, tokens[next].Length)) >= 0)
        {
            return false;
        }

        // A name without a number, then a number: "Llama 2", "Qwen2", "GPT-4"; unless the number is a size ("Mistral 7B").
        return !IsSize(text, tokens, next) || gap == 0;
    }

    private static readonly string[] ContextLengths = ["2048", "4096", "8192", "16384", "32768", "65536", "131072"];

    private static bool IsSize(string text, List<TextToken> tokens, int number)
    {
        if (number + 1 >= tokens.Count || tokens[number + 1].Start != tokens[number].End)
        {
            return false;
        }

        var unit = tokens[number + 1];
        return unit.Length == 1 && (char.ToLowerInvariant(text[unit.Start]) is 'b' or 'm' or 'k' or 'x');
    }

    /// <summary>True when nothing but name punctuation ('-', '/', '.', '_', ':') joins two tokens.</summary>
    private static bool Joined(string text, TextToken previous, TextToken next)
    {
        if (next.BreakBefore)
        {
            return false;
        }

        for (var i = previous.End; i < next.Start; i++)
        {
            if (text[i] is not ('-' or '/' or '.' or '_' or ':') && !TextTokenizer.IsHyphen(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the name goes on as a file, package or identifier ("llama.cpp", "gemma.cpp", "llama_index"): those
    /// name software around the model, not the model.
    /// </summary>
    private static bool ContinuesAsAnotherName(string text, int end)
        => end + 1 < text.Length && (text[end] == '.' || text[end] == '_') && char.IsLetter(text[end + 1]);

    // A size or edition between a family's name and its version: "Mistral Small 3.1", "Mistral Large 2".
    private static readonly string[] Editions = ["small", "medium", "large"];

    /// <summary>
    /// The family's root: the one word before the first number of a name ("Gemma" of "Gemma 2 9B"), or the two words a
    /// longer name begins with ("Stable Diffusion" of "Stable Diffusion XL Base 1.0", "Llama Guard" of "Llama Guard 3 8B");
    /// null when the name has no version number or begins with a vendor or a common word.
    /// </summary>
    private static string[]? Root(string[] words)
    {
        if (words.Length < 2 || words[0].Length < MinimumRootLength || !char.IsLetter(words[0][0]) || Array.IndexOf(NotRoots, words[0]) >= 0)
        {
            return null;
        }

        // "Gemma 2", "Qwen2.5", and "DeepSeek-R1" / "DeepSeek V3", whose version is a letter and a number; "Mistral Small 3.1".
        var versioned = char.IsDigit(words[1][0])
            || (words.Length >= 3 && (words[1].Length == 1 || Array.IndexOf(Editions, words[1]) >= 0) && char.IsDigit(words[2][0]));
        if (versioned)
        {
            return [words[0]];
        }

        // Two words of letters, then a version further on: the pair is the family's name as prose writes it.
        if (words.Length < 3 || !IsAllLetters(words[0]) || !IsAllLetters(words[1]) || words[1].Length < 2 || Array.IndexOf(NotRoots, words[1]) >= 0)
        {
            return null;
        }

        for (var k = 2; k < words.Length; k++)
        {
            if (char.IsDigit(words[k][0]))
            {
                return [words[0], words[1]];
            }
        }

        return null;
    }

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How closely a name fits: a model's own name or id beats a name it shares with others (its family, a base model,
    /// an Ollama tag), which beats a family's root. With the same words, only the closest fit's models are named: "GPT-4o"
    /// is GPT-4o, not also GPT-4o mini, whose family is called GPT-4o.
    /// </summary>
    private enum Level
    {
        Root,
        Other,
        Own,
    }

    private sealed class Entry(string[] words, Level level)
    {
        public string[] Words { get; } = words;

        public Level Level { get; set; } = level;

        public SortedSet<int> Models { get; } = [];
    }

    private static HashSet<string> OwnNames(ManifestEntry model)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { string.Join(" ", Words(model.Name)) };
        if (model.CatalogId is { } id)
        {
            names.Add(string.Join(" ", Words(id.Substring(id.LastIndexOf('/') + 1))));
        }

        var parenthesis = model.Name.IndexOf(" (", StringComparison.Ordinal);
        if (parenthesis > 0)
        {
            names.Add(string.Join(" ", Words(model.Name.Substring(0, parenthesis))));
        }

        return names;
    }

    // True when the name begins with the words and goes on with more than a further version of them: "flux" begins
    // "flux 1 schnell", but "llama 3" does not begin "llama 3 1 8b", whose version is another.
    private static bool StartsWith(string[] name, string[] words)
    {
        if (words.Length >= name.Length || (char.IsDigit(words[words.Length - 1][0]) && char.IsDigit(name[words.Length][0])))
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (!string.Equals(name[w], words[w], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(Dictionary<string, Entry> byWords, string[] words, int model, Level level)
    {
        var key = string.Join(" ", words);
        if (!byWords.TryGetValue(key, out var entry))
        {
            entry = new Entry(words, level);
            byWords[key] = entry;
        }
        else if (level > entry.Level)
        {
            entry.Models.Clear();
            entry.Level = level;
        }
        else if (level < entry.Level)
        {
            return;
        }

        entry.Models.Add(model);
    }

    // Trailing words that say which variant of a model a name is, not which model: "Instruct", "Chat", "it", "hf", "v0.1".
    private static readonly string[] VariantEndings = ["instruct", "chat", "it", "hf", "base", "v"];

    private static string[] WithoutVariantWords(string[] words)
    {
        var length = words.Length;
        while (length > 1)
        {
            var last = words[length - 1];
            if (Array.IndexOf(VariantEndings, last) >= 0)
            {
                length--;
            }
            else if (char.IsDigit(last[0]) && length > 2 && (words[length - 2] == "v" || (char.IsDigit(words[length - 2][0]) && words[length - 3] == "v")))
            {
                // "v0.1" is "v 0 1": drop the numbers, then the "v".
                length--;
            }
            else
            {
                break;
            }
        }

        if (length == words.Length)
        {
            return words;
        }

        var core = new string[length];
        Array.Copy(words, core, length);
        return core;
    }

    private static string[] Words(string name)
    {
        var tokens = TextTokenizer.Tokenize(name);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = name.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant();
        }

        return words;
    }

    private sealed class Alias
    {
        public Alias(string[] words, int[] models)
        {
            Words = words;
            Models = models;
        }

        public string[] Words { get; }

        public int[] Models { get; }
    }
}
