using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Targets;

/// <summary>
/// The licence check through the package's real targets: a build whose last check reported nothing skips the check and
/// loads none of the package's code, and anything the check depends on (the manifest, the policy, an allow or a deny,
/// the policy file it writes) makes it run again. Findings are reported on every build.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Targets)]
public sealed class CheckIncrementalityTargetsTests
{
    private const string SkippedCheck = "Skipping target \"ModelLicenseGuardCheck\" because all output files are up-to-date";

    // Detailed verbosity names each task's assembly the first time a build uses it.
    private static readonly Regex OurTaskLoaded = new("Using \"[A-Za-z]+\" task from assembly \"[^\"]*ModelLicenseGuard\\.Tasks\\.dll\"", RegexOptions.CultureInvariant);

    private static TargetsProject CleanProject(string extra = "")
        => new TargetsProject($"""
              <ItemGroup>
                <None Include="models/embedder.safetensors" />
              </ItemGroup>
            {extra}
            """)
            .WithFile("models/embedder.safetensors", SafetensorsBuilder.Model("Tiny Embedder", "apache-2.0").Build());

    [Fact]
    public void A_build_after_a_check_that_reported_nothing_skips_it_and_loads_none_of_the_package_code()
    {
        using var project = CleanProject();

        var first = project.Build("-v:d");
        var second = project.Build("-v:d");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Empty(first.Diagnostics);
        Assert.Matches(OurTaskLoaded, first.Output);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Empty(second.Diagnostics);
        Assert.Contains(SkippedCheck, second.Output, System.StringComparison.Ordinal);
        Assert.DoesNotMatch(OurTaskLoaded, second.Output);
        Assert.True(File.Exists(project.PathOf("obj/ModelLicenseGuard.policy")), "the analyzer's policy file is still there");
    }

    [Fact]
    public void A_finding_is_reported_on_every_build_and_the_check_is_never_skipped_while_there_is_one()
    {
        using var project = CleanProject("""
              <ItemGroup>
                <None Include="models/research.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build());

        var builds = Enumerable.Range(0, 3).Select(_ => project.Build()).ToArray();

        foreach (var build in builds)
        {
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Equal([DiagnosticIds.PolicyViolation], build.Diagnostics.Select(d => d.Id).ToArray());
            Assert.DoesNotContain(SkippedCheck, build.Output, System.StringComparison.Ordinal);
        }

        Assert.False(File.Exists(project.PathOf("obj/ModelLicenseGuard.check.stamp")), "no stamp while the check reports something");
    }

    [Fact]
    public void A_policy_changed_after_a_clean_check_is_enforced_on_the_next_build()
    {
        using var project = CleanProject();
        Assert.Equal(0, project.Build().ExitCode);
        Assert.Contains(SkippedCheck, project.Build().Output, System.StringComparison.Ordinal);

        project.Edit("<ItemGroup>", "<PropertyGroup><ModelLicensePolicy>OpenSourceOnly</ModelLicensePolicy></PropertyGroup>\n  <ItemGroup>");
        var stricter = project.Build();
        var again = project.Build();

        Assert.NotEqual(0, stricter.ExitCode);
        Assert.Equal([(DiagnosticIds.PolicyViolation, "error")], stricter.Diagnostics.Select(d => (d.Id, d.Severity)).ToArray());
        Assert.NotEqual(0, again.ExitCode);
        Assert.Equal(stricter.Diagnostics, again.Diagnostics);
    }

    [Fact]
    public void A_deny_added_after_a_clean_check_is_enforced_and_removing_it_makes_the_build_clean_again()
    {
        using var project = CleanProject();
        Assert.Equal(0, project.Build().ExitCode);

        project.Edit("<ItemGroup>", "<ItemGroup>\n    <ModelLicenseDeny Include=\"apache-2.0\" Reason=\"not reviewed yet\" />");
        var denied = project.Build();
        project.Edit("<ModelLicenseDeny Include=\"apache-2.0\" Reason=\"not reviewed yet\" />", string.Empty);
        var clean = project.Build();
        var skipped = project.Build();

        Assert.Equal([DiagnosticIds.PolicyViolation], denied.Diagnostics.Select(d => d.Id).ToArray());
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Empty(clean.Diagnostics);
        Assert.DoesNotContain(SkippedCheck, clean.Output, System.StringComparison.Ordinal);
        Assert.Contains(SkippedCheck, skipped.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_file_deleted_after_a_clean_check_is_written_again()
    {
        using var project = CleanProject("""
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
            """);
        Assert.Equal(0, project.Build().ExitCode);
        var policyFile = project.PathOf("obj/ModelLicenseGuard.policy");
        var written = File.ReadAllText(policyFile);

        File.Delete(policyFile);
        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(SkippedCheck, result.Output, System.StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(policyFile));
    }

    [Fact]
    public void A_model_added_after_a_clean_check_is_checked_on_the_next_build()
    {
        using var project = CleanProject();
        Assert.Equal(0, project.Build().ExitCode);

        File.WriteAllBytes(project.PathOf("models/research.gguf"), GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build());
        project.Edit("<None Include=\"models/embedder.safetensors\" />", "<None Include=\"models/embedder.safetensors\" />\n    <None Include=\"models/research.gguf\" />");
        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([DiagnosticIds.PolicyViolation], result.Diagnostics.Select(d => d.Id).ToArray());
    }
}
