using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// <c>mlg scan</c> reads a project's XML instead of evaluating it; for the samples, what it finds must be exactly what
/// <c>dotnet build</c> with the packed package finds: the same models, licences, tiers, catalog ids and verdicts. The
/// scan is the installed tool's (<see cref="PackageFixture.ToolCommand"/>), run as a program with its JSON output.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class ScanMatchesBuildTests(PackageFixture package)
{
    private static readonly string[] ModelExtensions = [".gguf", ".onnx", ".safetensors"];

    [Fact]
    public void Scanning_each_sample_and_a_configured_app_finds_the_models_their_builds_find_with_the_same_licence_tier_catalog_id_and_verdict()
    {
        var names = Directory.EnumerateDirectories(Repository.PathOf("samples")).Where(HasModelInputs).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var sample = Samples.Copy(package, name!);
            AssertScanMatchesBuild(name!, sample, name + ".csproj", Samples.Build(package, sample, name!));
        }

        // No sample names models in configuration: an app that does, with its policy in Directory.Build.props, an
        // allow in the project and a deny in Directory.Build.targets, where the scan reads them statically.
        var app = new ConsumerProject(package, "ConfiguredApp", """
              <ItemGroup>
                <ModelReference Include="hf:Qwen/Qwen2.5-7B-Instruct" Revision="a09a354" />
                <ModelConfigurationKey Include="MyApp:Chat:Engine" Kind="ollama" />
                <ModelLicenseAllow Include="cc-by-nc-4.0" Justification="research build only, LEGAL-7" />
              </ItemGroup>
            """)
            .WithFile("Directory.Build.props", "<Project><PropertyGroup><ModelLicensePolicy>Commercial</ModelLicensePolicy></PropertyGroup></Project>")
            .WithFile("Directory.Build.targets", "<Project><ItemGroup><ModelLicenseDeny Include=\"mit\" Reason=\"not for this product\" /></ItemGroup></Project>")
            .WithFile("appsettings.json", """
                {
                  "Ollama": { "ModelId": "llama3.1" },
                  "MyApp": { "Chat": { "Engine": "qwen2.5:7b" } }
                }
                """)
            .WithFile("models/research.gguf", GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").Build())
            .WithFile("weights/renamed.bin", GgufBuilder.Model("Renamed Model", "mit").Build());
        var configured = AssertScanMatchesBuild("ConfiguredApp", app.Directory, "ConfiguredApp.csproj", app.Build());
        // What the comparison covered: both configured models, the reference, both files, one allowed, and two errors
        // (the denied licence, and Llama's user cap under Commercial).
        Assert.Equal(2, configured.Count(model => model.TryGetProperty("originFile", out _)));
        Assert.Equal(5, configured.Count);
        Assert.Single(configured, model => Severity(model) == "allowed");
        Assert.Equal(2, configured.Count(model => Severity(model) == "error"));
    }

    private static string Severity(JsonElement model) => model.GetProperty("verdict").GetProperty("severity").GetString()!;

    /// <summary>Asserts the scan of the project the build just built reports what its manifest and log say; returns the scan's report.</summary>
    private List<JsonElement> AssertScanMatchesBuild(string name, string folder, string projectFile, BuildResult build)
    {
        var manifestPath = Path.Combine(folder, "obj", "Debug", "net10.0", ManifestFormat.FileName);
        Assert.True(File.Exists(manifestPath), $"{name}: the build wrote no manifest.\n{build}");
        var manifest = ManifestFormat.Read(File.ReadAllText(manifestPath));
        Assert.Null(manifest.Damage);

        var scan = DotNet.RunProgram(package.ToolCommand, folder, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "scan", projectFile, "--format", "json", "--quiet");
        Assert.True(scan.ExitCode is 0 or 1, $"{name}: {scan}");
        var json = scan.Output[scan.Output.IndexOf('{', StringComparison.Ordinal)..(scan.Output.LastIndexOf('}') + 1)];
        var models = JsonDocument.Parse(json).RootElement.GetProperty("models").EnumerateArray().ToList();

        var built = manifest.Models.ToDictionary(model => Key(folder, model.Source, model.OriginFile, model.OriginLine), StringComparer.Ordinal);
        var scanned = models.ToDictionary(
            model => Key(folder, model.GetProperty("source").GetString()!, model.TryGetProperty("originFile", out var origin) ? origin.GetString() : null, model.TryGetProperty("originLine", out var line) ? line.GetInt32() : 0),
            StringComparer.Ordinal);
        Assert.NotEmpty(built);
        Assert.Equal(built.Keys.Order(StringComparer.Ordinal), scanned.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, model) in built)
        {
            var found = scanned[key];
            Assert.True(model.License == found.GetProperty("license").GetString(), $"{name} {key}: licence {found.GetProperty("license")}, the build says {model.License}");
            Assert.True(model.Tier.ToString() == found.GetProperty("tier").GetString(), $"{name} {key}: tier {found.GetProperty("tier")}, the build says {model.Tier}");
            Assert.True(model.CatalogId == found.GetProperty("catalogId").GetString(), $"{name} {key}: catalog id {found.GetProperty("catalogId")}, the build says {model.CatalogId}");
        }

        // The verdicts as the build reports them: MLG0020 errors and warnings, each with the policy's own message (the
        // build's log adds the rule's help link to it, as the compiler does).
        var link = $" ({HelpLinks.For(DiagnosticIds.PolicyViolation)})";
        var buildVerdicts = build.WithId(DiagnosticIds.PolicyViolation)
            .Select(diagnostic => $"{diagnostic.Severity}: {(diagnostic.Message.EndsWith(link, StringComparison.Ordinal) ? diagnostic.Message[..^link.Length] : diagnostic.Message)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var scanVerdicts = models
            .Where(model => Severity(model) is "error" or "warning")
            .Select(model => $"{Severity(model)}: {model.GetProperty("verdict").GetProperty("message").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(buildVerdicts.SequenceEqual(scanVerdicts), $"{name}: the build's verdicts\n{string.Join('\n', buildVerdicts)}\nthe scan's\n{string.Join('\n', scanVerdicts)}");

        // Exit code 1 exactly when the build fails on the policy.
        Assert.Equal(build.ExitCode != 0, scan.ExitCode == 1);
        return models;
    }

    /// <summary>A sample with model files, ModelReference items or configuration the build reads for models.</summary>
    private static bool HasModelInputs(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !IsUnder(folder, file, "bin") && !IsUnder(folder, file, "obj"))
            .Any(file => ModelExtensions.Contains(Path.GetExtension(file).ToLowerInvariant())
                || Path.GetFileName(file).StartsWith("appsettings", StringComparison.Ordinal)
                || (file.EndsWith(".csproj", StringComparison.Ordinal) && File.ReadAllText(file) is var text && (text.Contains("<ModelReference", StringComparison.Ordinal) || text.Contains("<ModelConfigurationKey", StringComparison.Ordinal))));

    private static bool IsUnder(string folder, string file, string child)
        => Path.GetRelativePath(folder, file).StartsWith(child + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A model file by its full path, a configured model by the file and line naming it, a reference as written.</summary>
    private static string Key(string sample, string source, string? originFile, int originLine)
    {
        if (originFile is not null)
        {
            return $"{Path.GetFullPath(Path.Combine(sample, originFile))}:{originLine}:{source}";
        }

        return source.IndexOf(':', StringComparison.Ordinal) > 1 ? source : Path.GetFullPath(Path.Combine(sample, source));
    }
}
