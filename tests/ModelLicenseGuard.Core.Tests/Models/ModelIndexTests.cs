using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Core.Tests.Models;

/// <summary>
/// The catalog is looked up through an embedded index and each model read when first found: the index must be the one
/// the catalog files give, and every look-up must answer as reading the whole catalog does.
/// </summary>
public sealed class ModelIndexTests
{
    private static readonly ModelTable Full = ModelTable.Parse(CatalogResources.Models(), LicenseCatalog.Default);

    private static ModelTable Indexed() => ModelTable.Load(CatalogResources.ModelIndex(), CatalogResources.Model, () => LicenseCatalog.Default, () => Full);

    [Fact]
    public void Embedded_index_is_the_one_the_catalog_files_give()
    {
        var expected = Full.WriteIndex();
        var embedded = CatalogResources.ModelIndex().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (embedded != expected)
        {
            // Written where it belongs, so that a catalog change needs only a rebuild and this test again.
            File.WriteAllText(Repository.PathOf("src/ModelLicenseGuard.Core/Catalog/models.index"), expected);
        }

        Assert.True(embedded == expected, "src/ModelLicenseGuard.Core/Catalog/models.index was out of date with the catalog files and has been rewritten: rebuild and run the tests again, and commit it.");
    }

    public static IEnumerable<string> Names()
    {
        foreach (var model in Full.All)
        {
            yield return model.Id;
            yield return model.Name;
            yield return "hf:" + model.Id;
            yield return "https://huggingface.co/" + model.Id;
            yield return model.Id.ToUpperInvariant();
            yield return ModelNames.NamePart(model.Id) + "-Q4_K_M.gguf";
            yield return "unsloth/" + ModelNames.NamePart(model.Id) + "-GGUF";
            foreach (var alias in model.Aliases)
            {
                yield return alias;
                yield return alias + ".onnx";
            }

            foreach (var tag in model.OllamaTags)
            {
                yield return "ollama:" + tag;
                yield return "ollama:" + tag.ToUpperInvariant() + ":latest";
                yield return tag;
            }

            foreach (var name in model.DockerNames)
            {
                yield return name;
                yield return "docker.io/" + name + "-Q8_0";
            }
        }

        foreach (var other in new[] { "", " ", "ollama:", "ai/", "ai/unknown-model", "gpt-7", "llama", "org/", "/", "@", "not a model at all" })
        {
            yield return other;
        }
    }

    [Fact]
    public void Every_look_up_answers_as_the_whole_catalog_does()
    {
        var indexed = Indexed();
        var names = Names().ToList();
        Assert.True(names.Count > 5000, $"only {names.Count} names");
        var found = 0;
        foreach (var name in names)
        {
            var inFull = Full.TryFind(name, out var expected);
            Assert.Equal(inFull, indexed.TryFind(name, out var actual));
            if (!inFull)
            {
                continue;
            }

            found++;
            Assert.Equal(expected.Id, actual.Id);
            Assert.Equal(expected.Tier, actual.Tier);
            Assert.Equal(expected.License?.Id, actual.License?.Id);
            Assert.Equal(expected.GoverningLicense?.Id, actual.GoverningLicense?.Id);
            Assert.Equal(expected.Bases.Select(b => b.Id), actual.Bases.Select(b => b.Id));
            Assert.Equal(expected.Aliases, actual.Aliases);
            Assert.Equal(expected.Note, actual.Note);
        }

        Assert.True(found > 4000, $"only {found} names found");
    }

    [Fact]
    public void A_model_is_read_once_and_is_the_same_object_for_every_name_and_thread()
    {
        var indexed = Indexed();
        var models = new ModelInfo?[64];
        Parallel.For(0, models.Length, i => models[i] = indexed.TryFind(i % 2 == 0 ? "meta-llama/Llama-3.1-8B-Instruct" : "ollama:llama3.1:8b", out var model) ? model : null);

        Assert.All(models, model => Assert.Same(models[0], model));
        Assert.Same(models[0], indexed.All.Single(m => m.Id == "meta-llama/Llama-3.1-8B-Instruct"));
        Assert.Equal(Full.All.Select(m => m.Id), indexed.All.Select(m => m.Id));
    }

    [Theory]
    [InlineData("model\tx/y\n", "a model before any file")]
    [InlineData("file\ta.catalog\nkey\tx\t0\n", "the number of a model listed before")]
    [InlineData("file\ta.catalog\nmodel\tx/y\nkey\tx\tone\n", "the number of a model listed before")]
    [InlineData("file\ta.catalog\nmodel\tx/y\nsize\tx\t0\n", "unknown kind 'size'")]
    [InlineData("no tab here\n", "expected a kind, a tab and a value")]
    public void A_broken_index_is_a_catalog_format_error(string index, string message)
    {
        var exception = Assert.Throws<CatalogFormatException>(() => ModelTable.Load(index, _ => string.Empty, () => LicenseCatalog.Default, () => Full));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_the_index_places_in_the_wrong_file_is_a_catalog_format_error()
    {
        var table = ModelTable.Load("file\ta.catalog\nmodel\tx/y\nkey\tx-y\t0\n", _ => "[other/model]\nname: Other\n", () => LicenseCatalog.Default, () => Full);

        var exception = Assert.Throws<CatalogFormatException>(() => table.TryFind("x/y", out _));

        Assert.Contains("does not hold it", exception.Message, StringComparison.Ordinal);
    }
}
