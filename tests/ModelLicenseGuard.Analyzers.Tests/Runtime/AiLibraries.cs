using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ModelLicenseGuard.Analyzers.Tests.Runtime;

/// <summary>
/// The real AI libraries this project references (Directory.Packages.props: OllamaSharp, OpenAI, Microsoft.Extensions.AI,
/// Semantic Kernel, Azure.AI.OpenAI, Azure.AI.Inference, LLamaSharp, ONNX Runtime, ONNX Runtime GenAI, ML.NET's ONNX
/// transformer, Whisper.net, Anthropic, and Aspire.Hosting's AppHost API) and what they need to compile against, as metadata
/// references read once from the test's output folder, where restore (or, for Aspire.Hosting, the build) copied them.
/// </summary>
internal static class AiLibraries
{
    // The libraries and the assemblies their public signatures mention. Test-framework, Roslyn and NuGet assemblies in the
    // same folder are left out: they are not what a user's app compiles against.
    private static readonly string[] Prefixes =
    [
        "OllamaSharp", "OpenAI", "Azure.", "Microsoft.Extensions.", "Microsoft.SemanticKernel", "LLamaSharp", "Microsoft.ML.",
        "Whisper.net", "System.ClientModel", "System.Memory.Data", "System.Numerics.Tensors", "Microsoft.Bcl.", "System.Linq.Async",
        "System.Interactive.Async", "Google.Protobuf", "CommunityToolkit.HighPerformance", "Aspire.", "Anthropic",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> Loaded = new(Load);

    public static ImmutableArray<MetadataReference> References => Loaded.Value;

    /// <summary>The library assemblies only (not their dependencies), for the table tests that walk their public API.</summary>
    public static IEnumerable<string> LibraryAssemblyNames =>
    [
        "OllamaSharp", "OpenAI", "Azure.AI.OpenAI", "Azure.AI.Inference", "Microsoft.Extensions.AI", "Microsoft.Extensions.AI.Abstractions",
        "Microsoft.Extensions.AI.OpenAI", "Microsoft.SemanticKernel.Abstractions", "Microsoft.SemanticKernel.Core",
        "Microsoft.SemanticKernel.Connectors.OpenAI", "Microsoft.SemanticKernel.Connectors.AzureOpenAI", "LLamaSharp",
        "Microsoft.ML.OnnxRuntime", "Microsoft.ML.OnnxRuntimeGenAI", "Microsoft.ML.OnnxTransformer", "Whisper.net", "Aspire.Hosting",
        "Anthropic",
    ];

    private static ImmutableArray<MetadataReference> Load()
    {
        var folder = AppContext.BaseDirectory;
        var files = Directory.GetFiles(folder, "*.dll")
            .Where(file => Prefixes.Any(prefix => Path.GetFileName(file).StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
        foreach (var name in LibraryAssemblyNames)
        {
            if (!files.Any(file => Path.GetFileNameWithoutExtension(file) == name))
            {
                throw new InvalidOperationException($"{name}.dll is not in {folder}: restore the test project's packages.");
            }
        }

        return [.. files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))];
    }
}
