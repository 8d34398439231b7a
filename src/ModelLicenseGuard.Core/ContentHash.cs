using System.Security.Cryptography;
using System.Text;

namespace ModelLicenseGuard;

/// <summary>SHA-256 as lower-case hex: the identities the manifest and the lock file record.</summary>
public static class ContentHash
{
    /// <summary>SHA-256 of <paramref name="bytes"/>, as 64 lower-case hex digits.</summary>
    public static string Sha256(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(bytes));
    }

    /// <summary>SHA-256 of <paramref name="text"/>'s UTF-8 bytes, as 64 lower-case hex digits.</summary>
    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>Lower-case hex of <paramref name="bytes"/>.</summary>
    public static string Hex(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
