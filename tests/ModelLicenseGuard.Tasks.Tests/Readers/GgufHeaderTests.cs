using System.Collections.Generic;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class GgufHeaderTests
{
    private static readonly GgufHeader Header = new(3, 7, 5, new Dictionary<string, object>
    {
        ["general.name"] = "name",
        ["general.unsigned"] = 5ul,
        ["general.signed"] = 6L,
        ["general.negative"] = -1L,
        ["general.float"] = 1.0d,
    });

    [Fact]
    public void Keeps_version_and_counts()
    {
        Assert.Equal(3u, Header.Version);
        Assert.Equal(7ul, Header.TensorCount);
        Assert.Equal(5ul, Header.MetadataCount);
    }

    [Theory]
    [InlineData("general.name", "name")]
    [InlineData("general.unsigned", null)]
    [InlineData("general.missing", null)]
    public void GetString_returns_strings_only(string key, string? expected)
    {
        Assert.Equal(expected, Header.GetString(key));
    }

    [Theory]
    [InlineData("general.unsigned", 5ul)]
    [InlineData("general.signed", 6ul)]
    [InlineData("general.negative", null)]
    [InlineData("general.float", null)]
    [InlineData("general.name", null)]
    [InlineData("general.missing", null)]
    public void GetUInt_returns_non_negative_integers_only(string key, ulong? expected)
    {
        Assert.Equal(expected, Header.GetUInt(key));
    }
}
