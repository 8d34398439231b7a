using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using ModelLicenseGuard.Tool.Packages;
using NuGet.Configuration;
using NuGet.Protocol.Core.Types;

namespace ModelLicenseGuard.Tool.Tests.Packages;

/// <summary>The one line a feed failure becomes, for failures a loopback feed cannot stage quickly.</summary>
public class FeedErrorTests
{
    private static readonly PackageSource Source = new("https://feed.example/v3/index.json", "corp");

    [Fact]
    public void A_timeout_says_the_source_did_not_answer_in_time()
    {
        var exception = new FatalProtocolException("Unable to load the service index.", new TimeoutException("The HTTP request to 'GET https://feed.example/v3/index.json' has timed out after 100000ms."));

        var line = FeedClient.Explain(Source, exception);

        Assert.StartsWith("Source 'corp' (https://feed.example/v3/index.json) did not answer in time: The HTTP request", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_HttpClient_timeout_is_a_timeout_too()
    {
        var line = FeedClient.Explain(Source, new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."));

        Assert.Contains("did not answer in time", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_403_asks_for_the_credentials_of_that_source()
    {
        var exception = new FatalProtocolException("Unable to load the service index.", new HttpRequestException("Response status code does not indicate success: 403 (Forbidden).", null, HttpStatusCode.Forbidden));

        var line = FeedClient.Explain(Source, exception);

        Assert.Equal("Source 'corp' (https://feed.example/v3/index.json) returned 403 Forbidden: check the credentials for source 'corp' in NuGet.Config (packageSourceCredentials).", line);
    }

    [Fact]
    public void A_name_that_does_not_resolve_says_the_source_cannot_be_reached()
    {
        var exception = new FatalProtocolException("Unable to load the service index.", new HttpRequestException("Name or service not known (feed.example:443)", new SocketException((int)SocketError.HostNotFound)));

        var line = FeedClient.Explain(Source, exception);

        Assert.StartsWith("Source 'corp' (https://feed.example/v3/index.json) cannot be reached: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_of_several_lines_becomes_one()
    {
        var line = FeedClient.Explain(Source, new FatalProtocolException("First line.\r\n  Second line."));

        Assert.Equal("Source 'corp' (https://feed.example/v3/index.json) failed: First line. Second line.", line);
    }
}
