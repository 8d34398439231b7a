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
    public static SourceTextValueProvider<ModelManifest> Parser { get; } = new(text => ManifestFormat.Read(text.ToString()));

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
