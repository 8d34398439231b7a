using System.IO;
using ModelLicenseGuard.Classification;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>Reads the header of a model file in whichever format it is, told apart by its first bytes, then by extension.</summary>
public static class ModelFileReader
{
    /// <summary>Reads what the file says about its model; throws <see cref="ModelFormatException"/> for anything unreadable.</summary>
    public static ModelFacts Read(string fullPath, string source)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        return Read(stream, fullPath, source);
    }

    public static ModelFacts Read(Stream stream, string fullPath, string source)
    {
        // Content first, so a mislabelled file is still read; then the name, so a damaged file gets its format's own error.
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        ModelFacts facts;
        if (GgufReader.HasMagic(stream) || (extension == ".gguf" && !SafetensorsReader.HasMagic(stream)))
        {
            facts = GgufFacts.From(GgufReader.Read(stream), source);
        }
        else if (SafetensorsReader.HasMagic(stream) || extension == ".safetensors")
        {
            facts = SafetensorsFacts.From(SafetensorsReader.Read(stream), source);
        }
        else if (extension == ".onnx" || OnnxReader.LooksLikeOnnx(stream))
        {
            facts = OnnxFacts.From(OnnxReader.Read(stream), source);
        }
        else
        {
            throw new ModelFormatException($"it is not a model file ModelLicenseGuard can read: neither GGUF, safetensors nor ONNX ({Describe(stream)})");
        }

        // ONNX Runtime GenAI and Hugging Face snapshots are folders named after the model ("phi-3-mini-4k-instruct-onnx/…").
        facts.FolderName = Path.GetFileName(Path.GetDirectoryName(fullPath));
        return facts;
    }

    private static string Describe(Stream stream) => stream.Length < 16 ? $"only {stream.Length} bytes" : "unrecognised first bytes";
}
