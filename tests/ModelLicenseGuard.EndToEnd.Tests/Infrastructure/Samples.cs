using System;
using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>A copy of a project under <c>samples/</c> in a temp folder, built against the packed package only.</summary>
internal static class Samples
{
    public static string Copy(PackageFixture package, string name)
    {
        var target = PackageFixture.NewFolder(package.Root, "sample-");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets" })
        {
            File.Copy(Repository.PathOf("samples/" + file), Path.Combine(target, file));
        }

        var source = Repository.PathOf("samples/" + name);
        var destination = Path.Combine(target, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(destination, relative))!);
            File.Copy(file, Path.Combine(destination, relative));
        }

        package.WriteNuGetConfig(target);
        return destination;
    }

    public static BuildResult Build(PackageFixture package, string sample, string name, params string[] extraArguments)
        => DotNet.Run(
            sample,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(sample, ".packages") },
            ["build", Path.Combine(sample, name + ".csproj"), "-p:ModelLicenseGuardVersion=" + package.Version, "-nodeReuse:false", .. extraArguments]);
}
