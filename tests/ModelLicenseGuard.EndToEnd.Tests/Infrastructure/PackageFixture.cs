using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>Packs ModelLicenseGuard once per test run into a fresh local feed, with a version no cache has seen.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("mlg-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var result = DotNet.Run(
            Repository.Root,
            null,
            "pack",
            Repository.PathOf("src/ModelLicenseGuard/ModelLicenseGuard.csproj"),
            "-c",
            "Release",
            "-o",
            Feed,
            "-p:Version=" + Version,
            "-nodeReuse:false");
        if (result.ExitCode != 0 || !Directory.EnumerateFiles(Feed, "*.nupkg").Any())
        {
            throw new InvalidOperationException("Packing ModelLicenseGuard failed:\n" + result);
        }

        PackagePath = Directory.EnumerateFiles(Feed, "*.nupkg").Single();
    }

    /// <summary>A temp folder for everything the run creates: feed, consumer projects, package caches.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>Writes a nuget.config in <paramref name="directory"/> whose only sources are this run's feed and <paramref name="otherFeeds"/>.</summary>
    public void WriteNuGetConfig(string directory, params string[] otherFeeds)
    {
        var sources = string.Concat(otherFeeds.Select((feed, i) => $"\n    <add key=\"other{i}\" value=\"{System.Security.SecurityElement.Escape(feed)}\" />"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{System.Security.SecurityElement.Escape(Feed)}" />{sources}
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>A new, empty folder under <paramref name="root"/>.</summary>
    public static string NewFolder(string root, string prefix)
        => Directory.CreateDirectory(Path.Combine(root, prefix + Guid.NewGuid().ToString("N")[..8])).FullName;

    public void Dispose()
    {
        DotNet.ShutDownCompilerServer(Root);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run for.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageGroup : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed ModelLicenseGuard";
}
