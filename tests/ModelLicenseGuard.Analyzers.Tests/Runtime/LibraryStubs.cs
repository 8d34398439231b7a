namespace ModelLicenseGuard.Analyzers.Tests.Runtime;

/// <summary>
/// STUBS, not the real libraries: minimal public API surfaces with the real namespaces, type names, member names and
/// parameter names of libraries whose packages the registry this repository builds against does not serve. The real
/// OllamaSharp, OpenAI and Microsoft.Extensions.AI.Abstractions assemblies are referenced instead of stubbed
/// (<see cref="RuntimeModelTest"/>). Only signatures matter to the analyzer: bodies throw.
/// </summary>
internal static class LibraryStubs
{
    public const string Configuration = """
        // STUB of Microsoft.Extensions.Configuration.Abstractions (IConfiguration indexer).
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration
            {
                string? this[string key] { get; set; }
            }
        }
        """;

    public const string SemanticKernel = """
        // STUB of Microsoft.SemanticKernel connectors (Ollama, OpenAI, Azure OpenAI, Hugging Face, ONNX).
        namespace Microsoft.SemanticKernel
        {
            public interface IKernelBuilder { }

            public static class OllamaKernelBuilderExtensions
            {
                public static IKernelBuilder AddOllamaChatCompletion(this IKernelBuilder builder, string modelId, System.Uri endpoint, string? serviceId = null) => throw null!;
            }

            public static class OpenAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddOpenAIChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, string? orgId = null, string? serviceId = null) => throw null!;
            }

            public static class AzureOpenAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddAzureOpenAIChatCompletion(this IKernelBuilder builder, string deploymentName, string endpoint, string apiKey, string? serviceId = null, string? modelId = null) => throw null!;
            }

            public static class HuggingFaceKernelBuilderExtensions
            {
                public static IKernelBuilder AddHuggingFaceChatCompletion(this IKernelBuilder builder, string model, System.Uri? endpoint = null, string? apiKey = null, string? serviceId = null) => throw null!;
            }

            public static class OnnxKernelBuilderExtensions
            {
                public static IKernelBuilder AddOnnxRuntimeGenAIChatCompletion(this IKernelBuilder builder, string modelId, string modelPath, string? serviceId = null) => throw null!;
            }
        }
        """;

    public const string LLamaSharp = """
        // STUB of LLamaSharp (LLama.Common.ModelParams).
        namespace LLama.Common
        {
            public class ModelParams
            {
                public ModelParams(string modelPath) { }

                public string ModelPath { get; set; } = string.Empty;
            }
        }
        """;

    public const string OnnxRuntimeGenAI = """
        // STUB of Microsoft.ML.OnnxRuntimeGenAI (Model, Config).
        namespace Microsoft.ML.OnnxRuntimeGenAI
        {
            public class Model
            {
                public Model(string modelPath) { }
            }

            public class Config
            {
                public Config(string modelPath) { }
            }
        }
        """;

    public const string Whisper = """
        // STUB of Whisper.net (WhisperFactory, GgmlType, WhisperGgmlDownloader).
        namespace Whisper.net
        {
            public sealed class WhisperFactory
            {
                public static WhisperFactory FromPath(string path) => throw null!;
            }
        }

        namespace Whisper.net.Ggml
        {
            public enum GgmlType { Tiny, TinyEn, Base, BaseEn, Small, SmallEn, Medium, MediumEn, LargeV1, LargeV2, LargeV3, LargeV3Turbo }

            public sealed class WhisperGgmlDownloader
            {
                public System.Threading.Tasks.Task<System.IO.Stream> GetGgmlModelAsync(GgmlType type, System.Threading.CancellationToken cancellationToken = default) => throw null!;
            }
        }
        """;

    public const string Aspire = """
        // STUB of Aspire.Hosting and CommunityToolkit.Aspire.Hosting.Ollama (AddOllama, AddModel, AddHuggingFaceModel).
        namespace Aspire.Hosting.ApplicationModel
        {
            public interface IResourceBuilder<T> { }

            public class OllamaResource { }

            public class OllamaModelResource { }
        }

        namespace Aspire.Hosting
        {
            using Aspire.Hosting.ApplicationModel;

            public interface IDistributedApplicationBuilder { }

            public static class OllamaResourceBuilderExtensions
            {
                public static IResourceBuilder<OllamaResource> AddOllama(this IDistributedApplicationBuilder builder, string name, int? port = null) => throw null!;

                public static IResourceBuilder<OllamaModelResource> AddModel(this IResourceBuilder<OllamaResource> builder, string modelName) => throw null!;

                public static IResourceBuilder<OllamaModelResource> AddModel(this IResourceBuilder<OllamaResource> builder, string name, string modelName) => throw null!;

                public static IResourceBuilder<OllamaModelResource> AddHuggingFaceModel(this IResourceBuilder<OllamaResource> builder, string name, string modelName) => throw null!;
            }
        }
        """;

