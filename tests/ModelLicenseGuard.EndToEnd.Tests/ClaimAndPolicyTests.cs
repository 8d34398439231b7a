using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>Fresh projects that reference the packed package, built with <c>dotnet build</c>.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class ClaimAndPolicyTests(PackageFixture package)
{
    private const string ClaimLine = "const string Banner = \"Powered by the open-source Llama 3.1 model\";";

    [Fact]
    public void Open_source_claim_about_a_shipped_llama_model_warns_at_its_line_and_a_library_claim_does_not()
    {
        var project = new ConsumerProject(package, "Chat", """
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/llama.gguf", GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build())
            .WithFile("Program.cs", "// This library is open source under the MIT licence.\n\n// The banner shown at start-up.\n" + ClaimLine + "\nSystem.Console.WriteLine(Banner);\n");

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.WithId("MLG0002"));
        Assert.Equal("warning", warning.Severity);
        Assert.EndsWith("Program.cs", warning.File, StringComparison.Ordinal);
        Assert.Equal(4, warning.Line);
        var programLine = File.ReadAllLines(project.PathOf("Program.cs"))[3];
        Assert.Equal(programLine.IndexOf("open-source", StringComparison.Ordinal) + 1, warning.Column);
        Assert.Contains("Llama 3.1 8B Instruct", warning.Message, StringComparison.Ordinal);
        Assert.Contains("llama3.1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'open-weight'", warning.Message, StringComparison.Ordinal);

        var manifest = File.ReadAllText(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest"));
        Assert.Contains("tier: RestrictedWeights", manifest, StringComparison.Ordinal);
        Assert.Contains("license-origin: general.license in models/llama.gguf", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_commercial_model_fails_a_commercial_build_and_keeps_failing_when_nothing_changed()
    {
        var project = new ConsumerProject(package, "Shop", """
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="models/summarizer.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/summarizer.gguf", GgufBuilder.Model("Summarizer 1B", "cc-by-nc-4.0").Build());

        var first = project.Build();

        AssertPolicyError(first, project);
        var manifest = project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest");
        var written = File.GetLastWriteTimeUtc(manifest);

        var second = project.Build();

        AssertPolicyError(second, project);
        Assert.Equal(written, File.GetLastWriteTimeUtc(manifest));
    }

    [Fact]
    public void Truncated_model_file_is_a_warning_naming_the_file_never_a_crash()
    {
        var bytes = GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build();
        var project = new ConsumerProject(package, "Broken", """
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/truncated.gguf", bytes.AsSpan(0, 60).ToArray());

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.WithId("MLG0032"));
        Assert.EndsWith(Path.Combine("models", "truncated.gguf"), warning.File, StringComparison.Ordinal);
        Assert.Contains("truncated", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "MLG9000" or "MSB4018");
    }

    [Fact]
    public void Changing_a_models_licence_is_picked_up_by_the_next_build()
    {
        var project = new ConsumerProject(package, "Swap", """
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/model.gguf", GgufBuilder.Model("Acme Chat 8B", "llama3.1").Build())
            .WithFile("Program.cs", ClaimLine + "\nSystem.Console.WriteLine(Banner);\n");

        Assert.Single(project.Build().WithId("MLG0002"));

        // A model the catalog does not know, now under Apache-2.0: open weights, nothing ties it to Llama any more.
        var model = project.PathOf("models/model.gguf");
        File.WriteAllBytes(model, GgufBuilder.Model("Acme Chat 8B", "apache-2.0").Build());
        File.SetLastWriteTimeUtc(model, DateTime.UtcNow.AddSeconds(5));
        var second = project.Build();

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Empty(second.WithId("MLG0002"));
    }

    [Fact]
    public void A_llama_file_relabelled_apache_is_reported_and_still_judged_as_llama()
    {
        var project = new ConsumerProject(package, "Relabelled", """
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/model.gguf", GgufBuilder.Model("Meta Llama 3.1 8B Instruct", "apache-2.0").Build())
            .WithFile("Program.cs", ClaimLine + "\nSystem.Console.WriteLine(Banner);\n");

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var conflict = Assert.Single(result.WithId("MLG0031"));
        Assert.EndsWith(Path.Combine("models", "model.gguf"), conflict.File, StringComparison.Ordinal);
        Assert.Contains("'apache-2.0'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("'llama3.1'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("llama3.1", Assert.Single(result.WithId("MLG0002")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_second_build_with_nothing_changed_rewrites_nothing_and_compiles_nothing(bool withModel)
    {
        var project = new ConsumerProject(package, "Quiet", """
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """);
        if (withModel)
        {
            project.WithFile("models/model.gguf", GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build());
        }

        Assert.Equal(0, project.Build().ExitCode);
        var manifest = project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest");
        var assembly = project.PathOf("obj/Debug/net10.0/Quiet.dll");
        var stamp = project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.resolve.stamp");
        var manifestWritten = File.GetLastWriteTimeUtc(manifest);
        var assemblyWritten = File.GetLastWriteTimeUtc(assembly);
        var resolved = File.GetLastWriteTimeUtc(stamp);

        var second = project.Build();

        // The resolve target touches its stamp whenever it runs: an unchanged stamp means it was skipped.
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(resolved, File.GetLastWriteTimeUtc(stamp));
        Assert.Equal(manifestWritten, File.GetLastWriteTimeUtc(manifest));
        Assert.Equal(assemblyWritten, File.GetLastWriteTimeUtc(assembly));
    }

    /// <summary>Turning the package off for a build, then on again, does not make the next build read every model again.</summary>
    [Fact]
    public void A_build_with_the_package_turned_off_keeps_what_the_package_wrote_so_the_next_build_reads_no_model()
    {
        var project = new ConsumerProject(package, "Toggled", """
              <ItemGroup>
                <None Include="models/*.gguf" />
              </ItemGroup>
            """).WithFile("models/model.gguf", GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build());
        Assert.Equal(0, project.Build().ExitCode);
        var stamp = project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.resolve.stamp");
        var resolved = File.GetLastWriteTimeUtc(stamp);

        var off = project.Build("-p:ModelLicenseGuardEnabled=false");
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.True(File.Exists(stamp), "the build with the package off deleted the stamp");
        Assert.True(File.Exists(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest")), "the build with the package off deleted the manifest");

        var on = project.Build();

        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.Equal(resolved, File.GetLastWriteTimeUtc(stamp));
        Assert.Single(on.WithId("MLG0010"));
    }

    [Fact]
    public void Design_time_evaluation_hands_the_manifest_to_the_compiler()
    {
        var project = new ConsumerProject(package, "Ide");
        Assert.Equal(0, project.DotNet(["restore", project.ProjectFile, "-nodeReuse:false"]).ExitCode);

        var result = project.DotNet(["msbuild", project.ProjectFile, "-getItem:AdditionalFiles", "-p:DesignTimeBuild=true", "-nodeReuse:false"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ModelLicenseGuard.manifest", result.Output, StringComparison.Ordinal);
    }

    private static void AssertPolicyError(BuildResult result, ConsumerProject project)
    {
        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId("MLG0020"));
        Assert.Equal("error", error.Severity);

        // At the ModelReference line that brought the model in, naming the model file.
        Assert.Equal(project.ProjectFile, error.File);
        var lines = File.ReadAllLines(project.ProjectFile);
        Assert.Contains("<ModelReference Include=\"models/summarizer.gguf\"", lines[error.Line - 1], StringComparison.Ordinal);
        Assert.Equal(lines[error.Line - 1].IndexOf("models/summarizer.gguf", StringComparison.Ordinal) + 1, error.Column);
        Assert.Contains("models/summarizer.gguf", error.Message, StringComparison.Ordinal);
        Assert.Contains("cc-by-nc-4.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Commercial", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == "error" && d.Id != "MLG0020");
    }
}
