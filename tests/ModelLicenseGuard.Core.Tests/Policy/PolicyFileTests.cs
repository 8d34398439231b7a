using System;
using ModelLicenseGuard.Policy;

namespace ModelLicenseGuard.Core.Tests.Policy;

public class PolicyFileTests
{
    [Fact]
    public void Settings_survive_the_round_trip_including_free_text_with_tabs_and_line_breaks()
    {
        var settings = new PolicySettings(ModelLicensePolicy.OpenSourceOnly) { IsDefault = false, AllowOpenWeights = true, Today = new DateTime(2026, 11, 23) };
        settings.Allow.Add(new PolicyListEntry("llama3.1", "approved by legal\tticket 42\nsee wiki", new DateTime(2027, 1, 1)));
        settings.Allow.Add(new PolicyListEntry("mistralai/*"));
        settings.Deny.Add(new PolicyListEntry("cc-by-nc-*", "no research weights in products"));

        var read = PolicyFile.Read(PolicyFile.Write(settings, todayIsFixed: true), today: new DateTime(2026, 12, 6));

        Assert.NotNull(read);
        Assert.Equal(ModelLicensePolicy.OpenSourceOnly, read.Policy);
        Assert.True(read.AllowOpenWeights);
        Assert.False(read.IsDefault);
        Assert.Equal(new DateTime(2026, 11, 23), read.Today);
        Assert.Equal(["llama3.1", "mistralai/*"], read.Allow.ConvertAll(a => a.Pattern));
        Assert.Equal("approved by legal ticket 42 see wiki", read.Allow[0].Justification);
        Assert.Equal(new DateTime(2027, 1, 1), read.Allow[0].Expires);
        Assert.Null(read.Allow[1].Justification);
        Assert.Equal("no research weights in products", Assert.Single(read.Deny).Justification);
    }

    [Fact]
    public void Without_a_fixed_date_the_reader_judges_expiry_on_its_own_day()
    {
        // Written by a build on one day, read by the IDE's analyzer two days later, after the allow expired.
        var written = new PolicySettings(ModelLicensePolicy.Commercial) { Today = new DateTime(2026, 12, 31) };
        written.Allow.Add(new PolicyListEntry("llama3.1", "approved for 2026", new DateTime(2027, 1, 1)));

        var read = PolicyFile.Read(PolicyFile.Write(written, todayIsFixed: false), today: new DateTime(2027, 1, 2, 0, 0, 1));

        Assert.NotNull(read);
        Assert.Equal(new DateTime(2027, 1, 2), read.Today);
        Assert.True(read.Allow[0].IsExpired(read.Today));
    }

    [Theory]
    [InlineData("")]
    [InlineData("format: something-else/1\npolicy: Commercial\n")]
    [InlineData("policy: Commercial\n")]
    public void Text_that_is_not_a_policy_file_reads_as_nothing(string text)
        => Assert.Null(PolicyFile.Read(text, new DateTime(2026, 12, 6)));
}
