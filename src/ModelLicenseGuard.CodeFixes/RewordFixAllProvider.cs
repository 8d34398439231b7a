using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ModelLicenseGuard.CodeFixes;

/// <summary>
/// Fix All for rewordings in C# documents and in additional documents (README, NOTICE, Markdown, .resx, the project
/// file): every diagnostic in scope is grouped by the document it stands in and each document is changed once.
/// </summary>
internal sealed class RewordFixAllProvider : FixAllProvider
{
    public static RewordFixAllProvider Instance { get; } = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        var diagnostics = new List<(Project Project, Diagnostic Diagnostic)>();
        switch (context.Scope)
        {
            case FixAllScope.Document when context.Document is not null:
                diagnostics.AddRange((await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false)).Select(d => (context.Document.Project, d)));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange((await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false)).Select(d => (context.Project, d)));
                break;
            case FixAllScope.Solution:
                foreach (var project in context.Solution.Projects)
                {
                    diagnostics.AddRange((await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false)).Select(d => (project, d)));
                }

                break;
            default:
                return null;
        }

        return CodeAction.Create(
            "Reword every open-source claim",
            async cancellationToken =>
            {
                var solution = context.Solution;
                foreach (var group in diagnostics.GroupBy(d => DocumentOf(solution, d.Project.Id, d.Diagnostic.Location)))
                {
                    if (group.Key is null)
                    {
                        continue;
                    }

                    var rewordings = group
                        .Select(d => (d.Diagnostic.Location.SourceSpan, Replacement: RewordOpenSourceClaimCodeFix.Replacement(d.Diagnostic)))
                        .Where(r => r.Replacement is not null)
                        .Select(r => (r.SourceSpan, r.Replacement!));
                    var document = solution.GetProject(group.Key.ProjectId)!.GetDocument(group.Key) as TextDocument
                        ?? solution.GetProject(group.Key.ProjectId)!.GetAdditionalDocument(group.Key)!;
                    solution = await RewordOpenSourceClaimCodeFix.RewordAsync(document, rewordings, cancellationToken).ConfigureAwait(false);
                }

                return solution;
            },
            context.CodeActionEquivalenceKey);
    }

    /// <summary>The C# document or the additional document a diagnostic stands in, or null when it stands in neither.</summary>
    private static DocumentId? DocumentOf(Solution solution, ProjectId projectId, Location location)
    {
        var project = solution.GetProject(projectId);
        if (project is null)
        {
            return null;
        }

        if (location.IsInSource)
        {
            return project.GetDocument(location.SourceTree)?.Id;
        }

        var path = location.GetLineSpan().Path;
        return location.Kind == LocationKind.ExternalFile
            ? project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, path, StringComparison.OrdinalIgnoreCase))?.Id
            : null;
    }
}
