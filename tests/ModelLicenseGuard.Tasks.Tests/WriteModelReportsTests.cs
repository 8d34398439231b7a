using System;
using System.IO;
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
        Directory.CreateDirectory(_project.PathOf("bin/bom.json"));

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
        manifest.Models.Add(new ManifestModel
        {
            Name = "Llama 3.1 8B Instruct",
            Source = "models/llama.gguf",
            Format = "gguf",
            License = "llama3.1",
            Tier = OpennessTier.RestrictedWeights,
            CommercialUse = Licenses.CommercialUse.Conditional,
        });
        Directory.CreateDirectory(Path.GetDirectoryName(ManifestPath)!);
        File.WriteAllText(ManifestPath, ManifestFormat.Write(manifest));
    }
}
