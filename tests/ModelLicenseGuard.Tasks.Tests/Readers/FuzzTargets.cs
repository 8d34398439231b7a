using System;
using System.IO;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

/// <summary>
/// The readers the fuzz runner (tests/ModelLicenseGuard.Benchmarks, <c>fuzz</c>) and <see cref="FuzzRegressionTests"/>
/// feed, each through the entry point the resolve task uses; the folders under tests/data/fuzz are named after them.
/// Compiled into both projects, so the fuzzer and the regression tests read an input the same way.
/// </summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = ["gguf", "safetensors", "onnx", "model-card", "model-config", "appsettings"];

    /// <summary>Reads an input as <paramref name="name"/>; <paramref name="scratch"/> is a folder for readers that need a file.</summary>
    public static Action<byte[]> For(string name, string scratch) => name switch
    {
        // Model files: the stream ModelFileReader reads after opening, named so the extension decides a damaged file's format.
        "gguf" => bytes => ModelFile(bytes, "model.gguf"),
        "safetensors" => bytes => ModelFile(bytes, "model.safetensors"),
        "onnx" => bytes => ModelFile(bytes, "model.onnx"),
        "model-card" => bytes => ModelCardReader.Read(new MemoryStream(bytes, writable: false)),

        // The same bytes as config.json and as genai_config.json: both readers must hold.
        "model-config" => bytes =>
        {
            ModelConfigReader.ReadConfig(new MemoryStream(bytes, writable: false));
            ModelConfigReader.ReadGenAiConfig(new MemoryStream(bytes, writable: false));
        },

        // The task reads appsettings*.json from its path.
        "appsettings" => bytes =>
        {
            var path = Path.Combine(scratch, "appsettings.json");
            File.WriteAllBytes(path, bytes);
            AppSettingsReader.Read(path, "appsettings.json");
        },
        _ => throw new ArgumentException($"No fuzz target '{name}'.", nameof(name)),
    };

    private static void ModelFile(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        ModelFileReader.Read(stream, Path.Combine("fuzz", fileName), "fuzz");
    }
}
