using ModelLicenseGuard.Catalog;

namespace ModelLicenseGuard.Core.Tests.Catalog;

/// <summary>The catalog's version, which the lock file records: short, stable, and the same on every call.</summary>
public sealed class CatalogVersionTests
{
    [Fact]
    public void The_catalog_version_is_16_lower_case_hex_digits_and_stable()
    {
        Assert.Matches("^[0-9a-f]{16}$", CatalogVersion.Current);
        Assert.Equal(CatalogVersion.Current, CatalogVersion.Current);
    }

    [Fact]
    public void Content_hashes_are_lower_case_hex_sha256()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.Sha256(string.Empty));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Sha256("abc"));
    }
}
