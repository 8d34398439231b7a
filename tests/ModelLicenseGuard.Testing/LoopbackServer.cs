using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace ModelLicenseGuard.Testing;

/// <summary>One request as a <see cref="LoopbackServer"/> received it: method, path with query, and headers.</summary>
public sealed record LoopbackRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// An HTTP server on 127.0.0.1 for one test, answering each request with the test's own handler (a NuGet feed, the
/// Hugging Face Hub…). It records every request, answers at most <see cref="MaxRequests"/> and stops by itself after
/// <see cref="Lifetime"/>, so a test that forgets it leaves nothing running. The handler sets status, headers and body;
/// the server closes the response.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    public const int MaxRequests = 2000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new(Lifetime);
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
    private readonly Action<HttpListenerContext> _answer;
    private readonly Task _serving;

    private LoopbackServer(HttpListener listener, int port, Action<HttpListenerContext> answer)
    {
        _listener = listener;
        _answer = answer;
        Port = port;
        _stop.Token.Register(() => _listener.Close());
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary><c>http://127.0.0.1:{port}</c>, with no trailing slash.</summary>
    public string Address => $"http://127.0.0.1:{Port}";

    /// <summary>Set when the server stops: a handler that waits (a slow answer) waits on it, so disposing never hangs.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>The requests received, in order.</summary>
    public IReadOnlyList<LoopbackRequest> Requests => _requests.ToArray();

    /// <summary>Starts a server on a free port; <paramref name="answer"/> answers each request, on the server's thread.</summary>
    public static LoopbackServer Start(Action<HttpListenerContext> answer)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = UnusedPort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackServer(listener, port, answer);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between the probe and the start; try another.
                listener.Close();
            }
        }
    }

    /// <summary>A loopback port nothing listens on (a dead server), free when this returns.</summary>
    public static int UnusedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Answers with <paramref name="body"/>.</summary>
    public static void Write(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
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

            // Each request on its own thread, so a slow answer does not hold up the next request.
            _ = Task.Run(() => Answer(context));
        }

        _listener.Close();
    }

    private void Answer(HttpListenerContext context)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in context.Request.Headers.AllKeys)
        {
            if (name is not null)
            {
                headers[name] = context.Request.Headers[name] ?? string.Empty;
            }
        }

        _requests.Enqueue(new LoopbackRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery, headers));
        try
        {
            using var response = context.Response;
            _answer(context);
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException or System.IO.IOException)
        {
            // The client went away mid-answer; the next request is served as usual.
        }
    }
}
