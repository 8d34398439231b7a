using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests;

public sealed class ResolveModelArtifactsTests : IDisposable
{
    private readonly TempDirectory _project = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Writes_a_manifest_with_a_classified_llama_model()
    {
        _project.WriteBytes("models/llama.gguf", GgufBuilder.Model("Meta Llama 3.1 8B Instruct", "llama3.1")
            .Add("general.basename", "Meta-Llama-3.1")
            .AddBaseModel("Llama 3.1 8B", "Meta Llama", "https://huggingface.co/meta-llama/Llama-3.1-8B")
            .Build());
        var task = Task(files: ["models/llama.gguf"]);

        Assert.True(task.Execute());

        Assert.Empty(_engine.Diagnostics);
        Assert.Equal(1, task.ModelCount);
        var manifest = ReadManifest();
        var model = Assert.Single(manifest.Models);
        Assert.Empty(manifest.Problems);
        Assert.Equal("Meta Llama 3.1 8B Instruct", model.Name);
        Assert.Equal("models/llama.gguf", model.Source);
        Assert.Equal("gguf", model.Format);
        Assert.Equal("llama3.1", model.License);
        Assert.StartsWith("general.license in models/llama.gguf", model.LicenseOrigin, StringComparison.Ordinal);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Equal(Licenses.CommercialUse.Conditional, model.CommercialUse);
        Assert.Equal("Built with Llama", model.Attribution);
        Assert.Equal(["meta-llama/Llama-3.1-8B"], model.BaseModels);
        Assert.Contains("Llama 3.1", model.Aliases);
        Assert.Contains("Llama-3.1-8B", model.Aliases);
    }

    [Fact]
    public void Creates_the_manifest_folder_and_writes_utf8_without_a_bom()
    {
        _project.WriteBytes("m.gguf", GgufBuilder.Model("Ünïcødé", "mit").Build());
        var task = Task(files: ["m.gguf"], manifest: "obj/Debug/deeper/still/" + ManifestFormat.FileName);

        Assert.True(task.Execute());

        var bytes = File.ReadAllBytes(task.ManifestPath);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("Ünïcødé", Assert.Single(ManifestFormat.Read(File.ReadAllText(task.ManifestPath)).Models).Name);
    }

    [Fact]
    public void Reads_model_references_that_are_files_and_ignores_duplicates()
    {
        _project.WriteBytes("models/a.gguf", GgufBuilder.Model("A", "apache-2.0").Build());
        _project.WriteBytes("models/b.gguf", GgufBuilder.Model("B", "mit", version: 2).Build());
        var task = Task(files: ["models/a.gguf", "models/./a.gguf"], references: [" models/b.gguf ", "models/a.gguf", _project.PathOf("models/b.gguf")]);

        Assert.True(task.Execute());

        Assert.Equal(2, task.ModelCount);
        Assert.Equal(["A", "B"], ReadManifest().Models.Select(m => m.Name));
    }

    [Fact]
    public void Files_whose_names_differ_only_in_case_are_both_read_where_the_file_system_tells_them_apart()
    {
        _project.WriteBytes("models/Model.gguf", GgufBuilder.Model("Upper", "llama3.1").Build());
        _project.WriteBytes("models/model.gguf", GgufBuilder.Model("Lower", "cc-by-nc-4.0").Build());
        var caseSensitive = Directory.GetFiles(_project.PathOf("models")).Length == 2;
        var task = Task(files: ["models/Model.gguf", "models/model.gguf"]);

        Assert.True(task.Execute());

        var names = ReadManifest().Models.Select(m => m.Name).ToList();
        Assert.Equal(caseSensitive ? ["Upper", "Lower"] : ["Lower"], names);
    }

