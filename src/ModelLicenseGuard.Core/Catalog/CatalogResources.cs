using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Catalog;

/// <summary>The catalog files embedded in this assembly (see the project file for their resource names).</summary>
internal static class CatalogResources
{
    public const string LicensesResource = "ModelLicenseGuard.Catalog.licenses.catalog";
    public const string ModelsPrefix = "ModelLicenseGuard.Catalog.Models.";

    public static string Licenses() => Read(LicensesResource);

    /// <summary>Every model catalog file, by resource name, in a stable order.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Models()
    {
        var assembly = typeof(CatalogResources).Assembly;
        var names = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ModelsPrefix, StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            yield return new KeyValuePair<string, string>(name.Substring(ModelsPrefix.Length), Read(name));
        }
    }

    private static string Read(string name)
    {
        using var stream = typeof(CatalogResources).Assembly.GetManifestResourceStream(name)
            ?? throw new CatalogFormatException($"The catalog resource '{name}' is missing from {typeof(CatalogResources).Assembly.GetName().Name}.");

        // The resource's length is known: one array and one string, rather than a reader's growing buffers, which were
        // a quarter of loading the catalog in a fresh process, most of it in the collections their garbage caused.
        var bytes = new byte[stream.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = stream.Read(bytes, read, bytes.Length - read);
            if (count == 0)
            {
                throw new CatalogFormatException($"The catalog resource '{name}' ends after {read} of its {bytes.Length} bytes.");
            }

            read += count;
        }

        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
    }
}
