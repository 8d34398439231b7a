using System;
using System.Linq;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Targets;

/// <summary>The read caps (docs/model-sources.md#limits) flow from MSBuild properties to the task.</summary>
[Trait(TestCategory.Name, TestCategory.Targets)]
public sealed class ReadCapTargetsTests
{
    [Fact]
    public void A_file_past_ModelLicenseGuardMaxHeaderBytes_is_named_and_read_once_the_cap_is_raised()
    {
        using var project = new TargetsProject("""
              <ItemGroup>
                <None Include="models/summarizer.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/summarizer.gguf", GgufBuilder.Model("Summarizer", "apache-2.0").Build());

        var capped = project.Build("-p:ModelLicenseGuardMaxHeaderBytes=16");

        Assert.True(capped.ExitCode == 0, capped.ToString());
        var unreadable = Assert.Single(capped.WithId(DiagnosticIds.UnreadableModel));
        Assert.Equal(project.PathOf("models/summarizer.gguf"), unreadable.File);
        Assert.Contains("past 16 bytes", unreadable.Message, StringComparison.Ordinal);
        Assert.Contains("ModelLicenseGuardMaxHeaderBytes", unreadable.Message, StringComparison.Ordinal);

        // Changing the cap makes the resolve target run again, and the spent cap was not cached as the file's verdict.
        var raised = project.Build();

        Assert.True(raised.ExitCode == 0, raised.ToString());
        Assert.Empty(raised.WithId(DiagnosticIds.UnreadableModel));
        Assert.Equal("Summarizer", Assert.Single(project.ReadManifest().Models).Name);
    }
}
