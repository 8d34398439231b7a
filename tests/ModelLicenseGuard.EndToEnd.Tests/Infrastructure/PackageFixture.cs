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
        _tool = new Lazy<string>(InstallTool);
    }

    private readonly Lazy<string> _tool;

    /// <summary>A temp folder for everything the run creates: feed, consumer projects, package caches.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>
    /// The command-line tool, packed into this run's feed with the same version and installed from it with
    /// <c>dotnet tool install --tool-path</c>, as a user would: the path of its <c>mlg</c> command. Packed on first use.
    /// </summary>
    public string ToolCommand => _tool.Value;

    private string InstallTool()
    {
        var pack = DotNet.Run(Repository.Root, null, "pack", Repository.PathOf("src/ModelLicenseGuard.Tool/ModelLicenseGuard.Tool.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing the tool failed:\n" + pack);
        }

        var home = NewFolder(Root, "tool-");
        WriteNuGetConfig(home);
        var toolPath = Path.Combine(home, "bin");
        var install = DotNet.Run(
            home,
            new System.Collections.Generic.Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(home, ".packages") },
            "tool", "install", "ModelLicenseGuard.Tool", "--version", Version, "--tool-path", toolPath, "--configfile", Path.Combine(home, "nuget.config"));
        var command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "mlg.exe" : "mlg");
        if (install.ExitCode != 0 || !File.Exists(command))
        {
            throw new InvalidOperationException("Installing the tool failed:\n" + install);
        }

        return command;
    }

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
