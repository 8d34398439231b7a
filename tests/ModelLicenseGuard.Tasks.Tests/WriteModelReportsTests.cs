using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests;

public sealed class WriteModelReportsTests : IDisposable
{
    private readonly TempDirectory _project = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _project.Dispose();

    private string ManifestPath => _project.PathOf("obj/" + ManifestFormat.FileName);

    [Fact]
    public void Writes_a_valid_bom_and_the_notices_from_the_manifest_and_reports_them_as_written()
    {
        WriteManifest();
        var task = Task(bom: "bin/App.ml-bom.cdx.json", notices: "bin/THIRD-PARTY-NOTICES.txt");

        Assert.True(task.Execute(), _engine.ToString());

        Assert.Empty(_engine.Diagnostics);
        var bom = File.ReadAllText(_project.PathOf("bin/App.ml-bom.cdx.json"));
        Assert.Empty(CycloneDxSchema.Validate(bom));
        Assert.Contains("\"name\": \"App\"", bom, StringComparison.Ordinal);
        Assert.Contains("Built with Llama", File.ReadAllText(_project.PathOf("bin/THIRD-PARTY-NOTICES.txt")), StringComparison.Ordinal);
        Assert.Equal([_project.PathOf("bin/App.ml-bom.cdx.json"), _project.PathOf("bin/THIRD-PARTY-NOTICES.txt")], Array.ConvertAll(task.Written, i => i.ItemSpec));
    }

