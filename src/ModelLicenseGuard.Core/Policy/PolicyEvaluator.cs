using System;
using System.Globalization;
using System.Linq;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Policy;

/// <summary>
/// Decides whether a model's licence is allowed under a project's policy, and names the licence clause that fails it.
/// A pure function of the settings and the manifest entry, so the build task and the analyzer judge alike.
/// </summary>
public static class PolicyEvaluator
{
    /// <summary>Parses the MSBuild property; empty means <see cref="PolicySettings.Default"/>, an unknown value None.</summary>
    public static bool TryParse(string? value, out ModelLicensePolicy policy)
    {
        policy = PolicySettings.Default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        policy = ModelLicensePolicy.None;
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
    public static string? Violation(ModelLicensePolicy policy, ManifestEntry model) => Evaluate(new PolicySettings(policy), model)?.Message;

    /// <summary>The violation that fails or warns, or null when the model passes or a valid allow covers it.</summary>
    public static PolicyViolation? Evaluate(PolicySettings settings, ManifestEntry model)
    {
        var violation = Explain(settings, model, out var allowedBy);
        return allowedBy is null ? violation : null;
    }

    /// <summary>
    /// The violation the model would be reported for, ignoring allows, and the allow (with its justification) that
    /// excuses it, if any. A deny wins over any allow: it is the more deliberate statement.
    /// </summary>
    public static PolicyViolation? Explain(PolicySettings settings, ManifestEntry model, out PolicyListEntry? allowedBy)
    {
        allowedBy = null;
        if (settings.Policy == ModelLicensePolicy.None)
        {
            return null;
        }

        var deny = settings.Deny.FirstOrDefault(entry => !entry.IsExpired(settings.Today) && ModelPattern.Matches(entry.Pattern, model));
        if (deny is not null)
        {
            var reason = deny.Justification is null ? string.Empty : $" ({deny.Justification})";
            return Build(settings, model, PolicyClause.Denied, $"{Subject(model)}, which ModelLicenseDeny '{deny.Pattern}'{reason} forbids");
        }

        var found = Find(settings, model);
        if (found is null)
        {
            return null;
        }

        allowedBy = settings.Allow.FirstOrDefault(entry => entry.IsValidAllow(settings.Today) && ModelPattern.Matches(entry.Pattern, model));
        return Build(settings, model, found.Value.Clause, found.Value.Text);
    }

    private static (PolicyClause Clause, string Text)? Find(PolicySettings settings, ManifestEntry model)
    {
        var license = LicenseCatalog.Resolve(model.License);
        // The manifest's verdict wins (it already binds a derivative to its base); the catalog adds the clause details.
        var commercial = model.CommercialUse != CommercialUse.Unknown ? model.CommercialUse : license?.CommercialUse ?? CommercialUse.Unknown;
        switch (settings.Policy)
        {
            case ModelLicensePolicy.Permissive:
                // Report what outright forbids a use; an unknown licence is already MLG0030, obligations go to the reports.
                return commercial == CommercialUse.Forbidden ? NonCommercial(model, license) : null;

            case ModelLicensePolicy.Commercial:
                if (commercial == CommercialUse.Forbidden)
                {
                    return NonCommercial(model, license);
                }

                // An API-only model has no weights licence; its service terms are outside what a build can judge.
                if (model.Tier == OpennessTier.Closed)
                {
                    return null;
                }

                if (license is null)
                {
                    return (PolicyClause.UnknownLicense, model.License is null
                        ? $"Model '{model.Name}' ({model.Source}) has no licence ModelLicenseGuard could determine, so whether it may be used commercially is unknown"
                        : $"{Subject(model)}, which is not in ModelLicenseGuard's licence catalog, so whether it may be used commercially is unknown");
                }

                if (license.UserCap is { } cap)
                {
                    var condition = license.CommercialCondition ?? $"a separate licence is required above {cap.ToString("N0", CultureInfo.InvariantCulture)} monthly active users";
                    return (PolicyClause.UserCap, $"{Subject(model)}, whose user-cap clause ({condition}) limits commercial use");
                }

                if (license.FieldOfUse is { } field)
                {
                    return (PolicyClause.FieldOfUse, $"{Subject(model)}, whose field-of-use clause ({field}) restricts what the model may be used for");
                }

                if (license.UsePolicyUrl is not null || license.UsePolicyPassThrough)
                {
                    var where = license.UsePolicyUrl is null ? string.Empty : $"; {license.UsePolicyUrl}";
                    return (PolicyClause.FieldOfUse, $"{Subject(model)}, whose use-restriction clause ({license.Restrictions ?? "an acceptable-use policy"}{where}) restricts what the model may be used for");
                }

                if (commercial == CommercialUse.Conditional)
                {
                    return (PolicyClause.ConditionalCommercialUse, $"{Subject(model)}, under which commercial use is conditional ({license.CommercialCondition ?? license.Restrictions ?? "see the licence"})");
                }

                return null;

            case ModelLicensePolicy.OpenSourceOnly:
                var lowest = settings.AllowOpenWeights ? OpennessTier.OpenWeights : OpennessTier.OpenSourceAI;
                if (model.Tier <= lowest)
                {
                    return null;
                }

                var under = model.License is null ? string.Empty : $" under '{model.License}'{Link(model)}";
                return (PolicyClause.OpennessTier, $"Model '{model.Name}' ({model.Source}) is {Describe(model)}{under}, below the {(settings.AllowOpenWeights ? "open-weights" : "open-source AI")} tier the policy requires");

            default:
                return null;
        }
    }

    private static (PolicyClause, string) NonCommercial(ManifestEntry model, LicenseInfo? license)
        => (PolicyClause.NonCommercial, $"{Subject(model)}, whose non-commercial clause ({license?.Restrictions ?? model.Restrictions ?? "non-commercial use only"}) forbids commercial use");

    private static PolicyViolation Build(PolicySettings settings, ManifestEntry model, PolicyClause clause, string text)
    {
        var failsBuild = settings.Policy is ModelLicensePolicy.Commercial or ModelLicensePolicy.OpenSourceOnly;
        var policy = settings.IsDefault ? $"{settings.Policy} (the default)" : settings.Policy.ToString();
        var consequence = failsBuild
            ? clause == PolicyClause.Denied ? string.Empty : $" If a review accepts it, add <ModelLicenseAllow Include=\"{AllowPattern(model)}\" Justification=\"...\" />."
            : " Permissive reports and never fails the build; set ModelLicensePolicy to Commercial to enforce it.";
        return new PolicyViolation(clause, $"{text}, but the project's ModelLicensePolicy is {policy}.{consequence}", failsBuild);
    }

    /// <summary>The narrowest pattern a reviewer would write: the licence for clause failures, which an allow then covers project-wide.</summary>
    private static string AllowPattern(ManifestEntry model) => model.License ?? model.CatalogId ?? model.Source;

    private static string Subject(ManifestEntry model) => $"Model '{model.Name}' ({model.Source}) is licensed under '{model.License ?? "an unknown licence"}'{Link(model)}";

    private static string Link(ManifestEntry model) => model.LicenseUrl is null ? string.Empty : $" ({model.LicenseUrl})";

    private static string Describe(ManifestEntry model) => TierWords.Adjective(model.Tier);
}
