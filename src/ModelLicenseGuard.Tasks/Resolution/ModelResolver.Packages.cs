using System;
using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Sources;

namespace ModelLicenseGuard.Tasks.Resolution;

// Model files that the project's NuGet packages bring.
internal sealed partial class ModelResolver
{
    /// <summary>Model files that NuGet packages bring, named by package so the user sees which dependency carries them.</summary>
    private void ResolvePackages(ModelManifest manifest, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(ProjectAssetsFile))
        {
            return;
        }

        if (!File.Exists(ProjectAssetsFile))
        {
            manifest.Problems.Add(new ManifestProblem(
                DiagnosticIds.UnreadableModel,
                ProjectAssetsFile!,
                $"The NuGet assets file '{ProjectAssetsFile}' does not exist, so packages were not searched for models. Restore the project (dotnet restore) and build again."));
            return;
        }

        var extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var extension in (ModelExtensions ?? ".gguf;.onnx;.safetensors").Split([';'], StringSplitOptions.RemoveEmptyEntries))
        {
            extensions.Add(extension.Trim().ToLowerInvariant());
        }

        List<PackageModels.Found> found;
        try
        {
            found = PackageModels.Find(ProjectAssetsFile!, extensions);
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            // NuGet's assemblies come from the MSBuild running the build; one that lacks them cannot search packages.
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.InternalError, ProjectAssetsFile!, $"NuGet packages were not searched for models: this MSBuild does not provide NuGet's libraries ({exception.Message})."));
            return;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ModelFormatException)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, ProjectAssetsFile!, $"The NuGet assets file '{ProjectAssetsFile}' cannot be read, so packages were not searched for models: {exception.Message}"));
            return;
        }

        foreach (var package in found)
        {
            if (seen.Add(package.FullPath))
            {
                Isolated(manifest, package.Source, () => ReadFile(manifest, package.FullPath, package.Source, package));
            }
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
