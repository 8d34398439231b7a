using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Testing;
using NuGet.Frameworks;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Packaging.Licenses;
using NuGet.Versioning;

namespace ModelLicenseGuard.Tool.Tests.Feeds;

/// <summary>Real .nupkg files made with NuGet's own <see cref="PackageBuilder"/>, for feeds and folders.</summary>
public static class TestPackages
{
    public const string LocalLlm = "Acme.LocalLlm";

    public const string LlamaPath = "models/llama-3.1-8b-instruct.Q4_K_M.gguf";

    /// <summary>Acme.LocalLlm: an MIT package carrying a Llama 3.1 GGUF (licence <c>llama3.1</c>).</summary>
    public static byte[] LocalLlmPackage(string version, params (string Framework, string Id, string Range)[] dependencies)
        => Build(LocalLlm, version, "MIT", [(LlamaPath, GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build())], dependencies);

    /// <summary>An Apache-2.0 package carrying one Apache-2.0 GGUF, <c>models/{id}.gguf</c>, and its dependencies by framework.</summary>
    public static byte[] Small(string id, string version, params (string Framework, string Id, string Range)[] dependencies)
        => Build(id, version, "Apache-2.0", [($"models/{id}.gguf", GgufBuilder.Model(id, "apache-2.0").Build())], dependencies);

    public static byte[] Build(string id, string version, string license, IEnumerable<(string Path, byte[] Content)> files, IEnumerable<(string Framework, string Id, string Range)> dependencies)
    {
        var builder = new PackageBuilder
        {
            Id = id,
            Version = NuGetVersion.Parse(version),
            Description = "A package made by a test.",
            LicenseMetadata = new LicenseMetadata(LicenseType.Expression, license, NuGetLicenseExpression.Parse(license), warningsAndErrors: null, LicenseMetadata.CurrentVersion),
        };
        builder.Authors.Add("Acme");
        foreach (var (path, content) in files)
        {
            builder.Files.Add(new PhysicalPackageFile(new MemoryStream(content)) { TargetPath = path });
        }

        foreach (var group in dependencies.GroupBy(dependency => dependency.Framework))
        {
            builder.DependencyGroups.Add(new PackageDependencyGroup(
                NuGetFramework.Parse(group.Key),
                group.Select(dependency => new PackageDependency(dependency.Id, VersionRange.Parse(dependency.Range))).ToList()));
        }

        using var stream = new MemoryStream();
        builder.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Writes a package into a folder feed under the name 'nuget pack' gives it.</summary>
    public static void WriteTo(string folder, string id, string version, byte[] nupkg)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, $"{id}.{NuGetVersion.Parse(version).ToNormalizedString()}.nupkg"), nupkg);
    }
}
