using System.Linq;
using System.Threading.Tasks;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Analyzers.Tests.Verifiers;
using ModelLicenseGuard.CodeFixes;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Tests.Rules;

/// <summary>The rewording fix in README, Markdown, resource and project files, one at a time and all at once.</summary>
public sealed class DocumentCodeFixTests
{
    private static readonly (string Path, string Text, string Fixed)[] Files =
    [
        ("README.md", "# Chat\n\nChat runs the **open\nsource** Llama 3.1 model.\nLlama 3.1 is OSS.\n", "# Chat\n\nChat runs the **open weight** Llama 3.1 model.\nLlama 3.1 is open-weight.\n"),
        ("docs/about.md", "We ship the Open-Source Llama 3.1.", "We ship the Open-Weight Llama 3.1."),
        ("Properties/Strings.resx", "<root><data name=\"A\"><value>Meta open-sourced Llama 3.1.</value></data></root>", "<root><data name=\"A\"><value>Meta released Llama 3.1.</value></data></root>"),
        ("App.csproj", "<Project><PropertyGroup><Description>Llama 3.1 is an open model.</Description></PropertyGroup></Project>", "<Project><PropertyGroup><Description>Llama 3.1 is an open-weight model.</Description></PropertyGroup></Project>"),
    ];

    private static readonly AdditionalDocumentFixer Fixer = new(new OpenSourceClaimAnalyzer(), new RewordOpenSourceClaimCodeFix());

    [Fact]
    public async Task Each_claim_in_an_additional_document_is_reworded_by_its_own_fix()
    {
        var project = Project();
        var diagnostics = await Fixer.DiagnosticsAsync(project);
        Assert.Equal(6, diagnostics.Length);

        foreach (var diagnostic in diagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith("about.md", System.StringComparison.Ordinal)))
        {
            var solution = await Fixer.FixOneAsync(project, diagnostic);
            Assert.Equal("We ship the Open-Weight Llama 3.1.", await AdditionalDocumentFixer.TextAsync(solution, "docs/about.md"));
        }
    }

    [Fact]
    public async Task Fix_all_rewords_every_claim_in_code_and_documents_and_leaves_none()
    {
        var project = Project();

        var solution = await Fixer.FixAllAsync(project, RewordOpenSourceClaimCodeFix.EquivalenceKey);

        Assert.Equal("class C { const string Banner = \"Runs the open-weight Llama 3.1 model\"; }", await AdditionalDocumentFixer.TextAsync(solution, "Program.cs"));
        foreach (var (path, _, expected) in Files)
        {
            Assert.Equal(expected, await AdditionalDocumentFixer.TextAsync(solution, path));
        }

        Assert.Empty(await Fixer.DiagnosticsAsync(solution.Projects.Single()));
    }

    private static Microsoft.CodeAnalysis.Project Project()
        => AdditionalDocumentFixer.CreateProject(
            [("Program.cs", "class C { const string Banner = \"Runs the open-source Llama 3.1 model\"; }")],
            [.. Files.Select(f => (f.Path, f.Text)), ("obj/Debug/net8.0/" + ManifestFormat.FileName, ManifestFormat.Write(Manifests.Llama31()))]);
}
