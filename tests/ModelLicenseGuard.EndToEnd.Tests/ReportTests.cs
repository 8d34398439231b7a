using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>The ML-BOM and third-party notices, written by real <c>dotnet pack</c> and <c>dotnet build</c> runs.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed partial class ReportTests(PackageFixture package)
{
    private const string Body = """
          <PropertyGroup>
            <Version>2.1.0</Version>
          </PropertyGroup>
          <ItemGroup>
            <None Include="models/*.gguf" />
            <ModelReference Include="hf:meta-llama/Llama-3.1-8B-Instruct" />
          </ItemGroup>
        """;

    [Fact]
    public void Pack_writes_a_cyclonedx_ml_bom_beside_the_package_that_validates_and_packs_the_notices_when_asked()
    {
        var project = Project("Reporting", Body);
        var output = Path.Combine(project.Directory, "out");

        var result = project.DotNet(["pack", project.ProjectFile, "-nodeReuse:false", "-o", output, "-p:ModelLicenseGuardPackNotices=true"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var bom = File.ReadAllText(Path.Combine(output, "Reporting.2.1.0.ml-bom.cdx.json"));
        Assert.Empty(CycloneDxSchema.Validate(bom));
        Assert.Contains("\"purl\": \"pkg:huggingface/meta-llama/llama-3.1-8b-instruct\"", bom, StringComparison.Ordinal);
        Assert.Contains("\"location\": \"models/summarizer.gguf\"", bom, StringComparison.Ordinal);
        Snapshots.Match(Normalized(bom).Split('\n'), nameof(ReportTests));

        using var nupkg = ZipFile.OpenRead(Path.Combine(output, "Reporting.2.1.0.nupkg"));
        var entry = nupkg.GetEntry("THIRD-PARTY-NOTICES.txt");
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        var notices = reader.ReadToEnd();
        Assert.Contains("\n    Built with Llama\n", notices, StringComparison.Ordinal);
        Snapshots.Match(notices.Split('\n'), nameof(ReportTests), "notices");
    }

    [Fact]
    public void Pack_without_the_notices_switch_writes_the_bom_but_packs_no_notices_and_the_bom_can_be_turned_off()
    {
        var project = Project("Quiet", Body);
        var output = Path.Combine(project.Directory, "out");

        var result = project.DotNet(["pack", project.ProjectFile, "-nodeReuse:false", "-o", output]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(output, "Quiet.2.1.0.ml-bom.cdx.json")));
        using (var nupkg = ZipFile.OpenRead(Path.Combine(output, "Quiet.2.1.0.nupkg")))
        {
            Assert.Null(nupkg.GetEntry("THIRD-PARTY-NOTICES.txt"));
        }

        File.Delete(Path.Combine(output, "Quiet.2.1.0.ml-bom.cdx.json"));
        var off = project.DotNet(["pack", project.ProjectFile, "-nodeReuse:false", "-o", output, "-p:ModelLicenseGuardBomOnPack=false"]);

        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.False(File.Exists(Path.Combine(output, "Quiet.2.1.0.ml-bom.cdx.json")));
    }

    [Fact]
    public void Build_writes_the_reports_to_the_output_folder_only_when_asked()
    {
        var project = Project("Built", Body);

        var plain = project.Build();

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.False(File.Exists(project.PathOf("bin/Debug/net10.0/Built.ml-bom.cdx.json")));
        Assert.False(File.Exists(project.PathOf("bin/Debug/net10.0/THIRD-PARTY-NOTICES.txt")));

        var asked = project.Build("-p:ModelLicenseGuardBom=true", "-p:ModelLicenseGuardNotices=true");

        Assert.True(asked.ExitCode == 0, asked.ToString());
        Assert.Empty(CycloneDxSchema.Validate(File.ReadAllText(project.PathOf("bin/Debug/net10.0/Built.ml-bom.cdx.json"))));
        Assert.Contains("Research Summarizer 1B", File.ReadAllText(project.PathOf("bin/Debug/net10.0/THIRD-PARTY-NOTICES.txt")), StringComparison.Ordinal);
    }

    private ConsumerProject Project(string name, string body)
        => new ConsumerProject(package, name, body)
            .WithFile("models/summarizer.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build());

    /// <summary>The tool version changes with every test run, and the serial number with it.</summary>
    private string Normalized(string bom)
        => SerialNumber().Replace(bom.Replace($"\"version\": \"{package.Version}\"", "\"version\": \"<tool version>\"", StringComparison.Ordinal), "\"serialNumber\": \"<serial number>\"");

    [GeneratedRegex("\"serialNumber\": \"urn:uuid:[0-9a-f-]{36}\"")]
    private static partial Regex SerialNumber();
}
