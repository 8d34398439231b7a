using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>The samples under <c>samples/</c>, copied out of the repository and built against the packed package.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class SampleTests(PackageFixture package)
{
    [Fact]
    public void LocalChat_warns_MLG0002_at_the_banner()
    {
        var sample = CopySample("LocalChat");

        var result = Build(sample, "LocalChat");

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.WithId("MLG0002"));
        var lines = File.ReadAllLines(Path.Combine(sample, "Program.cs"));
        var line = Array.FindIndex(lines, l => l.Contains("const string Banner", StringComparison.Ordinal));
        Assert.Equal(line + 1, warning.Line);
        Assert.Equal(lines[line].IndexOf("open-source", StringComparison.Ordinal) + 1, warning.Column);
        Assert.Contains("Llama", warning.Message, StringComparison.Ordinal);
        Snapshots.Match(UserVisible(result, sample), nameof(SampleTests));
    }

    [Fact]
    public void CommercialPolicy_fails_with_MLG0020_naming_the_model_file()
    {
        var sample = CopySample("CommercialPolicy");

        var result = Build(sample, "CommercialPolicy");

        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId("MLG0020"));
        Assert.EndsWith("CommercialPolicy.csproj", error.File, StringComparison.Ordinal);
        Assert.Contains("models/research-summarizer-1b.gguf", error.Message, StringComparison.Ordinal);
        Assert.Contains("cc-by-nc-4.0", error.Message, StringComparison.Ordinal);
        Snapshots.Match(UserVisible(result, sample), nameof(SampleTests));
    }

    [Fact]
    public void OllamaChat_warns_MLG0002_at_the_banner_and_notes_MLG0010_at_the_call_naming_the_model()
    {
        var sample = CopySample("OllamaChat");

        // The sample's own nuget.config points at samples/build.sh's feed; here, this run's feed and the registry.
        package.WriteNuGetConfig(sample, "https://api.nuget.org/v3/index.json");
        var result = Build(sample, "OllamaChat", "-p:ModelLicenseGuardCompilerLog=true");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(Path.Combine(sample, "Program.cs"));
        var claim = Assert.Single(result.WithId("MLG0002"));
        Assert.Equal(Array.FindIndex(lines, l => l.Contains("const string Banner", StringComparison.Ordinal)) + 1, claim.Line);
        Assert.Empty(result.WithId("MLG0010"));
        var attribution = Assert.Single(CompilerLog.Results(sample, "MLG0010"));
        Assert.Equal("note", attribution.Level);
        Assert.Equal(Array.FindIndex(lines, l => l.Contains("new OllamaApiClient", StringComparison.Ordinal)) + 1, attribution.Line);

        // Only ours: restore warnings depend on which versions the package source holds.
        Snapshots.Match(UserVisible(result, sample).Where(line => line.Contains(" MLG", StringComparison.Ordinal)).ToArray(), nameof(SampleTests));
    }

    [Fact]
    public void Sample_models_are_the_bytes_the_builder_makes()
    {
        var update = Environment.GetEnvironmentVariable("MLG_UPDATE_SAMPLES") == "1";
        foreach (var (relative, builder) in SampleModels.All)
        {
            var path = Repository.PathOf(relative);
            var expected = builder.Build();
            if (update)
            {
                builder.WriteTo(path);
            }

            Assert.True(File.Exists(path), $"{relative} is missing; run the tests with MLG_UPDATE_SAMPLES=1 to write it.");
            Assert.True(expected.SequenceEqual(File.ReadAllBytes(path)), $"{relative} differs from SampleModels; run the tests with MLG_UPDATE_SAMPLES=1 to rewrite it.");
        }
    }

    /// <summary>The diagnostics as a user reads them, with the machine-specific part of each path removed.</summary>
    private static string[] UserVisible(BuildResult result, string sample)
        => result.Diagnostics
            .Select(d => $"{(Path.IsPathRooted(d.File) ? Path.GetRelativePath(sample, d.File).Replace('\\', '/') : d.File)}({d.Line},{d.Column}): {d.Severity} {d.Id}: {d.Message}")
            .ToArray();

    private string CopySample(string name) => Samples.Copy(package, name);

    private BuildResult Build(string sample, string name, params string[] extraArguments) => Samples.Build(package, sample, name, extraArguments);
}
