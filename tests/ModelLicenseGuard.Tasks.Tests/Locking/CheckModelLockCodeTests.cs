using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Locking;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Locking;

/// <summary>The models named in code: checked after the compile from the compiler log, kept by the run before it.</summary>
public sealed class CheckModelLockCodeTests : IDisposable
{
    private static readonly byte[] Llama = GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build();

    private readonly TempDirectory _project = new();

    public CheckModelLockCodeTests() => Resolve(("models/llama.gguf", Llama));

    public void Dispose() => _project.Dispose();

    private string ManifestPath => _project.PathOf("obj/" + ManifestFormat.FileName);

    private string LockPath => _project.PathOf("models.lock.json");

    private string CompilerLog => _project.PathOf("obj/ModelLicenseGuard.sarif");

    private string Assembly => _project.PathOf("obj/App.dll");

    [Fact]
    public void A_compile_with_the_log_adds_the_models_named_in_code_beside_the_others_and_the_next_leaves_the_lock_alone()
    {
        Run();
        Compile("openai/gpt-4o", "openai/gpt-4o-mini");

        var (first, engine) = Run(codeModelsOnly: true);

        Assert.True(first.Succeeded, engine.ToString());
        Assert.True(first.Written);
        Assert.Empty(engine.Diagnostics);
        var text = File.ReadAllText(LockPath);
        var entries = LockFileFormat.Read(text).Models;
        Assert.Equal(new[] { "models/llama.gguf", "openai/gpt-4o", "openai/gpt-4o-mini" }, entries.Select(e => e.Source).OrderBy(s => s, StringComparer.Ordinal));
        var gpt = Assert.Single(entries, e => e.Source == "openai/gpt-4o");
        Assert.Equal(("code", "Program.cs"), (gpt.SourceKind, gpt.OriginFile));

        var (again, quiet) = Run(codeModelsOnly: true);
        var (before, beforeEngine) = Run();

        Assert.False(again.Written);
        Assert.False(before.Written);
        Assert.Empty(quiet.Diagnostics);
        Assert.Empty(beforeEngine.Diagnostics);
        Assert.Equal(text, File.ReadAllText(LockPath));
    }

    [Fact]
    public void The_run_before_the_compile_keeps_the_entries_of_models_named_in_code_and_never_reports_them_gone()
    {
        Run();
        Compile("openai/gpt-4o");
        Run(codeModelsOnly: true);
        var text = File.ReadAllText(LockPath);
        File.Delete(CompilerLog);

        var (locked, lockedEngine) = Run(lockedMode: true);
        var (normal, normalEngine) = Run();

        Assert.True(locked.Succeeded, lockedEngine.ToString());
        Assert.Empty(lockedEngine.Diagnostics);
        Assert.True(normal.Succeeded);
        Assert.False(normal.Written);
        Assert.Empty(normalEngine.Diagnostics);
        Assert.Equal(text, File.ReadAllText(LockPath));
    }

    [Fact]
    public void An_entry_of_a_model_named_in_an_AppHost_is_kept_by_the_run_before_the_compile_too()
    {
        Run();
        var lockFile = LockFileFormat.Read(File.ReadAllText(LockPath));
        lockFile.Models.Add(new LockEntry { Source = "openai/gpt-4o", SourceKind = "apphost", OriginFile = "AppHost.cs", License = "proprietary", Tier = "Closed" });
        lockFile.Sort();
        File.WriteAllText(LockPath, LockFileFormat.Write(lockFile));
        var text = File.ReadAllText(LockPath);

        var (locked, engine) = Run(lockedMode: true);
        var (normal, _) = Run();

        Assert.True(locked.Succeeded, engine.ToString());
        Assert.Empty(engine.Diagnostics);
        Assert.False(normal.Written);
        Assert.Equal(text, File.ReadAllText(LockPath));
    }

    [Fact]
    public void A_compiler_log_that_is_not_json_changes_nothing_and_reports_nothing()
    {
        Run();
        var text = File.ReadAllText(LockPath);
        Compile("openai/gpt-4o");
        File.WriteAllText(CompilerLog, "{ \"runs\": [ truncated");

        var (result, engine) = Run(codeModelsOnly: true, lockedMode: true);

        Assert.True(result.Succeeded, engine.ToString());
        Assert.Empty(engine.Diagnostics);
        Assert.Contains(engine.Messages, m => m.Contains("could not be read", StringComparison.Ordinal));
        Assert.Equal(text, File.ReadAllText(LockPath));
    }

