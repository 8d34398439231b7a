using System;
using System.Collections.Generic;
using System.IO;

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
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
