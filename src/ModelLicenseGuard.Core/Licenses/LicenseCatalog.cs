using System;
using System.Collections.Generic;
using System.Text;

namespace ModelLicenseGuard.Licenses;

/// <summary>The licences the product can classify, keyed by every spelling they arrive in.</summary>
/// <remarks>
/// Identifiers follow the Hugging Face Hub vocabulary, because llama.cpp copies a card's <c>license</c>
/// into <c>general.license</c> verbatim; SPDX ids and common spellings are accepted as aliases.
/// </remarks>
public static class LicenseCatalog
{
    private static readonly Dictionary<string, LicenseInfo> ByKey = Build();

    public static IReadOnlyCollection<LicenseInfo> All { get; } = new List<LicenseInfo>(new HashSet<LicenseInfo>(ByKey.Values)).AsReadOnly();

    /// <summary>Finds a licence by Hugging Face id, SPDX id or a known alias, ignoring case and punctuation.</summary>
    public static bool TryGet(string? identifier, out LicenseInfo license)
    {
        license = null!;
        if (identifier is null)
        {
            return false;
        }

        var key = Squash(identifier);
        return key.Length > 0 && ByKey.TryGetValue(key, out license!);
    }

    /// <summary>Lower-case letters and digits only, so "Apache 2.0", "apache-2.0" and "Apache_2.0" meet.</summary>
    internal static string Squash(string identifier)
    {
        var builder = new StringBuilder(identifier.Length);
        foreach (var c in identifier)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, LicenseInfo> Build()
    {
        var map = new Dictionary<string, LicenseInfo>(StringComparer.Ordinal);
        foreach (var license in Entries())
        {
            Add(map, license.Id, license);
            if (license.SpdxId is not null)
            {
                Add(map, license.SpdxId, license);
            }

            foreach (var alias in license.Aliases)
            {
                Add(map, alias, license);
            }
        }

        return map;
    }

    private static void Add(Dictionary<string, LicenseInfo> map, string spelling, LicenseInfo license)
    {
        var key = Squash(spelling);
        if (map.TryGetValue(key, out var existing) && !ReferenceEquals(existing, license))
        {
            throw new InvalidOperationException($"Licence spelling '{spelling}' is claimed by both '{existing.Id}' and '{license.Id}'.");
        }

        map[key] = license;
    }

    private static IEnumerable<LicenseInfo> Entries()
    {
        yield return new LicenseInfo(
            "apache-2.0",
            "Apache License 2.0",
            OpennessTier.OpenWeights,
            CommercialUse.Allowed,
            "https://www.apache.org/licenses/LICENSE-2.0",
            spdxId: "Apache-2.0",
            osiApproved: true,
            aliases: ["Apache 2.0", "Apache License 2.0", "Apache License, Version 2.0"]);

        yield return new LicenseInfo(
            "mit",
            "MIT License",
            OpennessTier.OpenWeights,
            CommercialUse.Allowed,
            "https://opensource.org/license/mit",
            spdxId: "MIT",
            osiApproved: true,
            aliases: ["MIT License"]);

        yield return new LicenseInfo(
            "llama3.1",
            "Llama 3.1 Community License Agreement",
            OpennessTier.RestrictedWeights,
            CommercialUse.Conditional,
            "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE",
            restrictions: "a separate licence from Meta above 700 million monthly active users, and the Llama 3.1 Acceptable Use Policy",
            attribution: "Built with Llama",
            aliases: ["Llama 3.1 Community License", "Llama 3.1 Community License Agreement", "llama-3.1"],
            modelFamilies: ["Llama 3.1", "Llama"]);

        yield return new LicenseInfo(
            "gemma",
            "Gemma Terms of Use",
            OpennessTier.RestrictedWeights,
            CommercialUse.Allowed,
            "https://ai.google.dev/gemma/terms",
            restrictions: "the Gemma Prohibited Use Policy, which must be passed on to users as enforceable terms",
            attribution: "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms",
            aliases: ["gemma-terms-of-use", "Gemma Terms of Use"],
            modelFamilies: ["Gemma"]);

        yield return new LicenseInfo(
            "cc-by-nc-4.0",
            "Creative Commons Attribution Non Commercial 4.0 International",
            OpennessTier.RestrictedWeights,
            CommercialUse.Forbidden,
            "https://creativecommons.org/licenses/by-nc/4.0/legalcode",
            spdxId: "CC-BY-NC-4.0",
            restrictions: "non-commercial use only");
    }
}
