using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>The compiler's SARIF log (<c>-p:ErrorLog</c>) carries the analyzer's results, as for any analyzer.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class SarifTests(PackageFixture package)
{
    [Theory]
    [InlineData("2.1")]
    [InlineData("1")]
    public void ErrorLog_carries_the_analyzers_claim_result_with_its_location_and_help_link(string version)
    {
        var project = new ConsumerProject(package, "Sarif", """
              <ItemGroup>
                <ModelReference Include="ollama:llama3.1" />
              </ItemGroup>
            """)
            .WithFile("Program.cs", "// The banner.\nSystem.Console.WriteLine(\"Powered by the open-source Llama 3.1 model\");\n");
        var log = project.PathOf("build.sarif");

        var result = project.Build($"-p:ErrorLog={log}%2Cversion={version}");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "MLG0002").ToList();
        var claim = Assert.Single(results);
        Assert.Equal("warning", claim.GetProperty("level").GetString());
        var text = claim.GetRawText();
        Assert.Contains("Program.cs", text, StringComparison.Ordinal);
        Assert.Contains("llama3.1", text, StringComparison.Ordinal);
        Assert.Contains("docs/rules/MLG0002.md", run.GetRawText(), StringComparison.Ordinal);
    }
}
