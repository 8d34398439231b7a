using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// The manifest cannot silently vanish: with the packed package and real <c>dotnet build</c>s, a manifest damaged
/// between builds is written again and the analyzer and build task report what they did before; two builds of one
/// solution at once leave every file the package owns whole and the next build warns about nothing stale.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class ManifestIntegrityTests(PackageFixture package)
{
    private const string Manifest = "obj/Debug/net10.0/ModelLicenseGuard.manifest";

    [Fact]
    public void A_corrupt_truncated_emptied_or_folder_replaced_manifest_is_written_again_with_the_same_diagnostics()
    {
        var project = new ConsumerProject(package, "Chat", """
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/llama.gguf", GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build())
            .WithFile("models/summarizer.gguf", GgufBuilder.Model("Summarizer 1B", "cc-by-nc-4.0").Build())
            .WithFile("Program.cs", "const string Banner = \"Powered by the open-source Llama 3.1 model\";\nSystem.Console.WriteLine(Banner);\n");

        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        var expected = Mlg(first);

        // From the analyzer (a claim, the attribution) and from the build task (the policy): both read the manifest.
        Assert.Contains(expected, d => d.Id == "MLG0002");
        Assert.Contains(expected, d => d.Id == "MLG0020");
        var written = File.ReadAllText(project.PathOf(Manifest));

        foreach (var damage in new[] { "corrupt", "truncate", "empty", "directory" })
        {
            Damage(project.PathOf(Manifest), damage);

            var after = project.Build();

            Assert.True(after.ExitCode == 0, $"{damage}: {after}");
            Assert.True(expected.SequenceEqual(Mlg(after)), $"{damage}: expected\n{string.Join('\n', expected)}\nbut got\n{string.Join('\n', Mlg(after))}");
            Assert.Equal(written, File.ReadAllText(project.PathOf(Manifest)));
        }
    }

    [Fact]
    public async Task Two_builds_of_a_solution_at_once_leave_every_owned_file_whole_and_the_next_build_warns_about_nothing_stale()
    {
        var solution = new ConsumerSolution(
            package,
            "concurrent-",
            Enumerable.Range(1, 8).Select(i => ($"App{i}", "<TargetFramework>net10.0</TargetFramework>")).ToList(),
            """
              <PropertyGroup>
                <ModelLicenseGuardBom>true</ModelLicenseGuardBom>
                <ModelLicenseGuardNotices>true</ModelLicenseGuardNotices>
              </PropertyGroup>
              <ItemGroup>
                <None Include="../summarizer.gguf" />
                <None Include="../embedder.gguf" />
              </ItemGroup>
            """);
        var root = solution.Root;
        File.WriteAllBytes(solution.PathOf("summarizer.gguf"), GgufBuilder.Model("Summarizer 1B", "cc-by-nc-4.0").Build());
        File.WriteAllBytes(solution.PathOf("embedder.gguf"), GgufBuilder.Model("Tiny Embedder", "apache-2.0").Build());
        var restore = solution.Restore();
        Assert.True(restore.ExitCode == 0, restore.ToString());

        // Each round edits the code of every project, so both builds compile, write the compiler logs and the reports at once.
        for (var round = 1; round <= 2; round++)
        {
            foreach (var name in solution.Projects)
            {
                solution.WriteProgram(name, $"Hello {round}");
            }

            var builds = await solution.BuildTwiceAtOnce();

            // A build may lose a race for the compiler's own outputs (MSB3026 retries, CS2012); the package's files must not suffer.
            Assert.All(builds, build => Assert.DoesNotContain(build.Diagnostics, d => d.Id is "MLG0025" or "MLG9000"));
            foreach (var name in solution.Projects)
            {
                var obj = Path.Combine(root, name, "obj", "Debug", "net10.0");
                Assert.Null(ManifestFormat.Read(File.ReadAllText(Path.Combine(obj, "ModelLicenseGuard.manifest"))).Damage);
                Assert.True(File.Exists(Path.Combine(obj, "ModelLicenseGuard.resolve.stamp")));
                Assert.NotNull(ModelLicenseGuard.Policy.PolicyFile.Read(File.ReadAllText(Path.Combine(obj, ModelLicenseGuard.Policy.PolicyFile.FileName)), new DateTime(2026, 6, 1)));
                using (JsonDocument.Parse(File.ReadAllText(Path.Combine(root, name, "bin", "Debug", "net10.0", name + ".ml-bom.cdx.json"))))
                {
                }

                Assert.Contains("Summarizer 1B", File.ReadAllText(Path.Combine(root, name, "bin", "Debug", "net10.0", "THIRD-PARTY-NOTICES.txt")), StringComparison.Ordinal);
            }
        }

        var following = solution.Build();
        var again = solution.Build();

        Assert.True(following.ExitCode == 0, following.ToString());
        Assert.DoesNotContain(following.Diagnostics, d => d.Id is "MLG0024" or "MLG0025" or "MLG9000");
        Assert.DoesNotContain(again.Diagnostics, d => d.Id is "MLG0024" or "MLG0025" or "MLG9000");
        foreach (var name in solution.Projects)
        {
            using (JsonDocument.Parse(File.ReadAllText(Path.Combine(root, name, "obj", "Debug", "net10.0", "ModelLicenseGuard.sarif"))))
            {
            }
        }
    }

    private static List<BuildDiagnostic> Mlg(BuildResult result)
        => result.Diagnostics.Where(d => d.Id.StartsWith("MLG", StringComparison.Ordinal)).Distinct().OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList();

    private static void Damage(string manifest, string how)
    {
        switch (how)
        {
            case "corrupt":
                File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("RestrictedWeights", "OpenSourceAI", StringComparison.Ordinal));
                break;
            case "truncate":
                var text = File.ReadAllText(manifest);
                File.WriteAllText(manifest, text[..(text.Length / 3)]);
                break;
            case "empty":
                File.WriteAllText(manifest, string.Empty);
                break;
            case "directory":
                File.Delete(manifest);
                Directory.CreateDirectory(manifest);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, null);
        }
    }
}
