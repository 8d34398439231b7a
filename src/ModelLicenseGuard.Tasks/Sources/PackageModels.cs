using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Tasks.Readers;
using NuGet.Packaging;

namespace ModelLicenseGuard.Tasks.Sources;

/// <summary>
/// Model files that NuGet packages bring into the project, found through <c>project.assets.json</c> (<see cref="AssetsFileReader"/>),
/// whose file list of each package says which packages hold one, so no package folder is listed. A model without licence metadata takes the licence its package's nuspec declares.
/// </summary>
internal static class PackageModels
{
    /// <summary>A model file found in a package: where it is, how to name it in diagnostics, and the package's licence.</summary>
    internal sealed class Found(string fullPath, string source, string? packageLicense, string? packageLicenseField)
    {
        public string FullPath { get; } = fullPath;

        public string Source { get; } = source;

        public string? PackageLicense { get; } = packageLicense;

        public string? PackageLicenseField { get; } = packageLicenseField;
    }

    /// <summary>
    /// Finds model files in the packages the assets file lists. Loads NuGet's assemblies only when a package holds a model
    /// (for its nuspec), so callers catch load failures.
    /// </summary>
    /// <exception cref="ModelFormatException">The assets file is not valid JSON.</exception>
    public static List<Found> Find(string assetsFile, ICollection<string> extensions)
    {
        var found = new List<Found>();
        var assets = AssetsFileReader.Read(assetsFile, extensions);
        foreach (var package in assets.Packages)
        {
            // The assets file lists every file of each package: only a package that lists a model file is looked at on
            // disk. An assets file without the lists (written by hand or by an old NuGet) falls back to the folder.
            if (package.ListsFiles && package.ModelFiles.Count == 0)
            {
                continue;
            }

            var folder = PackageFolder(assets.PackageFolders, package.Path);
            if (folder is null)
            {
                continue;
            }

            var files = package.ListsFiles ? ListedModelFiles(folder, package.ModelFiles) : ModelFiles(folder, extensions);
            if (files.Count == 0)
            {
                continue;
            }

            AddFound(found, folder, package, files);
        }

        return found;
    }

    // Apart from Find, so that NuGet.Packaging (the nuspec reader) is loaded only when a package holds a model file.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddFound(List<Found> found, string folder, AssetsPackage package, List<string> files)
    {
        var (license, field) = NuspecLicense(folder, package.Name);
        foreach (var file in files)
        {
            var relative = file.Substring(folder.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/');
            found.Add(new Found(file, $"nuget:{package.Name}/{package.Version}/{relative}", license, field));
        }
    }

    private static string? PackageFolder(List<string> packageFolders, string packagePath)
    {
        foreach (var packageFolder in packageFolders)
        {
            var candidate = Path.Combine(packageFolder, packagePath);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    /// <summary>The listed model files that are on disk (a package folder may have been trimmed since the restore).</summary>
    private static List<string> ListedModelFiles(string folder, List<string> listed)
    {
        var files = new List<string>();
        foreach (var relative in listed)
        {
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
            if (++seen > AssetsFileReader.MaxFilesPerPackage)
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
