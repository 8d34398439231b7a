using System;
using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>A model that arrives inside a NuGet package is seen, and reported at the package reference that brings it.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class PackageModelTests(PackageFixture package)
{
    [Fact]
    public void A_package_that_bundles_a_non_commercial_model_fails_a_commercial_build_naming_the_package()
    {
        var feed = PackageFixture.NewFolder(package.Root, "models-feed-");
        LocalPackage.Write(feed, "Acme.Embeddings", "1.2.0", "CC-BY-NC-4.0", new Dictionary<string, byte[]>
        {
            ["content/models/embedder.onnx"] = OnnxBuilder.Model("Acme Embedder", null).Build(),
            ["lib/net8.0/_._"] = [],
        });
        var project = new ConsumerProject(package, "Shop", """
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Acme.Embeddings" Version="1.2.0" />
              </ItemGroup>
            """);
        package.WriteNuGetConfig(project.Directory, feed);

        var result = project.Build();

        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId("MLG0020"));
        // At the PackageReference that brings the model in, naming the model inside the package.
        Assert.Equal(project.ProjectFile, error.File);
        Assert.Contains("<PackageReference Include=\"Acme.Embeddings\"", File.ReadAllLines(project.ProjectFile)[error.Line - 1], StringComparison.Ordinal);
        Assert.Contains("nuget:Acme.Embeddings/1.2.0/content/models/embedder.onnx", error.Message, StringComparison.Ordinal);
        Assert.Contains("cc-by-nc-4.0", error.Message, StringComparison.Ordinal);
        var manifest = ManifestFormat.Read(File.ReadAllText(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest")));
        var model = Assert.Single(manifest.Models);
        Assert.Equal("Acme Embedder", model.Name);
        Assert.Contains("Acme.Embeddings.nuspec", model.LicenseOrigin, StringComparison.Ordinal);
    }
}
