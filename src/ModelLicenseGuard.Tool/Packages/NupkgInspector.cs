using System;
using System.IO;
using System.Xml;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Tasks.Readers;
using NuGet.Packaging;
using NuGet.Packaging.Core;

namespace ModelLicenseGuard.Tool.Packages;

// Replaced by the reader in main.
// Until then this reads only the nuspec, so the feed side can be tested end to end: it proves which package and
// version arrived, and that a file which is not a package fails as one line. It adds no models.
internal static class NupkgInspector
{
    /// <summary>Reads one downloaded package's models (headers only) and metadata into the report, judged by settings.</summary>
    /// <remarks>Throws <see cref="ToolInputException"/> for a corrupt or unreadable .nupkg (one line naming the file/package).</remarks>
    public static void Inspect(string nupkgPath, ToolReport report, PolicySettings settings, ReadBudget budget)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(budget);
        try
        {
            using var reader = new PackageArchiveReader(nupkgPath);
            var nuspec = reader.NuspecReader;
            var identity = nuspec.GetIdentity();
            var license = nuspec.GetLicenseMetadata()?.License ?? nuspec.GetLicenseUrl();
            report.Policy = settings.Policy;
            report.Notes.Add($"{identity.Id} {identity.Version.ToNormalizedString()}: package licence {(string.IsNullOrEmpty(license) ? "(none)" : license)}.");
        }
        catch (Exception exception) when (exception is InvalidDataException or PackagingException or XmlException or IOException)
        {
            throw new ToolInputException($"{Path.GetFileName(nupkgPath)} is not a readable .nupkg: {exception.Message}", exception);
        }
    }
}
