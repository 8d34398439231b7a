using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Caching;

/// <summary>Headers are read once per file state: an unchanged file is not read again, a changed one is.</summary>
public sealed class FactsCacheTests : IDisposable
{
    private readonly TempDirectory _project = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void An_unchanged_file_is_not_read_again()
    {
        var path = _project.WriteBytes("models/model.gguf", GgufBuilder.Model("Acme Chat", "cc-by-nc-4.0").Build());
        Assert.True(Task().Execute());

        // Same size and time, different bytes: only a cache hit can still know the licence.
        Overwrite(path, fill: 0xFF, keepTime: true);
        Assert.True(Task().Execute());

        var model = Assert.Single(Manifest().Models);
        Assert.Equal("cc-by-nc-4.0", model.License);
        Assert.Empty(Manifest().Problems);
    }

    [Fact]
    public void A_cached_file_keeps_its_size_and_header_hash_for_the_lock_file()
    {
        var path = _project.WriteBytes("models/model.gguf", GgufBuilder.Model("Acme Chat", "cc-by-nc-4.0").Build());
        Assert.True(Task().Execute());
        var read = Assert.Single(Manifest().Models);

        // Same size and time, different bytes: what the manifest says now comes from the cache.
        Overwrite(path, fill: 0xFF, keepTime: true);
        Assert.True(Task().Execute());

        var cached = Assert.Single(Manifest().Models);
        Assert.NotNull(read.HeaderSha256);
        Assert.Equal(read.HeaderSha256, cached.HeaderSha256);
        Assert.Equal(read.FileSize, cached.FileSize);
    }

    [Fact]
    public void A_changed_file_is_read_again()
    {
        var path = _project.WriteBytes("models/model.gguf", GgufBuilder.Model("Acme Chat", "cc-by-nc-4.0").Build());
        Assert.True(Task().Execute());

        Overwrite(path, fill: 0xFF, keepTime: false);
        Assert.True(Task().Execute());

        Assert.Empty(Manifest().Models);
        Assert.Equal(DiagnosticIds.UnreadableModel, Assert.Single(Manifest().Problems).Code);
    }

    [Fact]
    public void A_corrupt_file_is_remembered_as_corrupt_until_it_changes()
    {
        var path = _project.WriteBytes("models/model.gguf", [0x47, 0x47, 0x55, 0x46, 3, 0, 0]);
        Assert.True(Task().Execute());
        var first = Assert.Single(Manifest().Problems);

        Assert.True(Task().Execute());

        Assert.Equal(first.Message, Assert.Single(Manifest().Problems).Message);
        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# tool 0\n[x]\nsource: y\n")]
    [InlineData("not a cache at all\n[[[\n")]
    public void A_foreign_or_damaged_cache_is_ignored(string text)
    {
        _project.WriteBytes("models/model.gguf", GgufBuilder.Model("Acme Chat", "mit").Build());
        Directory.CreateDirectory(Path.GetDirectoryName(CachePath)!);
        File.WriteAllText(CachePath, text);

        Assert.True(Task().Execute());

        Assert.Equal("mit", Assert.Single(Manifest().Models).License);
        Assert.Empty(_engine.Diagnostics);
    }

    private string CachePath => _project.PathOf("obj/files.cache");

    private ResolveModelArtifacts Task() => new()
    {
        BuildEngine = _engine,
        ModelFiles = [new TaskItem("models/model.gguf")],
        ProjectDirectory = _project.FullPath,
        ManifestPath = _project.PathOf("obj/" + ManifestFormat.FileName),
        CachePath = CachePath,
    };

    private ModelManifest Manifest() => ManifestFormat.Read(File.ReadAllText(_project.PathOf("obj/" + ManifestFormat.FileName)));

    private static void Overwrite(string path, byte fill, bool keepTime)
    {
        var time = File.GetLastWriteTimeUtc(path);
        var bytes = new byte[new FileInfo(path).Length];
        Array.Fill(bytes, fill);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, keepTime ? time : time.AddSeconds(10));
    }
}
