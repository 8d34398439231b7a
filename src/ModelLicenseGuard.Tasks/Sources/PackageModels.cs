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
/// library), whose file list of each package says which packages hold one, so no package folder is listed. A model without licence metadata takes the licence its package's nuspec declares.
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

            // The assets file lists every file of each package: only a package that lists a model file is looked at on
            // disk. An assets file without the lists (written by hand or by an old NuGet) falls back to the folder.
            var listed = library.Files.Count > 0;
            if (listed && !ListsModelFile(library.Files, extensions))
            {
                continue;
            }

            var folder = PackageFolder(lockFile, library.Path);
            if (folder is null)
            {
                continue;
            }

            var files = listed ? ListedModelFiles(folder, library.Files, extensions) : ModelFiles(folder, extensions);
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

    private static bool ListsModelFile(IList<string> files, ICollection<string> extensions)
    {
        for (var i = 0; i < files.Count && i < MaxFilesPerPackage; i++)
        {
            if (extensions.Contains(Path.GetExtension(files[i]).ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The listed model files that are on disk (a package folder may have been trimmed since the restore).</summary>
    private static List<string> ListedModelFiles(string folder, IList<string> listed, ICollection<string> extensions)
    {
        var files = new List<string>();
        for (var i = 0; i < listed.Count && i < MaxFilesPerPackage; i++)
        {
            var relative = listed[i];
            if (!extensions.Contains(Path.GetExtension(relative).ToLowerInvariant()))
            {
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar)));

            // A hostile assets file may list "../x": nothing outside the package folder is read.
            if (full.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                files.Add(full);
            }
        }

        return files;
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

        return NuspecLicense(new NuspecReader(nuspecPath), id, file =>
        {
            var text = Path.Combine(folder, file);
            return File.Exists(text) ? ReadStart(text) : null;
        });
    }

    /// <summary>
    /// The licence a nuspec declares, for a package in a folder (the build) or a .nupkg never extracted (the tool).
    /// </summary>
    /// <param name="licenseTextStart">The first <see cref="LicenseTextIdentifier.MaxLength"/> characters of a file in the package, or null when it is absent.</param>
    internal static (string? License, string? Field) NuspecLicense(NuspecReader nuspec, string id, Func<string, string?> licenseTextStart)
    {
        var license = nuspec.GetLicenseMetadata();
        if (license is null)
        {
            return (null, null);
        }

        if (license.Type == LicenseType.Expression)
        {
            return (license.License, $"the license expression in {id}.nuspec");
        }

        var start = licenseTextStart(license.License);
        var identified = start is null ? null : LicenseTextIdentifier.Identify(start);
        return (identified, identified is null ? null : $"the licence file {license.License} of {id} (identified by its text)");
    }

    /// <summary>The start of a licence text, as much as <see cref="LicenseTextIdentifier"/> looks at.</summary>
    internal static string ReadStart(TextReader reader)
    {
        var buffer = new char[LicenseTextIdentifier.MaxLength];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    private static string ReadStart(string path)
    {
        using var reader = new StreamReader(path);
        return ReadStart(reader);
    }
}
