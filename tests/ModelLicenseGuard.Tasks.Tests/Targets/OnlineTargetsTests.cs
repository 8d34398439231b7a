using System;
using System.IO;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Tasks.Online;
using ModelLicenseGuard.Tasks.Tests.Online;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Targets;

/// <summary>The online settings (docs/online.md) flow from MSBuild properties to the task; design-time builds stay offline.</summary>
[Trait(TestCategory.Name, TestCategory.Targets)]
public sealed class OnlineTargetsTests : IDisposable
{
    private const string Body = """
          <ItemGroup>
            <ModelReference Include="hf:acme/tiny-chat" />
            <ModelReference Include="hf:acme/missing" />
          </ItemGroup>
        """;

    private readonly LoopbackHub _hub = new();
    private readonly TempDirectory _cache = new();

    public void Dispose()
    {
        _hub.Dispose();
        _cache.Dispose();
    }

    [Fact]
    public void ModelLicenseGuardOnline_asks_the_endpoint_and_a_failed_look_up_is_a_warning()
    {
        _hub.Serve("acme/tiny-chat", LoopbackHub.ModelJson("acme/tiny-chat", license: "apache-2.0"));
        using var project = new TargetsProject(Body);

        var result = project.Build(
            "-p:ModelLicenseGuardOnline=true",
            $"-p:ModelLicenseGuardHubEndpoint={_hub.Endpoint}",
            $"-p:ModelLicenseGuardOnlineCacheDirectory={_cache.FullPath}");

        Assert.True(result.ExitCode == 0, result.ToString());
        var model = Assert.Single(project.ReadManifest().Models);
        Assert.Equal(OpennessTier.OpenWeights, model.Tier);
        Assert.Equal("acme/tiny-chat", HubModelInfo.Parse(model.HubAnswer!).Id);
        var failed = Assert.Single(result.WithId(DiagnosticIds.OnlineLookupFailed));
        Assert.Equal("warning", failed.Severity);
        Assert.Contains("'acme/missing'", failed.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", failed.Message, StringComparison.Ordinal);
        Assert.Equal(2, _hub.Requests.Count);
        Assert.NotEmpty(Directory.EnumerateFiles(_cache.FullPath));
    }

    [Fact]
    public void A_design_time_build_never_goes_online()
    {
        _hub.Serve("acme/tiny-chat", LoopbackHub.ModelJson("acme/tiny-chat", license: "apache-2.0"));
        using var project = new TargetsProject(Body);

        var result = project.Build(
            "-p:DesignTimeBuild=true",
            "-p:ModelLicenseGuardOnline=true",
            $"-p:ModelLicenseGuardHubEndpoint={_hub.Endpoint}",
            $"-p:ModelLicenseGuardOnlineCacheDirectory={_cache.FullPath}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(_hub.Requests);
        Assert.Empty(project.ReadManifest().Models);
    }
}
