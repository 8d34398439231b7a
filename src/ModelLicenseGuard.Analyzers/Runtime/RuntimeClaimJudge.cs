using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// Judges, once every call site is known, the claims and attributions about models the project names only at run time.
/// Models the manifest already holds are left to <see cref="OpenSourceClaimAnalyzer"/> and <see cref="AttributionAnalyzer"/>,
/// so nothing is reported twice.
/// </summary>
internal static class RuntimeClaimJudge
{
    public static void Judge(CompilationAnalysisContext context, IReadOnlyList<RuntimeModelSite> sites, ModelManifest? manifest)
    {
        var runtimeOnly = RuntimeOnly(sites, manifest);
        if (runtimeOnly.Count == 0)
        {
            return;
        }

        JudgeClaims(context, runtimeOnly);
        JudgeAttribution(context, runtimeOnly, manifest);
    }

    /// <summary>
    /// One site per model (the first in file order), keeping only models no manifest model shares a name with: a name
    /// the manifest has is already judged, per syntax tree, against the manifest's model.
    /// </summary>
    private static List<RuntimeModelSite> RuntimeOnly(IReadOnlyList<RuntimeModelSite> sites, ModelManifest? manifest)
    {
        var manifestNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in manifest?.Models ?? [])
        {
            if (model.CatalogId is not null)
            {
                manifestNames.Add(model.CatalogId);
            }

            manifestNames.UnionWith(model.Aliases);
        }

        var ordered = new List<RuntimeModelSite>(sites);
        ordered.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Location.SourceTree?.FilePath, b.Location.SourceTree?.FilePath);
            return byPath != 0 ? byPath : a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
        });

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<RuntimeModelSite>();
        foreach (var site in ordered)
        {
            var model = site.Model;
            if (!seen.Add(model.CatalogId!) || manifestNames.Contains(model.CatalogId!) || SharesName(model, manifestNames))
            {
                continue;
            }

            result.Add(site);
        }

        return result;
    }

    private static bool SharesName(ManifestEntry model, HashSet<string> names)
    {
        foreach (var alias in model.Aliases)
        {
            if (names.Contains(alias))
            {
                return true;
            }
        }

        return false;
    }

    private static void JudgeClaims(CompilationAnalysisContext context, List<RuntimeModelSite> sites)
    {
        var judged = new List<ManifestEntry>();
        foreach (var site in sites)
        {
            if (site.Model.Tier is OpennessTier.OpenWeights or OpennessTier.RestrictedWeights or OpennessTier.Closed)
            {
                judged.Add(site.Model);
            }
        }

        if (judged.Count == 0)
        {
            return;
        }

        var index = new ModelAliasIndex(judged);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            if (!IsGenerated(tree, context.CancellationToken))
            {
                OpenSourceClaimAnalyzer.ScanTree(tree, index, context.ReportDiagnostic, context.CancellationToken);
            }
        }

        // The build adds documents as additional files only when ModelLicenseGuardCheckDocuments allows it.
        foreach (var file in context.Options.AdditionalFiles)
        {
            OpenSourceClaimAnalyzer.ScanDocument(file, index, context.ReportDiagnostic, context.CancellationToken);
        }
    }

    /// <summary>MLG0010 at the call site of each runtime model whose required attribution the project carries nowhere.</summary>
    private static void JudgeAttribution(CompilationAnalysisContext context, List<RuntimeModelSite> sites, ModelManifest? manifest)
    {
        var required = new Dictionary<string, RuntimeModelSite>(StringComparer.OrdinalIgnoreCase);
        var manifestAttributions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in manifest?.Models ?? [])
        {
            if (!string.IsNullOrWhiteSpace(model.Attribution))
            {
                manifestAttributions.Add(model.Attribution!);
            }
        }

        foreach (var site in sites)
        {
            var attribution = site.Model.Attribution;
            if (!string.IsNullOrWhiteSpace(attribution) && !manifestAttributions.Contains(attribution!) && !required.ContainsKey(attribution!))
            {
                required[attribution!] = site;
            }
        }

        if (required.Count == 0)
        {
            return;
        }

        // The notices first: where they carry every attribution, no source file's text is copied out to be searched.
        var carried = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in context.Options.AdditionalFiles)
        {
            if (carried.Count < required.Count && IsNotice(file.Path) && file.GetText(context.CancellationToken) is { } notice)
            {
                Mark(notice.ToString(), required.Keys, carried);
            }
        }

        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            if (carried.Count == required.Count)
            {
                break;
            }

            Mark(tree.GetText(context.CancellationToken).ToString(), required.Keys, carried);
        }

        foreach (var requirement in required)
        {
            if (!carried.Contains(requirement.Key))
            {
                var model = requirement.Value.Model;
                context.ReportDiagnostic(AttributionAnalyzer.Create(model, requirement.Key, requirement.Value.Location, namedAtRunTimeOnly: true));
            }
        }
    }

    private static void Mark(string text, IEnumerable<string> attributions, HashSet<string> carried)
    {
        foreach (var attribution in attributions)
        {
            if (!carried.Contains(attribution) && text.IndexOf(attribution, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                carried.Add(attribution);
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

    /// <summary>
    /// The per-tree analyzers skip generated code through Roslyn; here, at compilation end, the usual markers say (a Razor
    /// page's C# among them: the page itself is read as a document).
    /// </summary>
    private static bool IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var path = tree.FilePath;
        if (path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var text = tree.GetText(cancellationToken);
        var head = text.ToString(new TextSpan(0, Math.Min(text.Length, 200)));
        return head.IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
