using System.Linq;
using System.Threading.Tasks;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Analyzers.Tests.Verifiers;
using ModelLicenseGuard.CodeFixes;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Tests.Rules;

/// <summary>MLG0010's fix: the attribute in ModelAttributions.cs, or an entry in the project's notice file.</summary>
public sealed class AttributionCodeFixTests
{
    private const string ProjectFile = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <None Include=\"models/Llama-3.1-8B-Instruct.gguf\" />\n  </ItemGroup>\n</Project>\n";

    private static readonly AdditionalDocumentFixer Fixer = new(new AttributionAnalyzer(), new AddModelAttributionCodeFix());

    [Fact]
    public async Task The_attribute_fix_adds_ModelAttributions_cs_with_the_exact_text_and_the_diagnostic_goes()
    {
        var manifest = Manifests.Llama31();
        var project = Project(manifest);
        var diagnostic = Assert.Single(await Fixer.DiagnosticsAsync(project));
        Assert.EndsWith("App.csproj", diagnostic.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Single(await Fixer.FixesAsync(project, diagnostic));

        var solution = await Fixer.FixOneAsync(project, diagnostic);

        Assert.Equal(
            "// The attributions the licences of this project's models require (ModelLicenseGuard, MLG0010).\n"
            + $"[assembly: ModelLicenseGuard.ModelAttribution(\"{manifest.Models[0].CatalogId ?? manifest.Models[0].Name}\", License = \"llama3.1\", Notice = \"Built with Llama\")]\n",
            await AdditionalDocumentFixer.TextAsync(solution, AddModelAttributionCodeFix.AttributionsFileName));
        Assert.Empty(await Fixer.DiagnosticsAsync(solution.Projects.Single()));
        Assert.Empty((await solution.Projects.Single().GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task With_a_notice_file_the_entry_can_go_there_verbatim()
    {
        var manifest = Manifests.Llama31();
        var project = Project(manifest, ("THIRD-PARTY-NOTICES.txt", "Acme Chat third-party notices"));
        var diagnostic = Assert.Single(await Fixer.DiagnosticsAsync(project));
        Assert.Equal(2, (await Fixer.FixesAsync(project, diagnostic)).Count);

        var solution = await Fixer.FixOneAsync(project, diagnostic, AddModelAttributionCodeFix.NoticeEquivalenceKey);

        var model = manifest.Models[0];
        Assert.Equal(
            $"Acme Chat third-party notices\n\n{model.Name} ({model.CatalogId ?? model.Name}) is used under the llama3.1 licence: {model.LicenseUrl}.\nBuilt with Llama\n",
            await AdditionalDocumentFixer.TextAsync(solution, "THIRD-PARTY-NOTICES.txt"));
        Assert.Empty(await Fixer.DiagnosticsAsync(solution.Projects.Single()));
    }

    [Fact]
    public async Task Fix_all_adds_every_missing_attribution_in_one_file()
    {
        var manifest = Manifests.With(("Llama 3.1 8B Instruct", "llama3.1"), ("Gemma 2 9B", "gemma"));
        var project = Project(manifest);
        Assert.Equal(2, (await Fixer.DiagnosticsAsync(project)).Length);

        var solution = await Fixer.FixAllAsync(project, AddModelAttributionCodeFix.AttributeEquivalenceKey);

        var attributions = await AdditionalDocumentFixer.TextAsync(solution, AddModelAttributionCodeFix.AttributionsFileName);
        Assert.Equal(2, attributions.Split('\n').Count(l => l.StartsWith("[assembly: ModelLicenseGuard.ModelAttribution(", System.StringComparison.Ordinal)));
        Assert.Empty(await Fixer.DiagnosticsAsync(solution.Projects.Single()));
    }

    private static Microsoft.CodeAnalysis.Project Project(ModelManifest manifest, params (string Path, string Text)[] documents)
        => AdditionalDocumentFixer.CreateProject(
            [("Program.cs", "class C { }"), ("obj/ModelAttributionAttribute.cs", AttributionAnalyzerTests.AttributeSource)],
            [("App.csproj", ProjectFile), ("obj/Debug/net8.0/" + ManifestFormat.FileName, ManifestFormat.Write(manifest)), .. documents]);
}
