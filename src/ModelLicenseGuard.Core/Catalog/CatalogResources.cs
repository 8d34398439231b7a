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

    public const string ModelIndexResource = "ModelLicenseGuard.Catalog.models.index";

    public static string Licenses() => Read(LicensesResource);

    /// <summary>The look-up index of the model catalog files (<see cref="ModelLicenseGuard.Models.ModelTable.WriteIndex"/>).</summary>
    public static string ModelIndex() => Read(ModelIndexResource);

    /// <summary>One model catalog file, by the name <see cref="Models()"/> gives it.</summary>
    public static string Model(string file) => Read(ModelsPrefix + file);

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
        byte[]? buffer = null;
        foreach (var name in names)
        {
            yield return new KeyValuePair<string, string>(name.Substring(ModelsPrefix.Length), Read(name, ref buffer));
        }
    }

    private static string Read(string name)
    {
        byte[]? buffer = null;
        return Read(name, ref buffer);
    }

    private static string Read(string name, ref byte[]? buffer)
    {
        using var stream = typeof(CatalogResources).Assembly.GetManifestResourceStream(name)
            ?? throw new CatalogFormatException($"The catalog resource '{name}' is missing from {typeof(CatalogResources).Assembly.GetName().Name}.");

        // The resource's length is known: one array, shared by the files read one after another, and one string, rather
        // than a reader's growing buffers. Those were a quarter of loading the catalog in a fresh process, most of it in
        // the collections their garbage caused.
        var length = checked((int)stream.Length);
        if (buffer is null || buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, MinimumBuffer)];
        }

        var read = 0;
        while (read < length)
        {
            var count = stream.Read(buffer, read, length - read);
            if (count == 0)
            {
                throw new CatalogFormatException($"The catalog resource '{name}' ends after {read} of its {length} bytes.");
            }

            read += count;
        }

        var bom = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(buffer, bom, length - bom);
    }

    // Larger than every model catalog file today, so one array serves them all.
    private const int MinimumBuffer = 64 * 1024;
}
