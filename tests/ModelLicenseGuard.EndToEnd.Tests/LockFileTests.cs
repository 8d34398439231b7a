using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// <c>models.lock.json</c> through real <c>dotnet build</c> runs of fresh projects against the packed package: written on
/// the first build, left alone when nothing changed, drift reported (an error in locked mode), and an update that changes
/// only the model that drifted.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class LockFileTests(PackageFixture package)
{
    private static readonly byte[] Permissive = GgufBuilder.Model("Sorter 1B", "apache-2.0").Build();
    private static readonly byte[] NonCommercial = GgufBuilder.Model("Sorter 1B", "cc-by-nc-4.0").Build();
    private static readonly byte[] Llama = GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build();

    private const string Body = """
          <PropertyGroup>
            <ModelLicenseGuardUseLockFile>true</ModelLicenseGuardUseLockFile>
          </PropertyGroup>
          <ItemGroup>
            <None Include="models/*.gguf" />
            <ModelReference Include="hf:microsoft/Phi-3-mini-4k-instruct" />
          </ItemGroup>
        """;

    [Fact]
    public void The_lock_is_written_once_a_swapped_model_drifts_locked_mode_fails_on_it_and_an_update_changes_only_that_model()
    {
        var project = new ConsumerProject(package, "Locked", Body)
            .WithFile("models/sorter.gguf", Permissive)
            .WithFile("models/llama.gguf", Llama);
        var lockPath = project.PathOf("models.lock.json");

        var first = project.Build();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Empty(first.WithId("MLG0033"));
        var written = File.ReadAllText(lockPath);
        var entries = Entries(written);
        Assert.Equal("apache-2.0", entries["models/sorter.gguf"].GetProperty("license").GetString());
        Assert.Equal("llama3.1", entries["models/llama.gguf"].GetProperty("license").GetString());
        Assert.Equal("RestrictedWeights", entries["models/llama.gguf"].GetProperty("tier").GetString());
        Assert.Contains("hf:microsoft/Phi-3-mini-4k-instruct", entries.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("\r", written, StringComparison.Ordinal);
        var writtenAt = File.GetLastWriteTimeUtc(lockPath);

        var again = project.Build();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(written, File.ReadAllText(lockPath));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(lockPath));

        // The same file name, another licence: what a package update or a re-download can do unseen.
        project.WithFile("models/sorter.gguf", NonCommercial);
        var locked = project.Build("-p:ModelLicenseGuardLockedMode=true");

        Assert.True(locked.ExitCode != 0, locked.ToString());
        var error = Assert.Single(locked.WithId("MLG0033"), d => d.Message.Contains("sorter.gguf", StringComparison.Ordinal) || d.File.EndsWith("sorter.gguf", StringComparison.Ordinal));
        Assert.Equal("error", error.Severity);
        Assert.Contains("apache-2.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("cc-by-nc-4.0", error.Message, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(lockPath));

        var update = project.Build();

        Assert.True(update.ExitCode == 0, update.ToString());
        var warning = Assert.Single(update.WithId("MLG0033"));
        Assert.Equal("warning", warning.Severity);
        var updated = File.ReadAllText(lockPath);
        var after = Entries(updated);
        Assert.Equal("cc-by-nc-4.0", after["models/sorter.gguf"].GetProperty("license").GetString());
        Assert.Equal(entries.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (source, entry) in entries)
        {
            if (source != "models/sorter.gguf")
            {
                Assert.Equal(entry.GetRawText(), after[source].GetRawText());
            }
        }

        // The text diff stays inside that model's entry: a reviewer sees one model change and nothing else.
        Assert.All(ChangedLines(written, updated), line => Assert.InRange(line, EntryLines(written, "models/sorter.gguf").Start, EntryLines(written, "models/sorter.gguf").End));

        var accepted = project.Build("-p:ModelLicenseGuardLockedMode=true");

        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Empty(accepted.WithId("MLG0033"));
        Assert.Equal(updated, File.ReadAllText(lockPath));
    }

    [Fact]
    public void Locked_mode_without_a_lock_file_fails_and_writes_none()
    {
        var project = new ConsumerProject(package, "NoLock", """
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/sorter.gguf", Permissive);

        var result = project.Build("-p:ModelLicenseGuardLockedMode=true");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Equal("error", Assert.Single(result.WithId("MLG0033")).Severity);
        Assert.False(File.Exists(project.PathOf("models.lock.json")));
    }

    [Fact]
    public void A_lock_left_with_merge_conflict_markers_is_named_and_written_again_and_other_findings_stand()
    {
        var project = new ConsumerProject(package, "Conflicted", Body)
            .WithFile("models/sorter.gguf", NonCommercial)
            .WithFile("models.lock.json", "{\n<<<<<<< HEAD\n  \"version\": 1,\n=======\n  \"version\": 1,\n>>>>>>> feature\n}\n");

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.WithId("MLG0034"));
        Assert.Contains("models.lock.json", warning.File + warning.Message, StringComparison.Ordinal);
        Assert.NotEmpty(result.WithId("MLG0020"));
        Assert.Equal("cc-by-nc-4.0", Entries(File.ReadAllText(project.PathOf("models.lock.json")))["models/sorter.gguf"].GetProperty("license").GetString());
    }

    [Fact]
    public void A_multi_targeting_project_s_lock_is_checked_once_by_its_outer_build()
    {
        // TargetFrameworks makes the outer build, whatever the number of frameworks; the lock is its to check.
        var project = new ConsumerProject(package, "Multi", """
              <PropertyGroup>
                <TargetFramework></TargetFramework>
                <TargetFrameworks>net10.0</TargetFrameworks>
                <ModelLicenseGuardUseLockFile>true</ModelLicenseGuardUseLockFile>
              </PropertyGroup>
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/sorter.gguf", Permissive);
        var lockPath = project.PathOf("models.lock.json");

        var first = project.Build("-m");

        Assert.True(first.ExitCode == 0, first.ToString());
        var written = File.ReadAllText(lockPath);
        Assert.Equal("apache-2.0", Entries(written)["models/sorter.gguf"].GetProperty("license").GetString());

        project.WithFile("models/sorter.gguf", NonCommercial);
        var locked = project.Build("-m", "-p:ModelLicenseGuardLockedMode=true");

        Assert.True(locked.ExitCode != 0, locked.ToString());
        Assert.Equal("error", Assert.Single(locked.WithId("MLG0033")).Severity);
        Assert.Equal(written, File.ReadAllText(lockPath));
    }

    /// <summary>
    /// A model named only in code reaches the lock through the compiler's log: a build with the log records it, the next
    /// leaves the lock's bytes alone, and a build without the log (the default) keeps the entry as it is.
    /// </summary>
    [Fact]
    public void A_model_named_in_code_is_locked_by_a_build_with_the_compiler_log_and_kept_by_one_without()
    {
        var project = new ConsumerProject(package, "CodeLocked", """
              <PropertyGroup>
                <ModelLicenseGuardUseLockFile>true</ModelLicenseGuardUseLockFile>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OllamaSharp" Version="5.4.6" />
              </ItemGroup>
            """).WithFile("Program.cs", """
            using OllamaSharp;

            var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.1");
            Console.WriteLine(ollama.SelectedModel);
            """);
        package.WriteNuGetConfig(project.Directory, "https://api.nuget.org/v3/index.json");
        var lockPath = project.PathOf("models.lock.json");

        var first = project.Build("-p:ModelLicenseGuardCompilerLog=true");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Empty(first.WithId("MLG0033"));
        var written = File.ReadAllBytes(lockPath);
        var entry = Assert.Single(Entries(File.ReadAllText(lockPath)).Values, e => e.TryGetProperty("sourceKind", out var kind) && kind.GetString() == "code");
        Assert.Equal("meta-llama/Llama-3.1-8B-Instruct", entry.GetProperty("source").GetString());
        Assert.Equal("Program.cs", entry.GetProperty("originFile").GetString());
        Assert.Equal("llama3.1", entry.GetProperty("license").GetString());

        var again = project.Build("-p:ModelLicenseGuardCompilerLog=true");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(written, File.ReadAllBytes(lockPath));

        var plain = project.Build();

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Empty(plain.WithId("MLG0033"));
        Assert.Equal(written, File.ReadAllBytes(lockPath));
    }

    /// <summary>The lock's entries by source.</summary>
    internal static Dictionary<string, JsonElement> Entries(string lockText)
    {
        using var document = JsonDocument.Parse(lockText);
        Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
        return document.RootElement.GetProperty("models").EnumerateArray()
            .Select(entry => entry.Clone())
            .ToDictionary(entry => entry.GetProperty("source").GetString()!.Replace('\\', '/'), StringComparer.Ordinal);
    }

    /// <summary>The 0-based lines of <paramref name="before"/> that a line diff to <paramref name="after"/> removes or replaces.</summary>
    private static IEnumerable<int> ChangedLines(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        // One changed region is all a single model's update may make; an insertion at a boundary counts as that line.
        return Enumerable.Range(prefix, Math.Max(1, a.Length - suffix - prefix));
    }

    /// <summary>The lines of the entry whose source is <paramref name="source"/>: from its opening brace to its closing one.</summary>
    private static (int Start, int End) EntryLines(string lockText, string source)
    {
        var lines = lockText.Split('\n');
        var at = Array.FindIndex(lines, line => line.Contains($"\"source\": \"{source}\"", StringComparison.Ordinal));
        Assert.True(at >= 0, $"no entry for {source}:\n{lockText}");
        var start = at;
        while (start > 0 && lines[start].Trim() != "{")
        {
            start--;
        }

        var end = at;
        while (end < lines.Length - 1 && !lines[end].Trim().StartsWith('}'))
        {
            end++;
        }

        return (start, end);
    }
}
