using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tool.Output;
using NuGet.Frameworks;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Versioning;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>What <c>mlg package</c> was asked.</summary>
internal sealed record PackageRequest(string Id, string? Version, IReadOnlyList<string> Sources, bool Prerelease, bool Dependencies, string? Framework, string? ConfigFile);

/// <summary>
/// Finds, downloads and vets a package (NuGet.Protocol): the sources and credentials <c>dotnet restore</c> would use, the
/// version asked for or the latest, and with <c>--dependencies</c> the closure restore would resolve for one framework.
/// Packages go to a temporary folder deleted at the end; the global packages folder and the HTTP cache are not touched.
/// </summary>
internal static class PackageInspector
{
    /// <summary>The most packages a dependency walk downloads, so a huge or cyclic graph cannot run on.</summary>
    internal const int MaxPackages = 500;

    public static async Task<int> RunAsync(PackageRequest request, PolicyOptions policy, OutputStyle style, ToolConsole console, CancellationToken cancellationToken)
    {
        var version = ParseVersion(request.Version);
        var problems = new List<Manifest.ManifestProblem>();

        // The policy and the framework are checked before any download, so a typo costs no network time.
        var settings = policy.ToSettings(null, problems);
        var framework = ParseFramework(request.Framework);
        var sources = PackageSources.Load(request, console.CurrentDirectory);

        var temp = Directory.CreateTempSubdirectory("mlg-");
        try
        {
            // Before the first feed request: NuGet asks the plugins when a feed answers 401 or 403.
            var credentialProviders = CredentialProviders.Enable();
            using var feeds = new FeedClient(temp.FullName, credentialProviders, cancellationToken);
            var progress = console.ErrorIsTerminal && !style.Quiet ? console.Error : null;
            var budget = new ReadBudget();

            var root = await FindAsync(feeds, sources, request.Id, version, request.Prerelease).ConfigureAwait(false);
            var rootPath = await feeds.DownloadAsync(root, progress).ConfigureAwait(false);
            var report = new ToolReport("package", IdAsPackaged(rootPath) ?? root.Id) { Version = root.Version.ToNormalizedString(), Policy = settings.Policy };
            report.Problems.AddRange(problems);

            NupkgInspector.Inspect(rootPath, report, settings, budget);
            if (request.Dependencies)
            {
                await WalkDependenciesAsync(feeds, sources, root, rootPath, framework, report, settings, budget, progress).ConfigureAwait(false);
            }

            ReportWriter.Write(report, style, console.Output);
            return report.FailsPolicy ? ExitCodes.PolicyViolation : ExitCodes.Clean;
        }
        finally
        {
            try
            {
                temp.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still open (e.g. on Windows, by a scanner) stays in the temp folder; the result stands.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    /// <summary>The version asked for, or the latest stable (the latest with --prerelease), on the sources for the id.</summary>
    private static async Task<FoundPackage> FindAsync(FeedClient feeds, PackageSources sources, string id, NuGetVersion? version, bool prerelease)
    {
        var asked = sources.For(id);
        var all = await feeds.GetVersionsAsync(asked, id).ConfigureAwait(false);
        if (all.Count == 0)
        {
            throw new ToolInputException($"Package '{id}' was not found on {PackageSources.Describe(asked)}.");
        }

        if (version is not null)
        {
            var exact = all.FirstOrDefault(found => found.Version == version);
            return exact ?? throw new ToolInputException($"Package '{id}' has no version {version.ToNormalizedString()} on {PackageSources.Describe(asked)}; it has {Newest(all)}.");
        }

        var latest = all.Where(found => prerelease || !found.Version.IsPrerelease).OrderByDescending(found => found.Version).FirstOrDefault();
        return latest ?? throw new ToolInputException($"Package '{id}' has only pre-release versions ({Newest(all)}); pass --prerelease or --version.");
    }

    /// <summary>
    /// Downloads and inspects the dependency closure of <paramref name="root"/> for one framework, as restore resolves it:
    /// each range to its lowest applicable version, nearest first, one version per id.
    /// </summary>
    private static async Task WalkDependenciesAsync(FeedClient feeds, PackageSources sources, FoundPackage root, string rootPath, NuGetFramework? asked, ToolReport report, Policy.PolicySettings settings, ReadBudget budget, TextWriter? progress)
    {
        var rootGroups = ReadDependencyGroups(rootPath, root);
        var framework = asked ?? NewestFramework(rootGroups);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { root.Id };
        var queue = new Queue<(string Parent, PackageDependency Dependency)>();
        Enqueue(root, rootGroups);
        var walked = 0;
        while (queue.Count > 0)
        {
            var (parent, dependency) = queue.Dequeue();
            if (!seen.Add(dependency.Id))
            {
                continue;
            }

            if (seen.Count > MaxPackages)
            {
                report.Notes.Add($"The dependency walk stopped at {MaxPackages} packages; the rest of the closure was not vetted.");
                break;
            }

            var range = dependency.VersionRange ?? VersionRange.All;
            IReadOnlyList<NuGet.Configuration.PackageSource> dependencySources;
            try
            {
                dependencySources = sources.For(dependency.Id);
            }
            catch (ToolInputException unmapped)
            {
                // Restore would fail (NU1100); as with a missing version, the rest of the closure is still vetted.
                report.Notes.Add($"Dependency {dependency.Id} of {parent}: {unmapped.Message} Not vetted.");
                continue;
            }

            var available = await feeds.GetVersionsAsync(dependencySources, dependency.Id).ConfigureAwait(false);
            var best = range.FindBestMatch(available.Select(found => found.Version));
            if (best is null)
            {
                // Restore would fail here (NU1101/NU1102); the vetting goes on so the rest of the closure is still seen.
                report.Notes.Add($"Dependency {dependency.Id} {range.PrettyPrint()} of {parent}: no matching version on {PackageSources.Describe(dependencySources)}; not vetted.");
                continue;
            }

            var package = available.First(found => found.Version == best);
            var path = await feeds.DownloadAsync(package, progress).ConfigureAwait(false);
            NupkgInspector.Inspect(path, report, settings, budget);
            walked++;
            Enqueue(package, ReadDependencyGroups(path, package));
        }

        report.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"Dependencies for {framework.GetShortFolderName()}: {walked} package(s) vetted besides {root.Id} {root.Version.ToNormalizedString()}."));

        void Enqueue(FoundPackage package, IReadOnlyList<PackageDependencyGroup> groups)
        {
            var group = NuGetFrameworkUtility.GetNearest(groups, framework, g => g.TargetFramework);
            foreach (var dependency in group?.Packages ?? [])
            {
                queue.Enqueue(($"{package.Id} {package.Version.ToNormalizedString()}", dependency));
            }
        }
    }

    /// <summary>
    /// The id as the package spells it (feeds match ids in any case, so 'acme.localllm' finds Acme.LocalLlm); null when
    /// the nuspec cannot be read, which the package reader then reports.
    /// </summary>
    private static string? IdAsPackaged(string nupkgPath)
    {
        try
        {
            using var reader = new PackageArchiveReader(nupkgPath);
            return reader.NuspecReader.GetId();
        }
        catch (Exception exception) when (exception is InvalidDataException or PackagingException or System.Xml.XmlException or IOException)
        {
            return null;
        }
    }

    private static List<PackageDependencyGroup> ReadDependencyGroups(string nupkgPath, FoundPackage package)
    {
        try
        {
            using var reader = new PackageArchiveReader(nupkgPath);
            return reader.GetPackageDependencies().ToList();
        }
        catch (Exception exception) when (exception is InvalidDataException or PackagingException or System.Xml.XmlException or IOException)
        {
            throw new ToolInputException($"{package.Id} {package.Version.ToNormalizedString()}: its dependencies cannot be read ({PackageSources.OneLine(exception.Message)}).", exception);
        }
    }

    /// <summary>Without --framework, the package's newest group: .NET over .NET Standard over the rest, highest version first.</summary>
    private static NuGetFramework NewestFramework(IReadOnlyList<PackageDependencyGroup> groups)
    {
        static int Family(NuGetFramework framework) => framework.Framework switch
        {
            FrameworkConstants.FrameworkIdentifiers.NetCoreApp => 3,
            FrameworkConstants.FrameworkIdentifiers.NetStandard => 2,
            _ when framework.IsAny => 0,
            _ => 1,
        };

        return groups.Select(group => group.TargetFramework)
            .OrderByDescending(Family)
            .ThenByDescending(framework => framework.Version)
            .FirstOrDefault() ?? NuGetFramework.AnyFramework;
    }

    private static NuGetVersion? ParseVersion(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return NuGetVersion.TryParse(text, out var version) ? version : throw new ToolInputException($"--version '{text}' is not a NuGet version (e.g. 1.2.3 or 1.2.3-beta.1).");
    }

    private static NuGetFramework? ParseFramework(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var framework = NuGetFramework.Parse(text);
        return framework.IsUnsupported || framework.IsAny ? throw new ToolInputException($"--framework '{text}' is not a target framework NuGet knows (e.g. net8.0 or netstandard2.0).") : framework;
    }

    private static string Newest(IEnumerable<FoundPackage> found)
    {
        var versions = found.Select(package => package.Version).Distinct().OrderByDescending(version => version).ToList();
        var shown = string.Join(", ", versions.Take(5).Select(version => version.ToNormalizedString()));
        return versions.Count > 5 ? $"{shown} and {versions.Count - 5} older" : shown;
    }
}
