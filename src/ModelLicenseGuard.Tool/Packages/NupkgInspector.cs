using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Packaging;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Resolution;
using ModelLicenseGuard.Tasks.Sources;
using NuGet.Packaging;
using NuGet.Packaging.Core;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>What reading one package cost: the evidence that only headers were read.</summary>
/// <param name="PackageBytesRead">Bytes read from the .nupkg file itself (compressed).</param>
/// <param name="ModelBytesRead">Bytes the model readers read (uncompressed), across the package's models.</param>
internal sealed record InspectionCost(long PackageBytesRead, long ModelBytesRead);

/// <summary>
/// Reads the models a downloaded .nupkg carries — headers only, straight from the package, which is never extracted — and
/// its nuspec's licence and tags, and judges them as the build judges the models of a referenced package: the same
/// readers, the same naming (<c>nuget:Id/Version/path</c>), the same "a model without a licence takes its package's"
/// rule, and the same MLG0011 check of the package's metadata against what it carries.
/// </summary>
internal static class NupkgInspector
{
    // A package is a few folders deep at most; as in the build, a huge one is not searched whole.
    private const int MaxEntries = 10_000;

    // Cards, licence texts and configs beside a model are small; a bigger one is not a card.
    private const int MaxSideFileBytes = 1024 * 1024;

    // A nuspec is a few kilobytes; NuGet itself refuses far less than this.
    private const int MaxNuspecBytes = 1024 * 1024;

    /// <summary>The build's default for <c>ModelLicenseGuardModelExtensions</c>: model files inside packages.</summary>
    private static readonly HashSet<string> ModelExtensions = new(StringComparer.OrdinalIgnoreCase) { ".gguf", ".onnx", ".safetensors" };

