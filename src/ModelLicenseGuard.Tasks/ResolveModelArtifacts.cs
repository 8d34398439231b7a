using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Runtime;
using ModelLicenseGuard.Tasks.Caching;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Sources;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Finds the project's models, reads licence and provenance from their headers, classifies them, and writes
/// the manifest the analyzer and <see cref="CheckModelLicenses"/> read. Problems go into the manifest rather
/// than the log, so that an incremental build that skips this task still reports them.
/// </summary>
public sealed class ResolveModelArtifacts : Microsoft.Build.Utilities.Task
{
    // Windows paths ignore case. Elsewhere "Model.gguf" and "model.gguf" can be two files, and taking one for a
    // duplicate of the other would leave its licence unchecked; reading one file twice only repeats a report.
    private static readonly StringComparer PathComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Model files found among the project's items (<c>None</c>, <c>Content</c>, <c>EmbeddedResource</c>).</summary>
    public ITaskItem[] ModelFiles { get; set; } = [];

    /// <summary>Items with generic extensions (<c>.bin</c>…): models only when their first bytes are a GGUF or safetensors header.</summary>
    public ITaskItem[] CandidateFiles { get; set; } = [];

    /// <summary><c>ModelReference</c> items: a file path, or a reference such as <c>hf:org/name</c>.</summary>
    public ITaskItem[] ModelReferences { get; set; } = [];

    /// <summary><c>appsettings*.json</c> files, read for the models the application is configured to use.</summary>
    public ITaskItem[] ConfigurationFiles { get; set; } = [];

    /// <summary><c>ModelConfigurationKey</c> items: further configuration keys that name a model (metadata <c>Kind</c>).</summary>
    public ITaskItem[] ModelConfigurationKeys { get; set; } = [];

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    /// <summary>The project's <c>project.assets.json</c>, whose packages are searched for model files (optional).</summary>
    public string? ProjectAssetsFile { get; set; }

    /// <summary>File extensions that mark model files inside packages (<c>ModelLicenseGuardModelExtensions</c>).</summary>
    public string? ModelExtensions { get; set; }

    /// <summary>Where headers already read are remembered between builds (optional).</summary>
    public string? CachePath { get; set; }

    [Output]
    public int ModelCount { get; set; }

    private FactsCache _cache = FactsCache.Load(null);

