using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Build.Framework;
using TaskItem = Microsoft.Build.Utilities.TaskItem;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests;

/// <summary>
/// One bad input never costs the others: each model file, folder, reference, package and configuration file is
/// resolved on its own, what goes wrong with it is reported naming it, and only regular files are ever opened — a
/// pipe, a socket, a device or a link loop beside a good model is named in a warning, promptly, and the good model
/// still reaches the manifest with its licence.
/// </summary>
public sealed class ResolveModelArtifactsIsolationTests : IDisposable
{
    // Generous for a loaded machine; a read that blocks would wait for ever.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _project = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task An_unexpected_failure_on_one_input_is_an_internal_error_naming_it_and_every_other_input_still_reaches_the_manifest()
    {
        _project.WriteBytes("models/first.gguf", GgufBuilder.Model("First", "apache-2.0").Build());
        _project.WriteBytes("models/throws.gguf", GgufBuilder.Model("Throws", "mit").Build());
        _project.WriteBytes("models/last.safetensors", SafetensorsBuilder.Model("Last", "mit").Build());
        _project.WriteBytes("appsettings.json", "{ \"Chat\": { \"ModelId\": \"hf:Qwen/Qwen2.5-7B-Instruct\" } }"u8.ToArray());
        var resolve = Resolve(files: ["models/first.gguf", "models/throws.gguf"], references: ["hf:microsoft/Phi-3-mini-4k-instruct", "models/last.safetensors"]);
        resolve.ConfigurationFiles = [new TaskItem("appsettings.json")];

        // What an unseekable stream did in the GGUF magic check, before only regular files were opened.
        var read = resolve.ReadModelFile;
        resolve.ReadModelFile = (fullPath, source, budget) => source == "models/throws.gguf" ? throw new NotSupportedException("Stream does not support seeking.") : read(fullPath, source, budget);

        await ExecuteWithinTimeout(resolve);

        var manifest = ReadManifest();
        Assert.Equal(
            ["First", "microsoft/Phi-3-mini-4k-instruct", "Last", "Qwen/Qwen2.5-7B-Instruct"],
            manifest.Models.Select(m => m.CatalogId is { } id && m.Source.Contains(':', StringComparison.Ordinal) ? id : m.Name));
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal((DiagnosticIds.InternalError, "models/throws.gguf"), (problem.Code, problem.File));
        Assert.Contains("failed on 'models/throws.gguf' and skipped it: System.NotSupportedException: Stream does not support seeking.", problem.Message, StringComparison.Ordinal);

        // Reported like any other problem, at the input, and not as the task failing as a whole.
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal((DiagnosticIds.InternalError, _project.PathOf("models/throws.gguf")), (warning.Code, warning.File));
    }

