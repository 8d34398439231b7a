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

/// <summary>Rewords an open-source claim in a string or comment to the term the model's tier calls for ("open-weight", "proprietary").</summary>
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

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(OpenSourceClaimAnalyzer.ReplacementProperty, out var replacement) || replacement is null)
            {
                continue;
            }

            var document = context.Document;
            var span = diagnostic.Location.SourceSpan;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Call it '{replacement}'",
                    cancellationToken => RewordAsync(document, span, replacement, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> RewordAsync(Document document, TextSpan span, string replacement, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(span, replacement)));
    }
}
