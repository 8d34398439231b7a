using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Online;
using ModelLicenseGuard.Tasks.Resolution;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Online;

/// <summary>
/// ResolveModelArtifacts with online look-ups against a loopback Hub that answers in the real API's format: what an
/// answer decides, where it is remembered, and that every failure is one MLG0035 warning and the offline verdict.
/// </summary>
public sealed class HubLookupTests : IDisposable
{
    private const string Model = "acme/tiny-chat";
    private const string Reference = "hf:" + Model;
    private const string Token = "hf_TestTokenThatMustNeverBeWrittenDown42";

    private readonly TempDirectory _project = new();
    private readonly TempDirectory _cache = new();
    private readonly LoopbackHub _hub = new();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private FakeBuildEngine _engine = new();

    public void Dispose()
    {
        _hub.Dispose();
        _project.Dispose();
        _cache.Dispose();
    }

    [Fact]
    public void An_hf_model_the_catalog_lacks_takes_its_licence_and_tier_from_the_hub()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));

        var (manifest, _) = Run([Reference]);

        var model = Assert.Single(manifest.Models);
        Assert.Equal(Reference, model.Source);
        Assert.Equal("apache-2.0", model.License, ignoreCase: true);
        Assert.Equal(OpennessTier.OpenWeights, model.Tier);
        Assert.Contains("Hugging Face Hub license", model.LicenseOrigin, StringComparison.Ordinal);
        Assert.DoesNotContain(manifest.Problems, p => p.Code is DiagnosticIds.LicenseUnknown or DiagnosticIds.OnlineLookupFailed);
        var recorded = HubModelInfo.Parse(model.HubAnswer!);
        Assert.Equal(Model, recorded.Id);
        Assert.Equal(["apache-2.0"], recorded.Licenses);
        Assert.Equal("9f1e2d3c4b5a69788766554433221100ffeeddcc", recorded.Revision);
        Assert.Equal(1, _hub.Count(LoopbackHub.PathOf(Model)));
    }

    [Fact]
    public void A_fine_tune_the_hub_calls_apache_is_still_bound_by_its_llama_base()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0", baseModel: "meta-llama/Llama-3.1-8B"));

        var (manifest, _) = Run([Reference]);

        var model = Assert.Single(manifest.Models);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Equal("llama3.1", model.License);
        Assert.Equal(["meta-llama/Llama-3.1-8B"], model.BaseModels);
        Assert.Contains(manifest.Problems, p => p.Code == DiagnosticIds.LicenseConflict && p.Message.Contains("meta-llama/Llama-3.1-8B", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_without_card_data_is_read_from_the_tags_the_hub_derives()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "mit", baseModel: "meta-llama/Llama-3.1-8B", withCardData: false));

        var (manifest, _) = Run([Reference]);

        var model = Assert.Single(manifest.Models);
        Assert.Equal(["meta-llama/Llama-3.1-8B"], model.BaseModels);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Equal(["mit"], HubModelInfo.Parse(model.HubAnswer!).Licenses);
    }

    [Fact]
    public void A_licence_the_table_does_not_know_stays_unknown()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "other", licenseName: "acme-community-license", licenseLink: "LICENSE"));

        var (manifest, _) = Run([Reference]);

        var model = Assert.Single(manifest.Models);
        Assert.Equal(OpennessTier.Unknown, model.Tier);
        Assert.NotNull(model.HubAnswer);
        var unknown = Assert.Single(manifest.Problems, p => p.Code == DiagnosticIds.LicenseUnknown);
        Assert.Contains("acme-community-license", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pinned_revision_is_asked_for_by_its_own_path()
    {
        const string revision = "0123456789abcdef0123456789abcdef01234567";
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0", sha: revision), revision);

        var (manifest, _) = Run([new TaskItem(Reference, new Dictionary<string, string> { ["Revision"] = revision })]);

        var model = Assert.Single(manifest.Models);
        Assert.Equal(revision, model.Revision);
        Assert.Equal(OpennessTier.OpenWeights, model.Tier);
        Assert.Equal(1, _hub.Count(LoopbackHub.PathOf(Model, revision)));
        Assert.Equal(0, _hub.Count(LoopbackHub.PathOf(Model)));
    }

    [Fact]
    public void A_hub_cache_snapshot_without_a_card_is_looked_up_at_its_commit()
    {
        const string revision = "fedcba9876543210fedcba9876543210fedcba98";
        using var folder = new HuggingFaceFolderBuilder().WithConfig("{\"model_type\":\"llama\"}").WithModelFile().AsCacheSnapshot(Model, revision).Build();
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "mit", sha: revision), revision);

        var (manifest, _) = Run([folder.Path]);

        var model = Assert.Single(manifest.Models);
        Assert.Equal(OpennessTier.OpenWeights, model.Tier);
        Assert.Equal("MIT", model.License, ignoreCase: true);
        Assert.NotNull(model.HubAnswer);
        Assert.Equal(1, _hub.Count(LoopbackHub.PathOf(Model, revision)));
    }

    [Fact]
    public void A_model_the_catalog_knows_is_not_looked_up()
    {
        var (manifest, _) = Run(["hf:meta-llama/Llama-3.1-8B"]);

        Assert.Equal(OpennessTier.RestrictedWeights, Assert.Single(manifest.Models).Tier);
        Assert.Empty(_hub.Requests);
    }

    [Fact]
    public void A_second_build_answers_from_the_cache_without_a_request()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));

        var (first, _) = Run([Reference]);
        var (second, _) = Run([Reference]);

        Assert.Single(_hub.Requests);
        Assert.Equal(first.Models[0].HubAnswer, second.Models[0].HubAnswer);
        Assert.Equal(OpennessTier.OpenWeights, second.Models[0].Tier);
        Assert.Contains(_engine.Messages, m => m.Contains("1 from the cache", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expired_cache_entry_is_asked_again()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));
        Run([Reference]);
        foreach (var file in CacheFiles())
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-25));
        }

        var (manifest, _) = Run([Reference]);

        Assert.Equal(2, _hub.Requests.Count);
        Assert.Equal(OpennessTier.OpenWeights, Assert.Single(manifest.Models).Tier);
    }

    [Fact]
    public void A_corrupt_cache_file_is_ignored_and_written_again()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));
        Run([Reference]);
        var file = Assert.Single(CacheFiles());
        File.WriteAllText(file, "{\"id\": \"acme/tiny-ch");

        var (manifest, _) = Run([Reference]);

        Assert.Equal(2, _hub.Requests.Count);
        Assert.Equal(OpennessTier.OpenWeights, Assert.Single(manifest.Models).Tier);
        Assert.Empty(manifest.Problems);
        Assert.Equal(Model, HubModelInfo.Parse(File.ReadAllText(Assert.Single(CacheFiles()))).Id);
    }

    public static TheoryData<int, string> FailingStatuses => new()
    {
        { 401, "HTTP 401" },
        { 403, "HTTP 403" },
        { 404, "HTTP 404" },
        { 429, "HTTP 429" },
        { 500, "HTTP 500" },
    };

    [Theory]
    [MemberData(nameof(FailingStatuses))]
    public void An_http_error_is_one_warning_and_the_offline_verdict(int status, string reason)
    {
        _hub.Serve(Model, "{\"error\":\"nope\"}", status: status);

        AssertFailsLikeOffline(reason);
    }

    [Fact]
    public void Malformed_json_is_one_warning_and_the_offline_verdict()
    {
        _hub.Serve(Model, "{\"id\": \"acme/tiny-chat\", \"cardData\": {\"license\": ");

        AssertFailsLikeOffline("not valid JSON");
    }

    [Fact]
    public void An_answer_that_is_not_an_object_is_one_warning_and_the_offline_verdict()
    {
        _hub.Serve(Model, "[\"apache-2.0\"]");

        AssertFailsLikeOffline("not an object");
    }

    [Fact]
    public void An_oversized_answer_is_one_warning_and_the_offline_verdict()
    {
        var padding = new string(' ', HubModelInfo.MaxAnswerBytes);
        _hub.Serve(Model, Encoding.UTF8.GetBytes(LoopbackHub.ModelJson(Model, license: "apache-2.0") + padding));

        AssertFailsLikeOffline("larger than 4 MiB");
    }

    [Fact]
    public void A_dead_port_is_one_warning_and_the_offline_verdict()
    {
        AssertFailsLikeOffline("no answer from", endpoint: $"http://127.0.0.1:{LoopbackServer.UnusedPort()}");
    }

    [Fact]
    public void A_slow_hub_times_out_within_the_budget_and_the_rest_share_one_warning()
    {
        string[] references = [Reference, "hf:acme/second", "hf:acme/third"];
        foreach (var reference in references)
        {
            _hub.Serve(reference.Substring(3), LoopbackHub.ModelJson(reference.Substring(3), license: "mit"), delay: TimeSpan.FromSeconds(20));
        }

        var clock = Stopwatch.StartNew();
        var (manifest, _) = Run(references, task => task.OnlineTimeout = "1");
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Empty(manifest.Models);
        var failures = manifest.Problems.Where(p => p.Code == DiagnosticIds.OnlineLookupFailed).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains("timed out after 1 s", failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("acme/tiny-chat", failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("hf:acme/second", failures[1].Message, StringComparison.Ordinal);
        Assert.Contains("hf:acme/third", failures[1].Message, StringComparison.Ordinal);
        Assert.Equal(3, manifest.Problems.Count(p => p.Code == DiagnosticIds.LicenseUnknown));

        // The hub is asked once at most: after the first time-out the others are not sent. (On a loaded machine the
        // client may give up before the server has read the first request, so none recorded is as good.)
        Assert.True(_hub.Requests.Count <= 1, $"{_hub.Requests.Count} requests");
    }

    [Fact]
    public void The_token_is_sent_as_a_bearer_header_and_written_nowhere()
    {
        _environment["HF_TOKEN"] = Token;
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));
        _hub.Serve("acme/private", "{\"error\":\"Invalid credentials in Authorization header\"}", status: 401);

        var (manifest, text) = Run([Reference, "hf:acme/private"]);

        Assert.All(_hub.Requests, request => Assert.Equal("Bearer " + Token, request.Headers["Authorization"]));
        Assert.Equal(2, _hub.Requests.Count);
        Assert.Contains(manifest.Problems, p => p.Code == DiagnosticIds.OnlineLookupFailed && p.Message.Contains("HTTP 401", StringComparison.Ordinal));
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, string.Join("\n", _engine.Messages), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, _engine.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(CacheFiles());
        foreach (var file in Directory.EnumerateFiles(_cache.FullPath, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Token, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_a_token_no_authorization_header_is_sent()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));

        Run([Reference]);

        Assert.False(Assert.Single(_hub.Requests).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public void The_endpoint_comes_from_hf_endpoint_when_the_property_is_unset()
    {
        _environment["HF_ENDPOINT"] = _hub.Endpoint;
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));

        var (manifest, _) = Run([Reference], task => task.HubEndpoint = null);

        Assert.Equal(OpennessTier.OpenWeights, Assert.Single(manifest.Models).Tier);
        Assert.Single(_hub.Requests);
    }

    [Fact]
    public void Offline_nothing_is_asked_even_with_a_hub_configured()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));

        var (manifest, _) = Run([Reference], task => task.Online = false);

        Assert.Empty(manifest.Models);
        Assert.Contains(manifest.Problems, p => p.Code == DiagnosticIds.LicenseUnknown);
        Assert.Empty(_hub.Requests);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_cache.FullPath));
    }

    [Fact]
    public void A_design_time_build_never_goes_online()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));

        Run([Reference], task => task.DesignTimeBuild = true);

        Assert.Empty(_hub.Requests);
    }

    [Fact]
    public void Offline_the_locked_answers_decide_and_no_request_is_made()
    {
        var locked = new HubModelInfo(Model, "abc", ["apache-2.0"], null, null, [], null, ["license:apache-2.0"], null).ToJson();
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "mit"));
        var resolver = new ModelResolver(_project.FullPath)
        {
            ModelReferences = [new ModelReferenceInput(Reference)],
            LockedHubAnswers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["ACME/tiny-chat"] = locked },
        };

        var manifest = resolver.Resolve();

        var model = Assert.Single(manifest.Models);
        Assert.Equal("Apache-2.0", model.License, ignoreCase: true);
        Assert.Equal(OpennessTier.OpenWeights, model.Tier);
        Assert.Equal(locked, model.HubAnswer);
        Assert.Empty(manifest.Problems);
        Assert.Empty(_hub.Requests);
    }

    [Fact]
    public void Online_a_failed_look_up_falls_back_to_the_locked_answer()
    {
        var locked = new HubModelInfo(Model, "abc", ["apache-2.0"], null, null, [], null, [], null).ToJson();
        _hub.Serve(Model, "{}", status: 500);
        var resolver = new ModelResolver(_project.FullPath)
        {
            ModelReferences = [new ModelReferenceInput(Reference)],
            LockedHubAnswers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [Model] = locked },
            Online = new HubSettings(new Uri(_hub.Endpoint), null, TimeSpan.FromSeconds(10), _cache.FullPath, TimeSpan.FromHours(24)),
        };

        var manifest = resolver.Resolve();

        Assert.Equal(OpennessTier.OpenWeights, Assert.Single(manifest.Models).Tier);
        var failure = Assert.Single(manifest.Problems);
        Assert.Equal(DiagnosticIds.OnlineLookupFailed, failure.Code);
        Assert.Contains("HTTP 500", failure.Message, StringComparison.Ordinal);
        Assert.Contains("lock file", failure.Message, StringComparison.Ordinal);
        Assert.Single(_hub.Requests);
    }

    [Fact]
    public void An_endpoint_with_credentials_in_it_is_a_warning_and_no_request()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));

        var (manifest, _) = Run([Reference], task => task.HubEndpoint = "ftp://user:secret@127.0.0.1/");

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.OnlineLookupFailed, warning.Code);
        Assert.DoesNotContain("secret", warning.Message, StringComparison.Ordinal);
        Assert.Empty(manifest.Models);
        Assert.Empty(_hub.Requests);
    }

    [Fact]
    public void A_timeout_that_is_not_a_number_is_a_warning_and_the_default()
    {
        _hub.Serve(Model, LoopbackHub.ModelJson(Model, license: "apache-2.0"));

        var (manifest, _) = Run([Reference], task => task.OnlineTimeout = "ten");

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.OnlineLookupFailed, warning.Code);
        Assert.Contains("ModelLicenseGuardOnlineTimeout 'ten'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(OpennessTier.OpenWeights, Assert.Single(manifest.Models).Tier);
    }

    [Fact]
    public void A_recorded_answer_reads_back_as_written()
    {
        var answer = HubModelInfo.Parse(LoopbackHub.ModelJson(Model, license: "other", licenseName: "llama3.1", licenseLink: "https://llama.meta.com/llama3_1/license/", baseModel: "meta-llama/Llama-3.1-8B", gated: "manual"));

        var again = HubModelInfo.Parse(answer.ToJson());

        Assert.Equal(answer.ToJson(), again.ToJson());
        Assert.Equal("manual", again.Gated);
        Assert.Equal("llama3.1", again.LicenseName);
        Assert.Equal(["meta-llama/Llama-3.1-8B"], again.BaseModels);
    }

    private void AssertFailsLikeOffline(string reason, string? endpoint = null)
    {
        var (offline, _) = Run([Reference], task => task.Online = false);
        _engine = new FakeBuildEngine();

        var (online, _) = Run([Reference], task => task.HubEndpoint = endpoint ?? _hub.Endpoint);

        var failure = Assert.Single(online.Problems, p => p.Code == DiagnosticIds.OnlineLookupFailed);
        Assert.Contains(Model, failure.Message, StringComparison.Ordinal);
        Assert.Contains(reason, failure.Message, StringComparison.Ordinal);
        Assert.Equal(Reference, failure.File);
        Assert.Equal(ManifestFormat.Write(Without(offline)), ManifestFormat.Write(Without(online)));
        Assert.Empty(CacheFiles());
        Assert.Empty(_engine.Warnings);
    }

    private static ModelManifest Without(ModelManifest manifest)
    {
        var copy = new ModelManifest();
        copy.Models.AddRange(manifest.Models);
        copy.Problems.AddRange(manifest.Problems.Where(p => p.Code != DiagnosticIds.OnlineLookupFailed));
        return copy;
    }

    private IEnumerable<string> CacheFiles() => Directory.Exists(_cache.FullPath) ? Directory.EnumerateFiles(_cache.FullPath, "*.json", SearchOption.AllDirectories) : [];

    private (ModelManifest Manifest, string Text) Run(string[] references, Action<ResolveModelArtifacts>? configure = null)
        => Run(references.Select(r => (ITaskItem)new TaskItem(r)).ToArray(), configure);

    private (ModelManifest Manifest, string Text) Run(ITaskItem[] references, Action<ResolveModelArtifacts>? configure = null)
    {
        var task = new ResolveModelArtifacts
        {
            BuildEngine = _engine,
            ProjectDirectory = _project.FullPath,
            ManifestPath = _project.PathOf("obj/" + ManifestFormat.FileName),
            ModelReferences = references,
            Online = true,
            HubEndpoint = _hub.Endpoint,
            OnlineCacheDirectory = _cache.FullPath,
            GetEnvironmentVariable = name => _environment.TryGetValue(name, out var value) ? value : null,
        };
        configure?.Invoke(task);

        Assert.True(task.Execute());

        var text = File.ReadAllText(task.ManifestPath);
        return (ManifestFormat.Read(text), text);
    }
}
