using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NuGet.Common;
using NuGet.Configuration;
using NuGet.Packaging.Core;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>One version of a package on the first source that has it.</summary>
internal sealed record FoundPackage(string Id, NuGetVersion Version, PackageSource Source, FindPackageByIdResource Resource);

/// <summary>
/// Asks package sources through NuGet.Protocol's <see cref="FindPackageByIdResource"/> (V3, V2 and local folders alike),
/// with a cache context that keeps everything in one temporary folder, and turns NuGet's exceptions into one line each.
/// </summary>
internal sealed class FeedClient : IDisposable
{
    private readonly string _folder;
    private readonly CancellationToken _cancellationToken;
    private readonly CredentialProviders? _credentialProviders;
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private readonly SourceCacheContext _cache;
    private readonly Dictionary<PackageSource, FindPackageByIdResource> _resources = [];

    /// <param name="credentialProviders">The plugins NuGet asks after a 401 or 403, or why there are none; null when not loaded.</param>
    public FeedClient(string folder, CredentialProviders? credentialProviders, CancellationToken cancellationToken)
    {
        ShortenRetries();
        _folder = folder;
        _credentialProviders = credentialProviders;
        _cancellationToken = cancellationToken;

        // NoCache and DirectDownload keep NuGet's HTTP cache (and the global packages folder) out of it: responses and
        // packages are written under the temporary folder, which the caller deletes.
        _cache = new SourceCacheContext
        {
            NoCache = true,
            DirectDownload = true,
            GeneratedTempFolder = Path.Combine(folder, "http"),
        };
    }

    /// <summary>Every version of <paramref name="id"/> on <paramref name="sources"/>; a version on two sources is the first's.</summary>
    public async Task<IReadOnlyList<FoundPackage>> GetVersionsAsync(IReadOnlyList<PackageSource> sources, string id)
    {
        var found = new List<FoundPackage>();
        var seen = new HashSet<NuGetVersion>();
        foreach (var source in sources)
        {
            var resource = await GetResourceAsync(source).ConfigureAwait(false);
            var versions = await Guard(source, () => resource.GetAllVersionsAsync(id, _cache, NullLogger.Instance, _cancellationToken)).ConfigureAwait(false);
            foreach (var version in versions ?? [])
            {
                if (seen.Add(version))
                {
                    found.Add(new FoundPackage(id, version, source, resource));
                }
            }
        }

        return found;
    }

    /// <summary>Downloads the package into the temporary folder and returns the file's path.</summary>
    /// <param name="progress">Where a download lasting over a second is announced; null for none.</param>
    public async Task<string> DownloadAsync(FoundPackage package, TextWriter? progress)
    {
        var name = $"{package.Id}.{package.Version.ToNormalizedString()}".ToLowerInvariant();
        var path = Path.Combine(_folder, name + ".nupkg");
        var stopwatch = Stopwatch.StartNew();
        bool copied;
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            var copy = Guard(package.Source, () => package.Resource.CopyNupkgToStreamAsync(package.Id, package.Version, file, _cache, NullLogger.Instance, _cancellationToken));
            var announced = false;

            // The elapsed time is asked as well as the race: on a busy machine the timer's callback can wait for a
            // thread longer than the download itself, and a download that took over a second is still announced.
            if (progress is not null
                && (await Task.WhenAny(copy, Task.Delay(OneSecond, CancellationToken.None)).ConfigureAwait(false) != copy || stopwatch.Elapsed >= OneSecond))
            {
                progress.Write($"Downloading {package.Id} {package.Version.ToNormalizedString()} from {PackageSources.Describe(package.Source)}...");
                announced = true;
            }

            try
            {
                copied = await copy.ConfigureAwait(false);
            }
            finally
            {
                if (announced)
                {
                    progress!.WriteLine(string.Create(CultureInfo.InvariantCulture, $" {stopwatch.Elapsed.TotalSeconds:0.0} s"));
                }
            }
        }

        if (!copied)
        {
            throw new ToolInputException($"{package.Id} {package.Version.ToNormalizedString()} was listed by {PackageSources.Describe(package.Source)} but could not be downloaded from it.");
        }

