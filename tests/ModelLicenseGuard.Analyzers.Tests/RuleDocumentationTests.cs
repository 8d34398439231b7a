using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Analyzers.Tests;

/// <summary>Every diagnostic, from the analyzer or the build task, has a help link to a page that exists.</summary>
public sealed class RuleDocumentationTests
{
    private static readonly string[] RequiredHeadings = ["## Cause", "## Rule description", "## How to fix", "## How to suppress", "## Configuration"];

    public static TheoryData<string> AllIds() => new(Ids());

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Every_diagnostic_id_has_a_rule_page_with_the_standard_headings(string id)
    {
        var page = Repository.PathOf($"docs/rules/{id}.md");

        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(page);
        var title = RulesIndex.Rules([id]).Single().Title;
        Assert.Equal($"# {id}: {title}", text.Split('\n')[0].TrimEnd('\r'));
        foreach (var heading in RequiredHeadings)
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_analyzer_descriptor_links_to_its_rule_page_and_is_release_tracked()
    {
        var unshipped = File.ReadAllText(Repository.PathOf("src/ModelLicenseGuard.Analyzers/AnalyzerReleases.Unshipped.md"));
        var descriptors = RulesIndex.AnalyzerDescriptors();

        Assert.NotEmpty(descriptors);
        foreach (var descriptor in descriptors)
        {
            Assert.Equal(HelpLinks.For(descriptor.Id), descriptor.HelpLinkUri);
            Assert.True(File.Exists(Repository.PathOf($"docs/rules/{descriptor.Id}.md")), descriptor.Id);
            Assert.Contains(descriptor.Id + " |", unshipped, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_known_id()
    {
        var known = new HashSet<string>(Ids());
        foreach (var page in Directory.EnumerateFiles(Repository.PathOf("docs/rules"), "MLG*.md"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(page), known);
        }
    }

    [Fact]
    public void The_rules_index_is_rendered_from_the_descriptors()
    {
        var path = Repository.PathOf(RulesIndex.RelativePath);
        var expected = RulesIndex.Render(RulesIndex.Rules(Ids()));
        if (Environment.GetEnvironmentVariable(RulesIndex.UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        Assert.True(actual == expected, $"{RulesIndex.RelativePath} is not what the descriptors and BuildDiagnostics say ({FirstDifference(expected, actual)}). {RulesIndex.HowToRegenerate}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var wanted = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var found = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (wanted != found)
            {
                return $"line {i + 1} should be \"{wanted}\" but is \"{found}\"";
            }
        }

        return "no line differs";
    }

    private static IEnumerable<string> Ids()
        => typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!);
}
