using System;
using System.Collections.Generic;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Packaging;

/// <summary>
/// Compares a package's licence expression and tags with the models it carries (MLG0011). A package is distributed under
/// its models' terms too: an SPDX expression cannot state a custom model licence, must include an open model licence it
/// does not already cover, and an "open-source" tag is wrong when a model in the package is restricted.
/// </summary>
public static class PackageMetadataCheck
{
    public const string LicenseExpressionProperty = "PackageLicenseExpression";
    public const string TagsProperty = "PackageTags";

    // Tags that call the package open source; "open-source-ai" claims the models are open-source AI as well.
    private static readonly string[] OpenSourceTags = ["open-source", "opensource", "oss", "foss", "open-source-software"];
    private static readonly string[] OpenSourceAiTags = ["open-source-ai", "opensourceai", "osai", "open-source-llm", "open-source-model"];

    private static readonly char[] TagSeparators = [';', ',', ' ', '\t', '\r', '\n'];
    private static readonly char[] ExpressionSeparators = [' ', '(', ')', '\t', '\r', '\n'];

    public static List<PackageMetadataConflict> Find(string? licenseExpression, string? tags, IEnumerable<ManifestEntry> models)
        => Find(licenseExpression, tags, models, IsCarried);

    /// <summary>
    /// As <see cref="Find(string?, string?, IEnumerable{ManifestEntry})"/> for a package already built: every model file
    /// in it is carried, whatever its source says.
    /// </summary>
    public static List<PackageMetadataConflict> FindInPackage(string? licenseExpression, string? tags, IEnumerable<ManifestEntry> carried)
        => Find(licenseExpression, tags, carried, static _ => true);

    private static List<PackageMetadataConflict> Find(string? licenseExpression, string? tags, IEnumerable<ManifestEntry> models, Func<ManifestEntry, bool> isCarried)
    {
        var conflicts = new List<PackageMetadataConflict>();
        var identifiers = Identifiers(licenseExpression);
        var tagList = string.IsNullOrWhiteSpace(tags) ? [] : tags!.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries);
        foreach (var model in models)
        {
            if (!isCarried(model))
            {
                continue;
            }

            if (identifiers.Count > 0 && LicenseReason(model, identifiers) is { } licenseReason)
            {
                conflicts.Add(new PackageMetadataConflict(LicenseExpressionProperty, licenseExpression!.Trim(), model, licenseReason));
            }

            foreach (var tag in tagList)
            {
                if (TagReason(model, tag) is { } tagReason)
                {
                    conflicts.Add(new PackageMetadataConflict(TagsProperty, tag, model, tagReason));
                }
            }
        }

        return conflicts;
    }

    /// <summary>
    /// A model file in the project goes into the package with it; models the project names (hf:, ollama:, in code or
    /// configuration) or gets from a package it references (nuget:) do not.
    /// </summary>
    public static bool IsCarried(ManifestEntry model)
    {
        // Models named in code, configuration or an AppHost are used at run time, not carried.
        if (model.SourceKind is not null)
        {
            return false;
        }

        var colon = model.Source.IndexOf(':');

        // "C:\models\x.gguf" is a path, "hf:org/name" is not.
        return model.Source.Length > 0 && (colon < 0 || colon == 1);
    }

    /// <summary>How the model is described in the message: "restricted weights under the 'llama3.1' licence, https://…".</summary>
    public static string Describe(ManifestEntry model) => TierWords.Describe(model, withLink: true);

    private static string? LicenseReason(ManifestEntry model, HashSet<string> identifiers)
    {
        LicenseCatalog.TryGet(model.License, out var license);
        var spdx = license?.SpdxId;
        if (model.Tier is OpennessTier.RestrictedWeights && (spdx is null || !license!.OsiApproved))
        {
            return $"an SPDX expression cannot state the model's own licence, so the package claims terms its content does not have; ship the licence texts with <PackageLicenseFile> instead";
        }

        if (model.Tier is OpennessTier.OpenWeights or OpennessTier.OpenSourceAI && spdx is not null && !identifiers.Contains(spdx))
        {
            return $"the expression does not include '{spdx}', the licence of the weights; declare both, for example '{string.Join(" AND ", identifiers)} AND {spdx}'";
        }

        return null;
    }

    private static string? TagReason(ManifestEntry model, string tag)
    {
        if (Contains(OpenSourceAiTags, tag) && model.Tier is OpennessTier.OpenWeights or OpennessTier.RestrictedWeights or OpennessTier.Closed)
        {
            return $"the tag says the package's models are open-source AI, and this one is not; use the tag 'open-weights'";
        }

        if (Contains(OpenSourceTags, tag) && model.Tier is OpennessTier.RestrictedWeights)
        {
            return $"the package carries weights whose licence restricts use, so it is not open source as a whole; remove the tag, or tag it 'open-weights'";
        }

        return null;
    }

    private static HashSet<string> Identifiers(string? expression)
    {
        var identifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(expression))
        {
            return identifiers;
        }

        var withException = false;
        foreach (var word in expression!.Split(ExpressionSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "AND" or "OR" or "and" or "or")
            {
                continue;
            }

            // "Apache-2.0 WITH LLVM-exception": the exception is no licence.
            if (word is "WITH" or "with")
            {
                withException = true;
                continue;
            }

            if (!withException)
            {
                identifiers.Add(word.TrimEnd('+'));
            }

            withException = false;
        }

        return identifiers;
    }

    private static bool Contains(string[] words, string word)
    {
        foreach (var candidate in words)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
