using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;
using ModelLicenseGuard.Analyzers.Rules;
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
        Assert.StartsWith($"# {id}:", text, StringComparison.Ordinal);
        foreach (var heading in RequiredHeadings)
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_analyzer_descriptor_links_to_its_rule_page_and_is_release_tracked()
    {
        var unshipped = File.ReadAllText(Repository.PathOf("src/ModelLicenseGuard.Analyzers/AnalyzerReleases.Unshipped.md"));
        var descriptors = typeof(OpenSourceClaimAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
            .ToList();

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

    private static IEnumerable<string> Ids()
        => typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!);
}
