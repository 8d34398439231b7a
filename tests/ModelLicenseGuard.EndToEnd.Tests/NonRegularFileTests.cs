using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// Only regular files are read, through the packed package: a named pipe, a socket, a link to <c>/dev/zero</c> and a
/// file the build may not read in the project's models folder are named in warnings, the build finishes, and the model
/// beside them is still checked.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class NonRegularFileTests(PackageFixture package)
{
    [UnixFact]
    public void A_named_pipe_a_socket_a_link_to_dev_zero_and_an_unreadable_file_are_named_and_the_model_beside_them_is_still_checked()
    {
        var project = new ConsumerProject(package, "Special", """
              <ItemGroup>
                <None Include="models/**/*" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build());
        SpecialFiles.Fifo(project.PathOf("models/pipe.gguf"));
        using var socket = SpecialFiles.UnixSocket(project.PathOf("models/socket.gguf"));
        SpecialFiles.Link(project.PathOf("models/zero.gguf"), "/dev/zero");

        // Run as root, taking the read permission away stops nothing: the file is then simply read, so it is left out.
        var permissionsStopReads = SpecialFiles.PermissionsDoNotStopReads is null;
        if (permissionsStopReads)
        {
            project.WithFile("models/locked.gguf", GgufBuilder.Model("Locked", "mit").Build());
            SpecialFiles.Unreadable(project.PathOf("models/locked.gguf"));
        }

        // DotNet.Run fails the test with a timeout, rather than hanging the run, should a read block.
        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var unreadable = result.WithId("MLG0032").OrderBy(d => d.File, StringComparer.Ordinal).ToList();
        string[] named = permissionsStopReads ? ["locked", "pipe", "socket", "zero"] : ["pipe", "socket", "zero"];
        Assert.Equal(named.Select(name => project.PathOf($"models/{name}.gguf")), unreadable.Select(d => d.File));
        Assert.Contains("is a named pipe (FIFO), not a regular file", unreadable.Single(d => d.File.EndsWith("pipe.gguf", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.Contains("is a socket, not a regular file", unreadable.Single(d => d.File.EndsWith("socket.gguf", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.Contains("is a character device (a symbolic link to '/dev/zero'), not a regular file", unreadable.Single(d => d.File.EndsWith("zero.gguf", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "MLG9000");

        // The model beside them is read, judged under the default policy and reaches the manifest the analyzer reads.
        Assert.Equal(project.PathOf("models/research.gguf"), Assert.Single(result.WithId("MLG0020")).File);
        var manifest = ManifestFormat.Read(File.ReadAllText(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest")));
        var model = Assert.Single(manifest.Models);
        Assert.Equal(("models/research.gguf", "Research Summarizer 1B", "cc-by-nc-4.0"), (model.Source.Replace('\\', '/'), model.Name, model.License));
        Assert.Equal(named.Length, manifest.Problems.Count);
    }
}
