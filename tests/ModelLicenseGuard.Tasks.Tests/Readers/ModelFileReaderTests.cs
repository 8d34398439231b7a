using System.IO;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

/// <summary>Each format is recognised by its content, whatever the file is called; damaged files get their format's error.</summary>
public sealed class ModelFileReaderTests
{
    [Theory]
    [InlineData("model.gguf", "gguf")]
    [InlineData("model.bin", "gguf")]
    [InlineData("model.safetensors", "safetensors")]
    [InlineData("model.gguf.part", "safetensors")]
    [InlineData("model.onnx", "onnx")]
    [InlineData("model.dat", "onnx")]
    public void Recognises_the_format_by_content(string fileName, string format)
    {
        var bytes = format switch
        {
            "gguf" => GgufBuilder.Model("Acme", "mit").Build(),
            "safetensors" => SafetensorsBuilder.Model("Acme", "mit").Build(),
            _ => OnnxBuilder.Model("Acme", "mit").Build(),
        };

        var facts = ModelFileReader.Read(new MemoryStream(bytes), Path.Combine("models", "acme-folder", fileName), "models/acme-folder/" + fileName);

        Assert.Equal(format, facts.Format);
        Assert.Equal("mit", facts.License);
        Assert.Equal("acme-folder", facts.FolderName);
    }

    [Theory]
    [InlineData("model.gguf", "not a GGUF file")]
    [InlineData("model.onnx", "ONNX")]
    [InlineData("model.txt", "neither GGUF, safetensors nor ONNX")]
    public void A_file_of_no_known_format_fails_with_a_format_error(string fileName, string reason)
    {
        var exception = Assert.Throws<ModelFormatException>(() => ModelFileReader.Read(new MemoryStream("plain text, no model here"u8.ToArray()), fileName, fileName));

        Assert.Contains(reason, exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_read_whole_records_its_size_and_the_hash_of_its_header_and_takes_its_folder_s_licence_text_hash()
    {
        var gguf = GgufBuilder.Model("Folder Model", license: null).Build();
        using var folder = new HuggingFaceFolderBuilder()
            .WithLicense(LicenseTextIdentifierTests.Openings["gemma"])
            .WithFile("model.gguf", gguf)
            .Build();

        var facts = ModelFileReader.Read(Path.Combine(folder.Path, "model.gguf"), "models/model.gguf");

        Assert.Equal("gemma", facts.License);
        Assert.Equal(gguf.Length, facts.FileSize);
        Assert.Equal(ContentHash.Sha256(gguf), facts.HeaderSha256);
        Assert.Equal(ContentHash.Sha256(LicenseTextIdentifierTests.Openings["gemma"]), facts.LicenseTextSha256);
    }

    [Fact]
    public void A_file_that_names_no_licence_takes_its_folders_card()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: apache-2.0\nbase_model: Qwen/Qwen2.5-7B")
            .WithFile("model.onnx", OnnxBuilder.Model(null, null).Build())
            .Build();

        var facts = ModelFileReader.Read(Path.Combine(folder.Path, "model.onnx"), "models/model.onnx");

        Assert.Equal("apache-2.0", facts.License);
        Assert.Equal("README.md license of the model folder", facts.LicenseField);
        Assert.Contains("Qwen/Qwen2.5-7B", facts.BaseModels);
    }

    [Fact]
    public void A_file_that_names_its_licence_keeps_it_whatever_the_card_says()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: apache-2.0")
            .WithFile("model.gguf", GgufBuilder.Model("Acme", "cc-by-nc-4.0").Build())
            .Build();

        Assert.Equal("cc-by-nc-4.0", ModelFileReader.Read(Path.Combine(folder.Path, "model.gguf"), "model.gguf").License);
    }

    [Fact]
    public void A_pickle_checkpoint_is_never_opened_and_is_known_by_its_card()
    {
        // Bytes that are no model format at all: reading them would fail, so success proves they were not read.
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: cc-by-nc-4.0")
            .WithFile("pytorch_model.bin", "not really a pickle"u8.ToArray())
            .Build();

        var facts = ModelFileReader.Read(Path.Combine(folder.Path, "pytorch_model.bin"), "pytorch_model.bin");

        Assert.Equal("pickle", facts.Format);
        Assert.Equal("cc-by-nc-4.0", facts.License);
    }
}