    [Fact]
    public void A_licence_given_as_other_names_the_field_it_was_resolved_from()
    {
        _project.WriteBytes("models/gemma.gguf", GgufBuilder.Model("Gemma 2 9B", "other").Add("general.license.name", "gemma-terms-of-use").Build());

        Assert.True(Task(files: ["models/gemma.gguf"]).Execute());

        var model = Assert.Single(ReadManifest().Models);
        Assert.Equal("gemma", model.License);
        Assert.StartsWith("general.license.name in models/gemma.gguf", model.LicenseOrigin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_a_licence_is_kept_with_an_unknown_licence_problem()
    {
        _project.WriteBytes("models/nolicence.gguf", GgufBuilder.Model("No Licence", license: null).Build());

        Assert.True(Task(files: ["models/nolicence.gguf"]).Execute());

        var manifest = ReadManifest();
        Assert.Equal(OpennessTier.Unknown, Assert.Single(manifest.Models).Tier);
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal(DiagnosticIds.LicenseUnknown, problem.Code);
        Assert.Equal("models/nolicence.gguf", problem.File);
    }

    [Fact]
    public void A_truncated_file_becomes_an_unreadable_model_problem()
    {
        var bytes = GgufBuilder.Model("Cut", "llama3.1").Build();
        _project.WriteBytes("models/cut.gguf", bytes.AsSpan(0, 40).ToArray());

        Assert.True(Task(files: ["models/cut.gguf"]).Execute());

        Assert.Empty(_engine.Diagnostics);
        var manifest = ReadManifest();
        Assert.Empty(manifest.Models);
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal(DiagnosticIds.UnreadableModel, problem.Code);
        Assert.Equal("models/cut.gguf", problem.File);
        Assert.Contains("'models/cut.gguf' cannot be read", problem.Message, StringComparison.Ordinal);
        Assert.Contains("truncated or corrupt", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("models/notes.txt", "neither GGUF, safetensors nor ONNX")]
    [InlineData("models/empty.gguf", "truncated or corrupt")]
    public void A_file_that_is_no_model_becomes_an_unreadable_model_problem(string path, string reason)
    {
        _project.WriteBytes(path, path.EndsWith(".txt", StringComparison.Ordinal) ? "Just some text, not a model."u8.ToArray() : []);

        Assert.True(Task(files: [path]).Execute());

        var problem = Assert.Single(ReadManifest().Problems);
        Assert.Equal(DiagnosticIds.UnreadableModel, problem.Code);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_becomes_an_unreadable_model_problem()
    {
        Assert.True(Task(files: ["models/missing.gguf"]).Execute());

        var manifest = ReadManifest();
        Assert.Empty(manifest.Models);
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal(DiagnosticIds.UnreadableModel, problem.Code);
        Assert.Equal("models/missing.gguf", problem.File);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_nothing_model_like_becomes_an_unknown_licence_problem()
    {
        Directory.CreateDirectory(_project.PathOf("models/safetensors-model"));

        Assert.True(Task(references: ["models/safetensors-model"]).Execute());

        var problem = Assert.Single(ReadManifest().Problems);
        Assert.Equal(DiagnosticIds.LicenseUnknown, problem.Code);
        Assert.Contains("holds no model card", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hf:no-such-org/no-such-model")]
    [InlineData("HF:org/name")]
    [InlineData("ollama:no-such-model:7b")]
    [InlineData("  hf:org/name  ")]
    public void A_reference_the_catalog_does_not_know_becomes_an_unknown_licence_problem(string reference)
    {
        Assert.True(Task(references: [reference]).Execute());

        var manifest = ReadManifest();
        Assert.Empty(manifest.Models);
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal(DiagnosticIds.LicenseUnknown, problem.Code);
        Assert.Equal(reference.Trim(), problem.File);
        Assert.Contains($"'{reference.Trim()}'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hf:meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("ollama:llama3.1:8b", "meta-llama/Llama-3.1-8B-Instruct", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("ollama:qwen2.5:7b", "Qwen/Qwen2.5-7B-Instruct", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:allenai/OLMo-2-1124-7B", "allenai/OLMo-2-1124-7B", OpennessTier.OpenSourceAI, "apache-2.0")]
    public void A_reference_the_catalog_knows_is_classified_offline(string reference, string catalogId, OpennessTier tier, string license)
    {
        Assert.True(Task(references: [reference]).Execute());

        var manifest = ReadManifest();
        Assert.Empty(manifest.Problems);
        var model = Assert.Single(manifest.Models);
        Assert.Equal(catalogId, model.CatalogId);
        Assert.Equal(tier, model.Tier);
        Assert.Equal(license, model.License);
        Assert.Equal(reference, model.Source);
        Assert.DoesNotContain(model.Aliases, alias => alias.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public void One_bad_item_does_not_lose_the_other_models()
    {
        _project.WriteBytes("models/good.gguf", GgufBuilder.Model("Good", "llama3.1").Build());
        var task = Task(files: ["models/bad\0name.gguf", "models/good.gguf"]);

        Assert.True(task.Execute());

        Assert.Empty(_engine.Diagnostics);
        var manifest = ReadManifest();
        Assert.Equal("Good", Assert.Single(manifest.Models).Name);
        Assert.Equal(DiagnosticIds.UnreadableModel, Assert.Single(manifest.Problems).Code);
    }

    [Fact]
    public void With_no_models_an_empty_manifest_is_written()
    {
        var task = Task();

        Assert.True(task.Execute());

        Assert.Equal(0, task.ModelCount);
        var manifest = ReadManifest();
        Assert.Empty(manifest.Models);
        Assert.Empty(manifest.Problems);
    }

    [Fact]
    public void A_manifest_that_cannot_be_written_is_an_internal_error_warning_not_a_failed_build()
    {
        // An empty folder in the way is removed; one with content is its owner's.
        _project.WriteBytes("obj/" + ManifestFormat.FileName + "/keep.txt", [1]);

        Assert.True(Task().Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Empty(_engine.Errors);
        Assert.Equal(DiagnosticIds.InternalError, warning.Code);
        Assert.Contains(nameof(ResolveModelArtifacts), warning.Message, StringComparison.Ordinal);
        Assert.Equal(HelpLinks.For(DiagnosticIds.InternalError), warning.HelpLink);
        Assert.EndsWith("docs/rules/MLG9000.md", warning.HelpLink, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hub_reference_keeps_the_revision_it_pins()
    {
        var task = Task();
        var pinned = new TaskItem("hf:microsoft/Phi-3-mini-4k-instruct");
        pinned.SetMetadata("Revision", " 0a67737cc96d2554230f90338b163bc6380a2a85 ");
        task.ModelReferences = [pinned, new TaskItem("hf:mistralai/Mistral-7B-Instruct-v0.3"), new TaskItem("hf:Qwen/Qwen2.5-7B-Instruct@a09a354")];

        Assert.True(task.Execute(), _engine.ToString());

        var models = ReadManifest().Models;
        Assert.Equal("0a67737cc96d2554230f90338b163bc6380a2a85", Assert.Single(models, m => m.Source.Contains("Phi-3", StringComparison.Ordinal)).Revision);
        Assert.Null(Assert.Single(models, m => m.Source.Contains("Mistral", StringComparison.Ordinal)).Revision);
        Assert.Equal("a09a354", Assert.Single(models, m => m.Source.Contains("Qwen", StringComparison.Ordinal)).Revision);
    }

    private ResolveModelArtifacts Task(string[]? files = null, string[]? references = null, string? manifest = null) => new()
    {
        BuildEngine = _engine,
        ProjectDirectory = _project.FullPath,
        ManifestPath = _project.PathOf(manifest ?? "obj/" + ManifestFormat.FileName),
        ModelFiles = Items(files),
        ModelReferences = Items(references),
    };

    private static ITaskItem[] Items(string[]? specs) => (specs ?? []).Select(s => (ITaskItem)new TaskItem(s)).ToArray();

    private ModelManifest ReadManifest() => ManifestFormat.Read(File.ReadAllText(_project.PathOf("obj/" + ManifestFormat.FileName)));
}
