using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Rules;

/// <summary>
/// MLG0025: the manifest the build wrote is damaged (empty, cut short, changed after it was written). The other rules
/// then see no models, so without this the project would look clean; the diagnostic stands on the manifest and says
/// to build, which writes it again.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManifestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.ManifestDamaged);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var text = ManifestLoader.FindText(start.Options, start.CancellationToken);
            if (text is null || !start.TryGetValue(text, ManifestLoader.Parser, out var manifest) || manifest.Damage is not { } damage)
            {
                return;
            }

            start.RegisterAdditionalFileAction(file =>
            {
                if (string.Equals(Path.GetFileName(file.AdditionalFile.Path), ManifestFormat.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    var location = Location.Create(file.AdditionalFile.Path, default, new LinePositionSpan(default, default));
                    file.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.ManifestDamaged, location, file.AdditionalFile.Path, damage));
                }
            });
        });
    }
}
