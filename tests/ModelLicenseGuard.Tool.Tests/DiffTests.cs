using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Tasks.Locking;
using ModelLicenseGuard.Testing;
using ModelLicenseGuard.Tool.Diff;

namespace ModelLicenseGuard.Tool.Tests;

public class DiffTests
{
    [Fact]
    public void Identical_boms_have_no_differences_and_exit_0()
    {
        using var folder = new TempFolder();
        var bom = Models.Bom(Models.NonCommercialFile(), Models.Llama());
        folder.Write("old.json", bom);
        folder.Write("new.json", bom);

        var run = ToolRun.Of(folder.Path, "diff", "old.json", "new.json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("old.json -> new.json: no differences (2 models).", run.Output.Trim());
        Assert.Empty(run.Error);
    }

    [Fact]
    public void A_model_replaced_by_another_file_is_one_removed_and_one_added()
    {
        using var folder = new TempFolder();
        folder.Write("old.json", Models.Bom(Models.NonCommercialFile(), Models.Llama()));
        folder.Write("new.json", Models.Bom(Models.ApacheFile(), Models.Llama()));

        var run = ToolRun.Of(folder.Path, "diff", "old.json", "new.json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.Equal("old.json -> new.json: 1 added, 1 removed, 0 changed, 1 unchanged", lines[0]);
        var added = Array.IndexOf(lines, "Added (1):");
        var removed = Array.IndexOf(lines, "Removed (1):");
        Assert.True(added > 0 && removed > added, run.ToString());
        Assert.StartsWith("  models/embedder.onnx", lines[added + 2], StringComparison.Ordinal);
        Assert.Contains("Apache-2.0", lines[added + 2], StringComparison.Ordinal);
        Assert.StartsWith("  models/summarizer.gguf", lines[removed + 2], StringComparison.Ordinal);
        Assert.Contains("CC-BY-NC-4.0", lines[removed + 2], StringComparison.Ordinal);
        Assert.DoesNotContain("Changed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_file_under_another_licence_is_one_change_with_old_and_new_values()
    {
        using var folder = new TempFolder();
        var relicensed = Models.ApacheFile("models/summarizer.gguf");
        relicensed.Name = "Research Summarizer 1B";
        folder.Write("old.json", Models.Bom(relicensed, Models.Llama()));
        folder.Write("new.json", Models.Bom(Models.NonCommercialFile(), Models.Llama()));

        var run = ToolRun.Of(folder.Path, "diff", "old.json", "new.json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("old.json -> new.json: 0 added, 0 removed, 1 changed, 1 unchanged\n", output, StringComparison.Ordinal);
        Assert.Contains("  models/summarizer.gguf (Research Summarizer 1B)\n", output, StringComparison.Ordinal);
        Assert.Contains("    license: Apache-2.0 -> CC-BY-NC-4.0\n", output, StringComparison.Ordinal);
        Assert.Contains("    tier: OpenWeights -> RestrictedWeights (more restrictive)\n", output, StringComparison.Ordinal);
        Assert.Contains("    commercialUse: Allowed -> Forbidden (more restrictive)\n", output, StringComparison.Ordinal);
        Assert.Contains("    restrictions: (none) -> non-commercial use only\n", output, StringComparison.Ordinal);
        Assert.Contains("    obligations:\n      - ", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Json_diff_names_each_change_with_its_field_old_and_new_value()
    {
        using var folder = new TempFolder();
        var before = Models.Llama();
        var after = Models.Llama();
        after.License = "llama3.2";
        after.BaseModels.Add("meta-llama/Llama-3.2-3B");
        folder.Write("old.json", Models.Bom(before, Models.NonCommercialFile()));
        folder.Write("new.json", Models.Bom(after, Models.ApacheFile()));

        var run = ToolRun.Of(folder.Path, "diff", "old.json", "new.json", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("old.json", root.GetProperty("old").GetString());
        Assert.True(root.GetProperty("hasDifferences").GetBoolean());
        var summary = root.GetProperty("summary");
        Assert.Equal([1, 1, 1, 0], new[] { "added", "removed", "changed", "unchanged" }.Select(name => summary.GetProperty(name).GetInt32()));
        var added = Assert.Single(root.GetProperty("added").EnumerateArray());
        Assert.Equal("models/embedder.onnx", added.GetProperty("key").GetString());
        Assert.Equal("Apache-2.0", added.GetProperty("license").GetString());
        Assert.Equal("OpenWeights", added.GetProperty("tier").GetString());
        Assert.Equal(JsonValueKind.Null, added.GetProperty("restrictions").ValueKind);
        Assert.Equal("models/summarizer.gguf", Assert.Single(root.GetProperty("removed").EnumerateArray()).GetProperty("key").GetString());

        var changed = Assert.Single(root.GetProperty("changed").EnumerateArray());
        Assert.Equal("hf:meta-llama/Llama-3.1-8B-Instruct", changed.GetProperty("key").GetString());
        var changes = changed.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        Assert.Equal("Llama 3.1 Community License Agreement", changes["license"].GetProperty("old").GetString());
        Assert.Equal("Llama 3.2 Community License Agreement", changes["license"].GetProperty("new").GetString());
        Assert.Equal(JsonValueKind.Null, changes["baseModels"].GetProperty("old").ValueKind);
        Assert.Equal("meta-llama/Llama-3.2-3B", changes["baseModels"].GetProperty("new").GetString());
        Assert.False(changes["license"].TryGetProperty("direction", out _));
    }

    [Fact]
    public void A_model_whose_terms_loosen_is_marked_less_restrictive()
    {
        var old = Models.NonCommercialFile();
        var @new = Models.NonCommercialFile();
        @new.CommercialUse = CommercialUse.Conditional;
        @new.Tier = OpennessTier.OpenWeights;

        var diff = BomDiff.Compare(Read(Models.Bom(old)), Read(Models.Bom(@new)));

        var change = Assert.Single(diff.Changed);
        Assert.All(change.Changes, field => Assert.Equal(Direction.LessRestrictive, field.Direction));
        Assert.Equal(["tier", "commercialUse"], change.Changes.Select(field => field.Field));
    }

    [Fact]
    public void Table_diff_colours_only_the_direction_of_a_change_and_only_when_asked()
    {
        var old = Models.ApacheFile();
        var @new = Models.ApacheFile();
        @new.Tier = OpennessTier.RestrictedWeights;
        @new.CommercialUse = CommercialUse.Allowed;
        var diff = BomDiff.Compare(Read(Models.Bom(old)), Read(Models.Bom(@new)));

        using var plain = new StringWriter();
        using var colored = new StringWriter();
        BomDiffWriter.WriteTable(diff, "a.json", "b.json", plain, color: false);
        BomDiffWriter.WriteTable(diff, "a.json", "b.json", colored, color: true);

        Assert.DoesNotContain('\u001b', plain.ToString());
        Assert.Contains("    tier: OpenWeights -> RestrictedWeights \u001b[33m(more restrictive)\u001b[0m", colored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_diff_has_one_note_per_model_added_removed_or_changed()
    {
        using var folder = new TempFolder();
        var relicensed = Models.Llama();
        relicensed.CommercialUse = CommercialUse.Forbidden;
        folder.Write("old.json", Models.Bom(Models.Llama(), Models.NonCommercialFile()));
        folder.Write("new.json", Models.Bom(relicensed, Models.ApacheFile()));

        var run = ToolRun.Of(folder.Path, "diff", "old.json", "new.json", "--format", "sarif");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var sarif = JsonDocument.Parse(run.Output);
        var sarifRun = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()).ToList();
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["diff/model-added", "diff/model-removed", "diff/model-changed"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.All(results, r => Assert.Equal("note", r.GetProperty("level").GetString()));
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]));
        var changed = results[2];
        Assert.Contains("commercialUse 'Conditional' -> 'Forbidden' (more restrictive)", changed.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("true", changed.GetProperty("properties").GetProperty("moreRestrictive").GetString());
        Assert.Equal("Model added: 'Tiny Embedder' at models/embedder.onnx (Apache-2.0; open weights).", results[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("hf:meta-llama/Llama-3.1-8B-Instruct", changed.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Fail_on_change_exits_1_for_an_added_model_and_0_for_a_removal_alone()
    {
        using var folder = new TempFolder();
        folder.Write("one.json", Models.Bom(Models.Llama()));
        folder.Write("two.json", Models.Bom(Models.Llama(), Models.ApacheFile()));

        var added = ToolRun.Of(folder.Path, "diff", "one.json", "two.json", "--fail-on-change");
        var removed = ToolRun.Of(folder.Path, "diff", "two.json", "one.json", "--fail-on-change");
        var withoutOption = ToolRun.Of(folder.Path, "diff", "one.json", "two.json");

        Assert.True(added.ExitCode == 1, added.ToString());
        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.True(withoutOption.ExitCode == 0, withoutOption.ToString());
    }

    [Fact]
    public void Help_says_diff_takes_ml_boms_or_lock_files()
    {
        var run = ToolRun.Of(".", "diff", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ML-BOM", run.Output, StringComparison.Ordinal);
        Assert.Contains("two lock files (models.lock.json)", run.Output, StringComparison.Ordinal);
        Assert.Contains("--fail-on-change", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_lock_files_are_compared_like_two_boms()
    {
        using var folder = new TempFolder();
        var relicensed = Models.ApacheFile("models/summarizer.gguf");
        relicensed.Name = "Research Summarizer 1B";
        folder.Write("old.lock.json", LockFileFormat.Write(LockFile.For([relicensed, Models.Llama()], "v")));
        folder.Write("new.lock.json", LockFileFormat.Write(LockFile.For([Models.NonCommercialFile(), Models.Llama()], "v")));

        var run = ToolRun.Of(folder.Path, "diff", "old.lock.json", "new.lock.json", "--fail-on-change");

        Assert.True(run.ExitCode == 1, run.ToString());
        var output = run.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("old.lock.json -> new.lock.json: 0 added, 0 removed, 1 changed, 1 unchanged\n", output, StringComparison.Ordinal);
        Assert.Contains("  models/summarizer.gguf (Research Summarizer 1B)\n", output, StringComparison.Ordinal);
        Assert.Contains("    tier: OpenWeights -> RestrictedWeights (more restrictive)\n", output, StringComparison.Ordinal);
        Assert.Contains("    commercialUse: Allowed -> Forbidden (more restrictive)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_file_with_an_unknown_version_is_an_input_error()
    {
        using var folder = new TempFolder();
        folder.Write("old.lock.json", "{ \"version\": 9, \"models\": [] }");
        folder.Write("new.lock.json", "{ \"version\": 1, \"models\": [] }");

        AssertOneLineError(ToolRun.Of(folder.Path, "diff", "old.lock.json", "new.lock.json"), "'old.lock.json' is a lock file that cannot be read: it is format version 9");
    }

    [Fact]
    public void Cyclonedx_is_not_a_format_for_a_diff()
    {
        using var folder = new TempFolder();
        folder.Write("bom.json", Models.Bom(Models.Llama()));

        var run = ToolRun.Of(folder.Path, "diff", "bom.json", "bom.json", "--format", "cyclonedx");

        AssertOneLineError(run, "--format cyclonedx is not available for 'diff'");
    }

    [Theory]
    [InlineData("missing.json", null, "'missing.json' does not exist.")]
    [InlineData("text.json", "this is not json", "'text.json' is not JSON")]
    [InlineData("array.json", "[1, 2]", "'array.json' is not a CycloneDX BOM")]
    [InlineData("spdx.json", """{ "spdxVersion": "SPDX-2.3" }""", "'spdx.json' is not a CycloneDX BOM")]
    [InlineData("empty.json", "", "'empty.json' is empty, or not a regular file")]
    [InlineData("nocomponents.json", """{ "bomFormat": "CycloneDX", "specVersion": "1.6" }""", "'nocomponents.json' has no components section")]
    [InlineData("badcomponents.json", """{ "bomFormat": "CycloneDX", "components": {} }""", "'badcomponents.json' has no components section")]
    public void An_input_that_is_not_an_ml_bom_is_exit_2_with_one_line_naming_it(string name, string? text, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("good.json", Models.Bom(Models.Llama()));
        if (text is not null)
        {
            folder.Write(name, text);
        }

        var asOld = ToolRun.Of(folder.Path, "diff", name, "good.json");
        var asNew = ToolRun.Of(folder.Path, "diff", "good.json", name);

        AssertOneLineError(asOld, expected);
        AssertOneLineError(asNew, expected);
    }

    [Fact]
    public void A_folder_is_not_a_bom()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "reports"));
        folder.Write("good.json", Models.Bom(Models.Llama()));

        AssertOneLineError(ToolRun.Of(folder.Path, "diff", "reports", "good.json"), "'reports' is a folder");
    }

    [UnixFact]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        using var folder = new TempFolder();
        var pipe = SpecialFiles.Fifo(Path.Combine(folder.Path, "pipe.json"));
        folder.Write("good.json", Models.Bom(Models.Llama()));

        var run = Task.Run(() => ToolRun.Of(folder.Path, "diff", "pipe.json", "good.json"));
        if (!run.Wait(TimeSpan.FromSeconds(30)))
        {
            // The pipe was opened: a writer lets the run end, so the failure does not hang the tests after it.
            using (new FileStream(pipe, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail("diff opened a named pipe and waited for a writer.");
        }

        AssertOneLineError(run.Result, "'pipe.json' is empty, or not a regular file");
    }

    [UnixFact]
    public void A_device_that_never_ends_is_refused_without_being_read()
    {
        using var folder = new TempFolder();
        folder.Write("good.json", Models.Bom(Models.Llama()));

        AssertOneLineError(ToolRun.Of(folder.Path, "diff", "good.json", "/dev/zero"), "'/dev/zero' is empty, or not a regular file");
    }

    [Fact]
    public void Json_nested_deeper_than_any_bom_is_refused_as_not_json()
    {
        using var folder = new TempFolder();
        folder.Write("deep.json", """{ "bomFormat": "CycloneDX", "components": """ + new string('[', 5000) + new string(']', 5000) + "}");
        folder.Write("good.json", Models.Bom(Models.Llama()));

        AssertOneLineError(ToolRun.Of(folder.Path, "diff", "deep.json", "good.json"), "'deep.json' is not JSON");
    }

    [Fact]
    public void A_bom_over_the_size_limit_is_refused_without_being_parsed()
    {
        using var folder = new TempFolder();
        using (var stream = File.Create(Path.Combine(folder.Path, "huge.json")))
        {
            // Valid JSON to the end, so only the size can be the reason for refusing it.
            var start = "{ \"bomFormat\": \"CycloneDX\", \"components\": [], \"padding\": \""u8.ToArray();
            stream.Write(start);
            stream.SetLength(BomReader.MaxBytes + 16);
            stream.Position = stream.Length - 2;
            stream.Write("\"}"u8);
        }

        folder.Write("good.json", Models.Bom(Models.Llama()));

        AssertOneLineError(ToolRun.Of(folder.Path, "diff", "huge.json", "good.json"), "'huge.json' is larger than 64 MiB");
    }

    [Fact]
    public void Models_of_a_bom_from_another_tool_are_matched_by_purl_then_name()
    {
        const string Foreign = """
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.5",
              "components": [
                { "type": "library", "name": "Newtonsoft.Json" },
                { "type": "machine-learning-model", "name": "bert", "purl": "pkg:huggingface/google/bert-base-uncased", "licenses": [ { "license": { "id": "Apache-2.0" } } ] },
                { "type": "application", "name": "app", "components": [
                  { "type": "machine-learning-model", "name": "tiny", "licenses": [ { "expression": "MIT OR Apache-2.0" } ] }
                ] }
              ]
            }
            """;

        var models = Read(Foreign);

        Assert.Equal(["pkg:huggingface/google/bert-base-uncased", "tiny"], models.Select(model => model.Key));
        Assert.Equal("MIT OR Apache-2.0", models[1][BomFields.License]);
        Assert.Null(models[0][BomFields.Tier]);
    }

    [Fact]
    public void Models_of_the_same_name_are_told_apart_by_their_order_as_the_build_tells_bom_refs_apart()
    {
        const string Bom = """
            { "bomFormat": "CycloneDX", "components": [
              { "type": "machine-learning-model", "name": "tiny" },
              { "type": "machine-learning-model", "name": "tiny" },
              { "type": "machine-learning-model", "name": "tiny#2" },
              { "type": "machine-learning-model", "name": "tiny" }
            ] }
            """;

        var models = Read(Bom);

        Assert.Equal(["tiny", "tiny#2", "tiny#2#2", "tiny#3"], models.Select(model => model.Key));
    }

    [Fact]
    public void One_model_named_in_two_files_is_two_entries()
    {
        var first = Models.Llama();
        first.SourceKind = "configuration";
        first.OriginFile = "appsettings.json";
        var second = Models.Llama();
        second.SourceKind = "configuration";
        second.OriginFile = "appsettings.Production.json";

        var models = Read(Models.Bom(first, second));

        Assert.Equal(2, models.Select(model => model.Key).Distinct().Count());
        Assert.Empty(BomDiff.Compare(models, models).Changed);
    }

    private static System.Collections.Generic.IReadOnlyList<BomModel> Read(string bom)
    {
        using var folder = new TempFolder();
        folder.Write("bom.json", bom);
        return BomReader.Read("bom.json", folder.Path);
    }

    private static void AssertOneLineError(ToolRun run, string expected)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Output);
        var error = run.Error.TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