    public const string AspireAzureAndGitHub = """
        // STUB of Aspire.Hosting.Azure.CognitiveServices, Aspire.Hosting.Azure.AIFoundry and Aspire.Hosting.GitHub.Models
        // (the model a deployment is created from, and a GitHub Models id).
        namespace Aspire.Hosting.ApplicationModel
        {
            public class AzureOpenAIResource { }
            public class AzureOpenAIDeploymentResource { }
            public class AzureAIFoundryResource { }
            public class AzureAIFoundryDeploymentResource { }
            public class GitHubModelResource { }
        }

        namespace Aspire.Hosting
        {
            using Aspire.Hosting.ApplicationModel;

            public static class AzureOpenAIExtensions
            {
                public static IResourceBuilder<AzureOpenAIResource> AddAzureOpenAI(this IDistributedApplicationBuilder builder, string name) => throw null!;

                public static IResourceBuilder<AzureOpenAIDeploymentResource> AddDeployment(this IResourceBuilder<AzureOpenAIResource> builder, string name, string modelName, string modelVersion) => throw null!;
            }

            public static class AzureAIFoundryExtensions
            {
                public static IResourceBuilder<AzureAIFoundryResource> AddAzureAIFoundry(this IDistributedApplicationBuilder builder, string name) => throw null!;

                public static IResourceBuilder<AzureAIFoundryDeploymentResource> AddDeployment(this IResourceBuilder<AzureAIFoundryResource> builder, string name, string modelName, string modelVersion, string format) => throw null!;
            }

            public static class GitHubModelsExtensions
            {
                public static IResourceBuilder<GitHubModelResource> AddGitHubModel(this IDistributedApplicationBuilder builder, string name, string model) => throw null!;
            }
        }
        """;

    public const string FoundryLocal = """
        // STUB of Microsoft.AI.Foundry.Local (FoundryLocalManager takes a catalog alias or a model id).
        namespace Microsoft.AI.Foundry.Local
        {
            public class ModelInfo { }

            public class FoundryLocalManager
            {
                public System.Threading.Tasks.Task<ModelInfo?> StartModelAsync(string aliasOrModelId, System.Threading.CancellationToken ct = default) => throw null!;

                public System.Threading.Tasks.Task<ModelInfo?> GetModelInfoAsync(string aliasOrModelId, System.Threading.CancellationToken ct = default) => throw null!;
            }
        }
        """;

    public const string AzureOpenAI = """
        // STUB of Azure.AI.OpenAI (AzureOpenAIClient derives from the real OpenAI.OpenAIClient).
        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClient : global::OpenAI.OpenAIClient
            {
                public AzureOpenAIClient(System.Uri endpoint, System.ClientModel.ApiKeyCredential credential) : base(credential) { }
            }
        }
        """;

    public const string ExtensionsAIAdapters = """
        // STUB of Microsoft.Extensions.AI.Ollama (the preview OllamaChatClient) and Microsoft.Extensions.AI.OpenAI (the old
        // AsChatClient(model) and the new AsIChatClient() shapes), against the real OpenAI and Abstractions assemblies.
        namespace Microsoft.Extensions.AI
        {
            public sealed class OllamaChatClient
            {
                public OllamaChatClient(System.Uri endpoint, string? modelId = null, System.Net.Http.HttpClient? httpClient = null) { }
            }

            public static class OpenAIClientExtensions
            {
                public static IChatClient AsChatClient(this global::OpenAI.OpenAIClient openAIClient, string modelId) => throw null!;

                public static IChatClient AsIChatClient(this global::OpenAI.Chat.ChatClient chatClient) => throw null!;
            }
        }
        """;

    public const string AzureAIInference = """
        // STUB of Azure.AI.Inference (ChatCompletionsOptions.Model).
        namespace Azure.AI.Inference
        {
            public class ChatCompletionsOptions
            {
                public string? Model { get; set; }
            }
        }
        """;
}
