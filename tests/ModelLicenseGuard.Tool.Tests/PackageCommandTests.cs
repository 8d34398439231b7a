using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.Tool.Tests.Feeds;
using Xunit.Abstractions;

namespace ModelLicenseGuard.Tool.Tests;

/// <summary><c>mlg package</c> against folder feeds and loopback V3 feeds: sources, versions, credentials, failures.</summary>
public class PackageCommandTests(ITestOutputHelper log)
{
    [Fact]
    public void A_package_in_a_folder_given_with_source_is_downloaded_and_read()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feed");
        TestPackages.WriteTo(folder, TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--source", "feed", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = Json(run);
        Assert.Equal("package", json.GetProperty("command").GetString());
        Assert.Equal(TestPackages.LocalLlm, json.GetProperty("subject").GetString());
        Assert.Equal("1.0.0", json.GetProperty("version").GetString());
        AssertModel(json, "Acme.LocalLlm/1.0.0", "llama3.1");
        AssertMitConflict(json);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void A_package_on_a_V3_feed_named_in_the_folders_NuGet_Config_is_downloaded_and_read()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = Json(run);
        Assert.Equal(TestPackages.LocalLlm, json.GetProperty("subject").GetString());
        Assert.Equal("1.0.0", json.GetProperty("version").GetString());
        AssertModel(json, "Acme.LocalLlm/1.0.0", "llama3.1");
        AssertMitConflict(json);
        Assert.Equal(1, feed.CountRequests(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.0.0")));
    }

    [Fact]
    public void An_id_typed_in_another_case_finds_the_package_and_the_report_spells_it_as_the_package_does()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", "acme.localllm", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(TestPackages.LocalLlm, Json(run).GetProperty("subject").GetString());
    }

    [Fact]
    public void An_http_source_without_allowInsecureConnections_is_refused_as_NuGet_refuses_it()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        var config = temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);
        File.WriteAllText(config, File.ReadAllText(config).Replace(" allowInsecureConnections=\"true\"", string.Empty, StringComparison.Ordinal));

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "allowInsecureConnections");
        Assert.Empty(feed.Requests);
    }

    [Fact]
    public void The_latest_stable_version_is_chosen_over_a_higher_prerelease()
    {
        using var temp = new TempFolder();
        using var feed = ThreeVersions();
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1.1.0", Json(run).GetProperty("version").GetString());
        AssertModel(Json(run), "Acme.LocalLlm/1.1.0", "llama3.1");
        Assert.Equal(0, feed.CountRequests("2.0.0-beta.1"));
    }

    [Fact]
    public void With_prerelease_the_highest_prerelease_is_chosen()
    {
        using var temp = new TempFolder();
        using var feed = ThreeVersions();
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--prerelease", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("2.0.0-beta.1", Json(run).GetProperty("version").GetString());
        AssertModel(Json(run), "Acme.LocalLlm/2.0.0-beta.1", "llama3.1");
    }

    [Fact]
    public void With_version_that_exact_version_is_chosen()
    {
        using var temp = new TempFolder();
        using var feed = ThreeVersions();
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--version", "1.0.0", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1.0.0", Json(run).GetProperty("version").GetString());
        Assert.Equal(1, feed.CountRequests(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.0.0")));
        Assert.Equal(0, feed.CountRequests(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.1.0")));
    }

    [Fact]
    public void A_version_that_is_not_on_the_feed_is_one_error_line_listing_the_versions_there()
    {
        using var temp = new TempFolder();
        using var feed = ThreeVersions();
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--version", "9.9.9");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "9.9.9");
        Assert.Contains("1.1.0", run.Error);
    }

    [Fact]
    public void Package_source_mapping_sends_the_id_only_to_its_source()
    {
        using var temp = new TempFolder();
        using var mapped = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        using var other = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "3.0.0", TestPackages.LocalLlmPackage("3.0.0"));
        temp.WriteNuGetConfig(
            [("other", other.IndexUrl, null, null), ("mapped", mapped.IndexUrl, null, null)],
            [("mapped", "Acme.*"), ("other", "Contoso.*")]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1.0.0", Json(run).GetProperty("version").GetString());
        Assert.Empty(other.Requests);
        Assert.NotEmpty(mapped.Requests);
    }

    [Fact]
    public void Without_mapping_every_source_is_asked_and_the_highest_version_wins()
    {
        using var temp = new TempFolder();
        using var first = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        using var second = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "3.0.0", TestPackages.LocalLlmPackage("3.0.0"));
        temp.WriteNuGetConfig([("first", first.IndexUrl, null, null), ("second", second.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("3.0.0", Json(run).GetProperty("version").GetString());
        Assert.Equal(1, first.CountRequests("/acme.localllm/index.json"));
        Assert.Equal(1, second.CountRequests(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "3.0.0")));
    }

    [Fact]
    public void A_feed_with_basic_authentication_is_read_with_the_credentials_in_NuGet_Config()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start("reader", "s3cret-pass").Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("private", feed.IndexUrl, "reader", "s3cret-pass")]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertModel(Json(run), "Acme.LocalLlm/1.0.0", "llama3.1");
        Assert.Contains(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.0.0"), feed.Served);
    }

    [Fact]
    public void A_wrong_password_is_one_error_line_about_401_and_the_credentials_without_the_password()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start("reader", "right-pass").Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("private", feed.IndexUrl, "reader", "wrong-pass-7x")]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "401");
        Assert.Contains("credentials for source 'private'", run.Error);
        Assert.DoesNotContain("wrong-pass-7x", run.Error + run.Output);
        Assert.NotEmpty(feed.Requests);
    }

    [Fact]
    public void A_package_on_no_source_is_one_error_line_naming_the_sources_asked()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", "Acme.NoSuchPackage");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "'Acme.NoSuchPackage' was not found");
        Assert.Contains(feed.IndexUrl, run.Error);
    }

    [Fact]
    public void A_feed_nothing_listens_on_is_one_error_line_and_fails_fast()
    {
        using var temp = new TempFolder();
        var url = $"http://127.0.0.1:{LoopbackFeed.UnusedPort()}/v3/index.json";
        temp.WriteNuGetConfig([("dead", url, null, null)]);

        var stopwatch = Stopwatch.StartNew();
        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "'dead'");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void A_corrupt_nupkg_on_the_feed_is_one_error_line_naming_the_package()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", "PK\u0003\u0004 this is not a zip"u8.ToArray());
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "acme.localllm.1.0.0.nupkg");
    }

    [Fact]
    public void With_dependencies_the_closure_is_walked_at_the_lowest_applicable_versions()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start()
            .Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0", ("net8.0", "Acme.Runtime", "[1.1.0, )"), ("netstandard2.0", "Acme.Legacy", "1.0.0")))
            .Add("Acme.Runtime", "1.0.0", TestPackages.Small("Acme.Runtime", "1.0.0"))
            .Add("Acme.Runtime", "1.1.0", TestPackages.Small("Acme.Runtime", "1.1.0", ("net8.0", "Acme.Native", "2.0.0")))
            .Add("Acme.Runtime", "1.2.0", TestPackages.Small("Acme.Runtime", "1.2.0"))
            .Add("Acme.Native", "2.0.0", TestPackages.Small("Acme.Native", "2.0.0", ("net8.0", TestPackages.LocalLlm, "1.0.0")))
            .Add("Acme.Native", "2.5.0", TestPackages.Small("Acme.Native", "2.5.0"))
            .Add("Acme.Legacy", "1.0.0", TestPackages.Small("Acme.Legacy", "1.0.0"));
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--dependencies", "--framework", "net9.0", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = Json(run);
        AssertModel(json, "Acme.LocalLlm/1.0.0", "llama3.1");
        AssertModel(json, "Acme.Runtime/1.1.0", "apache-2.0");
        AssertModel(json, "Acme.Native/2.0.0", "apache-2.0");
        Assert.Equal(1, feed.CountRequests(LoopbackFeed.NupkgPath("Acme.Runtime", "1.1.0")));
        Assert.Equal(1, feed.CountRequests(LoopbackFeed.NupkgPath("Acme.Native", "2.0.0")));
        Assert.Equal(1, feed.CountRequests(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.0.0")));
        Assert.Equal(0, feed.CountRequests("acme.legacy"));
        Assert.Equal(0, feed.CountRequests("1.2.0"));
        Assert.Contains(Notes(json), note => note.Contains("net9.0", StringComparison.Ordinal) && note.Contains("2 package(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void With_dependencies_and_no_framework_the_packages_newest_group_is_walked()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feed");
        TestPackages.WriteTo(folder, TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0", ("netstandard2.0", "Acme.Legacy", "1.0.0"), ("net8.0", "Acme.Runtime", "1.0.0")));
        TestPackages.WriteTo(folder, "Acme.Runtime", "1.0.0", TestPackages.Small("Acme.Runtime", "1.0.0"));
        TestPackages.WriteTo(folder, "Acme.Legacy", "1.0.0", TestPackages.Small("Acme.Legacy", "1.0.0"));

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "-s", folder, "--dependencies", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = Json(run);
        AssertModel(json, "Acme.Runtime/1.0.0", "apache-2.0");
        Assert.DoesNotContain(Models(json), model => model.GetProperty("package").GetString()!.StartsWith("Acme.Legacy", StringComparison.Ordinal));
        Assert.Contains(Notes(json), note => note.Contains("net8.0", StringComparison.Ordinal));
    }

    [Fact]
    public void The_global_packages_folder_and_the_HTTP_cache_are_left_untouched()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);
        var globalPackages = Directory.CreateDirectory(Path.Combine(temp.Path, "global-packages")).FullName;
        var httpCache = Directory.CreateDirectory(Path.Combine(temp.Path, "http-cache")).FullName;
        var packagesBefore = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        var cacheBefore = Environment.GetEnvironmentVariable("NUGET_HTTP_CACHE_PATH");
        ToolRun run;
        try
        {
            Environment.SetEnvironmentVariable("NUGET_PACKAGES", globalPackages);
            Environment.SetEnvironmentVariable("NUGET_HTTP_CACHE_PATH", httpCache);
            run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");
        }
        finally
        {
            Environment.SetEnvironmentVariable("NUGET_PACKAGES", packagesBefore);
            Environment.SetEnvironmentVariable("NUGET_HTTP_CACHE_PATH", cacheBefore);
        }

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1, feed.CountRequests(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.0.0")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(globalPackages));
        var cached = Directory.EnumerateFiles(httpCache, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(httpCache, file)).ToList();
        log.WriteLine(string.Join("\n", cached));
        Assert.Empty(cached);
    }

    [Fact]
    public void A_model_the_policy_fails_is_exit_code_1_with_the_verdict_in_the_report()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feed");
        TestPackages.WriteTo(folder, TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "-s", folder, "--policy", "OpenSourceOnly", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var json = Json(run);
        Assert.True(json.GetProperty("failsPolicy").GetBoolean());
        Assert.Equal("error", Models(json).Single().GetProperty("verdict").GetProperty("severity").GetString());
    }

    [Fact]
    public void With_configfile_that_file_is_read_instead_of_the_current_folders()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        using var elsewhere = new TempFolder();
        elsewhere.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);
        temp.WriteNuGetConfig([("dead", $"http://127.0.0.1:{LoopbackFeed.UnusedPort()}/v3/index.json", null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--configfile", Path.Combine(elsewhere.Path, "NuGet.Config"), "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertModel(Json(run), "Acme.LocalLlm/1.0.0", "llama3.1");
    }

    [Fact]
    public void A_configfile_that_does_not_exist_is_one_error_line()
    {
        using var temp = new TempFolder();

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--configfile", "missing.config");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "missing.config");
    }

    [Fact]
    public void A_password_NuGet_Config_takes_from_an_environment_variable_is_used()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start("reader", "from-the-environment").Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("private", feed.IndexUrl, "reader", "%MLG_TEST_FEED_PASSWORD%")]);
        ToolRun run;
        try
        {
            Environment.SetEnvironmentVariable("MLG_TEST_FEED_PASSWORD", "from-the-environment");
            run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");
        }
        finally
        {
            Environment.SetEnvironmentVariable("MLG_TEST_FEED_PASSWORD", null);
        }

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(LoopbackFeed.NupkgPath(TestPackages.LocalLlm, "1.0.0"), feed.Served);
    }

    [Fact]
    public void An_id_package_source_mapping_sends_nowhere_is_one_error_line_and_no_source_is_asked()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)], [("test", "Contoso.*")]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "Package source mapping");
        Assert.Empty(feed.Requests);
    }

    [Fact]
    public void A_dependency_with_no_matching_version_is_noted_and_the_rest_is_still_vetted()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start()
            .Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0", ("net8.0", "Acme.Gone", "[5.0.0, )"), ("net8.0", "Acme.Runtime", "1.0.0")))
            .Add("Acme.Gone", "1.0.0", TestPackages.Small("Acme.Gone", "1.0.0"))
            .Add("Acme.Runtime", "1.0.0", TestPackages.Small("Acme.Runtime", "1.0.0"));
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--dependencies", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = Json(run);
        AssertModel(json, "Acme.Runtime/1.0.0", "apache-2.0");
        Assert.Contains(Notes(json), note => note.StartsWith("Dependency Acme.Gone (>= 5.0.0) of Acme.LocalLlm 1.0.0: no matching version", StringComparison.Ordinal));
        Assert.Equal(2, feed.CountRequests(".nupkg"));
    }

    [Fact]
    public void A_dependency_package_source_mapping_sends_nowhere_is_noted_and_no_source_is_asked_for_it()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start()
            .Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0", ("net8.0", "Contoso.Unmapped", "1.0.0")))
            .Add("Contoso.Unmapped", "1.0.0", TestPackages.Small("Contoso.Unmapped", "1.0.0"));
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)], [("test", "Acme.*")]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--dependencies", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(Notes(Json(run)), note => note.StartsWith("Dependency Contoso.Unmapped of Acme.LocalLlm 1.0.0: Package source mapping", StringComparison.Ordinal));
        Assert.Equal(0, feed.CountRequests("contoso.unmapped"));
    }

    [Fact]
    public void The_dependency_walk_stops_at_500_packages_and_says_so()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start();
        const int chain = 510;
        for (var i = 0; i < chain; i++)
        {
            var dependencies = i + 1 < chain ? new[] { ("net8.0", $"Chain.P{i + 1}", "1.0.0") } : [];
            feed.Add($"Chain.P{i}", "1.0.0", TestPackages.Build($"Chain.P{i}", "1.0.0", "MIT", [("lib/readme.txt", "x"u8.ToArray())], dependencies));
        }

        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var run = ToolRun.Of(temp.Path, "package", "Chain.P0", "--dependencies", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var notes = Notes(Json(run));
        Assert.Contains("The dependency walk stopped at 500 packages; the rest of the closure was not vetted.", notes);
        Assert.Contains(notes, note => note.Contains("499 package(s) vetted besides Chain.P0 1.0.0", StringComparison.Ordinal));
        Assert.Equal(500, feed.CountRequests(".nupkg"));
    }

    [Fact]
    public void A_download_over_a_second_shows_progress_on_a_terminal_but_not_with_quiet()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        feed.PackageDelay = TimeSpan.FromSeconds(1.5);
        temp.WriteNuGetConfig([("test", feed.IndexUrl, null, null)]);

        var shown = ToolRun.OnTerminal(temp.Path, "package", TestPackages.LocalLlm, "--format", "json");
        var quiet = ToolRun.OnTerminal(temp.Path, "package", TestPackages.LocalLlm, "--format", "json", "--quiet");

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Contains("Downloading Acme.LocalLlm 1.0.0 from 'test'", shown.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Downloading", shown.Output, StringComparison.Ordinal);
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.Equal(string.Empty, quiet.Error);
    }

    [Fact]
    public void A_source_given_by_its_key_keeps_its_credentials_and_replaces_the_other_sources()
    {
        using var temp = new TempFolder();
        using var feed = LoopbackFeed.Start("reader", "s3cret-pass").Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));
        using var other = LoopbackFeed.Start().Add(TestPackages.LocalLlm, "2.0.0", TestPackages.LocalLlmPackage("2.0.0"));
        temp.WriteNuGetConfig([("other", other.IndexUrl, null, null), ("private", feed.IndexUrl, "reader", "s3cret-pass")]);

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--source", "private", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertModel(Json(run), "Acme.LocalLlm/1.0.0", "llama3.1");
        Assert.Empty(other.Requests);
    }

    [Fact]
    public void The_table_names_the_package_and_its_version()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feed");
        TestPackages.WriteTo(folder, TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--source", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Acme.LocalLlm 1.0.0: ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version", "not-a-version", "--version 'not-a-version'")]
    [InlineData("--framework", "not-a-framework", "--framework 'not-a-framework'")]
    [InlineData("--source", "ftp://127.0.0.1:1/feed", "'ftp://127.0.0.1:1/feed' is neither an HTTP(S) feed nor a folder")]
    [InlineData("--source", "no-such-folder", "does not exist")]
    public void A_bad_option_value_is_one_error_line_naming_it(string option, string value, string expected)
    {
        using var temp = new TempFolder();

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, option, value, "--dependencies");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, expected);
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("cyclonedx")]
    public void The_other_report_formats_carry_the_packages_model(string format)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "feed");
        TestPackages.WriteTo(folder, TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"));

        var run = ToolRun.Of(temp.Path, "package", TestPackages.LocalLlm, "--source", folder, "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        Assert.Contains("nuget:Acme.LocalLlm/1.0.0/" + TestPackages.LlamaPath, run.Output, StringComparison.Ordinal);
    }

    private static LoopbackFeed ThreeVersions()
        => LoopbackFeed.Start()
            .Add(TestPackages.LocalLlm, "1.0.0", TestPackages.LocalLlmPackage("1.0.0"))
            .Add(TestPackages.LocalLlm, "1.1.0", TestPackages.LocalLlmPackage("1.1.0"))
            .Add(TestPackages.LocalLlm, "2.0.0-beta.1", TestPackages.LocalLlmPackage("2.0.0-beta.1"));

    private static JsonElement Json(ToolRun run)
    {
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    }

    private static string[] Notes(JsonElement json) => json.GetProperty("notes").EnumerateArray().Select(note => note.GetString()!).ToArray();

    private static JsonElement[] Models(JsonElement json) => json.GetProperty("models").EnumerateArray().ToArray();

    /// <summary>That the report has the model the package carries, read from the downloaded file and attributed to it.</summary>
    private static void AssertModel(JsonElement json, string package, string license)
    {
        var models = Models(json).Where(model => model.GetProperty("package").GetString() == package).ToArray();
        Assert.True(models.Length == 1, $"{package} in {json}");
        Assert.Equal(license, models[0].GetProperty("license").GetString());
        Assert.StartsWith($"nuget:{package}/models/", models[0].GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The package declares MIT and carries restricted Llama weights: the build's MLG0011, named in the report.</summary>
    private static void AssertMitConflict(JsonElement json)
    {
        Assert.Equal("RestrictedWeights", Models(json).Single().GetProperty("tier").GetString());
        var conflict = Assert.Single(json.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("property").GetString() == "PackageLicenseExpression");
        Assert.Equal("MLG0011", conflict.GetProperty("code").GetString());
        Assert.Equal("MIT", conflict.GetProperty("value").GetString());
        Assert.Equal("llama3.1", conflict.GetProperty("modelLicense").GetString());
    }

    private void AssertOneErrorLine(ToolRun run, string expected)
    {
        // The line as the user sees it, for whoever reads the test's output.
        log.WriteLine(run.Error);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, run.ToString());
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