    // The files the build's folder reader looks at beside a model (HuggingFaceFolderReader): copied out, small, so the
    // card of a model's folder counts exactly as it does for a package the build finds in the global packages folder.
    private static readonly HashSet<string> SideFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "README.md", "LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "LICENCE.txt", "LICENCE.md", "config.json", "genai_config.json",
    };

    /// <summary>Reads one downloaded package's models (headers only) and metadata into the report, judged by <paramref name="settings"/>.</summary>
    /// <exception cref="ToolInputException">The file is not a readable NuGet package; the message names it.</exception>
    public static InspectionCost Inspect(string nupkgPath, ToolReport report, PolicySettings settings, ReadBudget budget)
    {
        var name = Path.GetFileName(nupkgPath);
        var before = budget.TotalBytesRead;
        var scratch = Path.Combine(Path.GetTempPath(), "mlg-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var file = new CountingReadStream(new FileStream(nupkgPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096));
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException exception)
            {
                throw new ToolInputException($"'{name}' is not a valid NuGet package: it is not a readable zip file ({exception.Message.TrimEnd('.')}).", exception);
            }

            using (archive)
            {
                var nuspec = ReadNuspec(archive, name);
                var id = nuspec.GetId();
                var version = nuspec.GetVersion().ToNormalizedString();
                var (license, licenseField) = PackageModels.NuspecLicense(nuspec, id, path => LicenseTextStart(archive, path));
                var metadata = nuspec.GetLicenseMetadata();
                var expression = metadata?.Type == LicenseType.Expression ? metadata.License : null;

                var manifest = new ModelManifest();
                var copied = new HashSet<string>(StringComparer.Ordinal);
                var entries = archive.Entries;
                for (var i = 0; i < entries.Count && i < MaxEntries; i++)
                {
                    var entry = entries[i];
                    if (SafeRelativePath(entry.FullName) is not { } relative)
                    {
                        continue;
                    }

                    var source = $"nuget:{id}/{version}/{relative}";
                    var found = new PackageModels.Found(string.Empty, source, license, licenseField);
                    if (ModelExtensions.Contains(Path.GetExtension(relative)))
                    {
                        var mirror = Path.Combine(scratch, relative.Replace('/', Path.DirectorySeparatorChar));
                        ModelResolver.Isolated(manifest, source, () =>
                        {
                            CopySideFiles(archive, relative, scratch, copied);
                            using var stream = new ZipEntryStream(entry);
                            ReadModel(manifest, stream, mirror, source, found, budget);
                        });
                    }
                    else if (string.Equals(Path.GetExtension(relative), ".dll", StringComparison.OrdinalIgnoreCase) && entry.Length >= AssemblyModelResources.MinAssemblyBytes)
                    {
                        ModelResolver.Isolated(manifest, source, () => ReadEmbedded(manifest, entry, relative, source, found, scratch, budget));
                    }
                }

                var package = $"{id}/{version}";
                ReportJudge.Judge(report, manifest, settings, model => model.Source, package);
                foreach (var conflict in PackageMetadataCheck.FindInPackage(expression, nuspec.GetTags(), manifest.Models))
                {
                    report.Conflicts.Add(new PackageConflict(package, conflict));
                }
            }

            return new InspectionCost(file.BytesRead, budget.TotalBytesRead - before);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ToolInputException($"'{name}' cannot be read: {exception.Message}", exception);
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    private static void ReadModel(ModelManifest manifest, Stream stream, string mirror, string source, PackageModels.Found package, ReadBudget budget)
    {
        try
        {
            var facts = ModelFileReader.Read(stream, mirror, source, budget);
            manifest.Models.Add(ModelClassifier.Classify(ModelResolver.WithPackageLicense(facts, package), manifest.Problems));
        }
        catch (ModelFormatException exception)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model file '{source}' cannot be read: {exception.Message}."));
        }
        catch (InvalidDataException exception)
        {
            // The package's compressed data is damaged under this entry; its other models may still be whole.
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model file '{source}' cannot be read: the package's data for it is damaged ({exception.Message.TrimEnd('.')})."));
        }
    }

    /// <summary>
    /// Models an assembly of the package carries as embedded resources, named <c>nuget:Id/Version/lib/…/X.dll!X.model.onnx</c>
    /// and read in place like any other model of the package.
    /// </summary>
    private static void ReadEmbedded(ModelManifest manifest, ZipArchiveEntry entry, string relative, string source, PackageModels.Found package, string scratch, ReadBudget budget)
    {
        using var stream = new ZipEntryStream(entry);
        List<AssemblyModelResources.Resource> resources;
        try
        {
            resources = AssemblyModelResources.Find(stream, ModelExtensions);
        }
        catch (BadImageFormatException)
        {
            // A native library, or no assembly at all: it holds no managed resources.
            return;
        }

        foreach (var resource in resources)
        {
            var embedded = $"{source}!{resource.Name}";

            // The resource is named as if it sat in a folder named after its assembly, which may name the model.
            var mirror = Path.Combine(scratch, Path.ChangeExtension(relative, null).Replace('/', Path.DirectorySeparatorChar), resource.Name);
            ReadModel(manifest, new SubStream(stream, resource.Offset, resource.Length), mirror, embedded, new PackageModels.Found(string.Empty, embedded, package.PackageLicense, package.PackageLicenseField), budget);
        }
    }

    private static NuspecReader ReadNuspec(ZipArchive archive, string name)
    {
        ZipArchiveEntry? found = null;
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.IndexOf('/') < 0 && entry.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase))
            {
                found = entry;
                break;
            }
        }

        if (found is null)
        {
            throw new ToolInputException($"'{name}' is not a valid NuGet package: it has no .nuspec at its root.");
        }

        try
        {
            using var stream = new MemoryStream(ReadBounded(found, MaxNuspecBytes)
                ?? throw new ToolInputException($"'{name}' is not a valid NuGet package: its nuspec is larger than {MaxNuspecBytes / 1024} KiB."));
            var nuspec = new NuspecReader(stream);

            // Read now, inside the guard: a nuspec without an id or version is as corrupt as one that does not parse.
            _ = nuspec.GetId();
            _ = nuspec.GetVersion();
            return nuspec;
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException or PackagingException or ArgumentException or FormatException)
        {
            throw new ToolInputException($"'{name}' is not a valid NuGet package: its nuspec cannot be read ({exception.Message.TrimEnd('.')}).", exception);
        }
    }

    private static string? LicenseTextStart(ZipArchive archive, string path)
    {
        var entry = archive.GetEntry(path.Replace('\\', '/'));
        if (entry is null)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open());
        return PackageModels.ReadStart(reader);
    }

    /// <summary>Copies the cards, licence texts and configs of a model's folder out of the package, once per folder.</summary>
    private static void CopySideFiles(ZipArchive archive, string modelPath, string scratch, HashSet<string> copied)
    {
        var slash = modelPath.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : modelPath.Substring(0, slash + 1);
        if (!copied.Add(folder))
        {
            return;
        }

        Directory.CreateDirectory(Path.Combine(scratch, folder.Replace('/', Path.DirectorySeparatorChar)));
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.Length <= folder.Length
                || !entry.FullName.StartsWith(folder, StringComparison.Ordinal)
                || entry.FullName.IndexOf('/', folder.Length) >= 0
                || !SideFiles.Contains(entry.FullName.Substring(folder.Length))
                || entry.Length > MaxSideFileBytes
                || SafeRelativePath(entry.FullName) is not { } relative)
            {
                continue;
            }

            try
            {
                // The entry's stated length is the package's word; what is copied is bounded whatever the data holds.
                if (ReadBounded(entry, MaxSideFileBytes) is { } content)
                {
                    File.WriteAllBytes(Path.Combine(scratch, relative.Replace('/', Path.DirectorySeparatorChar)), content);
                }
            }
            catch (InvalidDataException)
            {
                // A damaged card is as good as none: the model is still read, and its own header still counts.
            }
        }
    }

    /// <summary>An entry's bytes, or null when it holds more than <paramref name="max"/> (whatever its header says).</summary>
    private static byte[]? ReadBounded(ZipArchiveEntry entry, int max)
    {
        if (entry.Length > max)
        {
            return null;
        }

        using var stream = entry.Open();
        var buffer = new byte[Math.Min(max, Math.Max(0, (int)entry.Length)) + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        // One byte more than stated means the data runs past its header's length: not a file to trust.
        return total > entry.Length || total > max ? null : buffer.AsSpan(0, total).ToArray();
    }

    /// <summary>An entry's path inside the package, or null for one that would leave it ("../x", "/x", "C:x").</summary>
    private static string? SafeRelativePath(string fullName)
    {
        var path = fullName.Replace('\\', '/');
        if (path.Length == 0 || path[0] == '/' || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is ".." or ".")
            {
                return null;
            }
        }

        return Uri.UnescapeDataString(path);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind costs a few kilobytes; the report is what matters.
        }
    }
}
