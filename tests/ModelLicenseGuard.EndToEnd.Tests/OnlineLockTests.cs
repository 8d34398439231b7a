using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// Online look-ups and the lock file through real <c>dotnet build</c> runs against the packed package: what an online
/// build learns from the Hub is recorded in the lock, a later build with no network at all reaches the same verdicts
/// from it, and parallel builds of a solution whose projects share models and a Hub cache leave every file whole.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class OnlineLockTests(PackageFixture package)
{
    private const string NuGetOrg = "https://api.nuget.org/v3/index.json";
    private const string TinyChat = "acme/tiny-chat";
    private const string TinyChatSha = "4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a291";

    [UnixFact]
    public void An_online_build_records_the_Hubs_answer_and_a_build_without_any_network_reaches_the_same_verdicts_from_the_lock()
    {
        using var hub = new LoopbackHub().Serve(TinyChat, LoopbackHub.ModelJson(TinyChat, license: "cc-by-nc-4.0", sha: TinyChatSha));
        var root = PackageFixture.NewFolder(package.Root, "offline-");
        var online = new ConsumerProject(package, "HubApp", Body).WithFile("models/sorter.gguf", GgufBuilder.Model("Sorter 1B", "apache-2.0").Build());
        var cache = Path.Combine(root, "cache-online");

        var first = online.Build($"-p:ModelLicenseGuardOnline=true", $"-p:ModelLicenseGuardHubEndpoint={hub.Endpoint}", $"-p:ModelLicenseGuardOnlineCacheDirectory={cache}");

        // Offline, hf:acme/tiny-chat is unknown (MLG0030); the Hub says CC-BY-NC-4.0, which the Commercial policy refuses.
        // The build fails on it, and the lock is written all the same.
        Assert.True(first.ExitCode != 0, first.ToString());
        Assert.Empty(first.WithId("MLG0035"));
        Assert.DoesNotContain(first.WithId("MLG0030"), d => d.Message.Contains(TinyChat, StringComparison.Ordinal));
        Assert.Contains(first.WithId("MLG0020"), d => d.Severity == "error" && d.Message.Contains(TinyChat, StringComparison.Ordinal));
        Assert.Equal(1, hub.Count(LoopbackHub.PathOf(TinyChat)));
        var lockText = File.ReadAllText(online.PathOf("models.lock.json"));
        var entry = LockFileTests.Entries(lockText)["hf:" + TinyChat];
        Assert.Equal("cc-by-nc-4.0", entry.GetProperty("license").GetString());
        Assert.Contains(TinyChatSha, entry.GetProperty("hubAnswer").GetString(), StringComparison.Ordinal);

        // The same project as CI checks it out: the sources and the lock, no obj/, no Hub cache, no network at all.
        var offline = PackageFixture.NewFolder(root, "ci-");
        foreach (var file in new[] { "HubApp.csproj", "Program.cs", "nuget.config", "models.lock.json", "models/sorter.gguf" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(offline, file))!);
            File.Copy(online.PathOf(file), Path.Combine(offline, file));
        }

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = online.PathOf(".packages"), ["HF_ENDPOINT"] = hub.Endpoint };
        var restore = DotNet.Run(offline, environment, "restore", "HubApp.csproj");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var requests = hub.Requests.Count;

        // unshare -rn: a new network namespace with no interface up, not even loopback; a socket could reach nothing.
        var second = DotNet.RunProgram(
            "unshare",
            offline,
            environment,
            "-rn", "dotnet", "build", "HubApp.csproj", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false",
            "-p:ModelLicenseGuardLockedMode=true", $"-p:ModelLicenseGuardOnlineCacheDirectory={Path.Combine(root, "cache-offline")}");

        Assert.True(second.ExitCode != 0, second.ToString());
        Assert.Equal(Verdicts(first), Verdicts(second));
        Assert.Empty(second.WithId("MLG0033"));
        Assert.Empty(second.WithId("MLG0035"));
        Assert.Equal(requests, hub.Requests.Count);
        Assert.Equal(lockText, File.ReadAllText(Path.Combine(offline, "models.lock.json")));
        Assert.False(Directory.Exists(Path.Combine(root, "cache-offline")) && Directory.EnumerateFileSystemEntries(Path.Combine(root, "cache-offline")).Any());
    }

    [Fact]
    public void A_Hub_that_cannot_be_reached_is_one_warning_naming_the_model_and_the_build_judges_as_offline_without_showing_the_token()
    {
        const string Token = "hf_SecretTokenThatMustNeverBeShown0123456789";
        var project = new ConsumerProject(package, "DeadHub", Body).WithFile("models/sorter.gguf", GgufBuilder.Model("Sorter 1B", "apache-2.0").Build());
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = project.PathOf(".packages"), ["HF_TOKEN"] = Token };
        var cache = project.PathOf("hub-cache");

        var offline = DotNet.Run(project.Directory, environment, "build", project.ProjectFile, "-nodeReuse:false", "-p:ModelLicenseGuardUseLockFile=false");
        var online = DotNet.Run(
            project.Directory,
            environment,
            "build", project.ProjectFile, "-nodeReuse:false", "-p:ModelLicenseGuardUseLockFile=false", "--no-incremental",
            "-p:ModelLicenseGuardOnline=true", $"-p:ModelLicenseGuardHubEndpoint=http://127.0.0.1:{LoopbackServer.UnusedPort()}", $"-p:ModelLicenseGuardOnlineCacheDirectory={cache}");

        Assert.True(offline.ExitCode == 0, offline.ToString());
        Assert.True(online.ExitCode == 0, online.ToString());
        var warning = Assert.Single(online.WithId("MLG0035"));
        Assert.Equal("warning", warning.Severity);
        Assert.Contains(TinyChat, warning.Message, StringComparison.Ordinal);
        Assert.Contains(offline.WithId("MLG0030"), d => d.Message.Contains(TinyChat, StringComparison.Ordinal));
        Assert.Equal(Verdicts(offline), Verdicts(online));
        Assert.DoesNotContain(Token, online.Output, StringComparison.Ordinal);
        Assert.All(
            System.IO.Directory.EnumerateFiles(project.Directory, "*", SearchOption.AllDirectories).Where(file => !file.Contains(".packages", StringComparison.Ordinal)),
            file => Assert.DoesNotContain(Token, File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parallel_builds_of_a_solution_whose_projects_share_models_and_a_Hub_cache_leave_every_lock_and_cache_file_whole()
    {
        using var hub = new LoopbackHub().Serve(TinyChat, LoopbackHub.ModelJson(TinyChat, license: "apache-2.0", sha: TinyChatSha));
        var cache = Path.Combine(package.Root, "hub-cache-" + Guid.NewGuid().ToString("N")[..8]);
        var solution = new ConsumerSolution(
            package,
            "parallel-lock-",
            [("App1", "<TargetFramework>net10.0</TargetFramework>"), ("App2", "<TargetFramework>net10.0</TargetFramework>"), ("Multi", "<TargetFrameworks>net10.0;net8.0</TargetFrameworks>")],
            $"""
              <PropertyGroup>
                <ModelLicenseGuardUseLockFile>true</ModelLicenseGuardUseLockFile>
                <ModelLicenseGuardOnline>true</ModelLicenseGuardOnline>
                <ModelLicenseGuardHubEndpoint>{hub.Endpoint}</ModelLicenseGuardHubEndpoint>
                <ModelLicenseGuardOnlineCacheDirectory>{cache}</ModelLicenseGuardOnlineCacheDirectory>
                <ModelLicenseGuardOnlineCacheHours>0</ModelLicenseGuardOnlineCacheHours>
              </PropertyGroup>
              <ItemGroup>
                <None Include="../models/*.gguf" />
                <ModelReference Include="hf:{TinyChat}" />
              </ItemGroup>
            """,
            NuGetOrg);
        Directory.CreateDirectory(solution.PathOf("models"));
        File.WriteAllBytes(solution.PathOf("models", "embedder.gguf"), GgufBuilder.Model("Tiny Embedder", "apache-2.0").Build());
        var restore = solution.Restore();
        Assert.True(restore.ExitCode == 0, restore.ToString());

        // Each round changes a shared model, so every project (and each framework of Multi) resolves, asks the Hub
        // (the cache is kept for 0 hours) and rewrites its lock, in two builds at once, each with two nodes.
        for (var round = 1; round <= 2; round++)
        {
            File.WriteAllBytes(solution.PathOf("models", "summarizer.gguf"), GgufBuilder.Model("Summarizer 1B", round == 1 ? "apache-2.0" : "mit").Build());
            var builds = await solution.BuildTwiceAtOnce("-m:2");

            Assert.All(builds, build => Assert.DoesNotContain(build.Diagnostics, d => d.Id is "MLG0034" or "MLG0025" or "MLG9000"));
            foreach (var name in solution.Projects)
            {
                var entries = LockFileTests.Entries(File.ReadAllText(solution.PathOf(name, "models.lock.json")));
                Assert.Equal(["../models/embedder.gguf", "../models/summarizer.gguf", "hf:" + TinyChat], entries.Keys.Order(StringComparer.Ordinal));
                Assert.Equal(round == 1 ? "apache-2.0" : "mit", entries["../models/summarizer.gguf"].GetProperty("license").GetString());
                Assert.Equal("apache-2.0", entries["hf:" + TinyChat].GetProperty("license").GetString());
            }

            var cached = Directory.GetFiles(cache, "*", SearchOption.AllDirectories);
            Assert.NotEmpty(cached);
            foreach (var file in cached)
            {
                using (JsonDocument.Parse(File.ReadAllText(file)))
                {
                }
            }
        }

        var locked = solution.Build("-p:ModelLicenseGuardLockedMode=true");
        Assert.True(locked.ExitCode == 0, locked.ToString());
        Assert.Empty(locked.WithId("MLG0033"));
    }

    private const string Body = """
          <PropertyGroup>
            <ModelLicenseGuardUseLockFile>true</ModelLicenseGuardUseLockFile>
            <ModelLicensePolicy>Commercial</ModelLicensePolicy>
          </PropertyGroup>
          <ItemGroup>
            <None Include="models/*.gguf" />
            <ModelReference Include="hf:acme/tiny-chat" />
          </ItemGroup>
        """;

    /// <summary>The build's ModelLicenseGuard verdicts: id, severity and message, without where the build ran.</summary>
    private static List<string> Verdicts(BuildResult result)
        => result.Diagnostics
            .Where(d => d.Id.StartsWith("MLG", StringComparison.Ordinal) && d.Id is not "MLG0035")
            .Select(d => $"{d.Id} {d.Severity} {d.Message}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
