using System;
using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Testing;
using Xunit.Abstractions;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// Claims measured as a user meets them: sentences in the README of a project that references the models they name,
/// built with the packed package, and the warnings read from the build's output.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class RealClaimCorpusEndToEndTests(PackageFixture package, ITestOutputHelper output)
{
    // Floors under today's held-out figures, not the targets (0.97 and 0.90, every claim naming the right model): the
    // finder still misses about three real claims in ten; these keep it from getting worse while it is improved.
    private const double MinimumPrecision = 0.90;
    private const double MinimumRecall = 0.65;
    private const double MinimumRightModel = 0.85;

    /// <summary>
    /// Each half of the real-sentence corpus (tests/data/claims). Nothing was tuned on the held-out half, whose figures are
    /// the ones that count; the development half, which the finder was tuned on, is measured the same way so the two can
    /// be compared and a difference between this path and the finder alone shows on text that may be read.
    /// </summary>
    [Theory]
    [InlineData(RealClaimCorpus.HeldOut, MinimumPrecision, MinimumRecall)]
    [InlineData(RealClaimCorpus.Development, 0.97, 0.84)]
    [InlineData(RealClaimCorpus.HeldOut2, 0.94, 0.74)]
    [InlineData(RealClaimCorpus.HeldOut3, 0.90, 0.76)]
    [InlineData(RealClaimCorpus.HeldOut4, 0.89, 0.74, 0.80)]
    [InlineData(RealClaimCorpus.HeldOut5, 0.92, 0.62, 0.90)]
    [InlineData(RealClaimCorpus.HeldOut6, 0.85, 0.55, 0.85)]
    [InlineData(RealClaimCorpus.HeldOut7, 0.80, 0.55, 0.85)]
    [InlineData(RealClaimCorpus.HeldOut8, 0.90, 0.60, 0.80)]
    [InlineData(RealClaimCorpus.HeldOut9, 0.88, 0.58, 0.90)]
    public void Corpus_sentences_are_judged_with_the_right_model_licence_and_rule(string half, double minimumPrecision, double minimumRecall, double minimumRightModel = MinimumRightModel)
    {
        var corpus = RealClaimCorpus.Load(half);
        var projects = new ReadmeProjects(package);
        var groups = corpus.Sentences.GroupBy(s => string.Join(" ", s.Project.OrderBy(p => p, StringComparer.Ordinal))).Select(g => g.ToList()).ToList();
        foreach (var group in groups)
        {
            projects.Add(group[0].Project, group.Select(s => (s.Context, s.Text)));
        }

        var built = projects.Build();
        var score = new CorpusScore();
        var wrongRules = new List<string>();
        for (var p = 0; p < groups.Count; p++)
        {
            var names = Names(groups[p][0].Project);
            for (var s = 0; s < groups[p].Count; s++)
            {
                var sentence = groups[p][s];
                // A claim about models of several tiers is one warning per tier, each at the phrase: together they are
                // one claim, about every model they name, and each warning's rule is its own models' tier's.
                var found = new List<FoundClaim>();
                foreach (var atPhrase in built[p][s].Warnings.GroupBy(w => w.Column))
                {
                    var about = new List<string>();
                    foreach (var warning in atPhrase)
                    {
                        var named = ReadmeProjects.NamedModels(warning.Message).Select(n => names.TryGetValue(n, out var id) ? id : "?" + n).ToList();
                        about.AddRange(named.Where(id => !about.Contains(id)));
                        if (ExpectedRule(named) != warning.Id)
                        {
                            wrongRules.Add($"{sentence.Id}: {warning.Id}, expected {ExpectedRule(named)}: {warning.Message}");
                        }
                    }

                    found.Add(new FoundClaim(atPhrase.Key - 1, 1, about));
                }

                score.Add(sentence, found);
            }
        }

        output.WriteLine(score.Summary(half + ", end to end") + $", {wrongRules.Count} with the wrong rule");
        var shown = RealClaimCorpus.ShownNotes(half, score.Notes.Concat(wrongRules)).ToList();
        shown.ForEach(output.WriteLine);
        Assert.True(score.Precision >= minimumPrecision, score.Summary(half) + "\n" + string.Join("\n", shown));
        Assert.True(score.Recall >= minimumRecall, score.Summary(half) + "\n" + string.Join("\n", shown));
        Assert.True(wrongRules.Count == 0, $"{wrongRules.Count} with the wrong rule\n" + string.Join("\n", RealClaimCorpus.ShownNotes(half, wrongRules)));
        Assert.True(score.RightModelRate >= minimumRightModel, score.Summary(half) + "\n" + string.Join("\n", shown.Where(n => n.StartsWith("wrong", StringComparison.Ordinal))));
    }

    /// <summary>Nine pairs of one family (ConfusablePairs), one project per pair using both: each claim names its own model.</summary>
    [Fact]
    public void Each_model_of_a_confusable_pair_is_named_in_its_own_claims()
    {
        var projects = new ReadmeProjects(package);
        var expected = new List<List<(string Id, string Sentence)>>();
        foreach (var pair in ConfusablePairs.All)
        {
            var sentences = new List<(string, string)>();
            foreach (var (id, spelling) in pair)
            {
                Assert.True(ModelCatalog.TryFind(id, out var info));
                sentences.AddRange(ConfusablePairs.Sentences(id, info.Name, spelling).Select(s => (id, s)));
            }

            projects.Add(pair.Select(m => m.Id).ToList(), sentences.Select(s => s.Item2));
            expected.Add(sentences);
        }

        var built = projects.Build();
        var wrong = new List<string>();
        for (var p = 0; p < expected.Count; p++)
        {
            for (var s = 0; s < expected[p].Count; s++)
            {
                var (id, sentence) = expected[p][s];
                Assert.True(ModelCatalog.TryFind(id, out var info));
                var warnings = built[p][s].Warnings;
                var named = warnings.Select(w => string.Join(", ", ReadmeProjects.NamedModels(w.Message))).ToList();
                // A closed model's message names no licence; every other names the model's own.
                var namesLicence = info.Tier == OpennessTier.Closed || warnings.Count == 1 && warnings[0].Message.Contains($"'{info.License?.Id}'", StringComparison.Ordinal);
                if (warnings.Count != 1 || named[0] != info.Name || warnings[0].Id != ExpectedRule([id]) || !namesLicence)
                {
                    wrong.Add($"'{sentence}' ({id}): {string.Join(" | ", warnings.Select(w => w.Id + " " + w.Message))}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static Dictionary<string, string> Names(IReadOnlyList<string> ids)
        => ids.ToDictionary(id => ModelCatalog.TryFind(id, out var info) ? info.Name : id, id => id, StringComparer.Ordinal);

    /// <summary>The rule the strictest tier among the models calls for (one warning names models of one tier).</summary>
    private static string ExpectedRule(IReadOnlyList<string> about)
    {
        var tiers = about.Select(id => ModelCatalog.TryFind(id, out var info) ? info.Tier : OpennessTier.Unknown).ToList();
        return tiers.Contains(OpennessTier.Closed) ? "MLG0003" : tiers.Contains(OpennessTier.RestrictedWeights) ? "MLG0002" : "MLG0001";
    }
}
