using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Targets;

/// <summary>
/// The manifest and its stamp as one unit, through the package's real targets: a manifest damaged between builds is
/// written again by the next build, which reports what the first did; concurrent builds leave every file the package
/// owns whole.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Targets)]
public sealed class ManifestIntegrityTargetsTests
{
    private const string SkippedResolve = "Skipping target \"ModelLicenseGuardResolve\" because all output files are up-to-date";

    public static TheoryData<string> Damages() => ["corrupt", "truncate", "empty", "directory", "delete"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_manifest_damaged_between_builds_is_written_again_and_the_same_diagnostics_are_reported(string damage)
    {
        using var project = new TargetsProject("""
              <ItemGroup>
                <None Include="models/research.gguf" />
                <None Include="models/broken.gguf" />
                <None Include="models/embedder.safetensors" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build())
            .WithFile("models/broken.gguf", GgufBuilder.Model("Broken", "apache-2.0").Build()[..40])
            .WithFile("models/embedder.safetensors", SafetensorsBuilder.Model("Tiny Embedder", "apache-2.0").Build());

        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal([DiagnosticIds.PolicyViolation, DiagnosticIds.UnreadableModel], first.Diagnostics.Select(d => d.Id).Order().ToArray());
        var written = File.ReadAllText(project.ManifestPath);

        Damage(project.ManifestPath, damage);
        var second = project.Build();
        var third = project.Build();

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain(SkippedResolve, second.Output, StringComparison.Ordinal);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Diagnostics, third.Diagnostics);
        Assert.True(File.Exists(project.ManifestPath), "the manifest is a file again");
        Assert.Equal(written, File.ReadAllText(project.ManifestPath));
        Assert.Null(project.ReadManifest().Damage);

        // Once whole again, the manifest is up to date: the models are not read again.
        Assert.Contains(SkippedResolve, third.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_manifest_keeps_the_resolve_step_skipped()
    {
        using var project = new TargetsProject("""
              <ItemGroup>
                <None Include="models/embedder.safetensors" />
              </ItemGroup>
            """)
            .WithFile("models/embedder.safetensors", SafetensorsBuilder.Model("Tiny Embedder", "apache-2.0").Build());

        Assert.Equal(0, project.Build().ExitCode);
        var again = project.Build();

        Assert.Contains(SkippedResolve, again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("is written again", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compiler_log_that_does_not_parse_is_deleted_before_the_compile_and_no_build_warns_about_it()
    {
        using var project = new TargetsProject("""
              <PropertyGroup>
                <ModelLicenseGuardBom>true</ModelLicenseGuardBom>
              </PropertyGroup>
              <ItemGroup>
                <None Include="models/embedder.safetensors" />
              </ItemGroup>
            """)
            .WithFile("models/embedder.safetensors", SafetensorsBuilder.Model("Tiny Embedder", "apache-2.0").Build());
        Assert.Equal(0, project.Build().ExitCode);

        // What two compiles writing one log at once can leave.
        File.WriteAllText(project.PathOf("obj/ModelLicenseGuard.sarif"), """{"$schema": "http://json.schemastore.org/sarif-2.1.0", "runs": [{"results": [""");
        var result = project.Build();
        var next = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(project.PathOf("obj/ModelLicenseGuard.sarif")), "deleted, so the compile (which lists it as an output) runs again");
        Assert.Contains("it was deleted so the compiler writes it again", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.WithId(DiagnosticIds.ReportNotWritten));
        Assert.Empty(next.Diagnostics);
    }

    [Fact]
    public void A_compiler_log_older_than_the_assembly_is_deleted_before_the_compile_rather_than_reported_missing_on_every_build()
    {
        using var project = new TargetsProject("""
              <PropertyGroup>
                <ModelLicenseGuardBom>true</ModelLicenseGuardBom>
                <!-- The SDK's name for the assembly the compile writes, which the stand-in project has no SDK to set. -->
                <TargetFileName>App.dll</TargetFileName>
              </PropertyGroup>
              <!-- The stand-in compile writes the log only when it is missing, as the real one runs only when an output is. -->
              <Target Name="StandInCompilerLog" AfterTargets="CoreCompile" Condition="!Exists('obj/ModelLicenseGuard.sarif')">
                <WriteLinesToFile File="obj/ModelLicenseGuard.sarif" Lines="{ &quot;version&quot;: &quot;2.1.0&quot;, &quot;runs&quot;: [] }" Overwrite="true" />
              </Target>
            """);
        Assert.Equal(0, project.Build().ExitCode);

        // A compile that lost the race to write its log: the assembly is newer than the log.
        var log = project.PathOf("obj/ModelLicenseGuard.sarif");
        File.WriteAllText(log, """{"$schema": "http://json.schemastore.org/sarif-2.1.0", "version": "2.1.0", "runs": []}""");
        File.SetLastWriteTimeUtc(log, DateTime.UtcNow.AddMinutes(-1));
        File.WriteAllBytes(project.PathOf("obj/App.dll"), [0]);

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("is older than the assembly the last compile wrote; it was deleted so the compiler writes it again", result.Output, StringComparison.Ordinal);
        Assert.True(File.GetLastWriteTimeUtc(log) >= File.GetLastWriteTimeUtc(project.PathOf("obj/App.dll")), "written again by the compile");
        Assert.Empty(result.WithId(DiagnosticIds.ReportNotWritten));
    }

    [Fact]
    public async Task Two_builds_of_eight_projects_sharing_models_at_once_leave_every_file_the_package_owns_whole()
    {
        using var solution = new TempDirectory();
        solution.WriteBytes("shared/embedder.safetensors", SafetensorsBuilder.Model("Tiny Embedder", "apache-2.0").Build());
        var projects = Enumerable.Range(1, 8).Select(i => $"P{i}/App.csproj").ToArray();
        foreach (var project in projects)
        {
            File.WriteAllText(solution.WriteBytes(project, []), TargetsProject.Text("""
                  <PropertyGroup>
                    <ModelLicenseGuardBom>true</ModelLicenseGuardBom>
                    <ModelLicenseGuardNotices>true</ModelLicenseGuardNotices>
                  </PropertyGroup>
                  <ItemGroup>
                    <None Include="../shared/research.gguf" />
                    <None Include="../shared/embedder.safetensors" />
                  </ItemGroup>
                """));
        }

        File.WriteAllText(solution.PathOf("All.proj"), $"""
            <Project>
              <ItemGroup>
                {string.Concat(projects.Select(p => $"<Solution Include=\"{p}\" />"))}
              </ItemGroup>
              <Target Name="Build">
                <MSBuild Projects="@(Solution)" Targets="Build" BuildInParallel="true" />
              </Target>
            </Project>
            """);

        // Each round changes a shared model, so both builds resolve every project and write every file at once.
        string[] licenses = ["cc-by-nc-4.0", "mit"];
        foreach (var license in licenses)
        {
            solution.WriteBytes("shared/research.gguf", GgufBuilder.Model("Research Summarizer 1B", license).Build());
            var builds = await Task.WhenAll(Enumerable.Range(0, 2)
                .Select(_ => Task.Run(() => DotNet.Run(solution.FullPath, null, "msbuild", "All.proj", "-m:4", "-nodeReuse:false", "-nologo", "-v:n"))));

            foreach (var build in builds)
            {
                Assert.True(build.ExitCode == 0, build.ToString());
                Assert.DoesNotContain(build.Diagnostics, d => d.Id is DiagnosticIds.InternalError or DiagnosticIds.ManifestDamaged);
            }

            foreach (var project in projects)
            {
                AssertOwnedFilesAreWhole(solution, Path.GetDirectoryName(project)!, license);
            }
        }

        var following = DotNet.Run(solution.FullPath, null, "msbuild", "All.proj", "-m:4", "-nodeReuse:false", "-nologo", "-v:n");

        Assert.True(following.ExitCode == 0, following.ToString());
        Assert.DoesNotContain(following.Diagnostics, d => d.Id is DiagnosticIds.ReportNotWritten or DiagnosticIds.ManifestDamaged or DiagnosticIds.InternalError);
        Assert.Equal(8, following.Output.Split('\n').Count(line => line.Contains(SkippedResolve, StringComparison.Ordinal)));
    }

    private static void AssertOwnedFilesAreWhole(TempDirectory solution, string project, string license)
    {
        string PathOf(string relative) => solution.PathOf($"{project}/{relative}");

        var manifest = ManifestFormat.Read(File.ReadAllText(PathOf("obj/ModelLicenseGuard.manifest")));
        Assert.Null(manifest.Damage);
        Assert.Equal(license, Assert.Single(manifest.Models, m => m.Name == "Research Summarizer 1B").License);
        Assert.True(File.Exists(PathOf("obj/ModelLicenseGuard.resolve.stamp")));
        Assert.NotNull(PolicyFile.Read(File.ReadAllText(PathOf("obj/" + PolicyFile.FileName)), new DateTime(2026, 6, 1)));
        using (var bom = JsonDocument.Parse(File.ReadAllText(PathOf("bin/App.ml-bom.cdx.json"))))
        {
            Assert.Contains(license, bom.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Research Summarizer 1B", File.ReadAllText(PathOf("bin/THIRD-PARTY-NOTICES.txt")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(PathOf("obj"), "*.tmp"));
    }

    private static void Damage(string manifest, string how)
    {
        var text = File.ReadAllText(manifest);
        switch (how)
        {
            case "corrupt":
                File.WriteAllText(manifest, text.Replace("cc-by-nc-4.0", "apache-2.0", StringComparison.Ordinal));
                break;
            case "truncate":
                File.WriteAllText(manifest, text[..(text.Length / 2)]);
                break;
            case "empty":
                File.WriteAllText(manifest, string.Empty);
                break;
            case "directory":
                File.Delete(manifest);
                Directory.CreateDirectory(manifest);
                break;
            case "delete":
                File.Delete(manifest);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, null);
        }
    }
}
