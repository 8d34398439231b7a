using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Packaging;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Testing;
using ModelLicenseGuard.Tool.Output;

namespace ModelLicenseGuard.Tool.Tests;

public class ReportWriterTests
{
    private static readonly PolicySettings Commercial = new(ModelLicensePolicy.Commercial);

    [Fact]
    public void Table_lists_each_model_in_aligned_columns_with_its_verdict_and_a_summary()
    {
        var report = Models.Report(Commercial, Models.NonCommercialFile(), Models.ApacheFile());

        var table = Write(report, OutputFormat.Table);

        var lines = table.Split('\n');
        var heading = Assert.Single(lines, line => line.Contains("LOCATION", StringComparison.Ordinal));
        var rows = lines.SkipWhile(line => !line.Contains("LOCATION", StringComparison.Ordinal)).Skip(1).TakeWhile(line => line.Length > 0).ToList();
        Assert.Equal(2, rows.Count);
        foreach (var column in new[] { "FORMAT", "MODEL", "LICENCE", "TIER", "VERDICT" })
        {
            // Every row's cell starts where its heading does.
            var at = heading.IndexOf(column, StringComparison.Ordinal);
            Assert.All(rows, row => Assert.NotEqual(' ', row[at]));
            Assert.All(rows, row => Assert.Equal(' ', row[at - 1]));
        }

        Assert.Contains(rows, row => row.Contains("cc-by-nc-4.0", StringComparison.Ordinal) && row.EndsWith("error MLG0020", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("apache-2.0", StringComparison.Ordinal) && row.EndsWith("ok", StringComparison.Ordinal));
        Assert.Contains("error MLG0020 models/summarizer.gguf: ", table, StringComparison.Ordinal);
        Assert.Contains("2 models, 1 error, 0 warnings, 0 allowed: fails the Commercial policy.", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_lists_what_each_models_licence_asks_of_whoever_ships_it()
    {
        var llama = Models.Llama();
        llama.Attribution = "Built with Llama";
        var report = Models.Report(new PolicySettings(ModelLicensePolicy.Permissive), llama, Models.ApacheFile());

        var table = Write(report, OutputFormat.Table);

        var obligations = table.Split('\n').SkipWhile(line => line != "Obligations:").Skip(1).TakeWhile(line => line.Length > 0).ToList();
        var line = Assert.Single(obligations);
        Assert.Equal("  hf:meta-llama/Llama-3.1-8B-Instruct: Built with Llama; a separate licence from Meta above 700 million monthly active users", line);
    }

    [Fact]
    public void Table_has_no_colour_and_no_trailing_spaces_unless_colour_is_asked_for()
    {
        var report = Models.Report(new PolicySettings(ModelLicensePolicy.Permissive), Models.NonCommercialFile(), Models.ApacheFile());
        report.Notes.Add("Models named in C# need the analyzer.");

        var plain = Write(report, OutputFormat.Table, color: false);
        var colored = Write(report, OutputFormat.Table, color: true);

        Assert.DoesNotContain('\u001b', plain);
        Assert.All(plain.Split('\n'), line => Assert.False(line.TrimEnd('\r').EndsWith(' '), $"'{line}' ends in a space"));
        Assert.Contains("\u001b[33mwarning MLG0020\u001b[0m", colored, StringComparison.Ordinal);
        Assert.Contains("\u001b[32mok\u001b[0m", colored, StringComparison.Ordinal);

        // Colour changes nothing but the escapes: the columns stay where they are.
        Assert.Equal(plain, colored.Replace("\u001b[33m", string.Empty, StringComparison.Ordinal).Replace("\u001b[32m", string.Empty, StringComparison.Ordinal).Replace("\u001b[0m", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_red_error_marks_a_model_the_policy_fails()
    {
        var colored = Write(Models.Report(Commercial, Models.NonCommercialFile()), OutputFormat.Table, color: true);

        Assert.Contains("\u001b[31merror MLG0020\u001b[0m", colored, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_cuts_a_long_path_from_the_left_and_a_long_name_from_the_right()
    {
        var model = Models.ApacheFile("models/" + new string('d', 80) + "/embedder.onnx");
        model.Name = "An Embedder With A Name Far Longer Than Any Column Should Hold";
        var table = Write(Models.Report(Commercial, model), OutputFormat.Table);

        var row = Assert.Single(table.Split('\n'), line => line.Contains("embedder.onnx", StringComparison.Ordinal));
        Assert.StartsWith("  …", row, StringComparison.Ordinal);
        Assert.Contains("d/embedder.onnx  onnx", row, StringComparison.Ordinal);
        Assert.Contains("An Embedder With A Name Far Lon…  ", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_lists_conflicts_problems_notes_and_allowed_models_with_their_justification()
    {
        var settings = new PolicySettings(ModelLicensePolicy.Commercial);
        settings.Allow.Add(new PolicyListEntry("cc-by-nc-4.0", "Research build only, approved by legal"));
        var model = Models.NonCommercialFile();
        var report = Models.Report(settings, model);
        report.Conflicts.Add(new PackageConflict("Acme.Models/1.0.0", new PackageMetadataConflict("PackageLicenseExpression", "MIT", model, "the model it carries forbids commercial use")));
        report.Problems.Add(new ManifestProblem(DiagnosticIds.LicenseUnknown, "models/mystery.bin", "No licence found.") { Line = 3 });
        report.Notes.Add("Models named in C# need the analyzer.");

        var table = Write(report, OutputFormat.Table);

        Assert.Contains("allowed MLG0020 models/summarizer.gguf: ", table, StringComparison.Ordinal);
        Assert.Contains("(allowed by 'cc-by-nc-4.0': Research build only, approved by legal)", table, StringComparison.Ordinal);
        Assert.Contains("warning MLG0011 Acme.Models/1.0.0: PackageLicenseExpression 'MIT' conflicts with 'Research Summarizer 1B'", table, StringComparison.Ordinal);
        Assert.Contains("warning MLG0030 models/mystery.bin:3: No licence found.", table, StringComparison.Ordinal);
        Assert.Contains("note: Models named in C# need the analyzer.", table, StringComparison.Ordinal);
        Assert.Contains("1 allowed, 1 package conflict, 1 problem: passes the Commercial policy.", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_of_a_control_character_in_a_model_name_cannot_drive_the_terminal()
    {
        var model = Models.ApacheFile();
        model.Name = "Evil\u001b[2J\nName";

        var table = Write(Models.Report(Commercial, model), OutputFormat.Table);

        Assert.DoesNotContain('\u001b', table);
        Assert.Contains("Evil [2J Name", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_has_one_run_whose_rules_and_results_follow_the_build_diagnostics()
    {
        var runtime = Models.Llama();
        runtime.Source = "openai:gpt-4o";
        runtime.SourceKind = "configuration";
        runtime.OriginFile = "appsettings.json";
        runtime.OriginLine = 7;
        runtime.OriginColumn = 15;
        runtime.License = null;
        runtime.Tier = OpennessTier.Unknown;
        runtime.CommercialUse = CommercialUse.Unknown;
        var report = Models.Report(Commercial, Models.NonCommercialFile("models/my summarizer.gguf"), Models.ApacheFile(), runtime);
        report.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, "models/broken.gguf", "The file is cut short."));

        using var sarif = JsonDocument.Parse(Write(report, OutputFormat.Sarif));

        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ModelLicenseGuard", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["MLG0020", "MLG0032"], rules.Select(rule => rule.GetProperty("id").GetString()));
        Assert.All(rules, rule => Assert.Equal(HelpLinks.For(rule.GetProperty("id").GetString()!), rule.GetProperty("helpUri").GetString()));
        Assert.Equal("Model licence violates the project's policy", rules[0].GetProperty("shortDescription").GetProperty("text").GetString());

        // The Apache model passes and is no finding; the other two fail the policy, the broken file is a problem.
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        foreach (var result in results)
        {
            var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[ruleIndex].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
        }

        Assert.Equal(["error", "error", "warning"], results.Select(result => result.GetProperty("level").GetString()));
        Assert.Equal(["models/my%20summarizer.gguf", "appsettings.json", "models/broken.gguf"], results.Select(Uri));
        var region = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(7, region.GetProperty("startLine").GetInt32());
        Assert.Equal(15, region.GetProperty("startColumn").GetInt32());
        Assert.False(results[2].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
    }

    [Fact]
    public void Sarif_reports_a_permissive_policy_as_warnings_and_an_allowed_model_as_suppressed_with_its_justification()
    {
        var permissive = Models.Report(new PolicySettings(ModelLicensePolicy.Permissive), Models.NonCommercialFile());
        var settings = new PolicySettings(ModelLicensePolicy.Commercial);
        settings.Allow.Add(new PolicyListEntry("cc-by-nc-4.0", "Research build only"));
        var allowed = Models.Report(settings, Models.NonCommercialFile());

        using var warning = JsonDocument.Parse(Write(permissive, OutputFormat.Sarif));
        using var suppressed = JsonDocument.Parse(Write(allowed, OutputFormat.Sarif));

        var warned = Assert.Single(warning.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("warning", warned.GetProperty("level").GetString());
        Assert.False(warned.TryGetProperty("suppressions", out _));
        var excused = Assert.Single(suppressed.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var suppression = Assert.Single(excused.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Contains("Research build only", suppression.GetProperty("justification").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_puts_a_package_conflict_at_the_model_it_is_about()
    {
        var model = Models.NonCommercialFile("Acme.Models/1.0.0/content/summarizer.gguf");
        var report = Models.Report(new PolicySettings(ModelLicensePolicy.None), model);
        report.Conflicts.Add(new PackageConflict("Acme.Models/1.0.0", new PackageMetadataConflict("PackageLicenseExpression", "MIT", model, "the model forbids commercial use")));

        using var sarif = JsonDocument.Parse(Write(report, OutputFormat.Sarif));

        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("MLG0011", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.Equal("Acme.Models/1.0.0/content/summarizer.gguf", Uri(result));
    }

    [Fact]
    public void Sarif_gives_a_command_line_allow_no_file_location_and_an_absolute_path_a_file_uri()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "models", "summarizer.gguf");
        var report = Models.Report(Commercial, Models.NonCommercialFile(absolute));
        report.Problems.Add(new ManifestProblem(DiagnosticIds.AllowWithoutJustification, "--allow llama3.1", "An --allow without a justification allows nothing."));

        using var sarif = JsonDocument.Parse(Write(report, OutputFormat.Sarif));

        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new System.Uri(absolute).AbsoluteUri, Uri(results[0]));
        Assert.StartsWith("file:///", Uri(results[0]), StringComparison.Ordinal);
        Assert.Equal("MLG0021", results[1].GetProperty("ruleId").GetString());
        Assert.False(results[1].TryGetProperty("locations", out _));
        Assert.StartsWith("--allow llama3.1: ", results[1].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CycloneDx_is_a_valid_bom_with_the_same_models_as_the_build_writes()
    {
        var report = Models.Report(Commercial, Models.NonCommercialFile(), Models.Llama());

        var bom = Write(report, OutputFormat.CycloneDx);

        Assert.Empty(CycloneDxSchema.Validate(bom));
        using var document = JsonDocument.Parse(bom);
        var components = document.RootElement.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["model:models/summarizer.gguf", "model:hf:meta-llama/Llama-3.1-8B-Instruct"], components.Select(c => c.GetProperty("bom-ref").GetString()));
        Assert.Equal("samples/Consumer", document.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
    }

    [Fact]
    public void CycloneDx_from_the_tool_and_the_build_bom_of_the_same_models_diff_as_no_changes()
    {
        using var folder = new TempFolder();
        var build = folder.Write("build.cdx.json", Models.Bom(Models.NonCommercialFile(), Models.Llama(), Models.ApacheFile()));
        var tool = folder.Write("tool.cdx.json", Write(Models.Report(Commercial, Models.NonCommercialFile(), Models.Llama(), Models.ApacheFile()), OutputFormat.CycloneDx));

        var run = ToolRun.Of(folder.Path, "diff", build, tool);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("build.cdx.json -> tool.cdx.json: no differences (3 models).\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_keeps_its_verdict_words()
    {
        var report = Models.Report(Commercial, Models.NonCommercialFile(), Models.ApacheFile());

        using var json = JsonDocument.Parse(Write(report, OutputFormat.Json));

        Assert.True(json.RootElement.GetProperty("failsPolicy").GetBoolean());
        Assert.Equal(["error", "pass"], json.RootElement.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("verdict").GetProperty("severity").GetString()));
    }

    private static string Uri(JsonElement result)
        => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    private static string Write(ToolReport report, OutputFormat format, bool color = false)
    {
        using var output = new StringWriter();
        ReportWriter.Write(report, new OutputStyle(format, color, Quiet: false), output);
        return output.ToString();
    }
}
