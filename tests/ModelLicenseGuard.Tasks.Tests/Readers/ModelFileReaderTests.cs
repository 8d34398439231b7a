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
}
