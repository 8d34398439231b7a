using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NuGet.Configuration;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>
/// The package sources <c>dotnet restore</c> would ask for an id: the enabled sources of the NuGet.Config files that apply
/// to the current folder (or of <c>--configfile</c>), with their credentials, narrowed by package source mapping; or the
/// <c>--source</c> values instead.
/// </summary>
/// <remarks>
/// Credentials are the <c>packageSourceCredentials</c> of NuGet.Config (NuGet.Configuration expands environment variables
/// in them). Credential-provider plugins are asked, as by restore, only when a feed refuses those (or their absence):
/// see <see cref="CredentialProviders"/>.
/// </remarks>
internal sealed class PackageSources
{
    private readonly IReadOnlyList<PackageSource> _sources;
    private readonly PackageSourceMapping? _mapping;

    private PackageSources(IReadOnlyList<PackageSource> sources, PackageSourceMapping? mapping)
    {
        _sources = sources;
        _mapping = mapping;
    }

    public static PackageSources Load(PackageRequest request, string currentDirectory)
    {
        var settings = LoadSettings(request.ConfigFile, currentDirectory);
        var configured = new PackageSourceProvider(settings)
            .LoadPackageSources()
            .Where(source => source.IsEnabled)
            .ToList();
        if (request.Sources.Count == 0)
        {
            if (configured.Count == 0)
            {
                throw new ToolInputException("No package source is enabled in the NuGet.Config files that apply here; pass --source or add one to NuGet.Config.");
            }

            var mapping = PackageSourceMapping.GetPackageSourceMapping(settings);
            return new PackageSources(configured, mapping.IsEnabled ? mapping : null);
        }

        // As with 'dotnet add package --source', the sources given replace the configured ones, and so does their mapping
        // (which names configured sources). A value that names a configured source, by key or by address, is that
        // source, so it keeps its credentials and its allowInsecureConnections.
        var given = new List<PackageSource>();
        foreach (var value in request.Sources)
        {
            var match = configured.FirstOrDefault(source => string.Equals(source.Name, value, StringComparison.OrdinalIgnoreCase) || string.Equals(source.Source, value, StringComparison.OrdinalIgnoreCase));
            given.Add(match ?? new PackageSource(Locate(value, currentDirectory)));
        }

        return new PackageSources(given, null);
    }

    /// <summary>The sources asked for <paramref name="id"/>, in configuration order.</summary>
    public IReadOnlyList<PackageSource> For(string id)
    {
        if (_mapping is null)
        {
            return _sources;
        }

        var names = _mapping.GetConfiguredPackageSources(id);
        var mapped = _sources.Where(source => names.Contains(source.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        if (mapped.Count == 0)
        {
            throw new ToolInputException($"Package source mapping in NuGet.Config sends '{id}' to no enabled source (enabled: {string.Join(", ", _sources.Select(source => source.Name))}); add a <package pattern> for it.");
        }

        return mapped;
    }

    /// <summary>How a source is named in a message: its key, and its address when that differs.</summary>
    public static string Describe(PackageSource source)
        => string.Equals(source.Name, source.Source, StringComparison.Ordinal) ? $"'{source.Source}'" : $"'{source.Name}' ({source.Source})";

    public static string Describe(IEnumerable<PackageSource> sources) => string.Join(", ", sources.Select(Describe));

    private static ISettings LoadSettings(string? configFile, string currentDirectory)
    {
        try
        {
            if (configFile is null)
            {
                // What 'dotnet restore' reads: NuGet.Config files from the folder up, the user's, and the machine's.
                return Settings.LoadDefaultSettings(currentDirectory, configFileName: null, new XPlatMachineWideSetting());
            }

            var path = Path.GetFullPath(configFile, currentDirectory);
            if (!File.Exists(path))
            {
                throw new ToolInputException($"--configfile '{configFile}' does not exist.");
            }

            // As with 'dotnet restore --configfile': that file alone, not the folder's, the user's or the machine's.
            return Settings.LoadDefaultSettings(Path.GetDirectoryName(path)!, path, new XPlatMachineWideSetting());
        }
        catch (NuGetConfigurationException exception)
        {
            throw new ToolInputException("NuGet.Config cannot be read: " + OneLine(exception.Message), exception);
        }
    }

    /// <summary>A URL as it is; a folder relative to the current folder, as NuGet resolves it from the command line.</summary>
    private static string Locate(string value, string currentDirectory)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            return value;
        }

        return Path.GetFullPath(value, currentDirectory);
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
