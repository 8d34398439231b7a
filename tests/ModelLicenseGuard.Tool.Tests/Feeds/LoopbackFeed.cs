using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using ModelLicenseGuard.Testing;
using NuGet.Versioning;

namespace ModelLicenseGuard.Tool.Tests.Feeds;

/// <summary>
/// A NuGet V3 feed on a <see cref="LoopbackServer"/> for one test: the service index, and the flat container (versions
/// and .nupkg files), optionally behind basic authentication. The server records every request and stops by itself.
/// </summary>
public sealed class LoopbackFeed : IDisposable
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SortedSet<NuGetVersion>> _versions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _served = new();
    private readonly string? _authorization;
    private readonly LoopbackServer _server;

    private LoopbackFeed(string? user, string? password)
    {
        if (user is not null)
        {
            _authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
        }

        _server = LoopbackServer.Start(Answer);
    }

    public int Port => _server.Port;

    /// <summary>How long each .nupkg answer waits before it is sent, to make a download slow.</summary>
    public TimeSpan PackageDelay { get; set; }

    /// <summary>What a NuGet.Config names as the source.</summary>
    public string IndexUrl => $"{_server.Address}/v3/index.json";

    /// <summary>The paths asked for, in order, including those refused for want of credentials.</summary>
    public IReadOnlyList<string> Requests => _server.Requests.Select(request => PathOf(request.Path)).ToArray();

    /// <summary>The paths answered with a file or a listing (authenticated, when the feed wants it).</summary>
    public IReadOnlyList<string> Served => _served.ToArray();

    /// <summary>Starts a feed on a free port; with <paramref name="user"/>, every request needs basic authentication.</summary>
    public static LoopbackFeed Start(string? user = null, string? password = null) => new(user, password);

    /// <summary>A loopback port nothing listens on (a dead feed), free when this returns.</summary>
    public static int UnusedPort() => LoopbackServer.UnusedPort();

    /// <summary>Serves a package's file (which need not be a valid package) as <paramref name="id"/> <paramref name="version"/>.</summary>
    public LoopbackFeed Add(string id, string version, byte[] nupkg)
    {
        var parsed = NuGetVersion.Parse(version);
        var lowerId = id.ToLowerInvariant();
        var lowerVersion = parsed.ToNormalizedString().ToLowerInvariant();
        _files[$"/v3-flatcontainer/{lowerId}/{lowerVersion}/{lowerId}.{lowerVersion}.nupkg"] = nupkg;
        _versions.AddOrUpdate(lowerId, _ => [parsed], (_, set) =>
        {
            lock (set)
            {
                set.Add(parsed);
            }

            return set;
        });
        return this;
    }

    /// <summary>How many requests asked for a path containing <paramref name="fragment"/> (case-insensitive).</summary>
    public int CountRequests(string fragment) => Requests.Count(path => path.Contains(fragment, StringComparison.OrdinalIgnoreCase));

    /// <summary>The flat-container path of a package file, as <see cref="Requests"/> lists it.</summary>
    public static string NupkgPath(string id, string version)
    {
        var lowerId = id.ToLowerInvariant();
        var lowerVersion = NuGetVersion.Parse(version).ToNormalizedString().ToLowerInvariant();
        return $"/v3-flatcontainer/{lowerId}/{lowerVersion}/{lowerId}.{lowerVersion}.nupkg";
    }

    public void Dispose() => _server.Dispose();

    private static string PathOf(string pathAndQuery)
    {
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? pathAndQuery : pathAndQuery.Substring(0, query);
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var response = context.Response;
        if (_authorization is not null && context.Request.Headers["Authorization"] != _authorization)
        {
            response.StatusCode = 401;
            response.AddHeader("WWW-Authenticate", "Basic realm=\"test\"");
            return;
        }

        if (context.Request.HttpMethod != "GET")
        {
            response.StatusCode = 405;
            return;
        }

        if (path == "/v3/index.json")
        {
            _served.Enqueue(path);
            Write(response, "application/json", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["version"] = "3.0.0",
                ["resources"] = new[]
                {
                    new Dictionary<string, string> { ["@id"] = $"{_server.Address}/v3-flatcontainer/", ["@type"] = "PackageBaseAddress/3.0.0" },
                },
            }));
            return;
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && parts[0] == "v3-flatcontainer" && parts[2] == "index.json" && _versions.TryGetValue(parts[1], out var versions))
        {
            string[] listed;
            lock (versions)
            {
                listed = versions.Select(version => version.ToNormalizedString().ToLowerInvariant()).ToArray();
            }

            _served.Enqueue(path);
            Write(response, "application/json", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string[]> { ["versions"] = listed }));
            return;
        }

        if (_files.TryGetValue(path, out var file))
        {
            _served.Enqueue(path);
            if (PackageDelay > TimeSpan.Zero)
            {
                _server.Stopping.WaitHandle.WaitOne(PackageDelay);
            }

            Write(response, "application/octet-stream", file);
            return;
        }

        response.StatusCode = 404;
    }

    private static void Write(HttpListenerResponse response, string contentType, byte[] body) => LoopbackServer.Write(response, 200, contentType, body);
}
