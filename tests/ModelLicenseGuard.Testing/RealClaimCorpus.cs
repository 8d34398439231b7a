using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Real sentences from public READMEs, docs and model cards (tests/data/claims, see its README.md): each with its source,
/// the models a project writing it uses, and the claims it makes, marked « ». Split once, at random, into a development
/// half (the claim finder may be tuned on it) and a held-out half (it may not).
/// </summary>
public sealed class RealClaimCorpus
{
    public const string Development = "development";
    public const string HeldOut = "held-out";

    /// <summary>A second corpus, gathered later from other sources and split the same way (tests/data/claims/README.md).</summary>
    public const string Development2 = "development-2";

    public const string HeldOut2 = "held-out-2";

    /// <summary>A third corpus, from GitHub READMEs, docs and issues and from web pages, split the same way.</summary>
    public const string Development3 = "development-3";

    public const string HeldOut3 = "held-out-3";

    /// <summary>A fourth corpus, gathered after the third's figures were known, split the same way.</summary>
    public const string Development4 = "development-4";

    public const string HeldOut4 = "held-out-4";

    /// <summary>A fifth corpus, gathered after the fourth's figures were known and the finder tuned on it, split the same way.</summary>
    public const string Development5 = "development-5";

    public const string HeldOut5 = "held-out-5";

    /// <summary>A sixth corpus, gathered after every change made for the first five, split the same way.</summary>
    public const string Development6 = "development-6";

    public const string HeldOut6 = "held-out-6";

    /// <summary>A seventh corpus, gathered after a round tuned on the sixth development half, split the same way.</summary>
    public const string Development7 = "development-7";

    public const string HeldOut7 = "held-out-7";

    /// <summary>
    /// An eighth corpus of passages: each sentence with the text that comes right before it in its source (the heading
    /// above it and up to two sentences or list items), because real text often makes the claim in a sentence that does
    /// not name the model itself ("It is open source." under "## Mistral 7B").
    /// </summary>
    public const string Development8 = "development-8";

    public const string HeldOut8 = "held-out-8";

    /// <summary>A ninth corpus of passages, gathered after the rounds tuned on the eighth development half, split by source.</summary>
    public const string Development9 = "development-9";

    public const string HeldOut9 = "held-out-9";

    private RealClaimCorpus(string half, IReadOnlyList<CorpusSentence> sentences)
    {
        Half = half;
        Sentences = sentences;
    }

    public string Half { get; }

    /// <summary>
    /// Whether the claim finder may be tuned on <paramref name="half"/>. Only such halves print their per-sentence notes:
    /// a held-out half reports its figures and nothing a reader could tune on.
    /// </summary>
    public static bool MayTuneOn(string half) => half.StartsWith(Development, StringComparison.Ordinal);

    /// <summary>The per-sentence notes of <paramref name="notes"/> that may be shown for <paramref name="half"/>.</summary>
    public static IEnumerable<string> ShownNotes(string half, IEnumerable<string> notes) =>
        MayTuneOn(half) ? notes : Enumerable.Empty<string>();

    public IReadOnlyList<CorpusSentence> Sentences { get; }

    public static RealClaimCorpus Load(string half)
    {
        var path = Repository.PathOf($"tests/data/claims/{half}.tsv");
        var sentences = new List<CorpusSentence>();
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // Five fields, or six where the sentence comes with the text before it (the passage corpora).
            var fields = line.Split('\t');
            if (fields.Length is not (5 or 6))
            {
                throw new FormatException($"{path}({i + 1}): expected 5 or 6 tab-separated fields, found {fields.Length}");
            }

            sentences.Add(CorpusSentence.Parse(fields, $"{Path.GetFileName(path)}({i + 1})"));
        }

        return new RealClaimCorpus(half, sentences);
    }
}

/// <summary>One labelled sentence.</summary>
public sealed class CorpusSentence
{
    public required string Id { get; init; }

    /// <summary>Catalog ids of the models the project that writes the sentence uses.</summary>
    public required IReadOnlyList<string> Project { get; init; }

    public required string Source { get; init; }

    /// <summary>The sentence as written, without the « » marks.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The text right before the sentence in its source (a heading, the sentences or list items before it), with its line
    /// breaks; empty when the corpus gives none. It is not labelled: only claims in <see cref="Text"/> are scored.
    /// </summary>
    public string Context { get; init; } = string.Empty;

    /// <summary>The context and the sentence as they stand in the source, the sentence on a line of its own at the end.</summary>
    public string Passage => Context.Length == 0 ? Text : Context + "\n" + Text;

    /// <summary>The claims the sentence makes: where the phrase stands, and the catalog ids it is about.</summary>
    public required IReadOnlyList<ExpectedClaim> Claims { get; init; }

    public required string Where { get; init; }

