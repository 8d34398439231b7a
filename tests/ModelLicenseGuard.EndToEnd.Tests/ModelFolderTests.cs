using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>Hugging Face model folders: the card decides, for the folder and for files in it that say nothing themselves.</summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class ModelFolderTests(PackageFixture package)
{
    private const string LlamaCard = "---\nlicense: llama3.2\nbase_model: meta-llama/Llama-3.2-1B-Instruct\nbase_model_relation: finetune\n---\n# Acme Assistant\n";

    [Fact]
    public void A_model_folder_and_the_files_in_card_folders_are_classified_by_their_cards_and_edits_are_picked_up()
    {
        var project = new ConsumerProject(package, "Folders", """
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="models/acme-assistant" />
                <ModelReference Include="models/research/pytorch_model.bin" />
                <None Include="models/embedder/*.safetensors" />
                <ModelLicenseAllow Include="llama3.2" Justification="Llama 3.2 licence reviewed; text models only" />
              </ItemGroup>
            """)
            .WithFile("models/acme-assistant/README.md", LlamaCard)
            .WithFile("models/acme-assistant/config.json", "{\"model_type\": \"llama\", \"architectures\": [\"LlamaForCausalLM\"]}")
            .WithFile("models/acme-assistant/model.safetensors", SafetensorsBuilder.Model("ignored", null).Build())
            .WithFile("models/research/README.md", "---\nlicense: cc-by-nc-4.0\n---\n# Research checkpoint\n")
            .WithFile("models/research/pytorch_model.bin", [0x80, 0x02, 0x7D, 0x71, 0x00])
            .WithFile("models/embedder/README.md", "---\nlicense: apache-2.0\n---\n# Embedder\n")
            .WithFile("models/embedder/model.safetensors", SafetensorsBuilder.Model("Acme Embedder", null).Build());

        var first = project.Build();

        // The pickle is never opened; its folder's card makes it non-commercial, which fails the commercial policy.
        var error = Assert.Single(first.WithId("MLG0020"));
        Assert.EndsWith("Folders.csproj", error.File, StringComparison.Ordinal);
        Assert.Contains("models/research/pytorch_model.bin", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Diagnostics, d => d.Id is "MLG0030" or "MLG0032" or "MLG9000");
        var manifest = Read(project);
        var folder = Assert.Single(manifest.Models, m => m.Source == "models/acme-assistant");
        Assert.Equal(("llama3.2", OpennessTier.RestrictedWeights), (folder.License, folder.Tier));
        Assert.Contains("Llama 3.2", folder.Aliases);
        var embedder = Assert.Single(manifest.Models, m => m.Source == "models/embedder/model.safetensors");
        Assert.Equal(("apache-2.0", OpennessTier.OpenWeights), (embedder.License, embedder.Tier));

        // Relicensing the research checkpoint in its card is seen by the next build, though no model file changed.
        var card = project.PathOf("models/research/README.md");
        File.WriteAllText(card, "---\nlicense: apache-2.0\n---\n# Research checkpoint\n");
        File.SetLastWriteTimeUtc(card, DateTime.UtcNow.AddSeconds(5));
        var second = project.Build();

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal("apache-2.0", Read(project).Models.Single(m => m.Source.EndsWith("pytorch_model.bin", StringComparison.Ordinal)).License);
    }

    private static ModelManifest Read(ConsumerProject project)
        => ManifestFormat.Read(File.ReadAllText(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest")));
}
