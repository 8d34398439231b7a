using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NuGet.Versioning;

namespace ModelLicenseGuard.Tool.Tests.Feeds;

/// <summary>
/// A NuGet V3 feed on 127.0.0.1 for one test: the service index, and the flat container (versions and .nupkg files),
/// optionally behind basic authentication. It records every request, answers at most <see cref="MaxRequests"/> and stops
/// by itself after <see cref="Lifetime"/>, so a test that forgets it leaves nothing running.
/// </summary>
public sealed class LoopbackFeed : IDisposable
{
    public const int MaxRequests = 2000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new(Lifetime);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SortedSet<NuGetVersion>> _versions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _served = new();
    private readonly string? _authorization;
    private readonly Task _serving;

    private LoopbackFeed(HttpListener listener, int port, string? user, string? password)
    {
        _listener = listener;
        Port = port;
        if (user is not null)
        {
            _authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
        }

        _stop.Token.Register(() => _listener.Close());
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>How long each .nupkg answer waits before it is sent, to make a download slow.</summary>
    public TimeSpan PackageDelay { get; set; }

    /// <summary>What a NuGet.Config names as the source.</summary>
    public string IndexUrl => $"http://127.0.0.1:{Port}/v3/index.json";

    /// <summary>The paths asked for, in order, including those refused for want of credentials.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>The paths answered with a file or a listing (authenticated, when the feed wants it).</summary>
    public IReadOnlyList<string> Served => _served.ToArray();

    /// <summary>Starts a feed on a free port; with <paramref name="user"/>, every request needs basic authentication.</summary>
    public static LoopbackFeed Start(string? user = null, string? password = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = UnusedPort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackFeed(listener, port, user, password);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between the probe and the start; try another.
                listener.Close();
            }
        }
    }

    /// <summary>A loopback port nothing listens on (a dead feed), free when this returns.</summary>
    public static int UnusedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

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

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending request; nothing is left running.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        for (var served = 0; served < MaxRequests && !_stop.IsCancellationRequested; served++)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Answer(context);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // The client went away mid-answer; the next request is served as usual.
            }
        }

        _listener.Close();
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.Enqueue(path);
        var response = context.Response;
        using (response)
        {
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
                        new Dictionary<string, string> { ["@id"] = $"http://127.0.0.1:{Port}/v3-flatcontainer/", ["@type"] = "PackageBaseAddress/3.0.0" },
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
                    _stop.Token.WaitHandle.WaitOne(PackageDelay);
                }

                Write(response, "application/octet-stream", file);
                return;
            }

            response.StatusCode = 404;
        }
    }

    private static void Write(HttpListenerResponse response, string contentType, byte[] body)
    {
        response.StatusCode = 200;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }
}
