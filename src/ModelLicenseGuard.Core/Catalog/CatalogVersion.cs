using System;
using System.Text;

namespace ModelLicenseGuard.Catalog;

/// <summary>
/// Which knowledge base judged a model: the first 16 hex digits of the SHA-256 of the embedded catalog text (the licence
/// catalog, then every model catalog file by name). Any edit to the catalog gives a new version; the lock file records it.
/// </summary>
public static class CatalogVersion
{
    private static readonly Lazy<string> Computed = new(Compute);

    /// <summary>The version of the catalog embedded in this assembly.</summary>
    public static string Current => Computed.Value;

    private static string Compute()
    {
        var text = new StringBuilder(CatalogResources.Licenses().Replace("\r\n", "\n"));
        foreach (var file in CatalogResources.Models())
        {
            text.Append('\n').Append(file.Key).Append('\n').Append(file.Value.Replace("\r\n", "\n"));
        }

        return ContentHash.Sha256(text.ToString()).Substring(0, 16);
    }
}
