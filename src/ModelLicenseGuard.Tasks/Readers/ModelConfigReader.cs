using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>What a Hugging Face <c>config.json</c> says about the model.</summary>
internal sealed class ModelConfig
{
    /// <summary><c>_name_or_path</c>: the Hub id (or local path) the config was saved from.</summary>
    public string? NameOrPath { get; set; }

    /// <summary><c>architectures</c>, e.g. <c>LlamaForCausalLM</c>.</summary>
    public List<string> Architectures { get; } = [];

    /// <summary><c>model_type</c>, e.g. <c>llama</c>.</summary>
    public string? ModelType { get; set; }
}

/// <summary>What an ONNX Runtime GenAI <c>genai_config.json</c> says about the model.</summary>
internal sealed class GenAiConfig
{
    /// <summary><c>model.type</c>, e.g. <c>phi3</c>.</summary>
    public string? ModelType { get; set; }
}

/// <summary>
/// Reads the few fields classification needs from <c>config.json</c> (Hugging Face Transformers) and
/// <c>genai_config.json</c> (ONNX Runtime GenAI), streaming the JSON with <see cref="BoundedJsonReader"/>.
/// </summary>
/// <remarks>
/// Configs are a few kilobytes; a file over <see cref="MaxLength"/> is refused before a byte of it is read. Everything
/// malformed throws <see cref="ModelFormatException"/> naming the file.
/// </remarks>
internal static class ModelConfigReader
{
    public const string ConfigFileName = "config.json";
    public const string GenAiConfigFileName = "genai_config.json";

    /// <summary>The largest config read.</summary>
    public const long MaxLength = 1024 * 1024;

    // Configs nest a few levels (quantization_config, rope_scaling); the cap stops garbage early.
    private const int MaxDepth = 64;
    private const int MaxKeptStringLength = 4 * 1024;

    // A config listing more architectures than this is not a real config.
    private const int MaxArchitectures = 64;

    public static ModelConfig ReadConfig(string path)
    {
        using var stream = Open(path);
        return ReadConfig(stream, ConfigFileName);
    }

    /// <summary>Reads <c>config.json</c> from the stream's position to its end.</summary>
    public static ModelConfig ReadConfig(Stream stream, string what = ConfigFileName)
    {
        var json = Start(stream, what);
        var config = new ModelConfig();
        while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
        {
            if (json.StringEquals("_name_or_path"))
            {
                config.NameOrPath = json.ReadStringValue();
            }
            else if (json.StringEquals("model_type"))
            {
                config.ModelType = json.ReadStringValue();
            }
            else if (json.StringEquals("architectures"))
            {
                ReadStrings(json, config.Architectures);
            }
            else
            {
                SkipValue(json);
            }
        }

        Finish(json);
        return config;
    }

    public static GenAiConfig ReadGenAiConfig(string path)
    {
        using var stream = Open(path);
        return ReadGenAiConfig(stream, GenAiConfigFileName);
    }

    /// <summary>Reads <c>genai_config.json</c> from the stream's position to its end.</summary>
    public static GenAiConfig ReadGenAiConfig(Stream stream, string what = GenAiConfigFileName)
    {
        var json = Start(stream, what);
        var config = new GenAiConfig();
        while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
        {
            if (!json.StringEquals("model"))
            {
                SkipValue(json);
                continue;
            }

            json.Read();
            if (json.TokenKind != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }

            while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
            {
                if (json.StringEquals("type"))
                {
                    config.ModelType = json.ReadStringValue();
                }
                else
                {
                    SkipValue(json);
                }
            }
        }

        Finish(json);
        return config;
    }

    private static FileStream Open(string path)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);

    private static BoundedJsonReader Start(Stream stream, string what)
    {
        var length = stream.Length - stream.Position;
        if (length > MaxLength)
        {
            throw new ModelFormatException(
                $"{what} is {length.ToString(CultureInfo.InvariantCulture)} bytes, more than the 1 MB a model config is read up to");
        }

        length = BoundedJsonReader.SkipByteOrderMark(stream, length);
        var json = new BoundedJsonReader(stream, length, what, MaxDepth, MaxKeptStringLength);
        json.Read();
        if (json.TokenKind != JsonTokenType.StartObject)
        {
            throw new ModelFormatException($"{what} is not a JSON object");
        }

        return json;
    }

    /// <summary>Reads to the end, so trailing garbage is reported like any other invalid JSON.</summary>
    private static void Finish(BoundedJsonReader json)
    {
        while (json.Read())
        {
        }
    }

    /// <summary>Reads a string, or the strings of an array (other elements are skipped), into <paramref name="target"/>.</summary>
    private static void ReadStrings(BoundedJsonReader json, List<string> target)
    {
        json.Read();
        if (json.TokenKind == JsonTokenType.String)
        {
            Add(json, target);
            return;
        }

        if (json.TokenKind != JsonTokenType.StartArray)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenKind != JsonTokenType.EndArray)
        {
            if (json.TokenKind == JsonTokenType.String)
            {
                Add(json, target);
            }
            else
            {
                json.Skip();
            }
        }
    }

    private static void Add(BoundedJsonReader json, List<string> target)
    {
        if (target.Count < MaxArchitectures && json.GetString() is { } text)
        {
            target.Add(text);
        }
    }

    private static void SkipValue(BoundedJsonReader json)
    {
        json.Read();
        json.Skip();
    }
}
