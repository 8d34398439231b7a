using System;
using System.Linq;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Core.Tests.Licenses;

public class LicenseCatalogTests
{
    [Theory]
    [InlineData("apache-2.0", "apache-2.0")]
    [InlineData("Apache-2.0", "apache-2.0")]
    [InlineData("Apache 2.0", "apache-2.0")]
    [InlineData("APACHE-2.0", "apache-2.0")]
    [InlineData("apache_2.0", "apache-2.0")]
    [InlineData("Apache License, Version 2.0", "apache-2.0")]
    [InlineData("  apache-2.0  ", "apache-2.0")]
    [InlineData("mit", "mit")]
    [InlineData("MIT", "mit")]
    [InlineData("MIT License", "mit")]
    [InlineData("llama3.1", "llama3.1")]
    [InlineData("Llama-3.1", "llama3.1")]
    [InlineData("LLAMA 3.1", "llama3.1")]
    [InlineData("Llama 3.1 Community License Agreement", "llama3.1")]
    [InlineData("gemma", "gemma")]
    [InlineData("gemma-terms-of-use", "gemma")]
    [InlineData("Gemma Terms of Use", "gemma")]
    [InlineData("cc-by-nc-4.0", "cc-by-nc-4.0")]
    [InlineData("CC-BY-NC-4.0", "cc-by-nc-4.0")]
    [InlineData("CC BY-NC 4.0", "cc-by-nc-4.0")]
    public void Finds_a_licence_by_id_spdx_id_alias_and_spelling_variants(string identifier, string expectedId)
    {
        Assert.True(LicenseCatalog.TryGet(identifier, out var license));
        Assert.Equal(expectedId, license.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-.-")]
    [InlineData("other")]
    [InlineData("unknown")]
    [InlineData("llama9")]
    [InlineData("apache-1.1")]
    [InlineData("gpl-9.0")]
    [InlineData("cc-by-5.0")]
    public void Does_not_find_unknown_identifiers(string? identifier)
    {
        Assert.False(LicenseCatalog.TryGet(identifier, out _));
    }

    [Fact]
    public void Spdx_ids_find_the_same_entry_as_hugging_face_ids()
    {
        foreach (var license in LicenseCatalog.All.Where(l => l.SpdxId is not null))
        {
            Assert.True(LicenseCatalog.TryGet(license.SpdxId, out var bySpdx));
            Assert.Same(license, bySpdx);
        }
    }

    [Fact]
    public void Every_id_and_alias_finds_its_own_entry()
    {
        foreach (var license in LicenseCatalog.All)
        {
            Assert.True(LicenseCatalog.TryGet(license.Id, out var byId));
            Assert.Same(license, byId);
            foreach (var alias in license.Aliases)
            {
                Assert.True(LicenseCatalog.TryGet(alias, out var byAlias), alias);
                Assert.Same(license, byAlias);
            }
        }
    }

    [Fact]
    public void All_lists_each_licence_once()
    {
        Assert.NotEmpty(LicenseCatalog.All);
        Assert.Equal(LicenseCatalog.All.Count, LicenseCatalog.All.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(LicenseCatalog.All, l => l.Id == "llama3.1");
        Assert.Contains(LicenseCatalog.All, l => l.Id == "apache-2.0");
    }

    [Fact]
    public void Every_entry_has_a_lower_case_id_a_name_and_an_https_source()
    {
        foreach (var license in LicenseCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(license.Id));
            Assert.Equal(license.Id.ToLowerInvariant(), license.Id);
            Assert.False(string.IsNullOrWhiteSpace(license.Name), license.Id);
            Assert.True(Uri.TryCreate(license.SourceUrl, UriKind.Absolute, out var source), license.Id);
            Assert.Equal(Uri.UriSchemeHttps, source!.Scheme);
        }
    }

    [Fact]
    public void Every_restricted_licence_says_what_it_restricts()
    {
        var restricted = LicenseCatalog.All.Where(l => l.Tier == OpennessTier.RestrictedWeights || l.CommercialUse is CommercialUse.Conditional or CommercialUse.Forbidden).ToList();
        Assert.NotEmpty(restricted);
        foreach (var license in restricted)
        {
            Assert.False(string.IsNullOrWhiteSpace(license.Restrictions), license.Id);
        }
    }

    [Fact]
    public void Osi_approved_licences_reach_open_weights_and_so_do_open_content_licences()
    {
        foreach (var license in LicenseCatalog.All.Where(l => l.OsiApproved))
        {
            Assert.Equal(OpennessTier.OpenWeights, license.Tier);
        }

        // docs/knowledge-base.md: open-content licences without use restrictions are open weights, not OSI-approved.
        Assert.True(LicenseCatalog.TryGet("cc-by-4.0", out var contentLicense));
        Assert.Equal(OpennessTier.OpenWeights, contentLicense.Tier);
        Assert.False(contentLicense.OsiApproved);
    }

    [Fact]
    public void Llama_3_1_is_restricted_conditional_and_requires_built_with_llama()
    {
        Assert.True(LicenseCatalog.TryGet("llama3.1", out var license));
        Assert.Equal(OpennessTier.RestrictedWeights, license.Tier);
        Assert.Equal(CommercialUse.Conditional, license.CommercialUse);
        Assert.False(license.OsiApproved);
        Assert.Null(license.SpdxId);
        Assert.Equal("Built with Llama", license.Attribution);
        Assert.Contains("700 million monthly active users", license.Restrictions, StringComparison.Ordinal);
        Assert.Contains("Llama 3.1", license.ModelFamilies);
        Assert.Contains("Llama", license.ModelFamilies);
    }

    [Fact]
    public void Apache_and_mit_are_open_weights_allowing_commercial_use()
    {
        foreach (var id in new[] { "apache-2.0", "mit" })
        {
            Assert.True(LicenseCatalog.TryGet(id, out var license));
            Assert.Equal(OpennessTier.OpenWeights, license.Tier);
            Assert.Equal(CommercialUse.Allowed, license.CommercialUse);
            Assert.True(license.OsiApproved);
            Assert.NotNull(license.SpdxId);
        }
    }

    [Fact]
    public void Gemma_allows_commercial_use_but_is_restricted_and_needs_its_notice()
    {
        Assert.True(LicenseCatalog.TryGet("gemma", out var license));
        Assert.Equal(OpennessTier.RestrictedWeights, license.Tier);
        Assert.Equal(CommercialUse.Allowed, license.CommercialUse);
        Assert.Contains("ai.google.dev/gemma/terms", license.Attribution, StringComparison.Ordinal);
        Assert.Contains("Gemma", license.ModelFamilies);
    }

    [Fact]
    public void Cc_by_nc_forbids_commercial_use()
    {
        Assert.True(LicenseCatalog.TryGet("cc-by-nc-4.0", out var license));
        Assert.Equal(OpennessTier.RestrictedWeights, license.Tier);
        Assert.Equal(CommercialUse.Forbidden, license.CommercialUse);
        Assert.Equal("CC-BY-NC-4.0", license.SpdxId);
    }

    [Theory]
    [InlineData("Apache 2.0", "apache20")]
    [InlineData("apache_2.0", "apache20")]
    [InlineData("  Llama-3.1 ", "llama31")]
    [InlineData("-.-", "")]
    [InlineData("", "")]
    public void Squash_keeps_lower_case_letters_and_digits_only(string identifier, string expected)
    {
        Assert.Equal(expected, LicenseCatalog.Squash(identifier));
    }
}
