using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;
using Xunit.Abstractions;

namespace ModelLicenseGuard.Core.Tests.Claims;

/// <summary>
/// The labelled corpus (<c>claim-corpus.txt</c>) checked as a whole: true claims mark their phrase with « », look-alikes
/// mark nothing. Precision matters more than recall, because a noisy analyzer gets turned off.
/// </summary>
public class ClaimCorpusTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.97;
    private const double MinimumRecall = 0.90;

    // The models the corpus sentences are judged against, as a project referencing them would have in its manifest.
    private static readonly Dictionary<string, string[]> Projects = new(StringComparer.Ordinal)
    {
        ["mixed"] =
        [
            "hf:meta-llama/Llama-3.1-8B-Instruct",
            "hf:mistralai/Mistral-7B-Instruct-v0.3",
            "hf:microsoft/Phi-3-mini-4k-instruct",
            "hf:google/gemma-2-9b-it",
            "hf:Qwen/Qwen2.5-7B-Instruct",
            "hf:openai/gpt-4o",
        ],

        // One model: "our model" can only mean it.
        ["llama-only"] = ["hf:meta-llama/Llama-3.1-8B-Instruct"],
    };

    [Fact]
    public void Corpus_is_large_and_balanced()
    {
        var sentences = Corpus.Load();

        var claims = sentences.Count(s => s.Expected.Count > 0);
        var lookAlikes = sentences.Count - claims;
        Assert.True(sentences.Count >= 150, $"the corpus has {sentences.Count} sentences; it needs at least 150");
        Assert.True(Math.Abs(claims - lookAlikes) <= sentences.Count / 10, $"{claims} claims and {lookAlikes} look-alikes: keep the halves balanced");
    }

    [Fact]
    public void Precision_and_recall_meet_their_targets()
    {
        var indexes = Projects.ToDictionary(p => p.Key, p => Index(p.Value));
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var misses = new List<string>();
        foreach (var sentence in Corpus.Load())
        {
            var found = (ClaimFinder.Find(sentence.Text, indexes[sentence.Project]) ?? [])
                .Select(c => sentence.Text.Substring(c.Start, c.Length))
                .ToList();
            foreach (var phrase in found)
            {
                if (sentence.Expected.Remove(phrase))
                {
                    truePositives++;
                }
                else
                {
                    falsePositives++;
                    misses.Add($"false positive «{phrase}» in line {sentence.Line}: {sentence.Text}");
                }
            }

            foreach (var phrase in sentence.Expected)
            {
                falseNegatives++;
                misses.Add($"missed «{phrase}» in line {sentence.Line}: {sentence.Text}");
            }
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"claim corpus: precision {precision:0.000}, recall {recall:0.000} ({truePositives} found, {falsePositives} false, {falseNegatives} missed)");
        misses.ForEach(output.WriteLine);

        Assert.True(precision >= MinimumPrecision, $"precision {precision:0.000} is below {MinimumPrecision}:\n{string.Join("\n", misses)}");
        Assert.True(recall >= MinimumRecall, $"recall {recall:0.000} is below {MinimumRecall}:\n{string.Join("\n", misses)}");
    }

    private static ModelAliasIndex Index(string[] references)
    {
        var problems = new List<ManifestProblem>();
        var models = references
            .Select(r => ModelClassifier.Classify(new ModelFacts(r, "reference") { IsReference = true }, problems))
            .ToList();
        Assert.All(models, m => Assert.NotNull(m.CatalogId));
        return ModelAliasIndex.ForProject(models);
    }

    private sealed class Corpus
    {
        public required string Project { get; init; }

        public required string Text { get; init; }

        public required List<string> Expected { get; init; }

        public required int Line { get; init; }

        /// <summary>
        /// Reads the corpus: <c>[project]</c> lines choose the models, <c>#</c> lines are comments, <c>\n</c> in a sentence
        /// is a line break (Markdown paragraphs wrap).
        /// </summary>
        public static List<Corpus> Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Claims", "claim-corpus.txt");
            var project = "mixed";
            var sentences = new List<Corpus>();
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                if (line.StartsWith('['))
                {
                    project = line.Trim('[', ']');
                    continue;
                }

                line = line.Replace("\\n", "\n", StringComparison.Ordinal);
                var text = CorpusSentence.StripMarks(line, $"claim-corpus.txt({i + 1})", out var spans);
                var expected = spans.Select(span => text.Substring(span.Start, span.Length)).ToList();
                sentences.Add(new Corpus { Project = project, Text = text, Expected = expected, Line = i + 1 });
            }

            return sentences;
        }
    }
}
