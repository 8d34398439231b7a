using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>The nupkg holds exactly what users need: nothing missing, nothing MSBuild already has.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class PackageContentTests(PackageFixture package)
{
    [Fact]
    public void Package_holds_exactly_the_expected_files()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("package/", StringComparison.Ordinal) && !name.StartsWith("_rels/", StringComparison.Ordinal) && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

        Snapshots.Match(entries, nameof(PackageContentTests));
        Assert.DoesNotContain(entries, name => name.Contains("Microsoft.Build", StringComparison.OrdinalIgnoreCase));

        // The platform's assemblies never travel; NuGet's only beside the .NET Framework task (the SDK's MSBuild carries NuGet).
        Assert.DoesNotContain(entries, name => Path.GetFileName(name).StartsWith("System.", StringComparison.Ordinal));
        Assert.All(entries.Where(name => Path.GetFileName(name).StartsWith("NuGet.", StringComparison.Ordinal)), name => Assert.StartsWith("tasks/net472/", name, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every assembly a task folder holds finds each assembly it references either beside it or in the MSBuild that loads
    /// it (.NET's and MSBuild's own, and on .NET the SDK's NuGet): the nearest this machine, which has no Visual Studio,
    /// comes to loading the .NET Framework task there.
    /// </summary>
    [Theory]
    [InlineData("tasks/net472/", new[] { "mscorlib", "netstandard", "System", "Microsoft.Build", "Microsoft.Bcl.AsyncInterfaces", "Microsoft.Win32" })]
    [InlineData("tasks/net8.0/", new[] { "System", "netstandard", "Microsoft.Build", "Microsoft.Win32", "NuGet." })]
    [InlineData("tasks/net10.0-linux-x64/", new[] { "System", "netstandard", "Microsoft.Build", "Microsoft.Win32", "NuGet." })]
    [InlineData("tasks/net10.0-win-x64/", new[] { "System", "netstandard", "Microsoft.Build", "Microsoft.Win32", "NuGet." })]
    [InlineData("tasks/net10.0-osx-arm64/", new[] { "System", "netstandard", "Microsoft.Build", "Microsoft.Win32", "NuGet." })]
    public void Every_reference_of_a_task_folder_is_beside_it_or_in_msbuild(string folder, string[] hostPrefixes)
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var assemblies = zip.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        var beside = assemblies.Select(e => Path.GetFileNameWithoutExtension(e.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var missing = new System.Collections.Generic.List<string>();
        foreach (var entry in assemblies)
        {
            using var bytes = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(bytes);
            }

            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                if (!beside.Contains(name) && !hostPrefixes.Any(p => name == p || name.StartsWith(p.EndsWith('.') ? p : p + ".", StringComparison.Ordinal)))
                {
                    missing.Add($"{entry.Name} -> {name}");
                }
            }
        }

        Assert.NotEmpty(assemblies);
        Assert.True(missing.Count == 0, "References found neither beside the task nor in MSBuild:\n" + string.Join("\n", missing.Distinct()));
    }

    /// <summary>
    /// Each precompiled task folder holds the portable task's assemblies, compiled ahead of time for its platform
    /// (ReadyToRun), beside the portable task's dependency file: the same code, so the build gives the same results.
    /// </summary>
    [Theory]
    [InlineData("linux-x64")]
    [InlineData("linux-arm64")]
    [InlineData("win-x64")]
    [InlineData("osx-arm64")]
    public void Each_precompiled_task_folder_is_the_portable_task_compiled_ahead_of_time(string runtime)
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        foreach (var name in new[] { "ModelLicenseGuard.Tasks.dll", "ModelLicenseGuard.Core.dll", "YamlDotNet.dll" })
        {
            var portable = Read(zip, "tasks/net8.0/" + name);
            var precompiled = Read(zip, $"tasks/net10.0-{runtime}/" + name);
            using var portablePe = new PEReader(new MemoryStream(portable));
            using var precompiledPe = new PEReader(new MemoryStream(precompiled));
            var portableMetadata = portablePe.GetMetadataReader();
            var precompiledMetadata = precompiledPe.GetMetadataReader();

            Assert.Equal(portableMetadata.GetGuid(portableMetadata.GetModuleDefinition().Mvid), precompiledMetadata.GetGuid(precompiledMetadata.GetModuleDefinition().Mvid));
            Assert.Equal(0, portablePe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
            Assert.NotEqual(0, precompiledPe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        }

        Assert.Equal(Read(zip, "tasks/net8.0/ModelLicenseGuard.Tasks.deps.json"), Read(zip, $"tasks/net10.0-{runtime}/ModelLicenseGuard.Tasks.deps.json"));
    }

    /// <summary>
    /// The SDK's MSBuild loads the task precompiled for the platform and .NET it runs on; an SDK before .NET 10, or a
    /// platform the package holds no precompiled task for, loads the portable task.
    /// </summary>
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("9.0", null, false)]
    [InlineData(null, "linux-riscv64", false)]
    public void The_build_loads_the_task_precompiled_for_its_platform_or_else_the_portable_one(string? bundledRuntime, string? sdkRuntimeIdentifier, bool precompiled)
    {
        var project = new ConsumerProject(package, "TaskFolder");
        Assert.Equal(0, project.DotNet(["restore", project.ProjectFile]).ExitCode);
        string[] overrides = [.. bundledRuntime is null ? [] : new[] { "-p:BundledNETCoreAppTargetFrameworkVersion=" + bundledRuntime }, .. sdkRuntimeIdentifier is null ? [] : new[] { "-p:NETCoreSdkRuntimeIdentifier=" + sdkRuntimeIdentifier }];

        var result = project.DotNet(["msbuild", project.ProjectFile, "-getProperty:ModelLicenseGuardTasksAssembly", "-getProperty:NETCoreSdkRuntimeIdentifier", .. overrides]);

        Assert.Equal(0, result.ExitCode);
        using var properties = System.Text.Json.JsonDocument.Parse(result.Output[result.Output.IndexOf('{')..]);
        var assembly = properties.RootElement.GetProperty("Properties").GetProperty("ModelLicenseGuardTasksAssembly").GetString()!.Replace('\\', '/');
        var runtime = properties.RootElement.GetProperty("Properties").GetProperty("NETCoreSdkRuntimeIdentifier").GetString();
        Assert.EndsWith(precompiled ? $"/tasks/net10.0-{runtime}/ModelLicenseGuard.Tasks.dll" : "/tasks/net8.0/ModelLicenseGuard.Tasks.dll", assembly, StringComparison.Ordinal);
        Assert.True(File.Exists(assembly), assembly);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var bytes = new MemoryStream();
        using (var stream = zip.GetEntry(name)!.Open())
        {
            stream.CopyTo(bytes);
        }

        return bytes.ToArray();
    }

    [Fact]
    public void Package_is_a_development_dependency_without_dependencies()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var nuspec = new StreamReader(zip.GetEntry("ModelLicenseGuard.nuspec")!.Open());
        var text = nuspec.ReadToEnd();

        Assert.Contains("<developmentDependency>true</developmentDependency>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", text, StringComparison.Ordinal);
    }
}
