using System;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Policy;

/// <summary>Decides whether a model's licence is allowed under a project's policy, and says which term fails it.</summary>
public static class PolicyEvaluator
{
    /// <summary>Parses the MSBuild property; empty means <see cref="ModelLicensePolicy.None"/>.</summary>
    public static bool TryParse(string? value, out ModelLicensePolicy policy)
    {
        policy = ModelLicensePolicy.None;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        foreach (ModelLicensePolicy candidate in Enum.GetValues(typeof(ModelLicensePolicy)))
        {
            if (string.Equals(candidate.ToString(), value!.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                policy = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns why <paramref name="model"/> violates <paramref name="policy"/>, or null when it does not.</summary>
    public static string? Violation(ModelLicensePolicy policy, ManifestModel model)
    {
        switch (policy)
        {
            case ModelLicensePolicy.Commercial when model.CommercialUse == CommercialUse.Forbidden:
                return $"Model '{model.Name}' ({model.Source}) is licensed under '{model.License}'{Link(model)}, which forbids commercial use ({model.Restrictions ?? "non-commercial use only"}), but the project's ModelLicensePolicy is Commercial.";
            case ModelLicensePolicy.OpenSourceOnly when model.Tier != OpennessTier.OpenSourceAI:
                return $"Model '{model.Name}' ({model.Source}) is {Describe(model.Tier)}{(model.License is null ? string.Empty : $" under '{model.License}'{Link(model)}")}, but the project's ModelLicensePolicy is OpenSourceOnly.";
            default:
                return null;
        }
    }

    private static string Link(ManifestModel model) => model.LicenseUrl is null ? string.Empty : $" ({model.LicenseUrl})";

    private static string Describe(OpennessTier tier) => tier switch
    {
        OpennessTier.OpenWeights => "open-weight, not open-source AI",
        OpennessTier.RestrictedWeights => "restricted-weight",
        OpennessTier.Closed => "closed",
        _ => "of unknown licence",
    };
}
