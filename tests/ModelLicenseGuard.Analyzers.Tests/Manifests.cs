using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Tests;

/// <summary>Manifests as the build task writes them, made through the real classifier.</summary>
internal static class Manifests
{
    public static ModelManifest With(params (string Name, string License)[] models)
    {
        var manifest = new ModelManifest();
        foreach (var (name, license) in models)
        {
            var facts = new ModelFacts($"models/{name.Replace(' ', '-')}.gguf", "gguf") { Name = name, License = license, LicenseField = "general.license" };
            manifest.Models.Add(ModelClassifier.Classify(facts, out _));
        }

        return manifest;
    }

    public static ModelManifest Llama31() => With(("Llama 3.1 8B Instruct", "llama3.1"));
}
