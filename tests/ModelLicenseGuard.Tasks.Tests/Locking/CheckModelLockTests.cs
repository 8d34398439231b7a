using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Locking;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Locking;

public sealed class CheckModelLockTests : IDisposable
{
    private static readonly byte[] Permissive = GgufBuilder.Model("Sorter 1B", "apache-2.0").Build();
    private static readonly byte[] NonCommercial = GgufBuilder.Model("Sorter 1B", "cc-by-nc-4.0").Build();
    private static readonly byte[] Llama = GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build();

    private readonly TempDirectory _project = new();

    public void Dispose() => _project.Dispose();

    private string ManifestPath => _project.PathOf("obj/" + ManifestFormat.FileName);

    private string LockPath => _project.PathOf("models.lock.json");

    [Fact]
    public void The_resolver_records_each_file_s_size_and_header_hash_and_a_changed_header_changes_the_hash()
    {
        Resolve(("models/sorter.gguf", Permissive));
        var before = Assert.Single(ReadManifest().Models);
        Resolve(("models/sorter.gguf", NonCommercial));
        var after = Assert.Single(ReadManifest().Models);

        Assert.Equal(Permissive.Length, before.FileSize);
        Assert.Matches("^[0-9a-f]{64}$", before.HeaderSha256!);
        Assert.NotEqual(before.HeaderSha256, after.HeaderSha256);
    }

    [Fact]
    public void The_first_build_writes_the_lock_and_the_next_leaves_its_bytes_and_time_alone()
    {
        Resolve(("models/sorter.gguf", Permissive), ("models/llama.gguf", Llama));

        var (first, engine) = Run();

        Assert.True(first.Written);
        Assert.Empty(engine.Diagnostics);
        var text = File.ReadAllText(LockPath);
        var entries = LockFileFormat.Read(text).Models;
        Assert.Equal(new[] { "models/llama.gguf", "models/sorter.gguf" }, entries.Select(e => e.Source));
        Assert.Equal("RestrictedWeights", entries[0].Tier);
        Assert.Equal(Permissive.Length, entries[1].FileSize);
        File.SetLastWriteTimeUtc(LockPath, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var (second, again) = Run();

        Assert.False(second.Written);
        Assert.Empty(again.Diagnostics);
        Assert.Equal(text, File.ReadAllText(LockPath));
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(LockPath));
    }

