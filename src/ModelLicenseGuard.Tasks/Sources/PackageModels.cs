using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Tasks.Readers;
using NuGet.Packaging;
using NuGet.ProjectModel;

namespace ModelLicenseGuard.Tasks.Sources;

/// <summary>
/// Model files that NuGet packages bring into the project, found through <c>project.assets.json</c> (read with NuGet's own
/// library) and each package's folder. A model without licence metadata takes the licence its package's nuspec declares.
/// </summary>
internal static class PackageModels
{
    // A package is a few folders deep at most; a huge package is not worth a slow build to search whole.
    private const int MaxFilesPerPackage = 10_000;

    /// <summary>A model file found in a package: where it is, how to name it in diagnostics, and the package's licence.</summary>
    internal sealed class Found(string fullPath, string source, string? packageLicense, string? packageLicenseField)
    {
        public string FullPath { get; } = fullPath;

        public string Source { get; } = source;

        public string? PackageLicense { get; } = packageLicense;

        public string? PackageLicenseField { get; } = packageLicenseField;
    }

    /// <summary>Finds model files in the packages the assets file lists. Loads NuGet's assemblies, so callers catch load failures.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static List<Found> Find(string assetsFile, ICollection<string> extensions)
    {
        var found = new List<Found>();
        var lockFile = new LockFileFormat().Read(assetsFile);
        foreach (var library in lockFile.Libraries)
        {
            if (!string.Equals(library.Type, "package", StringComparison.OrdinalIgnoreCase) || library.Path is null)
            {
                continue;
            }

            var folder = PackageFolder(lockFile, library.Path);
            if (folder is null)
            {
                continue;
            }

            var files = ModelFiles(folder, extensions);
            if (files.Count == 0)
            {
                continue;
            }

            var (license, field) = NuspecLicense(folder, library.Name);
            foreach (var file in files)
            {
                var relative = file.Substring(folder.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/');
                found.Add(new Found(file, $"nuget:{library.Name}/{library.Version}/{relative}", license, field));
            }
        }

        return found;
    }

    private static string? PackageFolder(LockFile lockFile, string libraryPath)
    {
        foreach (var packageFolder in lockFile.PackageFolders)
        {
            var candidate = Path.Combine(packageFolder.Path, libraryPath);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static List<string> ModelFiles(string folder, ICollection<string> extensions)
    {
        var files = new List<string>();
        var seen = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (++seen > MaxFilesPerPackage)
            {
                break;
            }

            if (extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            {
                files.Add(file);
            }
        }

        return files;
    }

    /// <summary>The nuspec's licence: an SPDX expression, or a licence file identified by its text.</summary>
    private static (string? License, string? Field) NuspecLicense(string folder, string id)
    {
        var nuspecPath = Path.Combine(folder, id.ToLowerInvariant() + ".nuspec");
        if (!File.Exists(nuspecPath))
        {
            return (null, null);
        }

        var license = new NuspecReader(nuspecPath).GetLicenseMetadata();
        if (license is null)
        {
            return (null, null);
        }

        if (license.Type == LicenseType.Expression)
        {
            return (license.License, $"the license expression in {id}.nuspec");
        }

        var text = Path.Combine(folder, license.License);
        var identified = File.Exists(text) ? LicenseTextIdentifier.Identify(ReadStart(text)) : null;
        return (identified, identified is null ? null : $"the licence file {license.License} of {id} (identified by its text)");
    }

    private static string ReadStart(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[LicenseTextIdentifier.MaxLength];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }
}
