using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>Models referenced by Hugging Face id or Ollama tag, with no file: classified from the embedded catalog, offline.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class CatalogReferenceTests(PackageFixture package)
{
    [Fact]
    public void Hub_and_ollama_references_are_classified_offline_and_claims_about_them_are_judged()
    {
        var project = new ConsumerProject(package, "Agent", """
              <ItemGroup>
                <ModelReference Include="hf:meta-llama/Llama-3.1-8B-Instruct" />
                <ModelReference Include="ollama:qwen2.5:7b" />
                <ModelReference Include="ollama:gemma2:9b" />
                <ModelReference Include="hf:no-such-org/no-such-model" />
              </ItemGroup>
            """)
            .WithFile("Program.cs", """
                const string Banner = "Powered by the open-source Llama 3.1 model";
                const string Other = "Qwen2.5 is open source";
                System.Console.WriteLine(Banner + Other);
                """);

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var claim = Assert.Single(result.WithId("MLG0002"));
        Assert.Equal(1, claim.Line);
        Assert.Contains("llama3.1", claim.Message, StringComparison.Ordinal);
        Assert.Contains("https://", claim.Message, StringComparison.Ordinal);
        var openWeights = Assert.Single(result.WithId("MLG0001"));
        Assert.Equal(2, openWeights.Line);
        Assert.Contains("training data", openWeights.Message, StringComparison.Ordinal);
        var unknown = Assert.Single(result.WithId("MLG0030"));
        Assert.Contains("hf:no-such-org/no-such-model", unknown.Message, StringComparison.Ordinal);

        var manifest = ManifestFormat.Read(File.ReadAllText(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest")));
        foreach (var reference in new[] { "hf:meta-llama/Llama-3.1-8B-Instruct", "ollama:qwen2.5:7b", "ollama:gemma2:9b" })
        {
            Assert.True(ModelCatalog.TryFind(reference, out var expected), reference);
            var model = Assert.Single(manifest.Models, m => m.Source == reference);
            Assert.Equal(expected.Id, model.CatalogId);
            Assert.Equal(expected.Tier, model.Tier);
            Assert.Equal(expected.GoverningLicense?.Id, model.License);
        }

        Assert.DoesNotContain(manifest.Models, m => m.Source.Contains("no-such-model", StringComparison.Ordinal));
        Assert.Equal(3, manifest.Models.Count(m => m.CatalogId is not null));
    }
}
