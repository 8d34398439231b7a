using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs ModelLicenseGuard once per test run into a fresh local feed, with a version no cache has seen. The test
/// collections that run side by side share the one pack; the last to finish deletes it.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private static readonly object Gate = new();
    private static Packed? s_packed;
    private static int s_users;

    private readonly Packed _packed;

    public PackageFixture()
    {
        lock (Gate)
        {
            s_packed ??= Packed.Pack();
            s_users++;
            _packed = s_packed;
        }
    }

    /// <summary>A temp folder for everything the run creates: feed, consumer projects, package caches.</summary>
    public string Root => _packed.Root;

    public string Feed => _packed.Feed;

    public string Version => _packed.Version;

    public string PackagePath => _packed.PackagePath;

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
        lock (Gate)
        {
            if (--s_users > 0)
            {
                return;
            }

            s_packed = null;
        }

        try
        {
            Directory.Delete(_packed.Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run for.
        }
    }

    private sealed record Packed(string Root, string Feed, string Version, string PackagePath)
    {
        public static Packed Pack()
        {
            var root = Directory.CreateTempSubdirectory("mlg-e2e-").FullName;
            var feed = Path.Combine(root, "feed");
            var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
            var result = DotNet.Run(
                Repository.Root,
                null,
                "pack",
                Repository.PathOf("src/ModelLicenseGuard/ModelLicenseGuard.csproj"),
                "-c",
                "Release",
                "-o",
                feed,
                "-p:Version=" + version,
                "-nodeReuse:false");
            if (result.ExitCode != 0 || !Directory.EnumerateFiles(feed, "*.nupkg").Any())
            {
                throw new InvalidOperationException("Packing ModelLicenseGuard failed:\n" + result);
            }

            return new Packed(root, feed, version, Directory.EnumerateFiles(feed, "*.nupkg").Single());
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageGroup : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed ModelLicenseGuard";
}

/// <summary>
/// The real-sentence corpus builds a few hundred READMEs and shares nothing with the other tests but the packed
/// package, so it runs as its own collection, beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCorpusGroup : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed ModelLicenseGuard, real claim corpus";
}
