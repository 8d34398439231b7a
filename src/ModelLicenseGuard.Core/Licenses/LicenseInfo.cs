using System.Collections.Generic;

namespace ModelLicenseGuard.Licenses;

/// <summary>What the product knows about one licence that model weights are released under (one block of licenses.catalog).</summary>
public sealed class LicenseInfo
{
    internal LicenseInfo(string id, string name, string sourceUrl)
    {
        Id = id;
        Name = name;
        SourceUrl = sourceUrl;
    }

    /// <summary>The Hugging Face Hub licence identifier (lower case), the vocabulary model cards and GGUF files use.</summary>
    public string Id { get; }

    public string Name { get; }

    /// <summary>Where the terms were read, so a reviewer (and a diagnostic's reader) can check them.</summary>
    public string SourceUrl { get; }

    public string? SpdxId { get; internal set; }

    public bool OsiApproved { get; internal set; }

    /// <summary>The tier weights under this licence reach at most; data and code openness can only lower it.</summary>
    public OpennessTier Tier { get; internal set; } = OpennessTier.Unknown;

    public CommercialUse CommercialUse { get; internal set; }

    public string? CommercialCondition { get; internal set; }

    /// <summary>Monthly active users above which the licence no longer grants rights.</summary>
    public long? UserCap { get; internal set; }

    /// <summary>A short human summary of what the licence restricts, used in diagnostic messages.</summary>
    public string? Restrictions { get; internal set; }

    /// <summary>A field-of-use limit not expressed as a use policy (e.g. "computational use only"), in the licence's words.</summary>
    public string? FieldOfUse { get; internal set; }

    public string? UsePolicyUrl { get; internal set; }

    /// <summary>True when the use restrictions must be passed on to downstream users as enforceable terms.</summary>
    public bool UsePolicyPassThrough { get; internal set; }

    /// <summary>Attribution text the licence requires to be displayed, verbatim.</summary>
    public string? Attribution { get; internal set; }

    public string? AttributionWhere { get; internal set; }

    /// <summary>The prefix names of derived models must start with ("Llama").</summary>
    public string? DerivativeNamePrefix { get; internal set; }

    public bool ShareAlike { get; internal set; }

    /// <summary>True when a NOTICE or licence copy must travel with redistributions.</summary>
    public bool Notice { get; internal set; }

    public string? NoticeText { get; internal set; }

    /// <summary>Other spellings of the identifier seen in model cards and GGUF headers.</summary>
    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    /// <summary>Model family names released under this licence, which text may use to refer to such a model.</summary>
    public IReadOnlyList<string> ModelFamilies { get; internal set; } = [];

    public override string ToString() => Id;
}
