using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Targets;

/// <summary>
/// The package's MSBuild surface as a user meets it, without packing: the repository's props and targets run by
/// MSBuild with the task assembly just built, asserting the MLG diagnostics at their file and line, the exit code and
/// the manifest the analyzer would read.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Targets)]
public sealed class PackageTargetsTests
{
    [Fact]
    public void Non_commercial_weights_fail_a_Commercial_build_at_the_line_that_brought_them_in_and_reach_the_manifest()
    {
        using var project = new TargetsProject("""
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="models/research-summarizer-1b.gguf" />
                <Content Include="models/embedder.safetensors" />
              </ItemGroup>
            """)
            .WithFile("models/research-summarizer-1b.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build())
            .WithFile("models/embedder.safetensors", SafetensorsBuilder.Model("Tiny Embedder", "apache-2.0").Build());

        var result = project.Build();

        Assert.NotEqual(0, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticIds.PolicyViolation, "error", project.ProjectFile), (error.Id, error.Severity, error.File));
        Assert.Equal(project.PositionOf("models/research-summarizer-1b.gguf"), (error.Line, error.Column));
        Assert.StartsWith("Model 'Research Summarizer 1B' (models/research-summarizer-1b.gguf) is licensed under 'cc-by-nc-4.0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("the project's ModelLicensePolicy is Commercial", error.Message, StringComparison.Ordinal);

        var manifest = project.ReadManifest();
        var research = Assert.Single(manifest.Models, m => m.Source == "models/research-summarizer-1b.gguf");
        Assert.Equal(("Research Summarizer 1B", "cc-by-nc-4.0", OpennessTier.RestrictedWeights, CommercialUse.Forbidden), (research.Name, research.License, research.Tier, research.CommercialUse));
        var embedder = Assert.Single(manifest.Models, m => m.Source == "models/embedder.safetensors");
        Assert.Equal(("Tiny Embedder", "apache-2.0", OpennessTier.OpenWeights), (embedder.Name, embedder.License, embedder.Tier));
    }

    [Fact]
    public void An_allow_holds_until_the_policy_date_reaches_its_expiry_and_the_models_are_not_read_again_meanwhile()
    {
        using var project = new TargetsProject("""
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <None Include="models/research.gguf" />
                <ModelLicenseAllow Include="cc-by-nc-4.0" Justification="internal pilot, LEGAL-7" Expires="2027-01-01" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build());

        var dayBefore = project.Build("-p:ModelLicenseGuardPolicyDate=2026-12-31");

        Assert.True(dayBefore.ExitCode == 0, dayBefore.ToString());
        Assert.Empty(dayBefore.Diagnostics);
        Assert.Contains("is allowed by ModelLicenseAllow 'cc-by-nc-4.0' (internal pilot, LEGAL-7, until 2027-01-01)", dayBefore.Output, StringComparison.Ordinal);

        var onTheDay = project.Build("-p:ModelLicenseGuardPolicyDate=2027-01-01");

        Assert.NotEqual(0, onTheDay.ExitCode);
        Assert.Equal(
            [(DiagnosticIds.PolicyViolation, "error"), (DiagnosticIds.AllowExpired, "warning")],
            onTheDay.Diagnostics.Select(d => (d.Id, d.Severity)).Order().ToArray());
        var expired = Assert.Single(onTheDay.WithId(DiagnosticIds.AllowExpired));
        Assert.Equal(project.PositionOf("cc-by-nc-4.0"), (expired.Line, expired.Column));
        Assert.Contains("expired on 2027-01-01", expired.Message, StringComparison.Ordinal);

        // Nothing the models depend on changed: the check ran again, the headers were not read again.
        Assert.Contains("Skipping target \"ModelLicenseGuardResolve\" because all output files are up-to-date", onTheDay.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_default_policy_a_renamed_model_is_sniffed_and_warned_about_and_a_truncated_one_is_named_not_fatal()
    {
        using var project = new TargetsProject("""
              <ItemGroup>
                <None Include="models/research.bin" />
                <None Include="models/broken.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/research.bin", SafetensorsBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build())
            .WithFile("models/broken.gguf", GgufBuilder.Model("Broken", "apache-2.0").Build()[..40]);

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(result.Diagnostics, d => Assert.Equal("warning", d.Severity));
        var violation = Assert.Single(result.WithId(DiagnosticIds.PolicyViolation));
        Assert.Equal(project.PathOf("models/research.bin"), violation.File);
        Assert.Contains("'Research Summarizer 1B'", violation.Message, StringComparison.Ordinal);
        var unreadable = Assert.Single(result.WithId(DiagnosticIds.UnreadableModel));
        Assert.Equal(project.PathOf("models/broken.gguf"), unreadable.File);
        Assert.Equal(2, result.Diagnostics.Count);

        var manifest = project.ReadManifest();
        Assert.Equal("cc-by-nc-4.0", Assert.Single(manifest.Models, m => m.Source == "models/research.bin").License);
    }

    [Fact]
    public void A_design_time_build_reports_nothing_and_writes_the_policy_the_analyzer_reads()
    {
        using var project = new TargetsProject("""
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <None Include="models/research.gguf" />
                <ModelLicenseAllow Include="llama3.1" Justification="reviewed, LEGAL-9" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build());

        var result = project.Build("-p:DesignTimeBuild=true");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Diagnostics);
        var policy = ModelLicenseGuard.Policy.PolicyFile.Read(File.ReadAllText(project.PathOf("obj/" + ModelLicenseGuard.Policy.PolicyFile.FileName)), new DateTime(2026, 6, 1));
        Assert.NotNull(policy);
        Assert.Equal(ModelLicenseGuard.Policy.ModelLicensePolicy.Commercial, policy.Policy);
        Assert.Equal("llama3.1", Assert.Single(policy.Allow).Pattern);
        Assert.Single(project.ReadManifest().Models);
    }

    [Fact]
    public void Reports_asked_for_on_build_are_written_to_the_output_folder()
    {
        using var project = new TargetsProject("""
              <PropertyGroup>
                <ModelLicenseGuardBom>true</ModelLicenseGuardBom>
                <ModelLicenseGuardNotices>true</ModelLicenseGuardNotices>
              </PropertyGroup>
              <ItemGroup>
                <None Include="models/embedder.safetensors" />
              </ItemGroup>
            """)
            .WithFile("models/embedder.safetensors", SafetensorsBuilder.Model("Tiny Embedder", "apache-2.0").Build());

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var bom = File.ReadAllText(project.PathOf("bin/App.ml-bom.cdx.json"));
        Assert.Contains("\"Tiny Embedder\"", bom, StringComparison.Ordinal);
        Assert.Contains("apache-2.0", File.ReadAllText(project.PathOf("bin/THIRD-PARTY-NOTICES.txt")), StringComparison.OrdinalIgnoreCase);
    }
}
