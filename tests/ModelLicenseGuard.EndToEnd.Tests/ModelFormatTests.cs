using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>One project with a model in each format the package reads, plus references by id: all land in the manifest.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class ModelFormatTests(PackageFixture package)
{
    [Fact]
    public void Gguf_safetensors_onnx_and_references_are_classified_with_their_provenance()
    {
        var project = new ConsumerProject(package, "Formats", """
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <None Include="models/**/*" />
                <ModelReference Include="hf:black-forest-labs/FLUX.1-schnell" />
                <ModelReference Include="ollama:phi3" />
                <ModelLicenseAllow Include="llama3.1" Justification="Llama 3.1 licence reviewed; under 700M MAU" />
              </ItemGroup>
            """)
            .WithFile("models/chat.gguf", GgufBuilder.Model("Acme Chat 8B", "llama3.1").Build())
            .WithFile("models/vision.safetensors", SafetensorsBuilder.Model("Acme Vision", "cc-by-nc-4.0").Build())
            .WithFile("models/phi-3-mini-4k-instruct-cpu-int4-rtn-block-32/model.onnx", OnnxBuilder.Model(null, null).Build())
            .WithFile("models/embedder.onnx", OnnxBuilder.Model("Acme Embedder", "mit").Build())
            .WithFile("models/notes.txt", "not a model")
            .WithFile("models/renamed.bin", GgufBuilder.Model("Acme Renamed", "mit").Build())
            .WithFile("models/random.bin", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

        var result = project.Build();

        // The non-commercial safetensors model fails the commercial policy; nothing else does.
        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId("MLG0020"));
        Assert.EndsWith(Path.Combine("models", "vision.safetensors"), error.File, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "MLG0032" or "MLG0030" or "MLG9000");

        var manifest = ManifestFormat.Read(File.ReadAllText(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest")));
        var bySource = manifest.Models.ToDictionary(m => m.Source.Replace('\\', '/'), StringComparer.Ordinal);
        Assert.Equal(7, bySource.Count);
        Assert.Equal(("mit", "gguf"), (bySource["models/renamed.bin"].License, bySource["models/renamed.bin"].Format));

        Assert.Equal(OpennessTier.RestrictedWeights, bySource["models/chat.gguf"].Tier);
        Assert.Contains("general.license = 'llama3.1' in models/chat.gguf", bySource["models/chat.gguf"].Provenance);

        Assert.Equal("cc-by-nc-4.0", bySource["models/vision.safetensors"].License);
        Assert.Equal("safetensors", bySource["models/vision.safetensors"].Format);

        // An ONNX Runtime GenAI folder with no licence metadata is known by its folder's name.
        var phi = bySource["models/phi-3-mini-4k-instruct-cpu-int4-rtn-block-32/model.onnx"];
        Assert.Equal("mit", phi.License);
        Assert.Equal(OpennessTier.OpenWeights, phi.Tier);
        Assert.StartsWith("microsoft/Phi-3-mini-4k-instruct", phi.CatalogId, StringComparison.Ordinal);

        Assert.Equal(("mit", "onnx"), (bySource["models/embedder.onnx"].License, bySource["models/embedder.onnx"].Format));
        Assert.Equal(OpennessTier.OpenWeights, bySource["hf:black-forest-labs/FLUX.1-schnell"].Tier);
        Assert.Equal("mit", bySource["ollama:phi3"].License);
    }
}
