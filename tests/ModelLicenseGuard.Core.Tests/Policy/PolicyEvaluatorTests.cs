using System;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;

namespace ModelLicenseGuard.Core.Tests.Policy;

public class PolicyEvaluatorTests
{
    [Theory]
    [InlineData(null, ModelLicensePolicy.None)]
    [InlineData("", ModelLicensePolicy.None)]
    [InlineData("   ", ModelLicensePolicy.None)]
    [InlineData("None", ModelLicensePolicy.None)]
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

    [Fact]
    public void Commercial_fails_a_model_that_forbids_commercial_use_naming_model_source_and_licence()
    {
        var model = Model(OpennessTier.RestrictedWeights, CommercialUse.Forbidden, "cc-by-nc-4.0");
        model.Restrictions = "non-commercial use only";

        var violation = PolicyEvaluator.Violation(ModelLicensePolicy.Commercial, model);

        Assert.NotNull(violation);
        Assert.Contains("'Research Model'", violation, StringComparison.Ordinal);
        Assert.Contains("models/research.gguf", violation, StringComparison.Ordinal);
        Assert.Contains("'cc-by-nc-4.0'", violation, StringComparison.Ordinal);
        Assert.Contains("non-commercial use only", violation, StringComparison.Ordinal);
        Assert.Contains("Commercial", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Commercial_violation_without_restrictions_text_still_explains_itself()
    {
        var violation = PolicyEvaluator.Violation(ModelLicensePolicy.Commercial, Model(OpennessTier.RestrictedWeights, CommercialUse.Forbidden, "cc-by-nc-4.0"));

        Assert.NotNull(violation);
        Assert.Contains("non-commercial", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CommercialUse.Allowed)]
    [InlineData(CommercialUse.Conditional)]
    [InlineData(CommercialUse.Unknown)]
    public void Commercial_allows_models_that_do_not_forbid_commercial_use(CommercialUse commercialUse)
    {
        Assert.Null(PolicyEvaluator.Violation(ModelLicensePolicy.Commercial, Model(OpennessTier.RestrictedWeights, commercialUse, "llama3.1")));
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
    [InlineData(ModelLicensePolicy.None)]
    [InlineData(ModelLicensePolicy.Permissive)]
    public void None_and_permissive_never_fail(ModelLicensePolicy policy)
    {
        foreach (var tier in Enum.GetValues<OpennessTier>())
        {
            foreach (var commercialUse in Enum.GetValues<CommercialUse>())
            {
                Assert.Null(PolicyEvaluator.Violation(policy, Model(tier, commercialUse, "cc-by-nc-4.0")));
            }
        }
    }

    private static ManifestModel Model(OpennessTier tier, CommercialUse commercialUse, string? license) => new()
    {
        Name = "Research Model",
        Source = "models/research.gguf",
        Format = "gguf",
        License = license,
        Tier = tier,
        CommercialUse = commercialUse,
    };
}
