using System;
using System.Linq;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Targets;

/// <summary>
/// Only regular files are read, through the package's targets: a named pipe and a link to <c>/dev/zero</c> among the
/// project's items are named in warnings without being opened, the build finishes, and the model beside them is
/// classified, reported and in the manifest.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Targets)]
public sealed class NonRegularFileTargetsTests
{
    [UnixFact]
    public void A_named_pipe_and_a_link_to_dev_zero_are_named_and_the_model_beside_them_is_still_checked()
    {
        using var project = new TargetsProject("""
              <ItemGroup>
                <None Include="models/pipe.gguf" />
                <None Include="models/zero.gguf" />
                <None Include="models/research.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build());
        SpecialFiles.Fifo(project.PathOf("models/pipe.gguf"));
        SpecialFiles.Link(project.PathOf("models/zero.gguf"), "/dev/zero");

        // DotNet.Run fails the test with a timeout, rather than hanging the run, should a read block.
        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var unreadable = result.WithId(DiagnosticIds.UnreadableModel).OrderBy(d => d.File, StringComparer.Ordinal).ToList();
        Assert.Equal([project.PathOf("models/pipe.gguf"), project.PathOf("models/zero.gguf")], unreadable.Select(d => d.File));
        Assert.Contains("'models/pipe.gguf' cannot be read: it is a named pipe (FIFO), not a regular file", unreadable[0].Message, StringComparison.Ordinal);
        Assert.Contains("'models/zero.gguf' cannot be read: it is a character device (a symbolic link to '/dev/zero'), not a regular file", unreadable[1].Message, StringComparison.Ordinal);

        // The model beside them is read, judged and reported as if they were not there.
        var violation = Assert.Single(result.WithId(DiagnosticIds.PolicyViolation));
        Assert.Equal(("warning", project.PathOf("models/research.gguf")), (violation.Severity, violation.File));
        Assert.Equal(3, result.Diagnostics.Count);
        var model = Assert.Single(project.ReadManifest().Models);
        Assert.Equal(("models/research.gguf", "Research Summarizer 1B", "cc-by-nc-4.0"), (model.Source, model.Name, model.License));
    }
}
