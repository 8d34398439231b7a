using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ModelLicenseGuard.CodeFixes;

/// <summary>Fix All for MLG0010: every missing attribution of a project, added in one change to one file.</summary>
internal sealed class AttributionFixAllProvider : FixAllProvider
{
    public static AttributionFixAllProvider Instance { get; } = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Project, FixAllScope.Solution];

    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects.ToList() : [context.Project];
        var work = new List<(ProjectId Project, List<AddModelAttributionCodeFix.Attribution> Attributions)>();
        foreach (var project in projects)
        {
            var attributions = (await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
                .Select(AddModelAttributionCodeFix.Attribution.From)
                .Where(a => a is not null)
                .Select(a => a!)
                .ToList();
            if (attributions.Count > 0)
            {
                work.Add((project.Id, attributions));
            }
        }

        if (work.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            "Add every required model attribution",
            async cancellationToken =>
            {
                var solution = context.Solution;
                foreach (var (projectId, attributions) in work)
                {
                    var notice = context.CodeActionEquivalenceKey == AddModelAttributionCodeFix.NoticeEquivalenceKey
                        ? AddModelAttributionCodeFix.NoticeFile(solution.GetProject(projectId)!)
                        : null;
                    solution = notice is null
                        ? await AddModelAttributionCodeFix.AddAttributesAsync(solution, projectId, attributions, cancellationToken).ConfigureAwait(false)
                        : await AddModelAttributionCodeFix.AddNoticesAsync(solution, notice.Id, attributions, cancellationToken).ConfigureAwait(false);
                }

                return solution;
            },
            context.CodeActionEquivalenceKey);
    }
}
