using System;
using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Online;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Sources;

namespace ModelLicenseGuard.Tasks.Resolution;

// Model files and folders: the project's items, the candidates with generic extensions, and how one file or folder is read.
internal sealed partial class ModelResolver
{
    /// <summary><c>ModelFiles</c>: model files among the project's items.</summary>
    private void ResolveModelFiles(ModelManifest manifest, HashSet<string> seen)
    {
        foreach (var item in ModelFiles)
        {
            Isolated(manifest, item, () => ResolveFile(manifest, seen, item));
        }
    }

    /// <summary><c>CandidateFiles</c>: files with generic extensions, read when their first bytes are a model header.</summary>
    private void ResolveCandidates(ModelManifest manifest, HashSet<string> seen)
    {
        foreach (var item in CandidateFiles)
        {
            Isolated(manifest, item, () =>
            {
                if (HasModelHeader(Path.Combine(ProjectDirectory, item)))
                {
                    ResolveFile(manifest, seen, item);
                }
            });
        }
    }

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

        if (!File.Exists(fullPath) && !RegularFile.IsLink(fullPath))
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model file '{source}' does not exist."));
            return;
        }

        ReadFile(manifest, fullPath, source, package: null);
    }

    private void ReadFile(ModelManifest manifest, string fullPath, string source, PackageModels.Found? package)
    {
        // Only regular files are opened: a pipe would wait for a writer, a device would never end.
        if (RegularFile.WhyNot(fullPath) is { } notRegular)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model file '{source}' cannot be read: it {notRegular}."));
            return;
        }

        if (Cache.TryGet(fullPath, source, out var cached, out var error))
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
            var facts = ReadModelFile(fullPath, source, Budget);
            Cache.Add(fullPath, facts);
            manifest.Models.Add(ModelClassifier.Classify(WithPackageLicense(facts, package), manifest.Problems));
        }
        catch (ModelFormatException exception)
        {
            // A corrupt file stays corrupt until it changes: remember the verdict, not just the facts of good files.
            var message = $"Model file '{source}' cannot be read: {exception.Message}.";
            if (exception is not ReadBudgetExceededException)
            {
                // A spent budget is this build's verdict, not the file's: the next build, or a raised cap, reads it again.
                Cache.AddError(fullPath, source, message);
            }

            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model file '{source}' cannot be read: {exception.Message}"));
        }
    }

    /// <summary>
    /// A Hugging Face snapshot or ONNX Runtime GenAI folder: its card, licence file and configs, never its weights. When
    /// they leave the licence unknown and the folder is a Hub cache snapshot, the Hub's answer for that repository and
    /// commit is weighed as its card would be.
    /// </summary>
    private void ResolveFolder(ModelManifest manifest, string fullPath, string source)
    {
        if (!HuggingFaceFolderReader.LooksLikeModelFolder(fullPath))
        {
            manifest.Problems.Add(new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                source,
                $"Folder '{source}' holds no model card (README.md), config.json, genai_config.json or model file, so the licence of the model it stands for cannot be determined. Reference the model by its Hugging Face id (hf:org/name) instead."));
            return;
        }

        ModelFacts facts;
        try
        {
            facts = HuggingFaceFolderReader.Read(fullPath, source);
        }
        catch (ModelFormatException exception)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model folder '{source}' cannot be read: {exception.Message}."));
            return;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, source, $"Model folder '{source}' cannot be read: {exception.Message}"));
            return;
        }

        var problems = new List<ManifestProblem>();
        var model = ModelClassifier.Classify(facts, problems);
        if (model.Tier == OpennessTier.Unknown
            && HuggingFaceFolderReader.CacheRepositoryId(TrimEnd(fullPath)) is { } repositoryId
            && HubClient.IsRepositoryId(repositoryId)
            && Hub!.Find(repositoryId, HuggingFaceFolderReader.CacheRevision(TrimEnd(fullPath)), source, manifest.Problems) is { } answer)
        {
            model = ClassifyWithHubAnswer(facts, answer, problems);
        }

        foreach (var problem in problems)
        {
            manifest.Problems.Add(problem);
        }

        manifest.Models.Add(model);
    }

    private static string TrimEnd(string path) => path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    /// <summary>Eight bytes or so decide: a renamed GGUF or safetensors file is a model; anything else is not our business.</summary>
    private static bool HasModelHeader(string path)
    {
        if (RegularFile.WhyNot(path) is not null)
        {
            return false;
        }

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
}
