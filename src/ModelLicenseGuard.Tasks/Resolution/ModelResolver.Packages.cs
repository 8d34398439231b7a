using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Sources;

namespace ModelLicenseGuard.Tasks.Resolution;

// Model files that the project's NuGet packages bring.
internal sealed partial class ModelResolver
{
    /// <summary>What the assets file says of the packages' models: the models, a problem, or a failure to report in their place.</summary>
    private sealed class PackageScan
    {
        public List<PackageModels.Found> Found { get; } = [];

        public ManifestProblem? Problem { get; set; }

        public ExceptionDispatchInfo? Failure { get; set; }
    }

    /// <summary>Reads the assets file for package models; what goes wrong is kept for <see cref="ResolvePackages"/> to report.</summary>
    private PackageScan ScanPackages()
    {
        var scan = new PackageScan();
        try
        {
            scan.Problem = FindPackageModels(scan.Found);
        }
        catch (Exception exception)
        {
            scan.Failure = ExceptionDispatchInfo.Capture(exception);
        }

        return scan;
    }

    /// <summary>Model files that NuGet packages bring, named by package so the user sees which dependency carries them.</summary>
    private void ResolvePackages(ModelManifest manifest, HashSet<string> seen, PackageScan scan)
    {
        scan.Failure?.Throw();
        if (scan.Problem is not null)
        {
            manifest.Problems.Add(scan.Problem);
            return;
        }

        foreach (var package in scan.Found)
        {
            if (seen.Add(package.FullPath))
            {
                Isolated(manifest, package.Source, () => ReadFile(manifest, package.FullPath, package.Source, package));
            }
        }
    }

    /// <summary>Adds the models the assets file's packages hold to <paramref name="found"/>; returns the problem that stopped the search, if any.</summary>
    private ManifestProblem? FindPackageModels(List<PackageModels.Found> found)
    {
        if (string.IsNullOrWhiteSpace(ProjectAssetsFile))
        {
            return null;
        }

        if (!File.Exists(ProjectAssetsFile))
        {
            return new ManifestProblem(
                DiagnosticIds.UnreadableModel,
                ProjectAssetsFile!,
                $"The NuGet assets file '{ProjectAssetsFile}' does not exist, so packages were not searched for models. Restore the project (dotnet restore) and build again.");
        }

        var extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var extension in (ModelExtensions ?? ".gguf;.onnx;.safetensors").Split([';'], StringSplitOptions.RemoveEmptyEntries))
        {
            extensions.Add(extension.Trim().ToLowerInvariant());
        }

        try
        {
            found.AddRange(PackageModels.Find(ProjectAssetsFile!, extensions));
            return null;
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            // NuGet's assemblies come from the MSBuild running the build; one that lacks them cannot read a package's nuspec.
            return new ManifestProblem(DiagnosticIds.InternalError, ProjectAssetsFile!, $"NuGet packages were not searched for models: this MSBuild does not provide NuGet's libraries ({exception.Message}).");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ModelFormatException)
        {
            return new ManifestProblem(DiagnosticIds.UnreadableModel, ProjectAssetsFile!, $"The NuGet assets file '{ProjectAssetsFile}' cannot be read, so packages were not searched for models: {exception.Message}");
        }
    }

    /// <summary>A model in a package that states no licence itself is under the licence its package declares.</summary>
    internal static ModelFacts WithPackageLicense(ModelFacts facts, PackageModels.Found? package)
    {
        if (package?.PackageLicense is not null && facts.License is null)
        {
            facts.License = package.PackageLicense;
            facts.LicenseField = package.PackageLicenseField;
            facts.Record("nuspec license", package.PackageLicense);
        }

        return facts;
    }
}
