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
        // Generated code is read only when it is a Razor page's ("Built with Llama" in a Blazor app's footer).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterCompilationStartAction(start =>
        {
            var text = ManifestLoader.FindText(start.Options, start.CancellationToken);
            if (text is null || !start.TryGetValue(text, ManifestLoader.Parser, out var manifest))
            {
                return;
            }

            // One requirement per attribution text; the first model that needs it names it in the message.
            var required = new Dictionary<string, ManifestEntry>(StringComparer.OrdinalIgnoreCase);
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
            var project = ProjectFile(start.Options);

            // The few notice documents first: when they carry every attribution, no source file needs reading.
            foreach (var file in start.Options.AdditionalFiles)
            {
                if (IsNotice(file.Path) && file.GetText(start.CancellationToken) is { } notice)
                {
                    Mark(notice.ToString(), required.Keys, carried);
                }
            }

            if (carried.Count == required.Count)
            {
                return;
            }

            start.RegisterSyntaxTreeAction(tree =>
            {
                if (carried.Count < required.Count && (!tree.IsGeneratedCode || RazorPages.IsGeneratedFromPage(tree.Tree)))
                {
                    Mark(tree.Tree.GetText(tree.CancellationToken).ToString(), required.Keys, carried);
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var requirement in required)
                {
                    if (!carried.ContainsKey(requirement.Key))
                    {
                        var model = requirement.Value;
                        end.ReportDiagnostic(Create(model, requirement.Key, Locate(project, model, end.CancellationToken)));
                    }
                }
            });
        });
    }

    /// <summary>What the attribution fix writes: the model's id, its licence and the text, verbatim.</summary>
    public const string ModelIdProperty = "ModelId";
    public const string LicenseProperty = "License";
    public const string LicenseUrlProperty = "LicenseUrl";
    public const string NoticeProperty = "Notice";
    public const string ModelNameProperty = "ModelName";

    // Why a model named only at run time is information, not a warning: Llama's and Gemma's attribution duties attach to
    // distributing the model or a product or service that contains it, and an app that calls a model someone else
    // serves does neither until it ships with the model or is offered as a service around it.
    private const string RunTimeOnly = ". The project ships no weights of this model, it only names it at run time: the licence asks for the attribution when the app is distributed with the model or offered as a product or service that contains it";

    /// <summary>
    /// MLG0010 for <paramref name="model"/>, carrying what the attribution fix writes: a warning for a model the project
    /// ships, information for one it only names at run time (<paramref name="namedAtRunTimeOnly"/>).
    /// </summary>
    internal static Diagnostic Create(ManifestEntry model, string notice, Location location, bool namedAtRunTimeOnly = false)
        => Diagnostic.Create(
            RuleDescriptors.AttributionMissing,
            location,
            namedAtRunTimeOnly ? DiagnosticSeverity.Info : RuleDescriptors.AttributionMissing.DefaultSeverity,
            additionalLocations: null,
            Properties(model, notice),
            model.Name,
            model.License,
            model.LicenseUrl ?? "no licence text recorded",
            notice,
            model.CatalogId ?? model.Name,
            namedAtRunTimeOnly ? RunTimeOnly : string.Empty);

    private static ImmutableDictionary<string, string?> Properties(ManifestEntry model, string notice)
        => ImmutableDictionary<string, string?>.Empty
            .Add(ModelIdProperty, model.CatalogId ?? model.Name)
            .Add(ModelNameProperty, model.Name)
            .Add(LicenseProperty, model.License)
            .Add(LicenseUrlProperty, model.LicenseUrl)
            .Add(NoticeProperty, notice);

    private static AdditionalText? ProjectFile(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (file.Path.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>
    /// In the project file, where the fix can be offered: the line that names the model (its ModelReference or item),
    /// else the &lt;Project&gt; element. Without the project file among the additional files, nowhere.
    /// </summary>
    private static Location Locate(AdditionalText? project, ManifestEntry model, System.Threading.CancellationToken cancellationToken)
    {
        if (project?.GetText(cancellationToken) is not { } text)
        {
            return Location.None;
        }

        var content = text.ToString();
        var source = model.Source.Replace('\\', '/');
        var at = content.IndexOf(source, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            at = content.IndexOf(source.Replace('/', '\\'), StringComparison.OrdinalIgnoreCase);
        }

        var root = content.IndexOf("<Project", StringComparison.Ordinal);
        var span = at >= 0
            ? new Microsoft.CodeAnalysis.Text.TextSpan(at, source.Length)
            : root >= 0 ? new Microsoft.CodeAnalysis.Text.TextSpan(root, "<Project".Length) : default;
        return Location.Create(project.Path, span, text.Lines.GetLinePositionSpan(span));
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
