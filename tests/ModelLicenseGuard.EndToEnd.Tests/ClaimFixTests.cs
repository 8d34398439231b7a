using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Analyzers.Tests.Verifiers;
using ModelLicenseGuard.CodeFixes;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// A project that makes claims in its code, README, resource strings and package metadata, and carries a Llama model
/// without its attribution: every diagnostic at its file and line in `dotnet build`, then the fixes applied through a
/// Roslyn workspace over the real files and manifest, and a second build with the claims and the missing attribution gone.
/// </summary>
[Collection(PackedPackageGroup.Name)]
public sealed class ClaimFixTests(PackageFixture package)
{
    private const string Body = """
          <PropertyGroup>
            <Description>Chat with the open-source Llama 3.1 model.</Description>
            <PackageLicenseExpression>MIT</PackageLicenseExpression>
            <PackageTags>chat;open-source</PackageTags>
          </PropertyGroup>
          <ItemGroup>
            <None Include="models/llama.gguf" />
          </ItemGroup>
        """;

    [Fact]
    public async Task Claims_everywhere_are_reported_at_their_lines_and_the_fixes_remove_them_and_add_the_attribution()
    {
        var project = new ConsumerProject(package, "Claims", Body)
            .WithFile("models/llama.gguf", GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build())
            .WithFile("Program.cs", "const string Banner = \"Powered by the open-source Llama 3.1 model.\";\nSystem.Console.WriteLine(Banner);\n")
            .WithFile("README.md", "# Claims\n\nThis app is open source (MIT).\nIt runs Llama 3.1, which is open\nsource.\n")
            .WithFile("Strings.resx", Resx("Meta open-sourced Llama 3.1."));

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertAt(result, "MLG0002", project.PathOf("Program.cs"), 1, "open-source");
        AssertAt(result, "MLG0002", project.PathOf("README.md"), 4, "open");
        AssertAt(result, "MLG0002", project.PathOf("Strings.resx"), LineOf(project.PathOf("Strings.resx"), "open-sourced"), "open-sourced");
        AssertAt(result, "MLG0002", project.ProjectFile, LineOf(project.ProjectFile, "<Description>"), "open-source");
        AssertAt(result, "MLG0011", project.ProjectFile, LineOf(project.ProjectFile, "<PackageLicenseExpression>"), "MIT");
        AssertAt(result, "MLG0011", project.ProjectFile, LineOf(project.ProjectFile, "<PackageTags>"), "open-source");
        AssertAt(result, "MLG0010", project.ProjectFile, LineOf(project.ProjectFile, "models/llama.gguf"), "models/llama.gguf");
        Assert.Equal(4, result.WithId("MLG0002").Select(d => (d.File, d.Line)).Distinct().Count());

        await ApplyFixesAsync(project);
        var fixedResult = project.Build();

        Assert.True(fixedResult.ExitCode == 0, fixedResult.ToString());
        Assert.Empty(fixedResult.WithId("MLG0002"));
        Assert.Empty(fixedResult.WithId("MLG0010"));
        Assert.Contains("Powered by the open-weight Llama 3.1 model.", File.ReadAllText(project.PathOf("Program.cs")), StringComparison.Ordinal);
        Assert.Contains("Meta released Llama 3.1.", File.ReadAllText(project.PathOf("Strings.resx")), StringComparison.Ordinal);
        Assert.Contains("Notice = \"Built with Llama\"", File.ReadAllText(project.PathOf(AddModelAttributionCodeFix.AttributionsFileName)), StringComparison.Ordinal);
    }

    /// <summary>What an IDE does on "Fix all in project": the project's files and manifest in a workspace, fixes applied, files saved.</summary>
    private static async Task ApplyFixesAsync(ConsumerProject project)
    {
        var root = project.Directory + Path.DirectorySeparatorChar;
        var manifest = Directory.GetFiles(Path.Combine(project.Directory, "obj"), "ModelLicenseGuard.manifest", SearchOption.AllDirectories).Single();
        var attribute = Directory.GetFiles(Path.Combine(project.Directory, ".packages"), "ModelAttributionAttribute.cs", SearchOption.AllDirectories).Single();
        (string, string) File_(string path) => (path, File.ReadAllText(Path.Combine(root, path)));
        var workspaceProject = AdditionalDocumentFixer.CreateProject(
            [File_("Program.cs"), (Path.GetRelativePath(project.Directory, attribute), File.ReadAllText(attribute))],
            [File_("README.md"), File_("Strings.resx"), File_(Path.GetFileName(project.ProjectFile)), (Path.GetRelativePath(project.Directory, manifest), File.ReadAllText(manifest))],
            root);

        var reworded = await new AdditionalDocumentFixer(new OpenSourceClaimAnalyzer(), new RewordOpenSourceClaimCodeFix())
            .FixAllAsync(workspaceProject, RewordOpenSourceClaimCodeFix.EquivalenceKey);
        var attributed = await new AdditionalDocumentFixer(new AttributionAnalyzer(), new AddModelAttributionCodeFix())
            .FixAllAsync(reworded.Projects.Single(), AddModelAttributionCodeFix.AttributeEquivalenceKey);

        foreach (var document in attributed.Projects.Single().Documents.Cast<TextDocument>().Concat(attributed.Projects.Single().AdditionalDocuments))
        {
            if (document.FilePath!.StartsWith(root, StringComparison.Ordinal) && !document.FilePath.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !document.FilePath.Contains(".packages", StringComparison.Ordinal))
            {
                File.WriteAllText(document.FilePath, (await document.GetTextAsync()).ToString());
            }
        }
    }

    private static void AssertAt(BuildResult result, string id, string file, int line, string phrase)
    {
        // MLG0010 names the model, not the line it stands on.
        var diagnostic = Assert.Single(result.WithId(id), d => d.File == file && d.Line == line && (id == "MLG0010" || d.Message.Contains(phrase, StringComparison.Ordinal)));
        var text = File.ReadAllLines(file)[line - 1];
        Assert.Equal(phrase, text.Substring(diagnostic.Column - 1, phrase.Length));
    }

    private static int LineOf(string file, string text) => Array.FindIndex(File.ReadAllLines(file), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    private static string Resx(string banner) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
          <resheader name="version"><value>2.0</value></resheader>
          <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
          <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
          <data name="Banner" xml:space="preserve">
            <value>{banner}</value>
          </data>
        </root>
        """;
}
