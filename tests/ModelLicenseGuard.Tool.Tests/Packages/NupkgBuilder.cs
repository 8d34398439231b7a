using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Security;

namespace ModelLicenseGuard.Tool.Tests.Packages;

/// <summary>Writes a .nupkg as <c>dotnet pack</c> lays one out: a nuspec at the root and the package's files.</summary>
internal sealed class NupkgBuilder(string id, string version)
{
    private readonly List<(string Path, byte[] Content, CompressionLevel Level)> _files = [];

    public string Id { get; } = id;

    public string Version { get; } = version;

    /// <summary>The nuspec's licence element, e.g. <c>&lt;license type="expression"&gt;MIT&lt;/license&gt;</c>; none by default.</summary>
    public string LicenseElement { get; set; } = string.Empty;

    public string Tags { get; set; } = string.Empty;

    /// <summary>Dependency groups, as nuspec XML inside <c>&lt;dependencies&gt;</c>.</summary>
    public string Dependencies { get; set; } = string.Empty;

    public NupkgBuilder Expression(string expression)
    {
        LicenseElement = $"<license type=\"expression\">{SecurityElement.Escape(expression)}</license>";
        return this;
    }

    public NupkgBuilder Add(string path, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        _files.Add((path, content, level));
        return this;
    }

    public NupkgBuilder Add(string path, string text) => Add(path, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Id}.{Version}.nupkg".ToLowerInvariant());
        using var stream = File.Create(path);
        Write(stream);
        return path;
    }

    public void Write(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var nuspec = zip.CreateEntry(Id + ".nuspec");
        using (var writer = new StreamWriter(nuspec.Open()))
        {
            writer.Write($"""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata>
                    <id>{Id}</id>
                    <version>{Version}</version>
                    <authors>Test</authors>
                    <description>A test package.</description>
                    {LicenseElement}
                    <tags>{SecurityElement.Escape(Tags)}</tags>
                    <dependencies>{Dependencies}</dependencies>
                  </metadata>
                </package>
                """);
        }

        foreach (var (path, content, level) in _files)
        {
            using var entry = zip.CreateEntry(path, level).Open();
            entry.Write(content);
        }
    }
}
