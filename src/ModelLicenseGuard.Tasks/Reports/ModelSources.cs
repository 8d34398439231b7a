using System;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Tasks.Reports;

/// <summary>What a manifest <c>source</c> says about where a model lives: a file, a Hub id, an Ollama tag, a package.</summary>
internal static class ModelSources
{
    /// <summary>The Package URL of a Hub model or a NuGet package; null for files and Ollama tags, which have no purl type.</summary>
    public static string? Purl(string source)
    {
        if (TryHub(source, out var org, out var name))
        {
            // purl-spec huggingface type: lower-cased namespace and name.
            return $"pkg:huggingface/{Encode(org.ToLowerInvariant())}/{Encode(name.ToLowerInvariant())}";
        }

        return TryPackage(source, out var id, out var version, out _) ? $"pkg:nuget/{Encode(id)}@{Encode(version)}" : null;
    }

    /// <summary>The model card page of a Hub model.</summary>
    public static string? ModelCardUrl(string source, string? catalogId)
    {
        if (TryHub(source, out var org, out var name))
        {
            return $"https://huggingface.co/{org}/{name}";
        }

        // A catalog id is the model's Hub id (org/name) when the catalog knows it.
        return catalogId is { } id && id.IndexOf('/') > 0 && id.IndexOf(':') < 0 ? "https://huggingface.co/" + id : null;
    }

    public static string? Version(string source) => TryPackage(source, out _, out var version, out _) ? version : null;

    /// <summary>The path of the model file: relative to the project, or inside its package.</summary>
    public static string? FilePath(string source)
    {
        if (TryPackage(source, out _, out _, out var path))
        {
            return path;
        }

        return IsReference(source) ? null : source.Replace('\\', '/');
    }

    public static bool IsReference(string source) => source.IndexOf(':') > 1;

    /// <summary>
    /// Where the project got the model, for <c>modellicenseguard:source</c>: <c>file</c>, <c>reference</c> (hf:, ollama:),
    /// <c>package</c>, or, for models named at run time, <c>code</c>, <c>configuration</c> or <c>apphost</c>.
    /// </summary>
    public static string Kind(ManifestEntry model)
        => model.SourceKind ?? (TryPackage(model.Source, out _, out _, out _) ? "package" : IsReference(model.Source) ? "reference" : "file");

    private static bool TryHub(string source, out string org, out string name)
    {
        org = name = string.Empty;
        if (!source.StartsWith("hf:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = source.Substring(3).Split('/');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        (org, name) = (parts[0], parts[1]);
        return true;
    }

    private static bool TryPackage(string source, out string id, out string version, out string path)
    {
        id = version = path = string.Empty;
        if (!source.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = source.Substring(6).Split(['/'], 3);
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        (id, version, path) = (parts[0], parts[1], parts.Length == 3 ? parts[2] : string.Empty);
        return true;
    }

    /// <summary>Percent-encodes what purl does not allow in a segment.</summary>
    private static string Encode(string segment) => Uri.EscapeDataString(segment);
}
