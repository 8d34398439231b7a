using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// Only regular files are read, through the packed package: a named pipe and a link to <c>/dev/zero</c> in the
/// project's models folder are named in warnings, the build finishes, and the model beside them is still checked.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class NonRegularFileTests(PackageFixture package)
{
    [UnixFact]
    public void A_named_pipe_and_a_link_to_dev_zero_are_named_and_the_model_beside_them_is_still_checked()
    {
        var project = new ConsumerProject(package, "Special", """
              <ItemGroup>
                <None Include="models/**/*" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build());
        SpecialFiles.Fifo(project.PathOf("models/pipe.gguf"));
        SpecialFiles.Link(project.PathOf("models/zero.gguf"), "/dev/zero");

        // DotNet.Run fails the test with a timeout, rather than hanging the run, should a read block.
        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var unreadable = result.WithId("MLG0032").OrderBy(d => d.File, StringComparer.Ordinal).ToList();
        Assert.Equal([project.PathOf("models/pipe.gguf"), project.PathOf("models/zero.gguf")], unreadable.Select(d => d.File));
        Assert.Contains("is a named pipe (FIFO), not a regular file", unreadable[0].Message, StringComparison.Ordinal);
        Assert.Contains("is a character device (a symbolic link to '/dev/zero'), not a regular file", unreadable[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "MLG9000");

        // The model beside them is read, judged under the default policy and reaches the manifest the analyzer reads.
        Assert.Equal(project.PathOf("models/research.gguf"), Assert.Single(result.WithId("MLG0020")).File);
        var manifest = ManifestFormat.Read(File.ReadAllText(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest")));
        var model = Assert.Single(manifest.Models);
        Assert.Equal(("models/research.gguf", "Research Summarizer 1B", "cc-by-nc-4.0"), (model.Source.Replace('\\', '/'), model.Name, model.License));
        Assert.Equal(2, manifest.Problems.Count);
    }
}
