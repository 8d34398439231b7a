using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ModelLicenseGuard.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs an analyzer and a code fix over a project in a real Roslyn workspace, including diagnostics in additional
/// documents, which Microsoft.CodeAnalysis.Testing (1.1.x) does not apply fixes to: README, NOTICE, .resx, the project file.
/// </summary>
internal sealed class AdditionalDocumentFixer
{
    private readonly DiagnosticAnalyzer _analyzer;
    private readonly CodeFixProvider _fix;

    public AdditionalDocumentFixer(DiagnosticAnalyzer analyzer, CodeFixProvider fix)
    {
        _analyzer = analyzer;
        _fix = fix;
    }

    /// <summary>The folder test projects live in unless a test names a real one.</summary>
    public const string DefaultRoot = "/src/App/";

    public static Project CreateProject(IEnumerable<(string Path, string Text)> sources, IEnumerable<(string Path, string Text)> additionalFiles, string root = DefaultRoot)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "App",
            "App",
            LanguageNames.CSharp,
            filePath: root + "App.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            metadataReferences: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]));
        foreach (var (path, text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: root + path);
        }

        foreach (var (path, text) in additionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: root + path);
        }

        return solution.GetProject(projectId)!;
    }

    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var options = new AnalyzerOptions(project.AdditionalDocuments.Select(d => (AdditionalText)new DocumentText(d)).ToImmutableArray());
        var diagnostics = await compilation.WithAnalyzers([_analyzer], options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return diagnostics.Where(d => _fix.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>Applies the first fix offered for one diagnostic.</summary>
    public async Task<Solution> FixOneAsync(Project project, Diagnostic diagnostic, string? equivalenceKey = null)
    {
        var actions = await FixesAsync(project, diagnostic).ConfigureAwait(false);
        return await ApplyAsync(equivalenceKey is null ? Assert.Single(actions) : actions.Single(a => a.EquivalenceKey == equivalenceKey)).ConfigureAwait(false);
    }

    /// <summary>The fixes offered for one diagnostic.</summary>
    public async Task<List<CodeAction>> FixesAsync(Project project, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var document = DocumentOf(project, diagnostic);
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await _fix.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    /// <summary>Fix All in the project for every diagnostic the analyzer reports.</summary>
    public async Task<Solution> FixAllAsync(Project project, string equivalenceKey)
    {
        var diagnostics = await DiagnosticsAsync(project).ConfigureAwait(false);
        var provider = new Provider(diagnostics);
        var context = new FixAllContext(project, _fix, FixAllScope.Project, equivalenceKey, _fix.FixableDiagnosticIds, provider, CancellationToken.None);
        var action = await _fix.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
        return await ApplyAsync(action!).ConfigureAwait(false);
    }

    public static async Task<string> TextAsync(Solution solution, string path, string root = DefaultRoot)
    {
        var project = solution.Projects.Single();
        var document = project.Documents.Cast<TextDocument>().Concat(project.AdditionalDocuments).Single(d => d.FilePath == root + path);
        return (await document.GetTextAsync().ConfigureAwait(false)).ToString();
    }

    private static TextDocument DocumentOf(Project project, Diagnostic diagnostic)
        => diagnostic.Location.IsInSource
            ? project.GetDocument(diagnostic.Location.SourceTree)!
            : project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);

    private static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        return Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
    }

    private sealed class DocumentText(TextDocument document) : AdditionalText
    {
        public override string Path => document.FilePath!;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => document.GetTextAsync(cancellationToken).Result;
    }

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree == document.GetSyntaxTreeAsync(cancellationToken).Result));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => !d.Location.IsInSource));
    }
}
