using ModelLicenseGuard.Catalog;

namespace ModelLicenseGuard.Core.Tests.Catalog;

public sealed class CatalogTextTests
{
    [Fact]
    public void Reads_blocks_keys_and_repeated_keys_and_skips_comments()
    {
        var blocks = CatalogText.Parse("# header\n\n[a]\nname: A\nalias: x\nalias: y: z\n\n[b]\nname: B\n", "test.catalog");

        Assert.Equal(["a", "b"], blocks.ConvertAll(b => b.Id));
        Assert.Equal("A", blocks[0].Get("name"));
        Assert.Equal(["x", "y: z"], blocks[0].GetAll("alias"));
        Assert.Null(blocks[1].Get("alias"));
        Assert.Equal(8, blocks[1].Line);
    }

    [Theory]
    [InlineData("name: before any block")]
    [InlineData("[a]\nno colon here")]
    [InlineData("[a\nname: x")]
    [InlineData("[]\nname: x")]
    public void Malformed_text_fails_with_file_and_line(string text)
    {
        var exception = Assert.Throws<CatalogFormatException>(() => CatalogText.Parse(text, "bad.catalog"));
        Assert.StartsWith("bad.catalog(", exception.Message, System.StringComparison.Ordinal);
    }
}
