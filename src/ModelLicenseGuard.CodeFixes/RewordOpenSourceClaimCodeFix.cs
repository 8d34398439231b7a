using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.CodeFixes;

/// <summary>
/// Rewords an open-source claim to the term the model's tier calls for ("open-weight", "proprietary"): in a string or
/// comment, and in the README, NOTICE, Markdown, resource and project files the analyzer reads.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RewordOpenSourceClaimCodeFix))]
[Shared]
public sealed class RewordOpenSourceClaimCodeFix : CodeFixProvider
{
    /// <summary>One key for every rewording, so Fix All rewords every claim at once.</summary>
    public const string EquivalenceKey = "ModelLicenseGuard.RewordOpenSourceClaim";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.OpenWeightsModelCalledOpenSource,
        DiagnosticIds.RestrictedModelCalledOpenSource,
        DiagnosticIds.ClosedModelCalledOpenSource);

    // The batch fixer reaches C# documents only; claims in additional documents need their own.
    public override FixAllProvider GetFixAllProvider() => RewordFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Replacement(diagnostic) is not { } replacement)
            {
                continue;
            }

            var document = context.TextDocument;
            var span = diagnostic.Location.SourceSpan;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Call it '{replacement}'",
                    cancellationToken => RewordAsync(document, [(span, replacement)], cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    internal static string? Replacement(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(OpenSourceClaimAnalyzer.ReplacementProperty, out var replacement) ? replacement : null;

    /// <summary>Applies the rewordings to a C# or an additional document; overlapping spans keep the first.</summary>
    internal static async Task<Solution> RewordAsync(TextDocument document, System.Collections.Generic.IEnumerable<(TextSpan Span, string Replacement)> rewordings, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = ImmutableArray.CreateBuilder<TextChange>();
        var end = -1;
        foreach (var (span, replacement) in System.Linq.Enumerable.OrderBy(rewordings, r => r.Span.Start))
        {
            if (span.Start >= end && span.End <= text.Length)
            {
                changes.Add(new TextChange(span, replacement));
                end = span.End;
            }
        }

        var changed = text.WithChanges(changes);
        var solution = document.Project.Solution;
        return document is Document code
            ? solution.WithDocumentText(code.Id, changed)
            : solution.WithAdditionalDocumentText(document.Id, changed);
    }
}
