using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// The command-line tool as a user gets it: packed, installed with <c>dotnet tool install --tool-path</c> from a local
/// feed, and run as a program on the samples and on a package built with <c>dotnet pack</c> (its scan of the samples
/// is compared with their builds in <see cref="ScanMatchesBuildTests"/>).
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class ToolTests(PackageFixture package)
{
    private BuildResult Mlg(string workingDirectory, params string[] arguments)
        => DotNet.RunProgram(package.ToolCommand, workingDirectory, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, arguments);

    [Fact]
    public void Diff_between_the_BOMs_of_two_builds_shows_exactly_the_replaced_model()
    {
        var sample = Samples.Copy(package, "LocalChat");
        var bom = Path.Combine(sample, "bin", "Debug", "net10.0", "LocalChat.ml-bom.cdx.json");
        var first = Samples.Build(package, sample, "LocalChat", "-p:ModelLicenseGuardBom=true");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = Path.Combine(sample, "before.cdx.json");
        File.Copy(bom, before);

        // The same file name, another model under another licence.
        var model = Directory.EnumerateFiles(Path.Combine(sample, "models"), "*.gguf").Single();
        GgufBuilder.Model("Mistral 7B Instruct v0.3", "apache-2.0")
            .Add("general.basename", "Mistral")
            .Add("general.size_label", "7B")
            .Add("general.finetune", "Instruct")
            .WriteTo(model);
        var second = Samples.Build(package, sample, "LocalChat", "-p:ModelLicenseGuardBom=true");
        Assert.True(second.ExitCode == 0, second.ToString());

        var diff = Mlg(sample, "diff", before, bom, "--format", "json");

        Assert.True(diff.ExitCode == 0, diff.ToString());
        using var json = JsonDocument.Parse(JsonPart(diff.Output));
        // The same file under another licence is one changed model, and nothing else moved.
        Assert.Empty(json.RootElement.GetProperty("added").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("removed").EnumerateArray());
        var change = Assert.Single(json.RootElement.GetProperty("changed").EnumerateArray());
        Assert.Contains("llama-3.1-8b-instruct-demo.Q4_0.gguf", change.ToString(), StringComparison.Ordinal);
        var fields = change.GetProperty("changes").EnumerateArray().Select(c => c.ToString()).ToList();
        // The BOM names a licence by its SPDX id where it has one, else by its title.
        Assert.Contains(fields, f => f.Contains("Llama 3.1", StringComparison.OrdinalIgnoreCase) && f.Contains("Apache-2.0", StringComparison.Ordinal));

        var same = Mlg(sample, "diff", bom, bom, "--format", "json");
        Assert.True(same.ExitCode == 0, same.ToString());
        using var none = JsonDocument.Parse(JsonPart(same.Output));
        Assert.Empty(none.RootElement.GetProperty("added").EnumerateArray());
        Assert.Empty(none.RootElement.GetProperty("removed").EnumerateArray());
        Assert.Empty(none.RootElement.GetProperty("changed").EnumerateArray());
    }

    [Fact]
    public void Package_vets_a_package_built_with_dotnet_pack_from_a_folder_feed()
    {
        var project = PackageFixture.NewFolder(package.Root, "packed-lib-");
        Directory.CreateDirectory(Path.Combine(project, "models"));
        File.Copy(Repository.PathOf("samples/LocalChat/models/llama-3.1-8b-instruct-demo.Q4_0.gguf"), Path.Combine(project, "models", "llama-3.1-8b-instruct.Q4_0.gguf"));
        File.WriteAllText(Path.Combine(project, "Acme.LocalLlm.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PackageId>Acme.LocalLlm</PackageId>
                <Version>1.2.0</Version>
                <PackageLicenseExpression>MIT</PackageLicenseExpression>
                <PackageTags>ai;llm;open-source</PackageTags>
              </PropertyGroup>
              <ItemGroup>
                <None Include="models/*.gguf" Pack="true" PackagePath="models/" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Class1.cs"), "namespace Acme.LocalLlm; public static class Chat { }\n");
        package.WriteNuGetConfig(project);
        var feed = Path.Combine(project, "feed");
        var pack = DotNet.Run(project, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(project, ".packages") }, "pack", "-o", feed, "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var run = Mlg(project, "package", "Acme.LocalLlm", "--source", feed, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(JsonPart(run.Output));
        var model = Assert.Single(json.RootElement.GetProperty("models").EnumerateArray());
        Assert.Equal("nuget:Acme.LocalLlm/1.2.0/models/llama-3.1-8b-instruct.Q4_0.gguf", model.GetProperty("source").GetString());
        Assert.Equal("llama3.1", model.GetProperty("license").GetString());
        Assert.Equal("RestrictedWeights", model.GetProperty("tier").GetString());
        var conflicts = json.RootElement.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Contains(conflicts, c => c.GetProperty("property").GetString() == "PackageLicenseExpression" && c.GetProperty("value").GetString() == "MIT");

        var table = Mlg(project, "package", "Acme.LocalLlm", "--source", feed);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("llama3.1", table.Output, StringComparison.Ordinal);
        Assert.Contains("MLG0011", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", table.Output, StringComparison.Ordinal);

        var missing = Mlg(project, "package", "Acme.NoSuchPackage", "--source", feed);
        Assert.Equal(2, missing.ExitCode);
        Assert.DoesNotContain("   at ", missing.Output, StringComparison.Ordinal);
    }

    /// <summary>stdout and stderr arrive merged; the JSON document is the part from the first '{' to the last '}'.</summary>
    private static string JsonPart(string output) => output[output.IndexOf('{', StringComparison.Ordinal)..(output.LastIndexOf('}') + 1)];
}
