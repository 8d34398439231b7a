using System;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;

namespace ModelLicenseGuard.Core.Tests.Policy;

public class PolicyEvaluatorTests
{
    [Theory]
    [InlineData("None", ModelLicensePolicy.None)]
    [InlineData("none", ModelLicensePolicy.None)]
    [InlineData("permissive", ModelLicensePolicy.Permissive)]
    [InlineData("Permissive", ModelLicensePolicy.Permissive)]
    [InlineData("commercial", ModelLicensePolicy.Commercial)]
    [InlineData("COMMERCIAL", ModelLicensePolicy.Commercial)]
    [InlineData(" Commercial ", ModelLicensePolicy.Commercial)]
    [InlineData("opensourceonly", ModelLicensePolicy.OpenSourceOnly)]
    [InlineData("OpenSourceOnly", ModelLicensePolicy.OpenSourceOnly)]
    public void Parses_known_policies_ignoring_case(string? value, ModelLicensePolicy expected)
    {
        Assert.True(PolicyEvaluator.TryParse(value, out var policy));
        Assert.Equal(expected, policy);
    }

    [Theory]
    [InlineData("Comercial")]
    [InlineData("OpenSource")]
    [InlineData("Open-Source-Only")]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("Commercial;OpenSourceOnly")]
    [InlineData("Commercial, Permissive")]
    public void Rejects_unknown_policies(string value)
    {
        Assert.False(PolicyEvaluator.TryParse(value, out var policy));
        Assert.Equal(ModelLicensePolicy.None, policy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_unset_policy_is_the_documented_default_permissive(string? value)
    {
        Assert.True(PolicyEvaluator.TryParse(value, out var policy));
        Assert.Equal(ModelLicensePolicy.Permissive, policy);
        Assert.Equal(ModelLicensePolicy.Permissive, PolicySettings.Default);
    }

    [Fact]
    public void Commercial_fails_a_model_that_forbids_commercial_use_naming_model_source_licence_and_clause()
    {
        var violation = PolicyEvaluator.Evaluate(new PolicySettings(ModelLicensePolicy.Commercial), FromCatalog("cc-by-nc-4.0"));

        Assert.NotNull(violation);
        Assert.Equal(PolicyClause.NonCommercial, violation.Clause);
        Assert.True(violation.FailsBuild);
        Assert.Contains("'Research Model'", violation.Message, StringComparison.Ordinal);
        Assert.Contains("models/research.gguf", violation.Message, StringComparison.Ordinal);
        Assert.Contains("'cc-by-nc-4.0'", violation.Message, StringComparison.Ordinal);
        Assert.Contains("non-commercial clause (non-commercial use only)", violation.Message, StringComparison.Ordinal);
        Assert.Contains("https://creativecommons.org/licenses/by-nc/4.0/legalcode", violation.Message, StringComparison.Ordinal);
        Assert.Contains("ModelLicensePolicy is Commercial", violation.Message, StringComparison.Ordinal);
        Assert.Contains("<ModelLicenseAllow Include=\"cc-by-nc-4.0\" Justification=", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cc-by-nc-4.0", PolicyClause.NonCommercial, "non-commercial clause")]
    [InlineData("mistral-research-license", PolicyClause.NonCommercial, "research use only")]
    [InlineData("llama3.1", PolicyClause.UserCap, "user-cap clause (a separate licence from Meta is required above 700 million monthly active users)")]
    [InlineData("qwen", PolicyClause.UserCap, "user-cap clause")]
    [InlineData("gemma", PolicyClause.FieldOfUse, "use-restriction clause (the Gemma Prohibited Use Policy")]
    [InlineData("bigscience-openrail-m", PolicyClause.FieldOfUse, "use-restriction clause")]
    [InlineData("c-uda", PolicyClause.FieldOfUse, "field-of-use clause (computational use of the data only)")]
    [InlineData("cc", PolicyClause.ConditionalCommercialUse, "commercial use is conditional")]
    public void Commercial_names_the_clause_that_fails_it(string license, PolicyClause clause, string named)
    {
        var violation = PolicyEvaluator.Evaluate(new PolicySettings(ModelLicensePolicy.Commercial), FromCatalog(license));

        Assert.NotNull(violation);
        Assert.Equal(clause, violation.Clause);
        Assert.True(violation.FailsBuild);
        Assert.Contains(named, violation.Message, StringComparison.Ordinal);
        Assert.Contains($"'{license}'", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apache-2.0")]
    [InlineData("mit")]
    [InlineData("cc-by-4.0")]
    [InlineData("cc-by-nd-4.0")]
    public void Commercial_passes_licences_without_a_commercial_restriction(string license)
    {
        Assert.Null(PolicyEvaluator.Evaluate(new PolicySettings(ModelLicensePolicy.Commercial), FromCatalog(license)));
    }

    [Fact]
    public void Commercial_passes_a_closed_api_model_whose_terms_are_a_service_contract()
    {
        var model = Model(OpennessTier.Closed, CommercialUse.Unknown, "proprietary");

        Assert.Null(PolicyEvaluator.Evaluate(new PolicySettings(ModelLicensePolicy.Commercial), model));
    }

    [Fact]
    public void Commercial_fails_a_model_without_a_licence_as_unknown()
    {
        var violation = PolicyEvaluator.Evaluate(new PolicySettings(ModelLicensePolicy.Commercial), Model(OpennessTier.Unknown, CommercialUse.Unknown, null));

        Assert.NotNull(violation);
        Assert.Equal(PolicyClause.UnknownLicense, violation.Clause);
        Assert.Contains("no licence ModelLicenseGuard could determine", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commercial_fails_a_licence_the_catalog_does_not_know_as_unknown()
    {
        var violation = PolicyEvaluator.Evaluate(new PolicySettings(ModelLicensePolicy.Commercial), Model(OpennessTier.Unknown, CommercialUse.Unknown, "acme-model-license"));

        Assert.NotNull(violation);
        Assert.Equal(PolicyClause.UnknownLicense, violation.Clause);
        Assert.Contains("'acme-model-license', which is not in ModelLicenseGuard's licence catalog", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifests_verdict_wins_over_the_catalog_for_a_derivative()
    {
        // An "MIT" re-upload bound by its non-commercial base: the manifest says forbidden.
        var model = FromCatalog("mit");
        model.CommercialUse = CommercialUse.Forbidden;

        Assert.Equal(PolicyClause.NonCommercial, PolicyEvaluator.Evaluate(new PolicySettings(ModelLicensePolicy.Commercial), model)?.Clause);
    }

    [Fact]
    public void Permissive_warns_about_non_commercial_licences_and_never_fails()
    {
        var settings = new PolicySettings(ModelLicensePolicy.Permissive) { IsDefault = true };

        var violation = PolicyEvaluator.Evaluate(settings, FromCatalog("cc-by-nc-4.0"));

        Assert.NotNull(violation);
        Assert.False(violation.FailsBuild);
        Assert.Contains("ModelLicensePolicy is Permissive (the default)", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set ModelLicensePolicy to Commercial", violation.Message, StringComparison.Ordinal);
        Assert.Null(PolicyEvaluator.Evaluate(settings, FromCatalog("llama3.1")));
        Assert.Null(PolicyEvaluator.Evaluate(settings, FromCatalog("gemma")));
        Assert.Null(PolicyEvaluator.Evaluate(settings, Model(OpennessTier.Unknown, CommercialUse.Unknown, null)));
    }

    [Fact]
    public void None_reports_nothing_not_even_a_deny()
    {
        var settings = new PolicySettings(ModelLicensePolicy.None);
        settings.Deny.Add(new PolicyListEntry("cc-by-nc-4.0"));

        foreach (var tier in Enum.GetValues<OpennessTier>())
        {
            foreach (var commercialUse in Enum.GetValues<CommercialUse>())
            {
                Assert.Null(PolicyEvaluator.Evaluate(settings, Model(tier, commercialUse, "cc-by-nc-4.0")));
            }
        }
    }

    [Theory]
    [InlineData(OpennessTier.OpenWeights, "open-weight")]
    [InlineData(OpennessTier.RestrictedWeights, "restricted-weight")]
    [InlineData(OpennessTier.Closed, "closed")]
    [InlineData(OpennessTier.Unknown, "unknown licence")]
    public void Open_source_only_fails_everything_below_open_source_ai(OpennessTier tier, string description)
    {
        var violation = PolicyEvaluator.Violation(ModelLicensePolicy.OpenSourceOnly, Model(tier, CommercialUse.Allowed, "apache-2.0"));

        Assert.NotNull(violation);
        Assert.Contains("'Research Model'", violation, StringComparison.Ordinal);
        Assert.Contains("models/research.gguf", violation, StringComparison.Ordinal);
        Assert.Contains(description, violation, StringComparison.Ordinal);
        Assert.Contains("'apache-2.0'", violation, StringComparison.Ordinal);
        Assert.Contains("OpenSourceOnly", violation, StringComparison.Ordinal);
        Assert.Contains("below the open-source AI tier", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OpennessTier.OpenSourceAI, false)]
    [InlineData(OpennessTier.OpenWeights, false)]
    [InlineData(OpennessTier.RestrictedWeights, true)]
    [InlineData(OpennessTier.Closed, true)]
    [InlineData(OpennessTier.Unknown, true)]
    public void Open_source_only_with_open_weights_allowed_fails_only_below_open_weights(OpennessTier tier, bool fails)
    {
        var settings = new PolicySettings(ModelLicensePolicy.OpenSourceOnly) { AllowOpenWeights = true };

        var violation = PolicyEvaluator.Evaluate(settings, Model(tier, CommercialUse.Allowed, "apache-2.0"));

        Assert.Equal(fails, violation is not null);
        if (violation is not null)
        {
            Assert.Equal(PolicyClause.OpennessTier, violation.Clause);
            Assert.Contains("below the open-weights tier", violation.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Open_source_only_violation_without_a_licence_does_not_mention_one()
    {
        var violation = PolicyEvaluator.Violation(ModelLicensePolicy.OpenSourceOnly, Model(OpennessTier.Unknown, CommercialUse.Unknown, null));

        Assert.NotNull(violation);
        Assert.DoesNotContain(" under ", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_source_only_allows_open_source_ai()
    {
        Assert.Null(PolicyEvaluator.Violation(ModelLicensePolicy.OpenSourceOnly, Model(OpennessTier.OpenSourceAI, CommercialUse.Allowed, "apache-2.0")));
    }

    [Theory]
    [InlineData("llama3.1")]
    [InlineData("Llama 3.1")]
    [InlineData("LLAMA3.1")]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("hf:meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("hf:meta-llama/*")]
    [InlineData("llama3.?")]
    [InlineData("Research *")]
    public void A_justified_allow_matching_the_licence_model_or_a_glob_excuses_the_violation(string pattern)
    {
        var settings = new PolicySettings(ModelLicensePolicy.Commercial);
        settings.Allow.Add(new PolicyListEntry(pattern, "approved by legal, LEGAL-42"));
        var model = FromCatalog("llama3.1");
        model.Source = "hf:meta-llama/Llama-3.1-8B-Instruct";

        Assert.Null(PolicyEvaluator.Evaluate(settings, model));
        var explained = PolicyEvaluator.Explain(settings, model, out var allowedBy);
        Assert.Equal(PolicyClause.UserCap, explained?.Clause);
        Assert.Equal(pattern, allowedBy?.Pattern);
        Assert.Equal("approved by legal, LEGAL-42", allowedBy?.Justification);
    }

    [Theory]
    [InlineData("llama3")]
    [InlineData("gemma")]
    [InlineData("hf:meta-llama")]
    [InlineData("meta-llama/*-70B*")]
    public void An_allow_that_does_not_match_excuses_nothing(string pattern)
    {
        var settings = new PolicySettings(ModelLicensePolicy.Commercial);
        settings.Allow.Add(new PolicyListEntry(pattern, "approved"));
        var model = FromCatalog("llama3.1");
        model.Source = "hf:meta-llama/Llama-3.1-8B-Instruct";

        Assert.NotNull(PolicyEvaluator.Evaluate(settings, model));
    }

    [Fact]
    public void An_allow_without_justification_excuses_nothing()
    {
        var settings = new PolicySettings(ModelLicensePolicy.Commercial);
        settings.Allow.Add(new PolicyListEntry("llama3.1", "  "));

        Assert.NotNull(PolicyEvaluator.Evaluate(settings, FromCatalog("llama3.1")));
    }

    [Theory]
    [InlineData("2027-01-01", "2026-12-31", true)]
    [InlineData("2027-01-01", "2027-01-01", false)]
    [InlineData("2027-01-01", "2027-06-30", false)]
    public void An_allow_stops_allowing_on_its_expiry_date(string expires, string today, bool allows)
    {
        var settings = new PolicySettings(ModelLicensePolicy.Commercial) { Today = DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture) };
        settings.Allow.Add(new PolicyListEntry("llama3.1", "approved", DateTime.Parse(expires, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(allows, PolicyEvaluator.Evaluate(settings, FromCatalog("llama3.1")) is null);
    }

    [Theory]
    [InlineData(ModelLicensePolicy.Commercial, true)]
    [InlineData(ModelLicensePolicy.OpenSourceOnly, true)]
    [InlineData(ModelLicensePolicy.Permissive, false)]
    public void A_deny_reports_an_otherwise_allowed_model_at_the_policys_severity_and_wins_over_an_allow(ModelLicensePolicy policy, bool failsBuild)
    {
        var settings = new PolicySettings(policy);
        settings.Deny.Add(new PolicyListEntry("apache-2.0", "our customers' contracts exclude it"));
        settings.Allow.Add(new PolicyListEntry("apache-2.0", "approved"));
        var model = FromCatalog("apache-2.0");
        model.Tier = OpennessTier.OpenSourceAI;

        var violation = PolicyEvaluator.Evaluate(settings, model);

        Assert.NotNull(violation);
        Assert.Equal(PolicyClause.Denied, violation.Clause);
        Assert.Equal(failsBuild, violation.FailsBuild);
        Assert.Contains("ModelLicenseDeny 'apache-2.0' (our customers' contracts exclude it)", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public void A_deny_with_an_expiry_stops_denying_on_that_date(string today, bool denied)
    {
        var settings = new PolicySettings(ModelLicensePolicy.Commercial) { Today = DateTime.Parse(today, System.Globalization.CultureInfo.InvariantCulture) };
        settings.Deny.Add(new PolicyListEntry("apache-2.0", "until the audit is done", DateTime.Parse("2027-01-01", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(denied, PolicyEvaluator.Evaluate(settings, FromCatalog("apache-2.0")) is not null);
    }

    private static ManifestEntry FromCatalog(string licenseId)
    {
        Assert.True(LicenseCatalog.TryGet(licenseId, out var license));
        return new ManifestEntry
        {
            Name = "Research Model",
            Source = "models/research.gguf",
            Format = "gguf",
            License = license.Id,
            LicenseUrl = license.SourceUrl,
            Tier = license.Tier,
            CommercialUse = license.CommercialUse,
            Restrictions = license.Restrictions,
        };
    }

    private static ManifestEntry Model(OpennessTier tier, CommercialUse commercialUse, string? license) => new()
    {
        Name = "Research Model",
        Source = "models/research.gguf",
        Format = "gguf",
        License = license,
        Tier = tier,
        CommercialUse = commercialUse,
    };
}
