using System;
using System.Globalization;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Tasks.Locking;

/// <summary>
/// One model of the lock file: what was judged (its identity), the verdict (licence, tier, obligations) and where the
/// facts came from. Made from a <see cref="ManifestEntry"/>; the lock records nothing the manifest does not hold.
/// </summary>
public sealed class LockEntry
{
    public string Source { get; set; } = string.Empty;

    /// <summary><c>code</c>, <c>configuration</c> or <c>apphost</c> for a model the project names at run time; null otherwise.</summary>
    public string? SourceKind { get; set; }

    /// <summary>The file that names a model used at run time (an appsettings file).</summary>
    public string? OriginFile { get; set; }

    public string? Name { get; set; }

    public string? Format { get; set; }

    public long? FileSize { get; set; }

    public string? HeaderSha256 { get; set; }

    public string? Revision { get; set; }

    public string? License { get; set; }

    public string? LicenseUrl { get; set; }

    public string? LicenseOrigin { get; set; }

    public string? LicenseTextSha256 { get; set; }

    public string? Tier { get; set; }

    public string? CommercialUse { get; set; }

    public string? Restrictions { get; set; }

    public string? Attribution { get; set; }

    public string? CatalogId { get; set; }

    public string? HubAnswer { get; set; }

    /// <summary>What identifies the entry within the lock: the source, and for a model named at run time, how and where.</summary>
    public string Key => SourceKind is null && OriginFile is null ? Source : $"{Source}|{SourceKind}|{OriginFile}";

    /// <summary>How the entry is named in messages: the model's name and its source.</summary>
    public string Display => string.IsNullOrEmpty(Name) || string.Equals(Name, Source, StringComparison.Ordinal)
        ? $"'{Source}'" + (OriginFile is null ? string.Empty : $" (named in {OriginFile})")
        : $"'{Name}' ({Source}{(OriginFile is null ? string.Empty : ", named in " + OriginFile)})";

    /// <summary>The lock's entry for a model the build found.</summary>
    public static LockEntry From(ManifestEntry model) => new()
    {
        Source = model.Source.Replace('\\', '/'),
        SourceKind = model.SourceKind,
        OriginFile = model.OriginFile?.Replace('\\', '/'),
        Name = model.Name,
        Format = string.IsNullOrEmpty(model.Format) ? null : model.Format,
        FileSize = model.FileSize,
        HeaderSha256 = model.HeaderSha256,
        Revision = model.Revision,
        License = model.License,
        LicenseUrl = model.LicenseUrl,
        LicenseOrigin = model.LicenseOrigin,
        LicenseTextSha256 = model.LicenseTextSha256,
        Tier = model.Tier.ToString(),
        CommercialUse = model.CommercialUse.ToString(),
        Restrictions = model.Restrictions,
        Attribution = model.Attribution,
        CatalogId = model.CatalogId,
        HubAnswer = model.HubAnswer,
    };

    /// <summary>The tier as words ("restricted weights"), through the one helper every message uses.</summary>
    internal string TierWords()
        => Enum.TryParse<OpennessTier>(Tier, ignoreCase: false, out var tier) ? ModelLicenseGuard.TierWords.Noun(tier) : Tier ?? "no tier";

    internal static string Size(long? size) => size is null ? "none" : size.Value.ToString(CultureInfo.InvariantCulture) + " bytes";
}
