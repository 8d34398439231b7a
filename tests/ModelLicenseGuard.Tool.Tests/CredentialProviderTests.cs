using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.Tool.Packages;
using ModelLicenseGuard.Tool.Tests.Feeds;
using NuGet.Protocol;
using Xunit.Abstractions;

namespace ModelLicenseGuard.Tool.Tests;

/// <summary>
/// <c>mlg package</c> with NuGet credential-provider plugins, loaded from the installed SDK's NuGet.Credentials as
/// <c>dotnet restore</c> loads them, against the test plugin (<see cref="CredentialPlugin"/>) and loopback feeds.
/// </summary>
public class CredentialProviderTests(ITestOutputHelper log)
{
    private static readonly Version NuGetVersion = typeof(HttpHandlerResourceV3).Assembly.GetName().Version!;

    [Fact]
    public void A_feed_with_no_credentials_in_NuGet_Config_is_read_with_the_credentials_of_a_credential_provider()
    {
        using var temp = new TempFolder();
        using var feed = PrivateFeed(temp, "plugin-user", "plugin-pass-4q");
        using var answers = CredentialPlugin.GiveCredentials(feed, "plugin-user", "plugin-pass-4q");
        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var model = Assert.Single(json.RootElement.GetProperty("models").EnumerateArray());
        Assert.Equal("llama3.1", model.GetProperty("license").GetString());
        Assert.Contains(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.0.0"), feed.Served);
    }

    [Fact]
    public void Credentials_in_NuGet_Config_take_precedence_over_those_of_a_credential_provider()
    {
        using var temp = new TempFolder();
        using var feed = PrivateFeed(temp, "reader", "config-pass", "reader", "config-pass");
        using var answers = CredentialPlugin.GiveCredentials(feed, "reader", "plugin-pass-wrong");
        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");

        // The plugin's password is wrong: the package is read only if NuGet.Config's credentials were used.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.0.0"), feed.Served);
    }

    [Fact]
    public void Credentials_of_the_credential_provider_that_the_feed_refuses_are_one_error_line_about_401_without_the_password()
    {
        using var temp = new TempFolder();
        using var feed = PrivateFeed(temp, "plugin-user", "right-pass");
        using var answers = CredentialPlugin.GiveCredentials(feed, "plugin-user", "wrong-plugin-pass-9z");
        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

        var line = OneErrorLine(run);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("401", line, StringComparison.Ordinal);
        Assert.Contains("credentials a credential provider (plugin) gave for it were refused", line, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-plugin-pass-9z", run.Error + run.Output, StringComparison.Ordinal);
        Assert.Empty(feed.Served);
    }

    [Fact]
    public void A_credential_provider_without_credentials_for_the_feed_leaves_the_NuGet_Config_error_line()
    {
        using var temp = new TempFolder();
        using var feed = PrivateFeed(temp, "reader", "right-pass", "reader", "wrong-pass-3k");

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

        var line = OneErrorLine(run);
        Assert.Contains("401", line, StringComparison.Ordinal);
        Assert.Contains("check the credentials for source 'private' in NuGet.Config", line, StringComparison.Ordinal);
        Assert.DoesNotContain("credential provider", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong-pass-3k", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credential_provider_that_does_not_answer_fails_the_run_within_NuGets_plugin_request_timeout_and_says_so()
    {
        using var temp = new TempFolder();
        using var feed = PrivateFeed(temp, "plugin-user", "plugin-pass");
        using var answers = CredentialPlugin.Hang(feed);
        var stopwatch = Stopwatch.StartNew();
        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

        var line = OneErrorLine(run);
        Assert.Contains("the credential provider (plugin) NuGet asked for them did not answer in time", line, StringComparison.Ordinal);

        // The tests set the request timeout to 5 s (CredentialPlugin); NuGet asks again for each retry it makes, so an
        // idle machine takes about 10 s. The bound shows only that the run does not wait on the plugin without end: it is
        // loose enough that a machine busy with other test runs does not fail it (one took 10.4 s).
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(45), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Without_an_SDK_of_the_same_NuGet_a_401_says_credential_providers_could_not_be_loaded_and_why()
    {
        using var temp = new TempFolder();
        using var feed = PrivateFeed(temp, "plugin-user", "plugin-pass");
        using var answers = CredentialPlugin.GiveCredentials(feed, "plugin-user", "plugin-pass");
        var emptyRoot = Directory.CreateDirectory(Path.Combine(temp.Path, "dotnet")).FullName;
        var before = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        try
        {
            Environment.SetEnvironmentVariable("DOTNET_ROOT", emptyRoot);

            var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

            var line = OneErrorLine(run);
            Assert.Contains("401", line, StringComparison.Ordinal);
            Assert.Contains("check the credentials for source 'private' in NuGet.Config", line, StringComparison.Ordinal);
            Assert.Contains($"Credential providers could not be loaded: no .NET SDK under {emptyRoot} carries NuGet {NuGetVersion.ToString(3)}.", line, StringComparison.Ordinal);
            Assert.Empty(feed.Served);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_ROOT", before);
        }
    }

    [Fact]
    public void The_SDK_whose_NuGet_Credentials_has_the_tools_NuGet_version_is_found_and_others_are_passed_over()
    {
        using var temp = new TempFolder();
        var real = CredentialProviders.Locate(CredentialProviders.DotnetRoot(), NuGetVersion);
        Assert.True(real is not null, $"no SDK under {CredentialProviders.DotnetRoot()} carries NuGet {NuGetVersion}");

        // A newer SDK folder whose NuGet.Credentials is some other assembly (another version) is not chosen.
        var root = Path.Combine(temp.Path, "dotnet");
        var older = Directory.CreateDirectory(Path.Combine(root, "sdk", "10.0.100")).FullName;
        var newer = Directory.CreateDirectory(Path.Combine(root, "sdk", "99.0.100")).FullName;
        File.Copy(real, Path.Combine(older, "NuGet.Credentials.dll"));
        File.Copy(typeof(CredentialProviderTests).Assembly.Location, Path.Combine(newer, "NuGet.Credentials.dll"));

        Assert.Equal(Path.Combine(older, "NuGet.Credentials.dll"), CredentialProviders.Locate(root, NuGetVersion));
        Assert.Null(CredentialProviders.Locate(root, new Version(1, 2, 3, 0)));
        Assert.Null(CredentialProviders.Locate(Path.Combine(temp.Path, "nothing"), NuGetVersion));
    }

    [Fact]
    public void The_dotnet_root_of_the_running_runtime_is_the_folder_above_shared()
    {
        var before = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        try
        {
            Environment.SetEnvironmentVariable("DOTNET_ROOT", null);

            var root = CredentialProviders.DotnetRoot();

            Assert.True(Directory.Exists(Path.Combine(root, "shared", "Microsoft.NETCore.App")), root);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_ROOT", before);
        }
    }

    /// <summary>A loopback feed with basic authentication serving the Llama package, named 'private' in the folder's NuGet.Config.</summary>
    private static LoopbackFeed PrivateFeed(TempFolder temp, string user, string password, string? configUser = null, string? configPassword = null)
    {
        var feed = LoopbackFeed.Start(user, password).Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("private", feed.IndexUrl, configUser, configPassword)]);
        return feed;
    }

    /// <summary>That the run failed with exit code 2 and one line on stderr, which it returns (and logs for whoever reads the test).</summary>
    private string OneErrorLine(ToolRun run)
    {
        log.WriteLine(run.ToString());
        Assert.Equal(2, run.ExitCode);
        return Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
