using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ModelLicenseGuard.Catalog;

namespace ModelLicenseGuard.Licenses;

/// <summary>A parsed licences catalog: every licence, and a dictionary from every spelling to it.</summary>
public sealed class LicenseTable
{
    private readonly Dictionary<string, LicenseInfo> _byKey = new(StringComparer.Ordinal);
    private readonly List<LicenseInfo> _all = [];

    private LicenseTable()
    {
    }

    public IReadOnlyList<LicenseInfo> All => _all;

    /// <summary>Parses licences.catalog text; malformed or colliding entries throw <see cref="CatalogFormatException"/>.</summary>
    public static LicenseTable Parse(string text, string file)
    {
        var table = new LicenseTable();
        foreach (var block in CatalogText.Parse(text, file))
        {
            var license = Read(block);
            table._all.Add(license);
            table.Add(block, license.Id, license);
            if (license.SpdxId is not null)
            {
                table.Add(block, license.SpdxId, license);
            }

            foreach (var alias in license.Aliases)
            {
                table.Add(block, alias, license);
            }
        }

        return table;
    }

    /// <summary>Finds a licence by Hugging Face id, SPDX id or a known alias, ignoring case and punctuation.</summary>
    public bool TryGet(string? identifier, out LicenseInfo license)
    {
        license = null!;
        if (identifier is null)
        {
            return false;
        }

        var key = Squash(identifier);
        if (key.Length > 0 && _byKey.TryGetValue(key, out license!))
        {
            return true;
        }

        // SPDX's "or later" suffix: GPL-2.0+ is bound by GPL-2.0's terms at least.
        return key.Length > 1 && key[key.Length - 1] == '+' && _byKey.TryGetValue(key.TrimEnd('+'), out license!);
    }

    /// <summary>
    /// Resolves a licence or an SPDX-style expression ("apache-2.0 OR mit", "(mit AND cc-by-4.0)") to the licence whose
    /// terms bind: the most open choice of an OR, the most restrictive part of an AND. Null when any needed part is unknown.
    /// </summary>
    public LicenseInfo? Resolve(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return null;
        }

        if (LicenseExpression.TryParse(expression!, out var parsed))
        {
            return parsed!.Evaluate(this);
        }

        // Not an expression: a licence name with spaces ("Apache License 2.0"), unless it is a broken one.
        return expression!.IndexOfAny(['(', ')']) < 0 && TryGet(expression, out var direct) ? direct : null;
    }

    /// <summary>Lower-case letters, digits and '+', so "Apache 2.0", "apache-2.0" and "Apache_2.0" meet but openrail and openrail++ do not.</summary>
    internal static string Squash(string identifier)
    {
        var builder = new StringBuilder(identifier.Length);
        foreach (var c in identifier)
        {
            if (char.IsLetterOrDigit(c) || c == '+')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private void Add(CatalogBlock block, string spelling, LicenseInfo license)
    {
        var key = Squash(spelling);
        if (_byKey.TryGetValue(key, out var existing) && !ReferenceEquals(existing, license))
        {
            throw new CatalogFormatException(block.File, block.Line, $"licence spelling '{spelling}' is claimed by both '{existing.Id}' and '{license.Id}'");
        }

        _byKey[key] = license;
    }

    private static LicenseInfo Read(CatalogBlock block)
    {
        var license = new LicenseInfo(block.Id, Required(block, "name"), Required(block, "source"))
        {
            SpdxId = block.Get("spdx"),
            OsiApproved = YesNo(block, "osi", required: true),
            Tier = TierOf(block),
            CommercialUse = Commercial(block),
            CommercialCondition = block.Get("commercial-condition"),
            UserCap = Number(block, "user-cap"),
            Restrictions = block.Get("restrictions"),
            FieldOfUse = block.Get("field-of-use"),
            UsePolicyUrl = block.Get("use-policy"),
            UsePolicyPassThrough = YesNo(block, "use-policy-pass-through", required: false),
            Attribution = block.Get("attribution"),
            AttributionWhere = block.Get("attribution-where"),
            DerivativeNamePrefix = block.Get("derivative-name-prefix"),
            ShareAlike = YesNo(block, "share-alike", required: true),
            Notice = YesNo(block, "notice", required: true),
            NoticeText = block.Get("notice-text"),
            Aliases = block.GetAll("alias"),
            ModelFamilies = block.GetAll("family"),
        };

        if (!license.SourceUrl.StartsWith("https://", StringComparison.Ordinal))
        {
            throw new CatalogFormatException(block.File, block.Line, $"licence '{block.Id}' needs an https source URL");
        }

        return license;
    }

    internal static string Required(CatalogBlock block, string key)
        => block.Get(key) is { Length: > 0 } value ? value : throw new CatalogFormatException(block.File, block.Line, $"'{block.Id}' has no '{key}'");

    internal static bool YesNo(CatalogBlock block, string key, bool required)
    {
        switch (block.Get(key))
        {
            case "yes": return true;
            case "no": return false;
            case null when !required: return false;
            case var other: throw new CatalogFormatException(block.File, block.Line, $"'{block.Id}' {key} must be 'yes' or 'no', not '{other}'");
        }
    }

    private static OpennessTier TierOf(CatalogBlock block)
    {
        var value = Required(block, "tier");
        return TryParseTier(value, out var tier) && tier is OpennessTier.OpenWeights or OpennessTier.RestrictedWeights or OpennessTier.Closed
            ? tier
            : throw new CatalogFormatException(block.File, block.Line, $"licence '{block.Id}' tier must be OpenWeights, RestrictedWeights or Closed, not '{value}'");
    }

    /// <summary>
    /// A tier as the catalogs write it, by its exact name. Not <c>Enum.TryParse</c>: its first call costs a few
    /// milliseconds of a fresh build process, for a word the catalogs spell one way.
    /// </summary>
    internal static bool TryParseTier(string value, out OpennessTier tier)
    {
        switch (value)
        {
            case nameof(OpennessTier.OpenSourceAI): tier = OpennessTier.OpenSourceAI; return true;
            case nameof(OpennessTier.OpenWeights): tier = OpennessTier.OpenWeights; return true;
            case nameof(OpennessTier.RestrictedWeights): tier = OpennessTier.RestrictedWeights; return true;
            case nameof(OpennessTier.Closed): tier = OpennessTier.Closed; return true;
            case nameof(OpennessTier.Unknown): tier = OpennessTier.Unknown; return true;
            default: tier = OpennessTier.Unknown; return false;
        }
    }

    private static CommercialUse Commercial(CatalogBlock block) => Required(block, "commercial") switch
    {
        "allowed" => CommercialUse.Allowed,
        "conditional" => CommercialUse.Conditional,
        "forbidden" => CommercialUse.Forbidden,
        var other => throw new CatalogFormatException(block.File, block.Line, $"'{block.Id}' commercial must be allowed, conditional or forbidden, not '{other}'"),
    };

    private static long? Number(CatalogBlock block, string key)
    {
        var value = block.Get(key);
        if (value is null)
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new CatalogFormatException(block.File, block.Line, $"'{block.Id}' {key} must be a whole number, not '{value}'");
    }
}
