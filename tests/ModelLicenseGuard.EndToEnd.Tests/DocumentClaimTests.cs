using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>README and docs are read for claims like code is, unless the project opts out.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class DocumentClaimTests(PackageFixture package)
{
    [Fact]
    public void A_readme_claim_is_a_warning_at_its_line_and_the_check_can_be_turned_off()
    {
        var project = new ConsumerProject(package, "Docs", """
              <PropertyGroup>
                <Description>Chat with the open-source Llama 3.1 model.</Description>
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="ollama:llama3.1" />
              </ItemGroup>
            """)
            .WithFile("README.md", "# Docs\n\nThis app is open source (MIT) and chats with the open-source Llama 3.1 model.\n");

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.WithId("MLG0002").Count());
        var metadata = Assert.Single(result.WithId("MLG0002"), d => d.File == project.ProjectFile);
        Assert.Contains("<Description>", File.ReadAllLines(project.ProjectFile)[metadata.Line - 1], StringComparison.Ordinal);
        var warning = Assert.Single(result.WithId("MLG0002"), d => d.File != project.ProjectFile);
        Assert.Equal(project.PathOf("README.md"), warning.File);
        Assert.Equal(3, warning.Line);
        Assert.Equal(File.ReadAllLines(project.PathOf("README.md"))[2].IndexOf("open-source", StringComparison.Ordinal) + 1, warning.Column);

        var optedOut = project.Build("-p:ModelLicenseGuardCheckDocuments=false");

        Assert.True(optedOut.ExitCode == 0, optedOut.ToString());
        Assert.Empty(optedOut.WithId("MLG0002"));
    }

    [Fact]
    public void An_editorconfig_severity_turns_a_claim_into_a_build_error()
    {
        var project = new ConsumerProject(package, "Strict", """
              <ItemGroup>
                <ModelReference Include="ollama:llama3.1" />
              </ItemGroup>
            """)
            .WithFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.MLG0002.severity = error\n")
            .WithFile("Program.cs", "System.Console.WriteLine(\"Powered by the open-source Llama 3.1 model\");\n");

        var result = project.Build();

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Equal("error", Assert.Single(result.WithId("MLG0002")).Severity);
    }
}
