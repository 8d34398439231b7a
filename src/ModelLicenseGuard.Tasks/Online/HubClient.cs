using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace ModelLicenseGuard.Tasks.Online;

/// <summary>The outcome of one question to the Hub: an answer, or why there is none (for MLG0035).</summary>
internal sealed record HubFetch(HubModelInfo? Answer, string? Failure, bool TimedOut = false);

/// <summary>
/// Asks the Hugging Face Hub's model API about one model: <c>GET {endpoint}/api/models/{org}/{name}</c>, or
/// <c>…/revision/{revision}</c> when one is pinned. Sends the model id, the revision and, when there is one, the token
/// as <c>Authorization: Bearer</c>; nothing else. The token never appears in what this class returns or throws.
/// </summary>
/// <remarks>
/// Every failure — no connection, time out, an HTTP error, an answer too large or not JSON — comes back as a
/// <see cref="HubFetch.Failure"/> reason in a few words ("HTTP 404 (Not Found)", "timed out after 10 s"); the build goes
/// on with what it knows. At most <see cref="HubModelInfo.MaxAnswerBytes"/> of an answer are read, whatever its headers say.
/// </remarks>
internal sealed class HubClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string? _token;

    public HubClient(Uri endpoint, string? token, HttpMessageHandler? handler = null)
    {
        _endpoint = endpoint;
        _token = string.IsNullOrWhiteSpace(token) ? null : token!.Trim();
        _http = handler is null ? new HttpClient() : new HttpClient(handler);

        // Each request has its own deadline, what is left of the build's budget.
        _http.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>The address the Hub is asked at, as the user set it (for messages: it holds no secret).</summary>
    public Uri Endpoint => _endpoint;

    /// <summary>
    /// True for an id the Hub could hold, <c>org/name</c> or <c>name</c>, of letters, digits, <c>-</c>, <c>_</c> and <c>.</c>:
    /// anything else is never put into a request.
    /// </summary>
    public static bool IsRepositoryId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id!.Length > 200)
        {
            return false;
        }

        var parts = id.Split('/');
        if (parts.Length > 2)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length == 0 || part == "." || part == "..")
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The request's address for <paramref name="repositoryId"/> at <paramref name="revision"/> (null: the default branch).</summary>
    public Uri AddressOf(string repositoryId, string? revision)
    {
        var path = "api/models/" + repositoryId;
        if (!string.IsNullOrWhiteSpace(revision))
        {
            // A branch such as "refs/pr/1" is one segment: its slashes are escaped.
            path += "/revision/" + Uri.EscapeDataString(revision!.Trim());
        }

        var root = _endpoint.AbsoluteUri[_endpoint.AbsoluteUri.Length - 1] == '/' ? _endpoint : new Uri(_endpoint.AbsoluteUri + "/");
        return new Uri(root, path);
    }

    /// <summary>Asks about one model, waiting at most <paramref name="timeout"/> for the whole answer.</summary>
    public HubFetch Fetch(string repositoryId, string? revision, TimeSpan timeout)
    {
        if (!IsRepositoryId(repositoryId))
        {
            return new HubFetch(null, "it is not a Hugging Face model id");
        }

        if (timeout <= TimeSpan.Zero)
        {
            return new HubFetch(null, "no time was left of the look-up budget");
        }

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            return Task.Run(() => FetchAsync(AddressOf(repositoryId, revision), deadline.Token)).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (deadline.IsCancellationRequested && exception is OperationCanceledException or ObjectDisposedException or IOException or HttpRequestException)
        {
            return new HubFetch(null, $"timed out after {Seconds(timeout)}", TimedOut: true);
        }
        catch (OperationCanceledException)
        {
            return new HubFetch(null, $"timed out after {Seconds(timeout)}", TimedOut: true);
        }
        catch (HttpRequestException exception)
        {
            return new HubFetch(null, $"no answer from {_endpoint.GetLeftPart(UriPartial.Authority)} ({Reason(exception)})");
        }
        catch (IOException exception)
        {
            return new HubFetch(null, $"the answer was cut off ({exception.Message.TrimEnd('.')})");
        }
    }

    private async Task<HubFetch> FetchAsync(Uri address, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return new HubFetch(null, StatusReason(response.StatusCode, _token is not null));
        }

        if (response.Content.Headers.ContentLength is > HubModelInfo.MaxAnswerBytes)
        {
            return new HubFetch(null, $"the answer is larger than {HubModelInfo.MaxAnswerBytes / (1024 * 1024)} MiB");
        }

#if NET
        using var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
#else
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var bytes = await ReadAtMostAsync(stream, HubModelInfo.MaxAnswerBytes + 1, cancellation).ConfigureAwait(false);
        try
        {
            return new HubFetch(HubModelInfo.Parse(bytes), null);
        }
        catch (FormatException exception)
        {
            return new HubFetch(null, exception.Message);
        }
    }

    /// <summary>Reads until the end of the stream or <paramref name="limit"/> bytes, whichever comes first.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var wanted = (int)Math.Min(chunk.Length, limit - buffer.Length);

            // Cancellation closes the stream under a read that ignores its token (.NET Framework's).
            using (cancellation.Register(stream.Dispose))
            {
#if NET
                var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellation).ConfigureAwait(false);
#else
                var read = await stream.ReadAsync(chunk, 0, wanted, cancellation).ConfigureAwait(false);
#endif
                if (read == 0)
                {
                    break;
                }

                buffer.Write(chunk, 0, read);
            }
        }

        cancellation.ThrowIfCancellationRequested();
        return buffer.ToArray();
    }

    private static string StatusReason(HttpStatusCode status, bool withToken)
    {
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        return (int)status switch
        {
            401 when !withToken => $"HTTP {code} (the model is private or gated: set HF_TOKEN to a token that may read it)",
            401 => $"HTTP {code} (the token in HF_TOKEN was refused)",
            403 => $"HTTP {code} (the token may not read this model; gated models need their terms accepted on the Hub)",
            404 => $"HTTP {code} (no such model or revision on the Hub)",
            429 => $"HTTP {code} (the Hub is limiting requests; try again later)",
            _ => $"HTTP {code} ({status})",
        };
    }

    private static string Reason(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message.TrimEnd('.');
    }

    internal static string Seconds(TimeSpan time)
        => time.TotalSeconds.ToString(time.TotalSeconds % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " s";

    public void Dispose() => _http.Dispose();
}