    [Fact]
    public void A_relicensed_model_fails_locked_mode_without_a_write_then_warns_and_updates_only_its_entry()
    {
        Resolve(("models/sorter.gguf", Permissive), ("models/llama.gguf", Llama));
        Run();
        var written = File.ReadAllText(LockPath);
        Resolve(("models/sorter.gguf", NonCommercial), ("models/llama.gguf", Llama));

        var (locked, lockedEngine) = Run(lockedMode: true);

        Assert.False(locked.Succeeded);
        var error = Assert.Single(lockedEngine.Errors, e => e.Code == DiagnosticIds.LockDrift);
        Assert.Contains("'Sorter 1B' (models/sorter.gguf)", error.Message, StringComparison.Ordinal);
        Assert.Contains("licence 'apache-2.0' is now 'cc-by-nc-4.0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("tier open weights is now restricted weights", error.Message, StringComparison.Ordinal);
        Assert.Contains("header SHA-256", error.Message, StringComparison.Ordinal);
        Assert.Equal(LockPath, error.File);
        Assert.Contains("\"source\": \"models/sorter.gguf\"", written.Split('\n')[error.Line - 1], StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(LockPath));

        var (update, engine) = Run();

        Assert.True(update.Written);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(DiagnosticIds.LockDrift, warning.Code);
        Assert.Empty(engine.Errors);
        var after = LockFileFormat.Read(File.ReadAllText(LockPath)).Models;
        Assert.Equal("cc-by-nc-4.0", after.Single(e => e.Source == "models/sorter.gguf").License);
        Assert.Equal(
            LockFileFormat.Write(Only(LockFileFormat.Read(written), "models/llama.gguf")),
            LockFileFormat.Write(Only(LockFileFormat.Read(File.ReadAllText(LockPath)), "models/llama.gguf")));

        var (accepted, acceptedEngine) = Run(lockedMode: true);
        Assert.True(accepted.Succeeded);
        Assert.DoesNotContain(acceptedEngine.Diagnostics, d => d.Code == DiagnosticIds.LockDrift);
    }

    [Fact]
    public void Locked_mode_reports_models_added_and_gone_and_a_normal_build_records_them_without_a_word()
    {
        Resolve(("models/sorter.gguf", Permissive));
        Run();
        File.Delete(_project.PathOf("models/sorter.gguf"));
        Resolve(("models/llama.gguf", Llama));
        var before = File.ReadAllText(LockPath);

        var (locked, lockedEngine) = Run(lockedMode: true);

        Assert.Equal(2, lockedEngine.Errors.Count(e => e.Code == DiagnosticIds.LockDrift));
        Assert.Contains(lockedEngine.Errors, e => e.Message.Contains("is not in the lock file models.lock.json", StringComparison.Ordinal) && e.Message.Contains("llama.gguf", StringComparison.Ordinal));
        Assert.Contains(lockedEngine.Errors, e => e.Message.Contains("is no longer found", StringComparison.Ordinal) && e.Message.Contains("sorter.gguf", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllText(LockPath));

        var (update, engine) = Run();

        Assert.Empty(engine.Diagnostics);
        Assert.Equal("models/llama.gguf", Assert.Single(LockFileFormat.Read(File.ReadAllText(LockPath)).Models).Source);
    }

    [Fact]
    public void Locked_mode_without_a_lock_file_is_an_error_and_writes_none()
    {
        Resolve(("models/sorter.gguf", Permissive));

        var (task, engine) = Run(lockedMode: true);

        Assert.False(task.Succeeded);
        Assert.Contains("there is none", Assert.Single(engine.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticIds.LockDrift, engine.Errors[0].Code);
        Assert.False(File.Exists(LockPath));
    }

    [Theory]
    [InlineData("{\n<<<<<<< HEAD\n  \"version\": 1,\n=======\n  \"version\": 1,\n>>>>>>> feature\n}\n", "merge conflict markers")]
    [InlineData("{ \"version\": 1, \"models\": [", "not valid JSON")]
    [InlineData("{ \"version\": 7, \"models\": [] }", "format version 7")]
    public void An_unreadable_lock_is_named_and_written_again_or_in_locked_mode_is_an_error(string text, string reason)
    {
        Resolve(("models/sorter.gguf", Permissive));
        File.WriteAllText(LockPath, text);

        var (locked, lockedEngine) = Run(lockedMode: true);

        var error = Assert.Single(lockedEngine.Errors);
        Assert.Equal(DiagnosticIds.LockFileUnreadable, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(LockPath, error.File);
        Assert.Equal(text, File.ReadAllText(LockPath));

        var (update, engine) = Run();

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(DiagnosticIds.LockFileUnreadable, warning.Code);
        Assert.Contains("models.lock.json", warning.Message, StringComparison.Ordinal);
        Assert.Empty(engine.Errors);
        Assert.Equal("apache-2.0", Assert.Single(LockFileFormat.Read(File.ReadAllText(LockPath)).Models).License);
    }

    [Fact]
    public void A_lock_past_the_size_cap_is_unreadable()
    {
        Resolve(("models/sorter.gguf", Permissive));
        using (var stream = File.Create(LockPath))
        {
            stream.SetLength(LockFileFormat.MaxBytes + 1);
        }

        var (_, engine) = Run();

        Assert.Contains("more than the", Assert.Single(engine.Warnings).Message, StringComparison.Ordinal);
        Assert.Single(LockFileFormat.Read(File.ReadAllText(LockPath)).Models);
    }

    [Fact]
    public void A_lock_whose_line_ends_a_checkout_turned_to_crlf_is_left_alone()
    {
        Resolve(("models/sorter.gguf", Permissive));
        Run();
        var crlf = File.ReadAllText(LockPath).Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(LockPath, crlf);

        var (task, engine) = Run();

        Assert.False(task.Written);
        Assert.Empty(engine.Diagnostics);
        Assert.Equal(crlf, File.ReadAllText(LockPath));
    }

    [Fact]
    public void A_missing_manifest_leaves_the_lock_alone_rather_than_calling_every_model_gone()
    {
        Resolve(("models/sorter.gguf", Permissive));
        Run();
        var text = File.ReadAllText(LockPath);
        File.Delete(ManifestPath);

        var (task, engine) = Run(lockedMode: true);

        Assert.True(task.Succeeded);
        Assert.Empty(engine.Diagnostics);
        Assert.Equal(text, File.ReadAllText(LockPath));
    }

    [Fact]
    public void The_manifests_of_several_frameworks_are_one_lock()
    {
        Resolve(("models/sorter.gguf", Permissive));
        Directory.CreateDirectory(_project.PathOf("obj/net8.0"));
        File.Move(ManifestPath, _project.PathOf("obj/net8.0/" + ManifestFormat.FileName));
        Resolve(("models/llama.gguf", Llama));

        var engine = new FakeBuildEngine();
        var task = Task(engine, lockedMode: false);
        task.Manifests = [new TaskItem("obj/net8.0/" + ManifestFormat.FileName), new TaskItem(ManifestPath)];
        Assert.True(task.Execute());

        Assert.Equal(new[] { "models/llama.gguf", "models/sorter.gguf" }, LockFileFormat.Read(File.ReadAllText(LockPath)).Models.Select(m => m.Source));
    }

    [Fact]
    public void Builds_writing_one_lock_at_once_leave_one_whole_lock_and_no_temporary_files()
    {
        Resolve(("models/sorter.gguf", Permissive), ("models/llama.gguf", Llama));
        var expected = LockFileFormat.Write(LockFile.For(ReadManifest().Models, Catalog.CatalogVersion.Current));
        var stop = 0;
        var reads = 0;
        Exception? failure = null;

        // A reader the whole time: no moment shows half a file.
        var reader = new Thread(() =>
        {
            while (Volatile.Read(ref stop) == 0)
            {
                try
                {
                    LockFileFormat.Read(File.ReadAllText(LockPath));
                    reads++;
                }
                catch (IOException)
                {
                    // Not written yet, or (on Windows) being replaced.
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            }
        });

        var writers = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            for (var round = 0; round < 10; round++)
            {
                // Some writers find a lock they must bring up to date, the others a good one.
                if (i % 2 == 0 && round % 3 == 0)
                {
                    OwnedFile.Write(LockPath, "{ \"version\": 1, \"models\": [] }\n");
                }

                var (task, _) = Run();
                if (!task.Succeeded)
                {
                    failure = new InvalidOperationException("a build failed");
                }
            }
        })).ToList();

        reader.Start();
        writers.ForEach(writer => writer.Start());
        writers.ForEach(writer => writer.Join());
        Volatile.Write(ref stop, 1);
        reader.Join();

        Assert.Null(failure);
        Assert.True(reads > 0);
        Assert.Equal(expected, File.ReadAllText(LockPath));
        Assert.Equal(new[] { "models.lock.json" }, Directory.GetFiles(_project.FullPath).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_that_waits_too_long_for_the_lock_warns_and_goes_on()
    {
        Resolve(("models/sorter.gguf", Permissive));
        using var held = LockFileGuard.Take(LockPath, TimeSpan.FromSeconds(1));
        Assert.NotNull(held);

        // Another thread: the mutex is reentrant on the thread that holds it.
        var engine = new FakeBuildEngine();
        var succeeded = false;
        var other = new Thread(() =>
        {
            var task = Task(engine, lockedMode: false);
            task.GuardWait = TimeSpan.FromMilliseconds(50);
            succeeded = task.Execute();
        });
        other.Start();
        other.Join();

        Assert.True(succeeded);
        Assert.Equal(DiagnosticIds.InternalError, Assert.Single(engine.Warnings).Code);
        Assert.False(File.Exists(LockPath));
    }

    [Fact]
    public void The_resolver_is_given_the_hub_answers_the_lock_records_and_none_from_a_lock_it_cannot_read()
    {
        var lockFile = new LockFile { CatalogVersion = "v" };
        lockFile.Models.Add(new LockEntry { Source = "hf:Org/Model", HubAnswer = "{\"id\":\"Org/Model\"}" });
        lockFile.Models.Add(new LockEntry { Source = "models/sorter.gguf" });
        File.WriteAllText(LockPath, LockFileFormat.Write(lockFile));
        var task = new ResolveModelArtifacts { BuildEngine = new FakeBuildEngine(), ProjectDirectory = _project.FullPath, ManifestPath = ManifestPath, LockFilePath = "models.lock.json" };

        var answers = task.ReadLockedHubAnswers();

        Assert.Equal("{\"id\":\"Org/Model\"}", Assert.Single(answers).Value);
        Assert.True(answers.ContainsKey("org/model"));

        File.WriteAllText(LockPath, "<<<<<<< HEAD\n");
        Assert.Empty(task.ReadLockedHubAnswers());
    }

    private static LockFile Only(LockFile lockFile, string source)
    {
        var only = new LockFile { CatalogVersion = lockFile.CatalogVersion };
        only.Models.AddRange(lockFile.Models.Where(m => m.Source == source));
        return only;
    }

    private (Outcome Task, FakeBuildEngine Engine) Run(bool lockedMode = false)
    {
        var engine = new FakeBuildEngine();
        var task = Task(engine, lockedMode);
        var succeeded = task.Execute();
        return (new Outcome(succeeded, task.Written), engine);
    }

    private sealed record Outcome(bool Succeeded, bool Written);

    private CheckModelLock Task(FakeBuildEngine engine, bool lockedMode) => new()
    {
        BuildEngine = engine,
        Manifests = [new TaskItem(ManifestPath)],
        LockFilePath = "models.lock.json",
        ProjectDirectory = _project.FullPath,
        LockedMode = lockedMode,
    };

    private ModelManifest ReadManifest() => ManifestFormat.Read(File.ReadAllText(ManifestPath));

    private void Resolve(params (string Path, byte[] Bytes)[] models)
    {
        foreach (var (path, bytes) in models)
        {
            _project.WriteBytes(path, bytes);
        }

        var engine = new FakeBuildEngine();
        var task = new ResolveModelArtifacts
        {
            BuildEngine = engine,
            ProjectDirectory = _project.FullPath,
            ManifestPath = ManifestPath,
            ModelFiles = models.Select(m => (ITaskItem)new TaskItem(m.Path)).ToArray(),
        };
        Assert.True(task.Execute());
    }
}
