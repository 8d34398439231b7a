using System;
using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;
using Xunit.Abstractions;

namespace ModelLicenseGuard.Core.Tests.Claims;

/// <summary>
/// The claim finder on real sentences from public sources (tests/data/claims), each judged against the models the
/// project that writes it uses. The development half is what the finder was tuned on; the held-out half was not looked
/// at while tuning, so its figures are the ones that say how the finder does on text nobody here wrote. The end-to-end
/// test (RealClaimCorpusEndToEndTests) measures the held-out half again through the packed package.
/// </summary>
public class RealClaimCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(RealClaimCorpus.Development, 300)]
    [InlineData(RealClaimCorpus.HeldOut, 300)]
    [InlineData(RealClaimCorpus.Development2, 120)]
    [InlineData(RealClaimCorpus.HeldOut2, 120)]
    [InlineData(RealClaimCorpus.Development3, 170)]
    [InlineData(RealClaimCorpus.HeldOut3, 170)]
    [InlineData(RealClaimCorpus.Development4, 160)]
    [InlineData(RealClaimCorpus.HeldOut4, 160)]
    [InlineData(RealClaimCorpus.Development5, 110)]
    [InlineData(RealClaimCorpus.HeldOut5, 110)]
    [InlineData(RealClaimCorpus.Development6, 110)]
    [InlineData(RealClaimCorpus.HeldOut6, 110)]
    [InlineData(RealClaimCorpus.Development7, 100)]
    [InlineData(RealClaimCorpus.HeldOut7, 100)]
    [InlineData(RealClaimCorpus.Development8, 350)]
    [InlineData(RealClaimCorpus.HeldOut8, 350)]
    [InlineData(RealClaimCorpus.Development9, 140)]
    [InlineData(RealClaimCorpus.HeldOut9, 140)]
    public void Corpus_half_is_real_large_and_mostly_look_alikes(string half, int minimumSentences)
    {
        var corpus = RealClaimCorpus.Load(half);

        Assert.True(corpus.Sentences.Count >= minimumSentences, $"the {half} half has {corpus.Sentences.Count} sentences");
        Assert.All(corpus.Sentences, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), $"{s.Id} has no source"));
        Assert.All(corpus.Sentences.SelectMany(s => s.Project), id => Assert.True(ModelLicenseGuard.Models.ModelCatalog.TryFind(id, out _), $"{id} is not in the catalog"));
        var lookAlikes = corpus.Sentences.Count(s => s.Claims.Count == 0);
        Assert.True(lookAlikes * 2 >= corpus.Sentences.Count - 20, $"{lookAlikes} look-alikes of {corpus.Sentences.Count}");
    }

    [Fact]
    public void Halves_do_not_share_a_sentence()
    {
        var development = RealClaimCorpus.Load(RealClaimCorpus.Development).Sentences.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(RealClaimCorpus.Load(RealClaimCorpus.HeldOut).Sentences, s => development.Contains(s.Text));
    }

    [Theory]
    // Floors under today's figures, not the targets (precision 0.97, recall 0.90 on the held-out halves). Today: the
    // development halves (tuned on) precision 1.00, 1.00, 0.99, 1.00 and 1.00, recall 0.88, 0.86, 0.85, 0.80 and 0.69; the
    // held-out halves precision 0.93, 0.98, 0.93, 0.92 and 0.95, recall 0.69, 0.79, 0.80, 0.77 and 0.69, right model 0.92,
    // 0.93, 0.93, 0.82 and 0.97. When first measured, before any tuning on its corpus: the second held-out half 0.88 and
    // 0.77, the third 0.89 and 0.77, the fourth 0.91, 0.70 and right model 0.85, the fifth 0.95, 0.67 and 0.97 (its
    // development half 1.00 and 0.57); the sixth, gathered after the
    // fifth and measured once before anything was tuned on it: development 0.89 and 0.52, right model 0.83, held-out 0.89
    // and 0.56, right model 0.90. After a round tuned on the sixth development half: development 1.00, 0.80 and right
    // model 0.94. The seventh, gathered after that round and measured once before anything was tuned on it: development
    // 0.93 and 0.65, right model 0.85; held-out 0.86 and 0.62, right model 0.90. The eighth, of passages (each sentence
    // with the text before it), split by source, measured once before anything was tuned on it: development 0.90 and
    // 0.56, right model 0.85; held-out 0.94 and 0.65, right model 0.82. After a round tuned on its development half:
    // development 0.99 and 0.66, right model 0.86; held-out 0.95 and 0.65, right model 0.82. The ninth, of passages split
    // by source, measured once before anything was tuned on it: development 0.81 and 0.66, right model 0.72; held-out
    // 0.93 and 0.62, right model 0.95. After a round tuned on its development half: development 0.85, 0.66 and 0.72.
    // They guard against getting worse.
    [InlineData(RealClaimCorpus.Development, 0.97, 0.85, 0.85)]
    [InlineData(RealClaimCorpus.HeldOut, 0.90, 0.65, 0.85)]
    [InlineData(RealClaimCorpus.Development2, 0.97, 0.82, 0.85)]
    [InlineData(RealClaimCorpus.HeldOut2, 0.94, 0.74, 0.85)]
    [InlineData(RealClaimCorpus.Development3, 0.94, 0.80, 0.85)]
    [InlineData(RealClaimCorpus.HeldOut3, 0.90, 0.76, 0.85)]
    [InlineData(RealClaimCorpus.Development4, 0.95, 0.74, 0.85)]
    [InlineData(RealClaimCorpus.HeldOut4, 0.89, 0.74, 0.80)]
    [InlineData(RealClaimCorpus.Development5, 0.97, 0.64, 0.90)]
    [InlineData(RealClaimCorpus.HeldOut5, 0.92, 0.62, 0.90)]
    [InlineData(RealClaimCorpus.Development6, 0.97, 0.77, 0.92)]
    [InlineData(RealClaimCorpus.HeldOut6, 0.85, 0.53, 0.85)]
    [InlineData(RealClaimCorpus.Development7, 0.97, 0.75, 0.92)]
    [InlineData(RealClaimCorpus.HeldOut7, 0.83, 0.58, 0.85)]
    [InlineData(RealClaimCorpus.Development8, 0.97, 0.62, 0.82)]
    [InlineData(RealClaimCorpus.HeldOut8, 0.90, 0.60, 0.78)]
    [InlineData(RealClaimCorpus.Development9, 0.82, 0.62, 0.68)]
    [InlineData(RealClaimCorpus.HeldOut9, 0.88, 0.58, 0.90)]
    public void Precision_recall_and_the_model_named(string half, double minimumPrecision, double minimumRecall, double minimumRightModel)
    {
        var score = Score(RealClaimCorpus.Load(half));

        output.WriteLine(score.Summary(half));
        output.WriteLine(score.NamedSummary(half));
        foreach (var note in RealClaimCorpus.ShownNotes(half, score.Notes))
        {
            output.WriteLine(note);
        }

        Assert.True(score.Precision >= minimumPrecision, score.Summary(half));
        Assert.True(score.Recall >= minimumRecall, score.Summary(half));
        Assert.True(score.RightModelRate >= minimumRightModel, score.Summary(half) + "\n" + string.Join("\n", RealClaimCorpus.ShownNotes(half, score.Notes).Where(n => n.StartsWith("wrong", StringComparison.Ordinal))));
    }

    /// <summary>The catalog ids of the project's models the sentence names anywhere, by any of their names.</summary>
    private static HashSet<string> Named(string text, ModelAliasIndex index)
    {
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = TextTokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var model in index.MatchAll(text, tokens, i, out _) ?? [])
            {
                named.Add(index.Models[model].CatalogId!);
            }
        }

        return named;
    }

    public static CorpusScore Score(RealClaimCorpus corpus)
    {
        var indexes = new Dictionary<string, ModelAliasIndex>(StringComparer.Ordinal);
        var score = new CorpusScore();
        foreach (var sentence in corpus.Sentences)
        {
            var key = string.Join(" ", sentence.Project);
            if (!indexes.TryGetValue(key, out var index))
            {
                var problems = new List<ManifestProblem>();
                var models = sentence.Project.Select(r => ModelClassifier.Classify(new ModelFacts("hf:" + r, "reference") { IsReference = true }, problems)).ToList();
                index = indexes[key] = ModelAliasIndex.ForProject(models);
            }

            // A passage is read whole, as its source stands; only the claims in its last sentence are scored.
            var passage = sentence.Passage;
            var offset = passage.Length - sentence.Text.Length;
            var found = (ClaimFinder.Find(passage, index) ?? [])
                .Where(c => c.Start >= offset)
                .Select(c => new FoundClaim(c.Start - offset, c.Length, c.Models.Select(m => index.Models[m].CatalogId!).ToList()))
                .ToList();
            var named = Named(sentence.Text, index);
            score.Add(sentence, found, claim => claim.About.Any(named.Contains));
        }

        return score;
    }
}
