using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Rules;

/// <summary>
/// A string literal or comment calls a model from the manifest "open source" when it is not open-source AI:
/// MLG0001 for open weights, MLG0002 for restricted weights, MLG0003 for closed models.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OpenSourceClaimAnalyzer : DiagnosticAnalyzer
{
    // The package metadata NuGet shows users; tags are keywords, not sentences, and are left to the package rules.
    internal static readonly Regex PackageMetadata = new(
        @"<(?<name>Description|PackageDescription|Title|Product|PackageReleaseNotes)>(?<value>[^<]*)</\k<name>>",
        RegexOptions.CultureInvariant);

    // The strings of a resource file (UI text); file references and binary resources carry a type or mime type.
    private static readonly Regex ResourceString = new(
        @"<data\s(?<attributes>[^>]*)>\s*<value>(?<value>[^<]*)</value>",
        RegexOptions.CultureInvariant);

    /// <summary>The replacement text, computed here so the code fix does not need the manifest.</summary>
    public const string ReplacementProperty = "Replacement";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        RuleDescriptors.OpenWeightsModelCalledOpenSource,
        RuleDescriptors.RestrictedModelCalledOpenSource,
        RuleDescriptors.ClosedModelCalledOpenSource);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is skipped by the flag the driver hands each action, not checked by the driver at every report
        // (see RuntimeModelAnalyzer).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var text = ManifestLoader.FindText(start.Options, start.CancellationToken);
            if (text is null || !start.TryGetValue(text, ManifestLoader.Parser, out var manifest))
            {
                return;
            }

            // Open-source AI may be called open source; a model of unknown licence is not judged.
            var index = ModelAliasIndex.ForProject(manifest.Models);

            // Nothing to check: register nothing, so the analyzer costs nothing per keystroke.
            if (index.IsEmpty)
            {
                return;
            }

            start.RegisterSyntaxTreeAction(tree =>
            {
                if (!tree.IsGeneratedCode)
                {
                    ScanTree(tree.Tree, index, tree.ReportDiagnostic, tree.CancellationToken);
                }
            });
            start.RegisterAdditionalFileAction(file => ScanDocument(file.AdditionalFile, index, file.ReportDiagnostic, file.CancellationToken));
        });
    }

    /// <summary>
    /// Reports the claims in a tree's strings and comments. The one scan every claim path uses: models from the manifest
    /// here, models named only in code from <see cref="Runtime.RuntimeClaimJudge"/>.
    /// </summary>
    internal static void ScanTree(SyntaxTree tree, ModelAliasIndex index, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var sourceText = tree.GetText(cancellationToken);
        var text = sourceText.ToString();
        if (!ClaimFinder.MayContainClaim(text, 0, text.Length))
        {
            return;
        }

        // Only the strings and comments that hold "open" or "OSS" are read: found from the text, not by walking every
        // token, so a file full of File.Open calls costs a few look-ups.
        var root = tree.GetRoot(cancellationToken);
        var done = -1;
        foreach (var position in Candidates(text))
        {
            if (position < done)
            {
                continue;
            }

            var token = root.FindToken(position, findInsideTrivia: true);
            if (token.Span.Contains(position))
            {
                if (IsProse(token) && !InGeneratedMember(token))
                {
                    Report(tree, text, token.Span, index, report);
                }

                done = token.Span.End;
                continue;
            }

            var trivia = root.FindTrivia(position, findInsideTrivia: true);
            if (trivia.Span.Contains(position) && (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)) && !InGeneratedMember(trivia.Token))
            {
                Report(tree, text, trivia.Span, index, report);
                done = trivia.Span.End;
            }
        }
    }

    /// <summary>
    /// Inside a type or member marked [GeneratedCode], which the compiler would skip for an analyzer that does not analyse
    /// generated code: read from the syntax, only for the few strings and comments that may hold a claim.
    /// </summary>
    private static bool InGeneratedMember(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax member)
            {
                foreach (var list in member.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        var name = attribute.Name switch
                        {
                            Microsoft.CodeAnalysis.CSharp.Syntax.QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                            Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax simple => simple.Identifier.ValueText,
                            _ => string.Empty,
                        };
                        if (name is "GeneratedCode" or "GeneratedCodeAttribute")
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Where a word that can begin a claim stands, in order (<see cref="ClaimFinder.NextPhraseWord"/>).</summary>
    private static List<int> Candidates(string text)
    {
        var positions = new List<int>();
        for (var at = ClaimFinder.NextPhraseWord(text, 0, text.Length); at >= 0; at = ClaimFinder.NextPhraseWord(text, at + 1, text.Length))
        {
            positions.Add(at);
        }

        return positions;
    }

    /// <summary>The diagnostic the model's tier calls for, carrying the rewording the code fix applies.</summary>
    internal static Diagnostic CreateDiagnostic(ManifestEntry model, string phrase, Location location)
    {
        var term = TierWords.ClaimTerm(model.Tier) ?? ("open", "weight");
        var properties = ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, ClaimWording.Reword(phrase, term));
        var called = $"'{OneLine(phrase)}'";
        var instead = $"'{TierWords.Display(term)}'";
        return model.Tier switch
        {
            OpennessTier.OpenWeights => Diagnostic.Create(RuleDescriptors.OpenWeightsModelCalledOpenSource, location, properties, model.Name, called, model.License, model.LicenseUrl ?? "no licence text recorded", Missing(model), instead),
            OpennessTier.Closed => Diagnostic.Create(RuleDescriptors.ClosedModelCalledOpenSource, location, properties, model.Name, called, instead),
            _ => Diagnostic.Create(RuleDescriptors.RestrictedModelCalledOpenSource, location, properties, model.Name, called, model.License, model.LicenseUrl ?? "no licence text recorded", model.Restrictions ?? "see the licence", instead),
        };
    }

    // A phrase broken across lines in a Markdown paragraph is quoted on one line, as a message must be.
    private static string OneLine(string phrase)
    {
        var text = new System.Text.StringBuilder(phrase.Length);
        foreach (var c in phrase)
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[text.Length - 1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    /// <summary>What open-source AI needs that this model does not publish, in words.</summary>
    private static string Missing(ManifestEntry model)
    {
        var code = model.TrainingCode == "open";
        var data = model.TrainingData == "open";
        if (model.TrainingCode is null || model.TrainingData is null)
        {
            return "its training data and training code are not known to be published";
        }

        return (code, data) switch
        {
            (true, false) => "its training data is not published",
            (false, true) => "its training code is not published",
            _ => "its training data and training code are not published",
        };
    }

    /// <summary>
    /// README, NOTICE and Markdown documents are prose throughout, where Markdown markup and line breaks are no barrier; in a
    /// project file only the package metadata users read is prose, and in a resource file only its strings.
    /// </summary>
    internal static void ScanDocument(AdditionalText file, ModelAliasIndex index, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var project = path.EndsWith("proj", StringComparison.OrdinalIgnoreCase);
        var resources = path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase);
        if (!project && !resources && !IsDocument(path))
        {
            return;
        }

        var sourceText = file.GetText(cancellationToken);
        if (sourceText is null)
        {
            return;
        }

        var text = sourceText.ToString();
        if (!ClaimFinder.MayContainClaim(text, 0, text.Length))
        {
            return;
        }

        if (resources)
        {
            foreach (Match data in ResourceString.Matches(text))
            {
                var attributes = data.Groups["attributes"].Value;
                if (attributes.IndexOf("type=", StringComparison.Ordinal) < 0)
                {
                    var value = data.Groups["value"];
                    ReportInDocument(path, sourceText, text, value.Index, value.Index + value.Length, index, report);
                }
            }

            return;
        }

        if (!project)
        {
            ReportInDocument(path, sourceText, text, 0, text.Length, index, report);
            return;
        }

        foreach (Match element in PackageMetadata.Matches(text))
        {
            var value = element.Groups["value"];
            ReportInDocument(path, sourceText, text, value.Index, value.Index + value.Length, index, report);
        }
    }

    private static void ReportInDocument(string path, SourceText sourceText, string text, int start, int end, ModelAliasIndex index, Action<Diagnostic> report)
    {
        foreach (var claim in ClaimFinder.Find(text, start, end, index) ?? [])
        {
            var span = new TextSpan(claim.Start, claim.Length);
            var location = Location.Create(path, span, sourceText.Lines.GetLinePositionSpan(span));
            foreach (var subject in index.Subjects(claim))
            {
                report(CreateDiagnostic(subject, text.Substring(claim.Start, claim.Length), location));
            }
        }
    }

    /// <summary>
    /// Documents read as prose: Markdown, notices, and Razor pages (<c>.razor</c>, <c>.cshtml</c>), whose markup and
    /// <c>@code</c> are read as written, at their own lines, rather than in the C# the Razor compiler makes of them.
    /// </summary>
    internal static bool IsDocument(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || RazorPages.IsPage(path)
            || name.StartsWith("NOTICE", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("THIRD-PARTY-NOTICES", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsProse(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
            case SyntaxKind.InterpolatedStringTextToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
            case SyntaxKind.XmlTextLiteralToken:
                return true;
            default:
                return false;
        }
    }

    private static void Report(SyntaxTree tree, string text, TextSpan span, ModelAliasIndex index, Action<Diagnostic> report)
    {
        foreach (var claim in ClaimFinder.Find(text, span.Start, span.End, index) ?? [])
        {
            var location = Location.Create(tree, new TextSpan(claim.Start, claim.Length));
            foreach (var subject in index.Subjects(claim))
            {
                report(CreateDiagnostic(subject, text.Substring(claim.Start, claim.Length), location));
            }
        }
    }
}
