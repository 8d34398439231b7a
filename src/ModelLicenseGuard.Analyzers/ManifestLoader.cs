using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers;

/// <summary>Finds the manifest the build task wrote among the additional files.</summary>
internal static class ManifestLoader
{
    /// <summary>
    /// Parses a manifest. Roslyn caches the result per <see cref="SourceText"/>, so an unchanged manifest is parsed
    /// once, not once per compilation (that is, per keystroke).
    /// </summary>
    /// <remarks>A damaged manifest yields nothing but its <see cref="ModelManifest.Damage"/>: none of it is trusted (MLG0025).</remarks>
    public static SourceTextValueProvider<ModelManifest> Parser { get; } = new(text =>
    {
        var manifest = ManifestFormat.Read(text.ToString());
        return manifest.Damage is null ? manifest : new ModelManifest { Damage = manifest.Damage };
    });

    public static SourceText? FindText(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(Path.GetFileName(file.Path), ManifestFormat.FileName, StringComparison.OrdinalIgnoreCase))
            {
                return file.GetText(cancellationToken);
            }
        }

        return null;
    }
}
