using ModelLicenseGuard.Claims;

namespace ModelLicenseGuard.Core.Tests.Claims;

public class ClaimWordingTests
{
    [Theory]
    [InlineData("open-source", "open-weight")]
    [InlineData("Open-Source", "Open-Weight")]
    [InlineData("Open-source", "Open-weight")]
    [InlineData("open source", "open weight")]
    [InlineData("Open source", "Open weight")]
    [InlineData("Open Source", "Open Weight")]
    [InlineData("OPEN-SOURCE", "OPEN-WEIGHT")]
    [InlineData("OPEN SOURCE", "OPEN WEIGHT")]
    [InlineData("opensource", "open-weight")]
    [InlineData("Opensource", "Open-weight")]
    [InlineData("OpenSource", "Open-Weight")]
    [InlineData("OPENSOURCE", "OPEN-WEIGHT")]
    [InlineData("open\nsource", "open weight")]
    [InlineData("open", "open-weight")]
    [InlineData("Open", "Open-weight")]
    [InlineData("open-sourced", "released")]
    [InlineData("Open-sourced", "Released")]
    [InlineData("opensourced", "released")]
    public void Rewords_keeping_case_and_separator(string phrase, string expected)
    {
        Assert.Equal(expected, ClaimWording.Reword(phrase, ("open", "weight")));
    }

    [Theory]
    [InlineData(OpennessTier.OpenWeights)]
    [InlineData(OpennessTier.RestrictedWeights)]
    public void Models_with_weights_are_called_open_weight(OpennessTier tier)
    {
        Assert.Equal(("open", "weight"), TierWords.ClaimTerm(tier));
    }

    [Theory]
    [InlineData("OSS", "open-weight")]
    [InlineData("oss", "open-weight")]
    [InlineData("fully open", "open weight")]
    public void Abbreviations_and_intensified_claims_become_the_plain_term(string phrase, string expected)
        => Assert.Equal(expected, ClaimWording.Reword(phrase, ("open", "weight")));

    [Theory]
    [InlineData("open-source", "proprietary")]
    [InlineData("Open Source", "Proprietary")]
    [InlineData("OPEN-SOURCE", "PROPRIETARY")]
    public void Closed_models_are_called_proprietary(string phrase, string expected)
    {
        var term = TierWords.ClaimTerm(OpennessTier.Closed)!.Value;

        Assert.Equal(expected, ClaimWording.Reword(phrase, term));
        Assert.Equal("proprietary", TierWords.Display(term));
    }

    [Theory]
    [InlineData(OpennessTier.OpenSourceAI)]
    [InlineData(OpennessTier.Unknown)]
    public void Other_tiers_have_no_replacement_term(OpennessTier tier)
    {
        Assert.Null(TierWords.ClaimTerm(tier));
    }
}