        return path;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// Restore's retries (6 tries a second apart) suit an unattended CI; a command someone waits on should say quickly
    /// that a feed is down. NuGet reads its retry settings only from the environment, when it first talks to a source,
    /// so they are set for this process unless the user has set them.
    /// </summary>
    private static void ShortenRetries()
    {
        SetUnlessSet("NUGET_ENHANCED_MAX_NETWORK_TRY_COUNT", "3");
        SetUnlessSet("NUGET_ENHANCED_NETWORK_RETRY_DELAY_MILLISECONDS", "200");

        static void SetUnlessSet(string name, string value)
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    private async Task<FindPackageByIdResource> GetResourceAsync(PackageSource source)
    {
        if (_resources.TryGetValue(source, out var known))
        {
            return known;
        }

        // NuGet refuses plain HTTP sources (NU1302) unless NuGet.Config allows them for that source; so does this tool.
        if (source.IsHttp && !source.IsHttps && !source.AllowInsecureConnections)
        {
            throw new ToolInputException($"Source {PackageSources.Describe(source)} uses plain HTTP, which NuGet refuses; use HTTPS, or set allowInsecureConnections=\"true\" on it in NuGet.Config.");
        }

        if (!source.IsHttp && !source.IsLocal)
        {
            throw new ToolInputException($"Source {PackageSources.Describe(source)} is neither an HTTP(S) feed nor a folder.");
        }

        if (source.IsLocal && !Directory.Exists(source.Source))
        {
            throw new ToolInputException($"Source {PackageSources.Describe(source)} is a folder that does not exist.");
        }

        var repository = Repository.Factory.GetCoreV3(source);
        if (source.IsHttp)
        {
            // NuGet caches a feed's service index in the HTTP cache whatever the cache context says; pointing this
            // source's HTTP client at the temporary folder keeps the user's cache untouched.
            var http = await Guard(source, () => repository.GetResourceAsync<HttpSourceResource>(_cancellationToken)).ConfigureAwait(false);
            http?.HttpSource.HttpCacheDirectory = Path.Combine(_folder, "http-cache");
        }

        var resource = await Guard(source, () => repository.GetResourceAsync<FindPackageByIdResource>(_cancellationToken)).ConfigureAwait(false);
        _resources[source] = resource ?? throw new ToolInputException($"Source {PackageSources.Describe(source)} is not a NuGet feed this tool can read.");
        return resource;
    }

    /// <summary>Runs one call to a source; what NuGet throws becomes one line naming the source.</summary>
    private async Task<T> Guard<T>(PackageSource source, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is FatalProtocolException or NuGetProtocolException or HttpRequestException or TimeoutException
            or OperationCanceledException or IOException or InvalidDataException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ToolInputException(Explain(source, exception, _credentialProviders), exception);
        }
    }

    internal static string Explain(PackageSource source, Exception exception, CredentialProviders? credentialProviders = null)
    {
        var described = PackageSources.Describe(source);
        if (credentialProviders?.TimedOutFor(source) == true)
        {
            // Otherwise this reads as the feed not answering, when it answered 401 and the plugin asked next did not answer.
            return $"Source {described} asked for credentials (401 or 403) and the credential provider (plugin) NuGet asked for them did not answer in time (NUGET_PLUGIN_REQUEST_TIMEOUT_IN_SECONDS); it may be waiting for a sign-in, which a non-interactive run cannot give.";
        }

        var status = StatusOf(exception);
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var code = status == HttpStatusCode.Unauthorized ? "401 Unauthorized" : "403 Forbidden";
            if (credentialProviders?.GaveCredentialsFor(source) == true)
            {
                // NuGet asked the plugins only after NuGet.Config's credentials (if any) were refused; theirs were refused too.
                return $"Source {described} returned {code}: the credentials a credential provider (plugin) gave for it were refused; sign in again through the provider, or check that its account may read the feed.";
            }

            var line = $"Source {described} returned {code}: check the credentials for source '{source.Name}' in NuGet.Config (packageSourceCredentials).";
            return credentialProviders?.Unavailable is { } why ? $"{line} Credential providers could not be loaded: {why}." : line;
        }

        if (exception is TimeoutException or OperationCanceledException || Innermost(exception) is TimeoutException)
        {
            return $"Source {described} did not answer in time: {PackageSources.OneLine(Innermost(exception).Message)}";
        }

        if (Innermost(exception) is System.Net.Sockets.SocketException socket)
        {
            return $"Source {described} cannot be reached: {PackageSources.OneLine(socket.Message)}.";
        }

        return $"Source {described} failed: {PackageSources.OneLine(Innermost(exception).Message)}";
    }

    private static HttpStatusCode? StatusOf(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException { StatusCode: { } code })
            {
                return code;
            }

            // NuGet reports some failed responses only in words.
            if (current.Message.Contains("401 (Unauthorized)", StringComparison.Ordinal))
            {
                return HttpStatusCode.Unauthorized;
            }

            if (current.Message.Contains("403 (Forbidden)", StringComparison.Ordinal))
            {
                return HttpStatusCode.Forbidden;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
