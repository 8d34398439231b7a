using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Many small library projects, each referencing a set of models and holding sentences as paragraphs of its README,
/// built with the packed package in one solution; the claim warnings come back per sentence.
/// </summary>
internal sealed class ReadmeProjects
{
    private static readonly string[] ClaimRules = ["MLG0001", "MLG0002", "MLG0003"];

    private readonly List<(string Readme, List<(int Line, string Sentence)> Lines)> _projects = [];
    private readonly string _root;

    public ReadmeProjects(PackageFixture package)
    {
        Package = package;
        _root = PackageFixture.NewFolder(package.Root, "readmes-");
        package.WriteNuGetConfig(_root);
    }

    public PackageFixture Package { get; }

    /// <summary>Adds a project that references <paramref name="ids"/> (catalog ids, as <c>hf:</c> references); returns its number.</summary>
    public int Add(IReadOnlyList<string> ids, IEnumerable<string> sentences) => Add(ids, sentences.Select(s => (string.Empty, s)));

    /// <summary>
    /// Adds a project whose README holds each sentence after its context (the text before it in its source, on the lines
    /// just above it); only the sentence's own line is read back.
    /// </summary>
    public int Add(IReadOnlyList<string> ids, IEnumerable<(string Context, string Sentence)> passages)
    {
        var name = "P" + _projects.Count.ToString("000", CultureInfo.InvariantCulture);
        var directory = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        var references = string.Concat(ids.Select(id => $"\n    <ModelReference Include=\"hf:{id}\" />"));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ModelLicenseGuard" Version="{Package.Version}" PrivateAssets="all" />{references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Library.cs"), "namespace Corpus;\n\npublic static class Library;\n");
        var readme = new StringBuilder("# Sample\n");
        var lines = new List<(int, string)>();
        var line = 1;
        foreach (var (context, sentence) in passages)
        {
            readme.Append('\n');
            line++;
            if (context.Length > 0)
            {
                readme.Append(context).Append('\n');
                line += context.Count(c => c == '\n') + 1;
            }

            readme.Append(sentence).Append('\n');
            line++;
            lines.Add((line, sentence));
        }

        var path = Path.Combine(directory, "README.md");
        File.WriteAllText(path, readme.ToString());
        _projects.Add((path, lines));
        return _projects.Count - 1;
    }

    /// <summary>Builds every project in one solution; returns, per project, each sentence's claim warnings.</summary>
    public List<List<(string Sentence, List<BuildDiagnostic> Warnings)>> Build()
    {
        File.WriteAllText(
            Path.Combine(_root, "all.slnx"),
            "<Solution>\n" + string.Concat(_projects.Select(p => $"  <Project Path=\"{Path.GetFileName(Path.GetDirectoryName(p.Readme))}/{Path.GetFileName(Path.GetDirectoryName(p.Readme))}.csproj\" />\n")) + "</Solution>\n");
        var result = DotNet.Run(
            _root,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, ".packages") },
            "build",
            "all.slnx",
            "-nodeReuse:false");
        Assert.True(result.ExitCode == 0, result.ToString());

        return _projects
            .Select(project =>
            {
                var warnings = result.Diagnostics
                    .Where(d => ClaimRules.Contains(d.Id) && string.Equals(Path.GetFullPath(d.File), project.Readme, StringComparison.Ordinal))
                    .ToList();
                return project.Lines.Select(l => (l.Sentence, warnings.Where(w => w.Line == l.Line).ToList())).ToList();
            })
            .ToList();
    }

    /// <summary>The model names a claim message starts with: "'A' is called …" or "'A', 'B' is called …".</summary>
    public static IReadOnlyList<string> NamedModels(string message)
    {
        var end = message.IndexOf("' is called ", StringComparison.Ordinal);
        return end <= 1 ? [] : message.Substring(1, end - 1).Split("', '");
    }
}
