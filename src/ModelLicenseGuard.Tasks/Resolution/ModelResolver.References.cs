using System;
using System.Collections.Generic;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Online;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Resolution;

// ModelReference items: hub and registry references, known through the embedded catalog; file paths are read as files.
internal sealed partial class ModelResolver
{
    /// <summary><c>ModelReferences</c>: hub or registry references, or paths to model files and folders.</summary>
    private void ResolveReferences(ModelManifest manifest, HashSet<string> seen)
    {
        foreach (var item in ModelReferences)
        {
            var reference = item.Reference.Trim();
            Isolated(manifest, reference, () => ResolveReference(manifest, seen, item, reference));
        }
    }

    private void ResolveReference(ModelManifest manifest, HashSet<string> seen, ModelReferenceInput item, string reference)
    {
        if (!IsHubOrRegistryReference(reference))
        {
            ResolveFile(manifest, seen, reference);
            return;
        }

        // The revision says which snapshot the reports name, and which one the Hub is asked about. "hf:org/name@rev" pins it too.
        var revision = (item.Revision ?? string.Empty).Trim();
        var at = reference.LastIndexOf('@');
        var isHub = reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase);
        if (revision.Length == 0 && isHub && at > 0)
        {
            revision = reference.Substring(at + 1).Trim();
        }

        // The embedded catalog first; the Hub (online, or as the lock file recorded it) only for what the catalog lacks.
        var problems = new List<ManifestProblem>();
        var model = ModelClassifier.Classify(new ModelFacts(reference, Format(reference)) { IsReference = true }, problems);
        if (model.CatalogId is null && isHub && RepositoryId(reference) is { } repositoryId
            && Hub!.Find(repositoryId, revision.Length > 0 ? revision : null, reference, manifest.Problems) is { } answer)
        {
            model = ClassifyWithHubAnswer(new ModelFacts(reference, Format(reference)) { IsReference = true }, answer, problems);
        }

        foreach (var problem in problems)
        {
            manifest.Problems.Add(problem);
        }

        if (model.CatalogId is null && model.HubAnswer is null)
        {
            return;
        }

        model.Revision = revision.Length > 0 ? revision : null;
        manifest.Models.Add(model);
    }

    /// <summary>"hf:org/name" or "hf:org/name@rev" → "org/name"; null when what follows "hf:" is no Hub id.</summary>
    internal static string? RepositoryId(string reference)
    {
        var id = reference.Substring("hf:".Length).Trim();
        var at = id.LastIndexOf('@');
        if (at >= 0)
        {
            id = id.Substring(0, at).Trim();
        }

        return HubClient.IsRepositoryId(id) ? id : null;
    }

    private static string Format(string reference) => reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase) ? "huggingface" : "ollama";

    private static bool IsHubOrRegistryReference(string reference)
        => reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("ollama:", StringComparison.OrdinalIgnoreCase);
}
