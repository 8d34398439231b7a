using System;
using System.Collections.Generic;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;

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

        // Offline by design: a hub or registry reference is known only through the embedded catalog.
        var model = ModelClassifier.Classify(new ModelFacts(reference, Format(reference)) { IsReference = true }, manifest.Problems);
        if (model.CatalogId is null)
        {
            return;
        }

        // The licence is the catalog's either way; the revision says which snapshot the reports name.
        // "hf:org/name@rev" pins it too.
        var revision = (item.Revision ?? string.Empty).Trim();
        var at = reference.LastIndexOf('@');
        if (revision.Length == 0 && reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase) && at > 0)
        {
            revision = reference.Substring(at + 1).Trim();
        }

        model.Revision = revision.Length > 0 ? revision : null;
        manifest.Models.Add(model);
    }

    private static string Format(string reference) => reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase) ? "huggingface" : "ollama";

    private static bool IsHubOrRegistryReference(string reference)
        => reference.StartsWith("hf:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("ollama:", StringComparison.OrdinalIgnoreCase);
}
