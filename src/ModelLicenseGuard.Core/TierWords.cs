using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard;

/// <summary>
/// The one place that turns an openness tier, and a model's licence, into words: the claim rules, the policy messages,
/// the package-metadata rule and the inventory of models named in code all say a tier the same way.
/// </summary>
public static class TierWords
{
    /// <summary>The tier as a noun phrase: "open weights", "restricted weights", "a closed model, …".</summary>
    public static string Noun(OpennessTier tier) => tier switch
    {
        OpennessTier.OpenSourceAI => "open-source AI",
        OpennessTier.OpenWeights => "open weights",
        OpennessTier.RestrictedWeights => "restricted weights",
        OpennessTier.Closed => "a closed model, available only through its vendor's API",
        _ => "licence unknown",
    };

    /// <summary>The tier said of a model: "Model X is open-weight", "… is closed (API only, no weights)".</summary>
    public static string Adjective(OpennessTier tier) => tier switch
    {
        OpennessTier.OpenSourceAI => "open-source AI",
        OpennessTier.OpenWeights => "open-weight, not open-source AI (its training data or code is not open)",
        OpennessTier.RestrictedWeights => "restricted-weight",
        OpennessTier.Closed => "closed (API only, no weights)",
        _ => "of unknown licence",
    };

    /// <summary>The tier and the licence: "restricted weights under the 'llama3.1' licence, https://…".</summary>
    public static string Describe(ManifestEntry model, bool withLink)
    {
        var words = Noun(model.Tier);
        if (model.Tier == OpennessTier.Closed || model.License is null)
        {
            return words;
        }

        words += $" under the '{model.License}' licence";
        return withLink && model.LicenseUrl is not null ? words + ", " + model.LicenseUrl : words;
    }

    /// <summary>
    /// The term that replaces "open source" for a model of <paramref name="tier"/>, as two words ("open", "weight"), or one
    /// word with an empty second ("proprietary", "") for closed models; null for tiers that may be called open source.
    /// </summary>
    public static (string First, string Second)? ClaimTerm(OpennessTier tier) => tier switch
    {
        OpennessTier.OpenWeights or OpennessTier.RestrictedWeights => ("open", "weight"),
        OpennessTier.Closed => ("proprietary", string.Empty),
        _ => null,
    };

    /// <summary>The term as it is written in messages: "open-weight", "proprietary".</summary>
    public static string Display((string First, string Second) term) => term.Second.Length == 0 ? term.First : term.First + "-" + term.Second;
}
