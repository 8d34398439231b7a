using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Rules;

/// <summary>
/// MLG0010: a model's licence requires an attribution text ("Built with Llama", the Gemma notice) that appears nowhere in
/// the project — not in its code, not in its README, NOTICE or docs. Judged once the whole compilation has been seen.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AttributionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.AttributionMissing);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var text = ManifestLoader.FindText(start.Options, start.CancellationToken);
            if (text is null || !start.TryGetValue(text, ManifestLoader.Parser, out var manifest))
            {
                return;
            }

            // One requirement per attribution text; the first model that needs it names it in the message.
            var required = new Dictionary<string, ManifestModel>(StringComparer.OrdinalIgnoreCase);
            foreach (var model in manifest.Models)
            {
                if (!string.IsNullOrWhiteSpace(model.Attribution) && !required.ContainsKey(model.Attribution!))
                {
                    required[model.Attribution!] = model;
                }
            }

            if (required.Count == 0)
            {
                return;
            }

            var carried = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            start.RegisterSyntaxTreeAction(tree => Mark(tree.Tree.GetText(tree.CancellationToken).ToString(), required.Keys, carried));
            start.RegisterAdditionalFileAction(file =>
            {
                if (IsNotice(file.AdditionalFile.Path) && file.AdditionalFile.GetText(file.CancellationToken) is { } notice)
                {
                    Mark(notice.ToString(), required.Keys, carried);
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var requirement in required)
                {
                    if (!carried.ContainsKey(requirement.Key))
                    {
                        var model = requirement.Value;
                        end.ReportDiagnostic(Diagnostic.Create(
                            RuleDescriptors.AttributionMissing,
                            Location.None,
                            model.Name,
                            model.License,
                            model.LicenseUrl ?? "no licence text recorded",
                            requirement.Key));
                    }
                }
            });
        });
    }

    private static void Mark(string text, IEnumerable<string> attributions, ConcurrentDictionary<string, bool> carried)
    {
        foreach (var attribution in attributions)
        {
            if (!carried.ContainsKey(attribution) && text.IndexOf(attribution, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                carried[attribution] = true;
            }
        }
    }

    private static bool IsNotice(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("NOTICE", StringComparison.OrdinalIgnoreCase);
    }
}