    [Fact]
    public async Task An_input_error_on_one_input_is_an_unreadable_model_naming_it_and_the_others_are_kept()
    {
        _project.WriteBytes("models/good.gguf", GgufBuilder.Model("Good", "apache-2.0").Build());
        _project.WriteBytes("models/vanishing.gguf", GgufBuilder.Model("Vanishing", "mit").Build());
        var resolve = Resolve(files: ["models/vanishing.gguf", "models/good.gguf"]);
        var read = resolve.ReadModelFile;
        resolve.ReadModelFile = (fullPath, source, budget) => source == "models/vanishing.gguf" ? throw new FileNotFoundException("The file went away while it was read.") : read(fullPath, source, budget);

        await ExecuteWithinTimeout(resolve);

        Assert.Equal("Good", Assert.Single(ReadManifest().Models).Name);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.UnreadableModel, warning.Code);
        Assert.Contains("'models/vanishing.gguf' cannot be read: The file went away while it was read.", warning.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public async Task A_named_pipe_is_named_not_opened_and_the_model_beside_it_is_kept()
    {
        SpecialFiles.Fifo(_project.PathOf("models/pipe.gguf"));

        await AssertNamedBesideAGoodModel("models/pipe.gguf", "is a named pipe (FIFO), not a regular file");
    }

    [UnixFact]
    public async Task A_unix_domain_socket_is_named_not_opened_and_the_model_beside_it_is_kept()
    {
        using var socket = SpecialFiles.UnixSocket(_project.PathOf("models/socket.gguf"));

        await AssertNamedBesideAGoodModel("models/socket.gguf", "is a socket, not a regular file");
    }

    [UnixFact]
    public async Task A_link_to_dev_zero_is_named_not_read_and_the_model_beside_it_is_kept()
    {
        SpecialFiles.Link(_project.PathOf("models/x.gguf"), "/dev/zero");

        await AssertNamedBesideAGoodModel("models/x.gguf", "is a character device (a symbolic link to '/dev/zero'), not a regular file");
    }

    [UnixFact]
    public async Task A_symbolic_link_loop_is_named_and_the_model_beside_it_is_kept()
    {
        SpecialFiles.LinkLoop(_project.PathOf("models/loop.gguf"));

        await AssertNamedBesideAGoodModel("models/loop.gguf", $"reaches no file within {RegularFile.MaxLinks} links (a loop)");
    }

    [UnixFact(needsReadPermissionToCount: true)]
    public async Task A_model_file_without_read_permission_is_named_and_the_model_beside_it_is_kept()
    {
        SpecialFiles.Unreadable(_project.WriteBytes("models/secret.gguf", GgufBuilder.Model("Secret", "mit").Build()));

        await AssertNamedBesideAGoodModel("models/secret.gguf", "cannot be read");
    }

    [UnixFact]
    public async Task A_model_folder_whose_card_is_a_pipe_is_named_by_its_card_not_taken_for_a_folder_without_one()
    {
        Directory.CreateDirectory(_project.PathOf("models/folder"));
        SpecialFiles.Fifo(_project.PathOf("models/folder/README.md"));

        await AssertNamedBesideAGoodModel("models/folder", "its README.md is a named pipe (FIFO), not a regular file");
    }

    [UnixFact(needsReadPermissionToCount: true)]
    public async Task A_model_folder_whose_card_cannot_be_read_is_named_by_its_card_not_taken_for_a_folder_without_one()
    {
        SpecialFiles.Unreadable(_project.WriteBytes("models/folder/README.md", "---\nlicense: mit\n---\n"u8.ToArray()));

        await AssertNamedBesideAGoodModel("models/folder", "its README.md cannot be read");
    }

    [UnixFact]
    public async Task A_pipe_with_a_generic_extension_is_not_opened_to_sniff_it()
    {
        _project.WriteBytes("models/good.gguf", GgufBuilder.Model("Good", "apache-2.0").Build());
        SpecialFiles.Fifo(_project.PathOf("models/pipe.bin"));
        var resolve = Resolve(files: ["models/good.gguf"]);
        resolve.CandidateFiles = [new TaskItem("models/pipe.bin")];

        await ExecuteWithinTimeout(resolve);

        Assert.Equal("Good", Assert.Single(ReadManifest().Models).Name);
        Assert.Empty(_engine.Diagnostics);
    }

    /// <summary>The bad input first, then a good model: the warning names the bad one and the good one is classified.</summary>
    private async Task AssertNamedBesideAGoodModel(string bad, string what)
    {
        _project.WriteBytes("models/good.gguf", GgufBuilder.Model("Good", "apache-2.0").Build());
        var resolve = Resolve(references: [bad, "models/good.gguf"]);

        await ExecuteWithinTimeout(resolve);

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal((DiagnosticIds.UnreadableModel, _project.PathOf(bad)), (warning.Code, warning.File));
        Assert.Contains($"'{bad}' cannot be read", warning.Message, StringComparison.Ordinal);
        Assert.Contains(what, warning.Message, StringComparison.Ordinal);
        var model = Assert.Single(ReadManifest().Models);
        Assert.Equal(("Good", "apache-2.0", OpennessTier.OpenWeights), (model.Name, model.License, model.Tier));
    }

    /// <summary>Runs the resolve task, then the check that reports the manifest's problems; a read that blocks fails the test.</summary>
    private async Task ExecuteWithinTimeout(ResolveModelArtifacts resolve)
    {
        var check = new CheckModelLicenses { BuildEngine = _engine, ManifestPath = resolve.ManifestPath, ProjectDirectory = _project.FullPath };
        var run = Task.Run(() => resolve.Execute() && check.Execute());

        Assert.True(await Task.WhenAny(run, Task.Delay(Timeout)) == run, $"The tasks did not finish within {Timeout}: a read blocked.");
        Assert.True(await run, _engine.ToString());
        Assert.Empty(_engine.Errors);
    }

    private ResolveModelArtifacts Resolve(string[]? files = null, string[]? references = null) => new()
    {
        BuildEngine = _engine,
        ProjectDirectory = _project.FullPath,
        ManifestPath = _project.PathOf("obj/" + ManifestFormat.FileName),
        ModelFiles = Items(files),
        ModelReferences = Items(references),
    };

    private static ITaskItem[] Items(string[]? specs) => (specs ?? []).Select(s => (ITaskItem)new TaskItem(s)).ToArray();

    private ModelManifest ReadManifest() => ManifestFormat.Read(File.ReadAllText(_project.PathOf("obj/" + ManifestFormat.FileName)));
}
