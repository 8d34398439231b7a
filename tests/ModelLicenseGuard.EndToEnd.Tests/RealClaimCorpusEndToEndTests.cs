using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Testing;
using Xunit.Abstractions;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// The held-out half of the real-sentence corpus (tests/data/claims), measured as a user meets it: each sentence in the
/// README of a project that references the models it names, built with the packed package, and the warnings read from
/// the build's output. Nothing in the claim finder was tuned on these sentences.
/// </summary>
[Collection(PackedPackageGroup.Name)]
public sealed class RealClaimCorpusEndToEndTests(PackageFixture package, ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.97;
    private const double MinimumRecall = 0.90;

    private static readonly string[] ClaimRules = ["MLG0001", "MLG0002", "MLG0003"];

    [Fact]
    public void Held_out_sentences_in_readmes_are_judged_with_the_right_model_licence_and_rule()
    {
        var corpus = RealClaimCorpus.Load(RealClaimCorpus.HeldOut);
        var root = PackageFixture.NewFolder(package.Root, "corpus-");
        package.WriteNuGetConfig(root);

        // One project per set of models, each README holding that set's sentences as paragraphs; one solution builds all.
        var projects = new List<(string Readme, List<(int Line, CorpusSentence Sentence)> Lines, string[] Ids)>();
        foreach (var group in corpus.Sentences.GroupBy(s => string.Join(" ", s.Project.OrderBy(p => p, StringComparer.Ordinal))))
        {
            var name = "P" + projects.Count.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            var directory = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            var ids = group.First().Project.ToArray();
            var references = string.Concat(ids.Select(id => $"\n    <ModelReference Include=\"hf:{id}\" />"));
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ModelLicenseGuard" Version="{package.Version}" PrivateAssets="all" />{references}
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "Library.cs"), "namespace Corpus;\n\npublic static class Library;\n");
            var readme = new StringBuilder("# Sample\n");
            var lines = new List<(int, CorpusSentence)>();
            var line = 1;
            foreach (var sentence in group)
            {
                readme.Append('\n').Append(sentence.Text).Append('\n');
                line += 2;
                lines.Add((line, sentence));
            }

            File.WriteAllText(Path.Combine(directory, "README.md"), readme.ToString());
            projects.Add((Path.Combine(directory, "README.md"), lines, ids));
        }

        File.WriteAllText(Path.Combine(root, "corpus.slnx"), "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{Path.GetFileName(Path.GetDirectoryName(p.Readme))}/{Path.GetFileName(Path.GetDirectoryName(p.Readme))}.csproj\" />\n")) + "</Solution>\n");
        var result = Infrastructure.DotNet.Run(
            root,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, ".packages") },
            "build",
            "corpus.slnx",
            "-nodeReuse:false",
            "-p:UseSharedCompilation=false");
        Assert.True(result.ExitCode == 0, result.ToString());

        var score = new CorpusScore();
        var wrongRules = new List<string>();
        foreach (var (readme, lines, ids) in projects)
        {
            var names = ids.ToDictionary(id => ModelCatalog.TryFind(id, out var info) ? info.Name : id, id => id, StringComparer.Ordinal);
            var warnings = result.Diagnostics.Where(d => ClaimRules.Contains(d.Id) && string.Equals(Path.GetFullPath(d.File), Path.GetFullPath(readme), StringComparison.Ordinal)).ToList();
            foreach (var (line, sentence) in lines)
            {
                var found = new List<FoundClaim>();
                foreach (var warning in warnings.Where(w => w.Line == line))
                {
                    var about = NamedModels(warning.Message).Select(n => names.TryGetValue(n, out var id) ? id : "?" + n).ToList();
                    found.Add(new FoundClaim(warning.Column - 1, 1, about));
                    var expected = sentence.Claims.FirstOrDefault(c => c.Start <= warning.Column - 1 && warning.Column - 1 < c.Start + c.Length);
                    if (expected is not null && ExpectedRule(expected.About) != warning.Id)
                    {
                        wrongRules.Add($"{sentence.Id}: {warning.Id}, expected {ExpectedRule(expected.About)}: {warning.Message}");
                    }
                }

                score.Add(sentence, found);
            }
        }

        output.WriteLine(score.Summary("held-out, end to end") + $", {wrongRules.Count} with the wrong rule");
        score.Notes.Concat(wrongRules).ToList().ForEach(output.WriteLine);
        Assert.True(score.Precision >= MinimumPrecision, score.Summary("held-out") + "\n" + string.Join("\n", score.Notes));
        Assert.True(score.Recall >= MinimumRecall, score.Summary("held-out") + "\n" + string.Join("\n", score.Notes));
        Assert.True(score.RightModelRate == 1.0, string.Join("\n", score.Notes.Where(n => n.StartsWith("wrong", StringComparison.Ordinal))));
        Assert.Empty(wrongRules);
    }

    /// <summary>The model names a claim message starts with: "'A' is called …" or "'A', 'B' is called …".</summary>
    internal static IEnumerable<string> NamedModels(string message)
    {
        var end = message.IndexOf("' is called ", StringComparison.Ordinal);
        return end <= 1 ? [] : message.Substring(1, end - 1).Split("', '");
    }

    /// <summary>The rule the strictest tier among the models calls for.</summary>
    private static string ExpectedRule(IReadOnlyList<string> about)
    {
        var tiers = about.Select(id => ModelCatalog.TryFind(id, out var info) ? info.Tier : OpennessTier.Unknown).ToList();
        return tiers.Contains(OpennessTier.Closed) ? "MLG0003" : tiers.Contains(OpennessTier.RestrictedWeights) ? "MLG0002" : "MLG0001";
    }
}
