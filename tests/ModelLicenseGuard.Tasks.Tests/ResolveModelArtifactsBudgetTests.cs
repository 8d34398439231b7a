using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests;

/// <summary>The read caps reach the task as parameters, and every file past the build's budget is named.</summary>
public sealed class ResolveModelArtifactsBudgetTests : IDisposable
{
    private readonly TempDirectory _project = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Every_file_past_the_builds_byte_budget_is_MLG0032_naming_the_cap()
    {
        var sources = new[] { "models/a.gguf", "models/b.gguf", "models/c.gguf" };
        foreach (var source in sources)
        {
            _project.WriteBytes(source, GgufBuilder.Model(Path.GetFileNameWithoutExtension(source), "mit").Build());
        }

        var task = Task(sources);
        task.MaxTotalHeaderBytes = new FileInfo(_project.PathOf(sources[0])).Length + 8;

        Assert.True(task.Execute());

        var manifest = ReadManifest();
        Assert.Equal("a", Assert.Single(manifest.Models).Name);
        Assert.Equal(["models/b.gguf", "models/c.gguf"], manifest.Problems.Select(p => p.File));
        Assert.All(manifest.Problems, p =>
        {
            Assert.Equal(DiagnosticIds.UnreadableModel, p.Code);
            Assert.Contains("ModelLicenseGuardMaxTotalHeaderBytes", p.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_file_past_the_per_file_cap_is_MLG0032_and_read_again_once_the_cap_is_raised()
    {
        _project.WriteBytes("models/big.gguf", GgufBuilder.Model("Big", "mit").Build());
        var cache = _project.PathOf("obj/files.cache");
        var low = Task(["models/big.gguf"], cache);
        low.MaxHeaderBytes = 16;

        Assert.True(low.Execute());
        var problem = Assert.Single(ReadManifest().Problems);
        Assert.Contains("ModelLicenseGuardMaxHeaderBytes", problem.Message, StringComparison.Ordinal);

        Assert.True(Task(["models/big.gguf"], cache).Execute());
        Assert.Empty(ReadManifest().Problems);
        Assert.Equal("Big", Assert.Single(ReadManifest().Models).Name);
    }

    private ResolveModelArtifacts Task(string[] files, string? cachePath = null) => new()
    {
        BuildEngine = _engine,
        ProjectDirectory = _project.FullPath,
        ManifestPath = _project.PathOf("obj/" + ManifestFormat.FileName),
        CachePath = cachePath,
        ModelFiles = files.Select(s => (ITaskItem)new TaskItem(s)).ToArray(),
    };

    private ModelManifest ReadManifest() => ManifestFormat.Read(File.ReadAllText(_project.PathOf("obj/" + ManifestFormat.FileName)));
}
