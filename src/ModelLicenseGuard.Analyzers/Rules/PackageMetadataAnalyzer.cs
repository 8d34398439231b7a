using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelLicenseGuard.Packaging;

namespace ModelLicenseGuard.Analyzers.Rules;

/// <summary>
/// MLG0011: the project's <c>PackageLicenseExpression</c> or <c>PackageTags</c> conflict with a model file it carries.
/// The values come from compiler-visible properties (so a <c>Directory.Build.props</c> counts); the diagnostic stands
/// where the project file sets them, or at its <c>&lt;Project&gt;</c> element when they are set in an imported file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PackageMetadataAnalyzer : DiagnosticAnalyzer
{
    private static readonly Regex ProjectElement = new(@"<Project\b", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PackageMetadataConflict);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            options.TryGetValue("build_property.IsPackable", out var packable);
            options.TryGetValue("build_property." + PackageMetadataCheck.LicenseExpressionProperty, out var expression);
            // The package's targets pass PackageTags space-separated: a ';' would end the value in the compiler's configuration.
            options.TryGetValue("build_property.ModelLicenseGuardPackageTags", out var tags);
            if (string.Equals(packable?.Trim(), "false", StringComparison.OrdinalIgnoreCase)
                || (string.IsNullOrWhiteSpace(expression) && string.IsNullOrWhiteSpace(tags)))
            {
                return;
            }

            var text = ManifestLoader.FindText(start.Options, start.CancellationToken);
            if (text is null || !start.TryGetValue(text, ManifestLoader.Parser, out var manifest))
            {
                return;
            }

            var conflicts = PackageMetadataCheck.Find(expression, tags, manifest.Models);
            if (conflicts.Count == 0)
            {
                return;
            }

            start.RegisterAdditionalFileAction(file =>
            {
                var path = file.AdditionalFile.Path;
                if (!path.EndsWith("proj", StringComparison.OrdinalIgnoreCase) || file.AdditionalFile.GetText(file.CancellationToken) is not { } project)
                {
                    return;
                }

                var projectText = project.ToString();
                foreach (var conflict in conflicts)
                {
                    var span = Locate(projectText, conflict);
                    var location = Location.Create(path, span, project.Lines.GetLinePositionSpan(span));
                    file.ReportDiagnostic(Diagnostic.Create(
                        RuleDescriptors.PackageMetadataConflict,
                        location,
                        conflict.Property,
                        conflict.Value,
                        conflict.Model.Name,
                        PackageMetadataCheck.Describe(conflict.Model),
                        conflict.Reason));
                }
            });
        });
    }

    /// <summary>The conflicting value inside its element, the element, or the &lt;Project&gt; element.</summary>
    private static TextSpan Locate(string project, PackageMetadataConflict conflict)
    {
        var open = "<" + conflict.Property + ">";
        var element = project.IndexOf(open, StringComparison.Ordinal);
        if (element >= 0)
        {
            var valueStart = element + open.Length;
            var close = project.IndexOf("</" + conflict.Property + ">", valueStart, StringComparison.Ordinal);
            if (close > valueStart)
            {
                var value = project.IndexOf(conflict.Value, valueStart, close - valueStart, StringComparison.OrdinalIgnoreCase);
                return value >= 0 ? new TextSpan(value, conflict.Value.Length) : TextSpan.FromBounds(valueStart, close);
            }
        }

        var root = ProjectElement.Match(project);
        return root.Success ? new TextSpan(root.Index, root.Length) : new TextSpan(0, 0);
    }
}
