using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Security;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>Writes a minimal real .nupkg (nuspec plus files) into a folder feed, as a third party's model package would be.</summary>
internal static class LocalPackage
{
    public static string Write(string feed, string id, string version, string licenseExpression, IReadOnlyDictionary<string, byte[]> files)
    {
        Directory.CreateDirectory(feed);
        var path = Path.Combine(feed, $"{id}.{version}.nupkg");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var nuspec = new StreamWriter(zip.CreateEntry(id + ".nuspec").Open()))
        {
            nuspec.Write($"""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata>
                    <id>{SecurityElement.Escape(id)}</id>
                    <version>{SecurityElement.Escape(version)}</version>
                    <authors>Test</authors>
                    <description>A package that bundles a model.</description>
                    <license type="expression">{SecurityElement.Escape(licenseExpression)}</license>
                  </metadata>
                </package>
                """);
        }

        foreach (var (name, bytes) in files)
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(bytes);
        }

        return path;
    }
}
