using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ModelLicenseGuard.Tasks.Online;

namespace ModelLicenseGuard.Tasks.Tests.Online;

public sealed class HubCacheTests : IDisposable
{
    private static readonly Uri Endpoint = new("https://huggingface.co");

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Parallel_writers_and_readers_never_see_half_an_answer()
    {
        var cache = new HubCache(_directory.FullPath, TimeSpan.FromHours(24));
        var answers = Enumerable.Range(0, 16)
            .Select(i => new HubModelInfo("acme/tiny-chat", "rev" + i, ["apache-2.0"], null, null, [], null, Enumerable.Range(0, 200).Select(t => $"tag-{i}-{t}-" + new string((char)('a' + i), 500)).ToList(), null))
            .ToList();

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0)
            {
                cache.Put(Endpoint, "acme/tiny-chat", null, answers[i % answers.Count]);
            }
            else if (cache.TryGet(Endpoint, "acme/tiny-chat", null, DateTime.UtcNow) is { } read)
            {
                Assert.Contains(read.ToJson(), answers.Select(a => a.ToJson()));
            }
        });

        Assert.Single(Directory.EnumerateFiles(_directory.FullPath));
        Assert.NotNull(cache.TryGet(Endpoint, "ACME/Tiny-Chat", null, DateTime.UtcNow));
    }

    [Fact]
    public void Endpoints_and_revisions_are_kept_apart()
    {
        var cache = new HubCache(_directory.FullPath, TimeSpan.FromHours(24));
        cache.Put(Endpoint, "acme/tiny-chat", "main", new HubModelInfo("acme/tiny-chat", "a", ["mit"], null, null, [], null, [], null));

        Assert.Null(cache.TryGet(Endpoint, "acme/tiny-chat", "other", DateTime.UtcNow));
        Assert.Null(cache.TryGet(new Uri("https://hf-mirror.example"), "acme/tiny-chat", "main", DateTime.UtcNow));
        Assert.NotNull(cache.TryGet(Endpoint, "acme/tiny-chat", "main", DateTime.UtcNow));
        Assert.Null(cache.TryGet(Endpoint, "acme/tiny-chat", "main", DateTime.UtcNow.AddHours(25)));
    }

    [Fact]
    public void A_cache_file_for_another_model_is_no_answer()
    {
        var cache = new HubCache(_directory.FullPath, TimeSpan.FromHours(24));
        var path = cache.PathOf(Endpoint, "acme/tiny-chat", null)!;
        Directory.CreateDirectory(_directory.FullPath);
        File.WriteAllText(path, new HubModelInfo("evil/other", null, ["mit"], null, null, [], null, [], null).ToJson());

        Assert.Null(cache.TryGet(Endpoint, "acme/tiny-chat", null, DateTime.UtcNow));
    }

    [Fact]
    public void The_default_folder_is_per_user()
    {
        var environment = new Dictionary<string, string> { ["HOME"] = "/srv/user-home", ["LOCALAPPDATA"] = @"C:\Users\dev\AppData\Local" };

        var folder = HubCache.DefaultDirectory(name => environment.TryGetValue(name, out var value) ? value : null);

        Assert.Equal(
            OperatingSystem.IsWindows() ? Path.Combine(@"C:\Users\dev\AppData\Local", "ModelLicenseGuard", "hub") : Path.Combine("/srv/user-home", ".cache", "ModelLicenseGuard", "hub"),
            folder);
        environment["XDG_CACHE_HOME"] = "/var/cache/dev";
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(Path.Combine("/var/cache/dev", "ModelLicenseGuard", "hub"), HubCache.DefaultDirectory(name => environment.TryGetValue(name, out var value) ? value : null));
        }
    }

    [Theory]
    [InlineData("acme/tiny-chat", true)]
    [InlineData("gpt2", true)]
    [InlineData("Qwen/Qwen2.5-7B-Instruct", true)]
    [InlineData("../etc/passwd", false)]
    [InlineData("acme/tiny-chat/extra", false)]
    [InlineData("acme/tiny chat", false)]
    [InlineData("acme/tiny-chat?x=1", false)]
    [InlineData("", false)]
    public void Only_hub_ids_are_put_into_a_request(string id, bool valid)
        => Assert.Equal(valid, HubClient.IsRepositoryId(id));

    [Fact]
    public void A_branch_revision_is_one_escaped_segment()
    {
        using var client = new HubClient(new Uri("https://huggingface.co/"), token: null);

        Assert.Equal("https://huggingface.co/api/models/acme/tiny-chat/revision/refs%2Fpr%2F1", client.AddressOf("acme/tiny-chat", "refs/pr/1").AbsoluteUri);
        Assert.Equal("https://huggingface.co/api/models/acme/tiny-chat", client.AddressOf("acme/tiny-chat", null).AbsoluteUri);
    }

    [Fact]
    public void An_endpoint_with_a_path_keeps_it()
    {
        using var client = new HubClient(new Uri("https://mirror.example/hf"), token: null);

        Assert.Equal("https://mirror.example/hf/api/models/gpt2", client.AddressOf("gpt2", null).AbsoluteUri);
    }
}
