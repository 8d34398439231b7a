using System.Collections.Generic;

namespace ModelLicenseGuard.Licenses;

/// <summary>What the product knows about one licence that model weights are released under.</summary>
public sealed class LicenseInfo
{
    public LicenseInfo(
        string id,
        string name,
        OpennessTier tier,
        CommercialUse commercialUse,
        string sourceUrl,
        string? spdxId = null,
        bool osiApproved = false,
        string? restrictions = null,
        string? attribution = null,
        IReadOnlyList<string>? aliases = null,
        IReadOnlyList<string>? modelFamilies = null)
    {
        Id = id;
        Name = name;
        Tier = tier;
        CommercialUse = commercialUse;
        SourceUrl = sourceUrl;
        SpdxId = spdxId;
        OsiApproved = osiApproved;
        Restrictions = restrictions;
        Attribution = attribution;
        Aliases = aliases ?? [];
        ModelFamilies = modelFamilies ?? [];
    }

    /// <summary>The Hugging Face Hub licence identifier (lower case), the vocabulary model cards and GGUF files use.</summary>
    public string Id { get; }

    public string Name { get; }

    /// <summary>The tier weights under this licence reach at most; data and code openness can only lower it.</summary>
    public OpennessTier Tier { get; }

    public CommercialUse CommercialUse { get; }

    /// <summary>Where the terms were read, so a reviewer can check them.</summary>
    public string SourceUrl { get; }

    public string? SpdxId { get; }

    public bool OsiApproved { get; }

    /// <summary>A short human summary of what the licence restricts, used in diagnostic messages.</summary>
    public string? Restrictions { get; }

    /// <summary>Attribution text the licence requires to be displayed, verbatim.</summary>
    public string? Attribution { get; }

    /// <summary>Other spellings of the identifier seen in model cards and GGUF headers.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Model family names released under this licence, which text may use to refer to such a model.</summary>
    public IReadOnlyList<string> ModelFamilies { get; }
}