    public static CorpusSentence Parse(string[] fields, string where)
    {
        var project = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var about = fields[2] == "-" ? [] : fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = StripMarks(fields[fields.Length - 1], where, out var spans);
        var context = fields.Length == 6 && fields[4] != "-" ? fields[4].Replace("\\n", "\n", StringComparison.Ordinal) : string.Empty;
        if ((spans.Count == 0) != (about.Length == 0))
        {
            throw new FormatException($"{where}: a claim needs the models it is about, and a look-alike none");
        }

        // As many models as phrases: one each, in order; otherwise every phrase is about all of them (a family, a list).
        var claims = spans
            .Select((span, i) => new ExpectedClaim(span.Start, span.Length, spans.Count == about.Length ? [about[i]] : about))
            .ToList();
        return new CorpusSentence { Id = fields[0], Project = project, Source = fields[3], Text = text, Context = context, Claims = claims, Where = where };
    }

    /// <summary>The sentence without its « » marks, and where each marked phrase stands in it.</summary>
    public static string StripMarks(string marked, string where, out List<(int Start, int Length)> spans)
    {
        var text = new StringBuilder();
        spans = [];
        var at = 0;
        while (at < marked.Length)
        {
            var open = marked.IndexOf('«', at);
            if (open < 0)
            {
                text.Append(marked, at, marked.Length - at);
                break;
            }

            var close = marked.IndexOf('»', open);
            if (close < 0)
            {
                throw new FormatException($"{where}: '«' without '»'");
            }

            text.Append(marked, at, open - at);
            spans.Add((text.Length, close - open - 1));
            text.Append(marked, open + 1, close - open - 1);
            at = close + 1;
        }

        return text.ToString();
    }
}

public sealed record ExpectedClaim(int Start, int Length, IReadOnlyList<string> About);

/// <summary>A claim a detector reported: where, and the catalog ids its message names.</summary>
public sealed record FoundClaim(int Start, int Length, IReadOnlyList<string> About);

/// <summary>Precision, recall and how often a found claim names exactly the right models, with every miss listed.</summary>
public sealed class CorpusScore
{
    private readonly List<string> _notes = [];

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int RightModels { get; private set; }

    public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

    public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

    /// <summary>Of the true claims found, the share whose message names exactly the models the sentence is about.</summary>
    public double RightModelRate => RightModels / (double)Math.Max(1, TruePositives);

    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Claims whose sentence names one of the models they are about (the rest rest on a pronoun or the text around them).</summary>
    public int NamedClaims { get; private set; }

    /// <summary>Of <see cref="NamedClaims"/>, those found.</summary>
    public int NamedFound { get; private set; }

    /// <summary>Scores what was found in one sentence: a found claim counts when it overlaps a marked phrase.</summary>
    /// <param name="names">Whether the sentence names one of the models a marked claim is about; null when not measured.</param>
    public void Add(CorpusSentence sentence, IReadOnlyList<FoundClaim> found, Func<ExpectedClaim, bool>? names = null)
    {
        foreach (var claim in sentence.Claims)
        {
            NamedClaims += names?.Invoke(claim) == true ? 1 : 0;
        }

        var unmatched = sentence.Claims.ToList();
        foreach (var claim in found)
        {
            var expected = unmatched.FirstOrDefault(e => e.Start < claim.Start + claim.Length && claim.Start < e.Start + e.Length);
            var phrase = sentence.Text.Substring(claim.Start, claim.Length);
            if (expected is null)
            {
                FalsePositives++;
                _notes.Add($"false positive «{phrase}» about {string.Join(", ", claim.About)} in {sentence.Id}: {sentence.Text}");
                continue;
            }

            unmatched.Remove(expected);
            TruePositives++;
            NamedFound += names?.Invoke(expected) == true ? 1 : 0;
            if (new HashSet<string>(claim.About, StringComparer.OrdinalIgnoreCase).SetEquals(expected.About))
            {
                RightModels++;
            }
            else
            {
                _notes.Add($"wrong model «{phrase}»: named {string.Join(", ", claim.About)}, is about {string.Join(", ", expected.About)} in {sentence.Id}: {sentence.Text}");
            }
        }

        foreach (var missed in unmatched)
        {
            FalseNegatives++;
            _notes.Add($"missed «{sentence.Text.Substring(missed.Start, missed.Length)}»{(names?.Invoke(missed) == true ? " (its model named)" : string.Empty)} in {sentence.Id}: {sentence.Text}");
        }
    }

    public string NamedSummary(string half)
        => $"{half}: {NamedClaims} of {TruePositives + FalseNegatives} claims name one of their models in their own sentence; recall on those {NamedFound / (double)Math.Max(1, NamedClaims):0.000}, on the rest {(TruePositives - NamedFound) / (double)Math.Max(1, TruePositives + FalseNegatives - NamedClaims):0.000}";

    public string Summary(string half)
        => $"{half}: precision {Precision:0.000}, recall {Recall:0.000}, right model {RightModelRate:0.000} ({TruePositives} found, {FalsePositives} false, {FalseNegatives} missed, {TruePositives - RightModels} with the wrong model)";
}
