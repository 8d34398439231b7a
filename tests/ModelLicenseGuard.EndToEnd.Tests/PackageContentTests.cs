using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
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