    [Fact]
    public void An_unchanged_report_is_not_rewritten()
    {
        WriteManifest();
        Assert.True(Task(bom: "bin/bom.json").Execute());
        var path = _project.PathOf("bin/bom.json");
        var written = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(path, written);

        Assert.True(Task(bom: "bin/bom.json").Execute());

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_report_that_cannot_be_written_is_MLG0024_naming_the_file_and_the_build_goes_on()
    {
        WriteManifest();

        // An empty folder in the way is removed; one with content is its owner's.
        _project.WriteBytes("bin/bom.json/keep.txt", [1]);

        Assert.True(Task(bom: "bin/bom.json", notices: "bin/notices.txt").Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.ReportNotWritten, warning.Code);
        Assert.Equal(_project.PathOf("bin/bom.json"), warning.File);
        Assert.Equal(HelpLinks.For(DiagnosticIds.ReportNotWritten), warning.HelpLink);
        Assert.True(File.Exists(_project.PathOf("bin/notices.txt")));
    }

    [Fact]
    public void Without_a_manifest_the_reports_say_no_models_were_found()
    {
        Assert.True(Task(bom: "bin/bom.json", notices: "bin/notices.txt").Execute());

        Assert.Empty(CycloneDxSchema.Validate(File.ReadAllText(_project.PathOf("bin/bom.json"))));
        Assert.EndsWith("No models were found.\n", File.ReadAllText(_project.PathOf("bin/notices.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_manifest_is_MLG0025_naming_it_and_no_report_passes_part_of_it_off_as_complete()
    {
        WriteManifest();
        var text = File.ReadAllText(ManifestPath);
        File.WriteAllText(ManifestPath, text[..(text.Length / 2)]);

        Assert.True(Task(bom: "bin/bom.json", notices: "bin/notices.txt").Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal((DiagnosticIds.ManifestDamaged, ManifestPath), (warning.Code, warning.File));
        Assert.False(File.Exists(_project.PathOf("bin/bom.json")));
        Assert.False(File.Exists(_project.PathOf("bin/notices.txt")));
    }

    [Fact]
    public void Models_the_compiler_log_says_the_code_names_join_the_bom_once_with_where_they_are_named()
    {
        WriteManifest();
        var log = _project.PathOf("obj/ModelLicenseGuard.sarif");
        var program = new Uri(_project.PathOf("Program.cs")).AbsoluteUri;
        File.WriteAllText(log, $$"""
            {
              "$schema": "http://json.schemastore.org/sarif-2.1.0",
              "version": "2.1.0",
              "runs": [ {
                "results": [
                  { "ruleId": "MLG0040", "level": "note", "message": { "text": "Model 'GPT-4o' is used here" },
                    "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{program}}" }, "region": { "startLine": 7 } } } ],
                    "properties": { "warningLevel": 1, "customProperties": { "CatalogId": "openai/gpt-4o", "SourceKind": "code", "Line": "7" } } },
                  { "ruleId": "MLG0040", "level": "note", "message": { "text": "an Azure deployment named like a model" },
                    "properties": { "customProperties": { "CatalogId": "openai/gpt-4o-mini", "SourceKind": "code", "Line": "8", "AssumedFrom": "deployment name" } } },
                  { "ruleId": "MLG0040", "level": "note", "message": { "text": "again" },
                    "properties": { "customProperties": { "CatalogId": "openai/gpt-4o", "SourceKind": "code", "Line": "9" } } },
                  { "ruleId": "MLG0002", "level": "warning", "message": { "text": "a claim" },
                    "properties": { "customProperties": { "CatalogId": "mistralai/Mistral-7B-Instruct-v0.3" } } },
                  { "ruleId": "MLG0040", "level": "note", "message": { "text": "in the manifest already" },
                    "properties": { "customProperties": { "CatalogId": "meta-llama/Llama-3.1-8B-Instruct", "SourceKind": "code", "Line": "3" } } }
                ],
                "tool": { "driver": { "name": "csc", "rules": [ { "id": "MLG0040", "properties": { "CatalogId": "not a result" } } ] } }
              } ]
            }
            """);
        var task = Task(bom: "bin/bom.json");
        task.CompilerLog = log;
        task.ProjectDirectory = _project.FullPath;

        Assert.True(task.Execute(), _engine.ToString());

        Assert.Empty(_engine.Diagnostics);
        var bom = File.ReadAllText(_project.PathOf("bin/bom.json"));
        Assert.Empty(CycloneDxSchema.Validate(bom));
        Assert.Equal(3, bom.Split("\"type\": \"machine-learning-model\"").Length - 1);
        Assert.Single(bom.ReplaceLineEndings("\n").Split("\"name\": \"modellicenseguard:assumed-from\",\n          \"value\": \"deployment name\"").Skip(1));
        Assert.Contains("\"location\": \"Program.cs\"", bom, StringComparison.Ordinal);
        Assert.Contains("\"line\": 7", bom, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"modellicenseguard:source\",\n          \"value\": \"code\"", bom.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Mistral", bom, StringComparison.Ordinal);
        Assert.DoesNotContain("huggingface.co/openai", bom, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compiler_log_that_is_not_json_is_MLG0024_and_the_reports_are_still_written()
    {
        WriteManifest();
        var log = _project.PathOf("obj/ModelLicenseGuard.sarif");
        File.WriteAllText(log, "{ \"runs\": [ truncated");
        var task = Task(bom: "bin/bom.json");
        task.CompilerLog = log;

        Assert.True(task.Execute());

        Assert.Equal(DiagnosticIds.ReportNotWritten, Assert.Single(_engine.Warnings).Code);
        Assert.True(File.Exists(_project.PathOf("bin/bom.json")));
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void A_compile_without_the_log_since_it_was_written_is_MLG0024_and_the_reports_are_still_written(bool compiled, bool logAfter, bool warns)
    {
        WriteManifest();
        var log = _project.PathOf("obj/ModelLicenseGuard.sarif");
        var assembly = _project.PathOf("obj/App.dll");
        if (compiled)
        {
            File.WriteAllText(assembly, "not really an assembly");
            File.SetLastWriteTimeUtc(assembly, new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc));
        }

        if (logAfter)
        {
            File.WriteAllText(log, "{ \"runs\": [] }");
            File.SetLastWriteTimeUtc(log, new DateTime(2026, 1, 1, 12, 0, 0, 500, DateTimeKind.Utc));
        }

        var task = Task(bom: "bin/bom.json");
        task.CompilerLog = log;
        task.CompiledAssembly = assembly;

        Assert.True(task.Execute());

        Assert.Equal(warns ? 1 : 0, _engine.Warnings.Count(w => w.Code == DiagnosticIds.ReportNotWritten));
        Assert.True(File.Exists(_project.PathOf("bin/bom.json")));
    }

    private WriteModelReports Task(string? bom = null, string? notices = null) => new()
    {
        BuildEngine = _engine,
        ManifestPath = ManifestPath,
        ProjectName = "App",
        ProjectVersion = "1.0.0",
        BomPath = bom is null ? null : _project.PathOf(bom),
        NoticesPath = notices is null ? null : _project.PathOf(notices),
    };

    private void WriteManifest()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(new ManifestEntry
        {
            Name = "Llama 3.1 8B Instruct",
            Source = "models/llama.gguf",
            CatalogId = "meta-llama/Llama-3.1-8B-Instruct",
            Format = "gguf",
            License = "llama3.1",
            Tier = OpennessTier.RestrictedWeights,
            CommercialUse = Licenses.CommercialUse.Conditional,
        });
        Directory.CreateDirectory(Path.GetDirectoryName(ManifestPath)!);
        File.WriteAllText(ManifestPath, ManifestFormat.Write(manifest));
    }
}