    public override bool Execute()
    {
        try
        {
            _cache = FactsCache.Load(CachePath);
            var manifest = Resolve();
            ModelCount = manifest.Models.Count;
            var directory = Path.GetDirectoryName(Path.GetFullPath(ManifestPath));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            // The compiler reads the manifest: rewriting identical content would make every build recompile.
            var text = ManifestFormat.Write(manifest);
            if (!File.Exists(ManifestPath) || !string.Equals(File.ReadAllText(ManifestPath), text, StringComparison.Ordinal))
            {
                File.WriteAllText(ManifestPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            _cache.Save(CachePath);
        }
        catch (Exception exception)
        {
            TaskLog.InternalError(Log, nameof(ResolveModelArtifacts), exception);
            EnsureManifestExists();
        }

        return true;
    }

    /// <summary>The compiler fails on a missing additional file (CS2001): after a failure, an empty manifest keeps the build going.</summary>
    private void EnsureManifestExists()
    {
        try
        {
            if (!string.IsNullOrEmpty(ManifestPath) && !File.Exists(ManifestPath))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ManifestPath))!);
                File.WriteAllText(ManifestPath, ManifestFormat.Write(new ModelManifest()));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Nothing more can be done; the warning already says the tool failed.
        }
    }

    internal ModelManifest Resolve()
    {
        var manifest = new ModelManifest();
        var seen = new HashSet<string>(PathComparer);
        foreach (var item in ModelFiles)
        {
            ResolveFile(manifest, seen, item.ItemSpec);
        }

        foreach (var item in ModelReferences)
        {
            var reference = item.ItemSpec.Trim();
            if (IsHubOrRegistryReference(reference))
            {
                // Offline by design: a hub or registry reference is known only through the embedded catalog.
                var model = ModelClassifier.Classify(new ModelFacts(reference, Format(reference)) { IsReference = true }, manifest.Problems);
                if (model.CatalogId is not null)
                {
                    // The licence is the catalog's either way; the revision says which snapshot the reports name.
                    // "hf:org/name@rev" pins it too.
                    var revision = item.GetMetadata("Revision").Trim();
                    var at = reference.LastIndexOf('@');
                    if (revision.Length == 0 && reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase) && at > 0)
                    {
                        revision = reference.Substring(at + 1).Trim();
                    }

                    model.Revision = revision.Length > 0 ? revision : null;
                    manifest.Models.Add(model);
                }

                continue;
            }

            ResolveFile(manifest, seen, reference);
        }

        foreach (var item in CandidateFiles)
        {
            if (HasModelHeader(Path.Combine(ProjectDirectory, item.ItemSpec)))
            {
                ResolveFile(manifest, seen, item.ItemSpec);
            }
        }

        ResolvePackages(manifest, seen);
        ResolveConfiguration(manifest, seen);
        return manifest;
    }

    /// <summary>Models the application's configuration names, recorded with the file and line that name them.</summary>
    private void ResolveConfiguration(ModelManifest manifest, HashSet<string> seen)
    {
        if (ConfigurationFiles.Length == 0)
        {
            return;
        }

        var keys = new Dictionary<string, ModelValueKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in ModelConfigurationKeys)
        {
            var kindText = item.GetMetadata("Kind");
            if (!ConfigurationModels.TryParseKind(kindText, out var kind))
            {
                manifest.Problems.Add(new ManifestProblem(
                    DiagnosticIds.ConfigurationUnreadable,
                    item.ItemSpec,
                    $"ModelConfigurationKey '{item.ItemSpec}' has Kind '{kindText}'; use hub, ollama, api, path or alias. Its value is read as an API model name."));
            }

            keys[item.ItemSpec.Trim()] = kind;
        }

        foreach (var file in ConfigurationFiles)
        {
            var source = file.ItemSpec;
            List<AppSetting> settings;
            try
            {
                settings = AppSettingsReader.Read(Path.GetFullPath(Path.Combine(ProjectDirectory, source)), source);
            }
            catch (ModelFormatException exception)
            {
                manifest.Problems.Add(new ManifestProblem(DiagnosticIds.ConfigurationUnreadable, source, $"{source} cannot be read for model names: {exception.Message}. Models it names are not checked."));
                continue;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                manifest.Problems.Add(new ManifestProblem(DiagnosticIds.ConfigurationUnreadable, source, $"{source} cannot be read for model names: {exception.Message} Models it names are not checked."));
                continue;
            }

            foreach (var found in ConfigurationModels.Find(settings, keys))
            {
                AddConfigured(manifest, seen, source, found);
            }
        }
    }

    private void AddConfigured(ModelManifest manifest, HashSet<string> seen, string file, ConfigurationModels.Found found)
    {
        ManifestModel? model = null;
        if (found.Kind == ModelValueKind.Path && ExistingPath(found.Value))
        {
            // A model file or folder that exists is read like any other; the configuration is where it is named.
            var before = manifest.Models.Count;
            ResolveFile(manifest, seen, found.Value);
            if (manifest.Models.Count == before)
            {
                return;
            }

            model = manifest.Models[before];
            manifest.Models.RemoveAt(before);
        }

        model ??= RuntimeModels.Classify(found.Value, found.Kind);
        if (model is null)
        {
            manifest.Problems.Add(new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                file,
                $"The licence of model '{found.Value}', which {file} names at line {found.Line} ('{found.Key}'), cannot be determined offline: ModelLicenseGuard's catalog has no entry for it. See docs/knowledge-base.md to add it.")
            {
                Line = found.Line,
                Column = found.Column,
            });
            return;
        }

        model.SourceKind = RuntimeModels.ConfigurationSource;
        model.OriginFile = file;
        model.OriginLine = found.Line;
        model.OriginColumn = found.Column;
        model.Provenance.Insert(0, $"configuration: '{found.Key}' = '{found.Value}' in {file} line {found.Line}");
        manifest.Models.Add(model);
    }

    private bool ExistingPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(Path.Combine(ProjectDirectory, path));
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    /// <summary>Eight bytes or so decide: a renamed GGUF or safetensors file is a model; anything else is not our business.</summary>
    private static bool HasModelHeader(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64);
            return GgufReader.HasMagic(stream) || SafetensorsReader.HasMagic(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

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
            TaskLog.Warning(Log, DiagnosticIds.InternalError, ProjectAssetsFile!, $"NuGet packages were not searched for models: this MSBuild does not provide NuGet's libraries ({exception.Message}).");
            return;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, ProjectAssetsFile!, $"The NuGet assets file '{ProjectAssetsFile}' cannot be read, so packages were not searched for models: {exception.Message}"));
            return;
        }

        foreach (var package in found)
        {
            if (seen.Add(package.FullPath))
            {
                ReadFile(manifest, package.FullPath, package.Source, package);
            }
        }
    }

    /// <summary>A model in a package that states no licence itself is under the licence its package declares.</summary>
    private static ModelFacts WithPackageLicense(ModelFacts facts, PackageModels.Found? package)
    {
        if (package?.PackageLicense is not null && facts.License is null)
        {
            facts.License = package.PackageLicense;
            facts.LicenseField = package.PackageLicenseField;
            facts.Record("nuspec license", package.PackageLicense);
        }

        return facts;
    }

    /// <summary>A Hugging Face snapshot or ONNX Runtime GenAI folder: its card, licence file and configs, never its weights.</summary>
    private static void ResolveFolder(ModelManifest manifest, string fullPath, string source)
    {
        if (!HuggingFaceFolderReader.LooksLikeModelFolder(fullPath))
        {
            manifest.Problems.Add(new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                source,
                $"Folder '{source}' holds no model card (README.md), config.json, genai_config.json or model file, so the licence of the model it stands for cannot be determined. Reference the model by its Hugging Face id (hf:org/name) instead."));
            return;
        }

        try
        {
            manifest.Models.Add(ModelClassifier.Classify(HuggingFaceFolderReader.Read(fullPath, source), manifest.Problems));
        }
        catch (ModelFormatException exception)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model folder '{source}' cannot be read: {exception.Message}."));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model folder '{source}' cannot be read: {exception.Message}"));
        }
    }

    private static string Format(string reference) => reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase) ? "huggingface" : "ollama";

    private static bool IsHubOrRegistryReference(string reference)
        => reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("ollama:", StringComparison.OrdinalIgnoreCase);

    private void ResolveFile(ModelManifest manifest, HashSet<string> seen, string source)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(Path.Combine(ProjectDirectory, source));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // One odd item (a scheme the tool does not know on .NET Framework, a character no path may hold) must not
            // lose every other model: the whole manifest would go unwritten.
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model file '{source}' cannot be read: it is not a valid file path ({exception.Message})."));
            return;
        }

        if (!seen.Add(fullPath))
        {
            return;
        }

        if (Directory.Exists(fullPath))
        {
            ResolveFolder(manifest, fullPath, source);
            return;
        }

        if (!File.Exists(fullPath))
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model file '{source}' does not exist."));
            return;
        }

        ReadFile(manifest, fullPath, source, package: null);
    }

    private void ReadFile(ModelManifest manifest, string fullPath, string source, PackageModels.Found? package)
    {
        if (_cache.TryGet(fullPath, source, out var cached, out var error))
        {
            if (error is not null)
            {
                manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, error));
                return;
            }

            manifest.Models.Add(ModelClassifier.Classify(WithPackageLicense(cached!, package), manifest.Problems));
            return;
        }

        try
        {
            var facts = ModelFileReader.Read(fullPath, source);
            _cache.Add(fullPath, facts);
            manifest.Models.Add(ModelClassifier.Classify(WithPackageLicense(facts, package), manifest.Problems));
        }
        catch (ModelFormatException exception)
        {
            // A corrupt file stays corrupt until it changes: remember the verdict, not just the facts of good files.
            var message = $"Model file '{source}' cannot be read: {exception.Message}.";
            _cache.AddError(fullPath, source, message);
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model file '{source}' cannot be read: {exception.Message}"));
        }
    }
}
