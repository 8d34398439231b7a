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
/// transformer, Whisper.net, Anthropic, the community OpenAI SDK Betalgo.Ranul.OpenAI with its contracts package, the Microsoft Agent
/// Framework (Microsoft.Agents.AI), OkGoDoIt's community OpenAI library (OpenAI 1.11.0, assembly OpenAI_API), and
/// Aspire.Hosting's AppHost API) and what they need to compile against, as metadata references read once from the test's
/// output folder, where restore (or, for Aspire.Hosting, the build) copied them.
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
        "Betalgo.Ranul.OpenAI", "Microsoft.Agents.AI",
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
        "Anthropic", "Betalgo.Ranul.OpenAI", "Betalgo.Ranul.OpenAI.Contracts", "Microsoft.Agents.AI", "Microsoft.Agents.AI.Abstractions",
        "OpenAI_API",
    ];

    /// <summary>
    /// Older releases of a library that apps still use but a newer release changed (its folder under <c>older/</c>, and
    /// the assembly it stands in for): OpenAI 2.1.0, whose first realtime API (<c>OpenAI.RealtimeConversation</c>) was
    /// renamed since, and Azure.AI.OpenAI 1.0.0-beta.6, whose <c>OpenAIClient</c> named the deployment in each call.
    /// </summary>
    public static IReadOnlyList<(string Release, string Replaces)> OlderReleases { get; } =
        [("OpenAI.2.1.0", "OpenAI"), ("Azure.AI.OpenAI.1.0.0-beta.6", "Azure.AI.OpenAI")];

    /// <summary>The libraries as they were in <paramref name="release"/>: its assemblies in place of the ones it replaces.</summary>
    public static ImmutableArray<MetadataReference> WithOlderRelease(string release)
    {
        var (name, replaces) = OlderReleases.Single(older => older.Release == release);
        var folder = Path.Combine(AppContext.BaseDirectory, "older", name);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll") : [];
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"{folder} holds no assembly: build the test project, which downloads {name}.");
        }

        return [.. References.Where(reference => Path.GetFileNameWithoutExtension(reference.Display) != replaces), .. files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))];
    }

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
