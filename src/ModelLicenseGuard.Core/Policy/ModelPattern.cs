using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Policy;

/// <summary>
/// Matches a <c>ModelLicenseAllow</c>/<c>ModelLicenseDeny</c> pattern against a model: its licence (any spelling the catalog
/// knows), its catalog id, name, source as listed in the manifest, or the id behind a <c>hf:</c>, <c>ollama:</c> or
/// <c>nuget:</c> source. <c>*</c> and <c>?</c> are wildcards; matching ignores case.
/// </summary>
public static class ModelPattern
{
    public static bool Matches(string pattern, ManifestEntry model)
    {
        pattern = pattern.Trim();
        if (pattern.Length == 0)
        {
            return false;
        }

        var glob = pattern.IndexOfAny(['*', '?']) >= 0;

        // "Llama 3.1", "LLAMA3.1" and "llama3.1" name the same licence.
        if (!glob && LicenseCatalog.TryGet(pattern, out var named) && LicenseCatalog.TryGet(model.License, out var actual) && ReferenceEquals(named, actual))
        {
            return true;
        }

        var regex = glob ? new Regex(ToRegex(pattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) : null;
        foreach (var candidate in Candidates(model))
        {
            if (regex is null ? string.Equals(candidate, pattern, StringComparison.OrdinalIgnoreCase) : regex.IsMatch(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Candidates(ManifestEntry model)
    {
        if (model.License is { Length: > 0 } license)
        {
            yield return license;
        }

        if (model.CatalogId is { Length: > 0 } catalogId)
        {
            yield return catalogId;
        }

        if (model.Name.Length > 0)
        {
            yield return model.Name;
        }

        var source = model.Source.Replace('\\', '/');
        yield return source;
        var colon = source.IndexOf(':');
        if (colon > 1)
        {
            // hf:org/name -> org/name, ollama:llama3.1:8b -> llama3.1:8b, nuget:Id/Version/path -> Id (the package).
            var rest = source.Substring(colon + 1);
            yield return rest;
            if (source.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase) && rest.IndexOf('/') is var slash and > 0)
            {
                yield return rest.Substring(0, slash);
            }
        }
    }

    /// <summary>A whole-string regex where <c>*</c> is any run of characters (slashes included) and <c>?</c> one character.</summary>
    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        foreach (var c in glob)
        {
            regex.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return regex.Append('$').ToString();
    }
}