    [Fact]
    public void The_run_after_the_compile_keeps_every_other_entry_as_it_is()
    {
        Run();
        var lockFile = LockFileFormat.Read(File.ReadAllText(LockPath));
        lockFile.Models.Single().License = "mit";
        File.WriteAllText(LockPath, LockFileFormat.Write(lockFile));
        File.Delete(ManifestPath);
        Resolve();
        Compile("openai/gpt-4o");

        var (result, engine) = Run(codeModelsOnly: true, lockedMode: true);
        Assert.False(result.Succeeded);
        Assert.DoesNotContain(engine.Errors, e => e.Message!.Contains("llama", StringComparison.OrdinalIgnoreCase));

        var (normal, normalEngine) = Run(codeModelsOnly: true);

        Assert.True(normal.Succeeded);
        Assert.Empty(normalEngine.Diagnostics);
        var entries = LockFileFormat.Read(File.ReadAllText(LockPath)).Models;
        Assert.Equal("mit", Assert.Single(entries, e => e.Source == "models/llama.gguf").License);
        Assert.Single(entries, e => e.Source == "openai/gpt-4o");
    }

    [Fact]
    public void In_locked_mode_a_model_newly_named_in_code_is_MLG0033_and_the_lock_is_not_written()
    {
        Run();
        Compile("openai/gpt-4o");
        Run(codeModelsOnly: true);
        var text = File.ReadAllText(LockPath);
        Compile("openai/gpt-4o", "openai/gpt-4o-mini");

        var (locked, engine) = Run(codeModelsOnly: true, lockedMode: true);

        Assert.False(locked.Succeeded);
        Assert.False(locked.Written);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(DiagnosticIds.LockDrift, error.Code);
        Assert.Contains("openai/gpt-4o-mini, named in Program.cs", error.Message, StringComparison.Ordinal);
        Assert.Contains("is not in the lock file models.lock.json", error.Message, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(LockPath));
    }

