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
/// samples/ChatDocs makes claims in its code, README, resource strings and package metadata, and carries a Llama model
/// without its attribution: every diagnostic at its file and line in `dotnet build`, then the fixes applied through a
/// Roslyn workspace over the real files and manifest, and a second build with the claims and the missing attribution gone.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class ClaimFixTests(PackageFixture package)
{
    [Fact]
    public async Task The_ChatDocs_sample_shows_each_claim_at_its_line_and_the_fixes_remove_them_and_add_the_attribution()
    {
        var sample = Samples.Copy(package, "ChatDocs");
        var projectFile = Path.Combine(sample, "ChatDocs.csproj");
        string PathOf(string name) => Path.Combine(sample, name);

        var result = Samples.Build(package, sample, "ChatDocs");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertAt(result, "MLG0002", PathOf("Program.cs"), LineOf(PathOf("Program.cs"), "const string Banner"), "open-source");
        AssertAt(result, "MLG0002", PathOf("README.md"), LineOf(PathOf("README.md"), "which is an open"), "open");
        AssertAt(result, "MLG0002", PathOf("Strings.resx"), LineOf(PathOf("Strings.resx"), "open-sourced"), "open-sourced");
        AssertAt(result, "MLG0002", projectFile, LineOf(projectFile, "<Description>"), "open-source");
        AssertAt(result, "MLG0011", projectFile, LineOf(projectFile, "<PackageLicenseExpression>"), "MIT");
        AssertAt(result, "MLG0011", projectFile, LineOf(projectFile, "<PackageTags>"), "open-source");
        AssertAt(result, "MLG0010", projectFile, LineOf(projectFile, "models/llama-3.2-1b-instruct-demo.Q4_0.gguf"), "models/llama-3.2-1b-instruct-demo.Q4_0.gguf");
        Assert.Equal(4, result.WithId("MLG0002").Count());

        await ApplyFixesAsync(sample, projectFile);
        var fixedResult = Samples.Build(package, sample, "ChatDocs");

        Assert.True(fixedResult.ExitCode == 0, fixedResult.ToString());
        Assert.Empty(fixedResult.WithId("MLG0002"));
        Assert.Empty(fixedResult.WithId("MLG0010"));
        Assert.Equal(2, fixedResult.WithId("MLG0011").Count());
        Assert.Contains("Powered by the open-weight Llama 3.2 model", File.ReadAllText(PathOf("Program.cs")), StringComparison.Ordinal);
        Assert.Contains("which is an open-weight\nmodel", File.ReadAllText(PathOf("README.md")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Meta released Llama 3.2", File.ReadAllText(PathOf("Strings.resx")), StringComparison.Ordinal);
        Assert.Contains("Notice = \"Built with Llama\"", File.ReadAllText(PathOf(AddModelAttributionCodeFix.AttributionsFileName)), StringComparison.Ordinal);
    }

    /// <summary>What an IDE does on "Fix all in project": the project's files and manifest in a workspace, fixes applied, files saved.</summary>
    private static async Task ApplyFixesAsync(string directory, string projectFile)
    {
        var root = directory + Path.DirectorySeparatorChar;
        var manifest = Directory.GetFiles(Path.Combine(directory, "obj"), "ModelLicenseGuard.manifest", SearchOption.AllDirectories).Single();
        var attribute = Directory.GetFiles(Path.Combine(directory, ".packages"), "ModelAttributionAttribute.cs", SearchOption.AllDirectories).Single();
        (string, string) File_(string path) => (path, File.ReadAllText(Path.Combine(root, path)));
        var workspaceProject = AdditionalDocumentFixer.CreateProject(
            [File_("Program.cs"), (Path.GetRelativePath(directory, attribute), File.ReadAllText(attribute))],
            [File_("README.md"), File_("Strings.resx"), File_(Path.GetFileName(projectFile)), (Path.GetRelativePath(directory, manifest), File.ReadAllText(manifest))],
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
}