    [Fact]
    public void A_model_no_longer_named_in_code_fails_locked_mode_then_leaves_the_lock_in_a_normal_build()
    {
        Run();
        Compile("openai/gpt-4o", "openai/gpt-4o-mini");
        Run(codeModelsOnly: true);
        Compile("openai/gpt-4o");

        var (locked, lockedEngine) = Run(codeModelsOnly: true, lockedMode: true);

        Assert.False(locked.Succeeded);
        var error = Assert.Single(lockedEngine.Errors);
        Assert.Equal(DiagnosticIds.LockDrift, error.Code);
        Assert.Contains("openai/gpt-4o-mini, named in Program.cs", error.Message, StringComparison.Ordinal);
        Assert.Contains("is no longer found by the build", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, LockFileFormat.Read(File.ReadAllText(LockPath)).Models.Count);

        var (normal, normalEngine) = Run(codeModelsOnly: true);

        Assert.True(normal.Succeeded);
        Assert.True(normal.Written);
        Assert.Empty(normalEngine.Diagnostics);
        Assert.Equal(new[] { "models/llama.gguf", "openai/gpt-4o" }, LockFileFormat.Read(File.ReadAllText(LockPath)).Models.Select(e => e.Source).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void A_changed_entry_of_a_model_named_in_code_fails_locked_mode_then_warns_and_is_updated()
    {
        Run();
        Compile("openai/gpt-4o");
        Run(codeModelsOnly: true);
        var lockFile = LockFileFormat.Read(File.ReadAllText(LockPath));
        var gpt = lockFile.Models.Single(e => e.Source == "openai/gpt-4o");
        var terms = gpt.License;
        gpt.License = "mit";
        File.WriteAllText(LockPath, LockFileFormat.Write(lockFile));
        var tampered = File.ReadAllText(LockPath);

        var (locked, lockedEngine) = Run(codeModelsOnly: true, lockedMode: true);

        Assert.False(locked.Succeeded);
        var error = Assert.Single(lockedEngine.Errors);
        Assert.Equal(DiagnosticIds.LockDrift, error.Code);
        Assert.Contains($"licence 'mit' is now '{terms ?? "unknown"}'", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
        Assert.Equal(tampered, File.ReadAllText(LockPath));

        var (normal, normalEngine) = Run(codeModelsOnly: true);

        Assert.True(normal.Succeeded);
        Assert.True(normal.Written);
        Assert.Equal(DiagnosticIds.LockDrift, Assert.Single(normalEngine.Warnings).Code);
        Assert.Equal(terms, LockFileFormat.Read(File.ReadAllText(LockPath)).Models.Single(e => e.Source == "openai/gpt-4o").License);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_missing_log_or_one_older_than_the_assembly_changes_nothing_and_reports_nothing(bool stale)
    {
        Run();
        Compile("openai/gpt-4o");
        Run(codeModelsOnly: true);
        var text = File.ReadAllText(LockPath);
        Compile("openai/gpt-4o-mini");
        if (stale)
        {
            File.SetLastWriteTimeUtc(CompilerLog, new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc));
            File.SetLastWriteTimeUtc(Assembly, new DateTime(2026, 1, 1, 12, 0, 5, DateTimeKind.Utc));
        }
        else
        {
            File.Delete(CompilerLog);
        }

        foreach (var lockedMode in new[] { true, false })
        {
            var (result, engine) = Run(codeModelsOnly: true, lockedMode: lockedMode);

            Assert.True(result.Succeeded, engine.ToString());
            Assert.False(result.Written);
            Assert.Empty(engine.Diagnostics);
            Assert.Contains(engine.Messages, m => m.Contains("models named in code are not checked", StringComparison.Ordinal));
            Assert.Equal(text, File.ReadAllText(LockPath));
        }
    }

    private void Compile(params string[] catalogIds)
    {
        _project.WriteBytes("obj/App.dll", [0]);
        File.SetLastWriteTimeUtc(Assembly, new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc));
        var program = new Uri(_project.PathOf("Program.cs")).AbsoluteUri;
        var results = string.Join(",\n", catalogIds.Select((id, index) => $$"""
                  { "ruleId": "MLG0040", "level": "note", "message": { "text": "Model used here" },
                    "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{program}}" }, "region": { "startLine": {{index + 5}} } } } ],
                    "properties": { "customProperties": { "CatalogId": "{{id}}", "SourceKind": "code", "Line": "{{index + 5}}" } } }
            """));
        File.WriteAllText(CompilerLog, $$"""
            {
              "$schema": "http://json.schemastore.org/sarif-2.1.0",
              "version": "2.1.0",
              "runs": [ { "results": [
            {{results}}
              ], "tool": { "driver": { "name": "csc" } } } ]
            }
            """);
        File.SetLastWriteTimeUtc(CompilerLog, new DateTime(2026, 1, 1, 12, 0, 0, 500, DateTimeKind.Utc));
    }

    private (Outcome Task, FakeBuildEngine Engine) Run(bool lockedMode = false, bool codeModelsOnly = false)
    {
        var engine = new FakeBuildEngine();
        var task = new CheckModelLock
        {
            BuildEngine = engine,
            Manifests = [new TaskItem(ManifestPath)],
            LockFilePath = "models.lock.json",
            ProjectDirectory = _project.FullPath,
            LockedMode = lockedMode,
            CodeModelsOnly = codeModelsOnly,
            CompilerLog = codeModelsOnly ? "obj/ModelLicenseGuard.sarif" : null,
            CompiledAssembly = codeModelsOnly ? "obj/App.dll" : null,
        };
        var succeeded = task.Execute();
        return (new Outcome(succeeded, task.Written), engine);
    }

    private sealed record Outcome(bool Succeeded, bool Written);

    private void Resolve(params (string Path, byte[] Bytes)[] models)
    {
        models = models.Length == 0 ? [("models/llama.gguf", Llama)] : models;
        foreach (var (path, bytes) in models)
        {
            _project.WriteBytes(path, bytes);
        }

        var task = new ResolveModelArtifacts
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectDirectory = _project.FullPath,
            ManifestPath = ManifestPath,
            ModelFiles = models.Select(m => (ITaskItem)new TaskItem(m.Path)).ToArray(),
        };
        Assert.True(task.Execute());
    }
}
