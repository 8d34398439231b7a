namespace ModelLicenseGuard.Analyzers.Tests.Runtime;

/// <summary>
/// STUBS, not the real libraries: minimal public API surfaces with the real namespaces, type names, member names and
/// parameter names of packages the registry this repository builds against does not serve (Semantic Kernel's Ollama,
/// Hugging Face and ONNX connectors, Microsoft.Extensions.AI.Ollama, Microsoft.Extensions.AI.OpenAI before 9.3, the Aspire
/// Ollama, Azure and GitHub Models hosting packages, written against the real Aspire.Hosting, Foundry Local, Kernel
/// Memory). Every other library is referenced for real (<see cref="AiLibraries"/>). Only signatures matter to the
/// analyzer: bodies throw.
/// </summary>
internal static class LibraryStubs
{
    public const string SemanticKernelConnectors = """
        // STUB of the Semantic Kernel connectors the registry does not serve (Ollama, Hugging Face, ONNX, Google), against the real
        // Microsoft.SemanticKernel.Abstractions (IKernelBuilder). The OpenAI and Azure OpenAI connectors are real.
        namespace Microsoft.SemanticKernel
        {
            public static class OllamaKernelBuilderExtensions
            {
                public static IKernelBuilder AddOllamaChatCompletion(this IKernelBuilder builder, string modelId, System.Uri endpoint, string? serviceId = null) => throw null!;
                public static IKernelBuilder AddOllamaTextGeneration(this IKernelBuilder builder, string modelId, System.Uri endpoint, string? serviceId = null) => throw null!;
            }

            public static class HuggingFaceKernelBuilderExtensions
            {
                public static IKernelBuilder AddHuggingFaceChatCompletion(this IKernelBuilder builder, string model, System.Uri? endpoint = null, string? apiKey = null, string? serviceId = null) => throw null!;
            }

            public static class OnnxKernelBuilderExtensions
            {
                public static IKernelBuilder AddOnnxRuntimeGenAIChatCompletion(this IKernelBuilder builder, string modelId, string modelPath, string? serviceId = null) => throw null!;
            }

            public static class OllamaServiceCollectionExtensions
            {
                public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddOllamaChatCompletion(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, string modelId, System.Uri endpoint, string? serviceId = null) => throw null!;
            }

            public static class OnnxServiceCollectionExtensions
            {
                public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddOnnxRuntimeGenAIChatCompletion(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, string modelId, string modelPath, string? serviceId = null) => throw null!;
            }

            // Microsoft.SemanticKernel.Connectors.Google.
            public static class GoogleAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddGoogleAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, string? serviceId = null) => throw null!;
            }

            public static class VertexAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddVertexAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, string bearerKey, string location, string projectId, string? serviceId = null) => throw null!;
            }
        }

        namespace Microsoft.SemanticKernel.Connectors.Google
        {
            public class GeminiPromptExecutionSettings : Microsoft.SemanticKernel.PromptExecutionSettings { }

            public class GoogleAIGeminiChatCompletionService
            {
                public GoogleAIGeminiChatCompletionService(string modelId, string apiKey) => throw null!;
            }
        }
        """;

    public const string Aspire = """
        // STUB of CommunityToolkit.Aspire.Hosting.Ollama 13.x (AddOllama, AddOllamaLocal, and AddModel / AddHuggingFaceModel
        // on any Ollama resource, container or local executable), against the real Aspire.Hosting.
        namespace Aspire.Hosting.ApplicationModel
        {
            public interface IOllamaResource : IResourceWithEnvironment { }

            public class OllamaResource(string name) : ContainerResource(name, null), IOllamaResource { }

            public class OllamaExecutableResource(string name) : ExecutableResource(name, "ollama", "."), IOllamaResource { }

            public class OllamaModelResource(string name) : Resource(name) { }

            public class OpenWebUIResource(string name) : ContainerResource(name, null) { }
        }

        namespace Aspire.Hosting
        {
            using Aspire.Hosting.ApplicationModel;

            public static partial class OllamaResourceBuilderExtensions
            {
                public static IResourceBuilder<OllamaResource> AddOllama(this IDistributedApplicationBuilder builder, string name, int? port = null) => throw null!;

                public static IResourceBuilder<OllamaExecutableResource> AddOllamaLocal(this IDistributedApplicationBuilder builder, string name, int? port = null, int? targetPort = null) => throw null!;

                public static IResourceBuilder<OllamaResource> WithDataVolume(this IResourceBuilder<OllamaResource> builder, string? name = null, bool isReadOnly = false) => throw null!;

                public static IResourceBuilder<OllamaResource> WithGPUSupport(this IResourceBuilder<OllamaResource> builder, OllamaGpuVendor vendor = OllamaGpuVendor.Nvidia) => throw null!;

                public enum OllamaGpuVendor { Nvidia, AMD }

                public static IResourceBuilder<T> WithOpenWebUI<T>(this IResourceBuilder<T> builder, System.Action<IResourceBuilder<OpenWebUIResource>>? configureContainer = null, string? containerName = null) where T : IOllamaResource => throw null!;

                public static IResourceBuilder<OllamaModelResource> AddModel(this IResourceBuilder<IOllamaResource> builder, string modelName) => throw null!;

                public static IResourceBuilder<OllamaModelResource> AddModel(this IResourceBuilder<IOllamaResource> builder, string name, string modelName) => throw null!;

                public static IResourceBuilder<OllamaModelResource> AddHuggingFaceModel(this IResourceBuilder<IOllamaResource> builder, string name, string modelName) => throw null!;
            }
        }
        """;

    public const string AspireOllamaBefore9 = """
        // STUB of CommunityToolkit.Aspire.Hosting.Ollama 8.x, before AddModel made a resource of its own: WithDefaultModel,
        // and the obsolete AddOllama overload that took a model. Against the real Aspire.Hosting.
        namespace Aspire.Hosting.ApplicationModel
        {
            public class OllamaResource(string name) : ContainerResource(name, null) { }
        }

        namespace Aspire.Hosting
        {
            using Aspire.Hosting.ApplicationModel;

            public static class OllamaResourceBuilderExtensions
            {
                public static IResourceBuilder<OllamaResource> AddOllama(this IDistributedApplicationBuilder builder, string name, int? port = null) => throw null!;

                [System.Obsolete("Use AddOllama without a model name, and then the AddModel extension method to add models.")]
                public static IResourceBuilder<OllamaResource> AddOllama(this IDistributedApplicationBuilder builder, string name = "Ollama", int? port = null, string modelName = "llama3") => throw null!;

                public static IResourceBuilder<OllamaResource> AddModel(this IResourceBuilder<OllamaResource> builder, string modelName) => throw null!;

                public static IResourceBuilder<OllamaResource> WithDefaultModel(this IResourceBuilder<OllamaResource> builder, string modelName) => throw null!;
            }
        }
        """;

    public const string AspireAzureAndGitHub = """
        // STUB of Aspire.Hosting.Azure.CognitiveServices, Aspire.Hosting.Azure.AIFoundry and Aspire.Hosting.GitHub.Models
        // (the model a deployment is created from, and a GitHub Models id), against the real Aspire.Hosting.
        namespace Aspire.Hosting.ApplicationModel
        {
            public class AzureOpenAIResource(string name) : Resource(name) { }
            public class AzureOpenAIDeploymentResource(string name) : Resource(name) { }

            public class AzureOpenAIDeployment
            {
                public AzureOpenAIDeployment(string name, string modelName, string modelVersion, string? skuName = null, int? skuCapacity = null) => throw null!;
            }

            public class AzureAIFoundryResource(string name) : Resource(name) { }
            public class AzureAIFoundryDeploymentResource(string name) : Resource(name) { }
            public class GitHubModelResource(string name) : Resource(name) { }
        }

        namespace Aspire.Hosting
        {
            using Aspire.Hosting.ApplicationModel;

            public static class AzureOpenAIExtensions
            {
                public static IResourceBuilder<AzureOpenAIResource> AddAzureOpenAI(this IDistributedApplicationBuilder builder, string name) => throw null!;

                public static IResourceBuilder<AzureOpenAIDeploymentResource> AddDeployment(this IResourceBuilder<AzureOpenAIResource> builder, string name, string modelName, string modelVersion) => throw null!;

                public static IResourceBuilder<AzureOpenAIResource> AddDeployment(this IResourceBuilder<AzureOpenAIResource> builder, AzureOpenAIDeployment deployment) => throw null!;
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

    public const string AspireOpenAIClients = """
        // STUB of the Aspire client integrations Aspire.OpenAI and Aspire.Azure.AI.OpenAI (13.x: the Azure builder derives
        // from the OpenAI one and shares its extensions) and of the Azure one's own extension classes of 9.1-9.3, which are
        // not served, against the real Microsoft.Extensions.AI and Hosting abstractions.
        namespace Aspire.OpenAI
        {
            public class AspireOpenAIClientBuilder
            {
                public AspireOpenAIClientBuilder(Microsoft.Extensions.Hosting.IHostApplicationBuilder hostBuilder, string connectionName, string? serviceKey, bool disableTracing, bool enableSensitiveTelemetryData) => throw null!;
            }
        }

        namespace Aspire.Azure.AI.OpenAI
        {
            public class AspireAzureOpenAIClientBuilder : Aspire.OpenAI.AspireOpenAIClientBuilder
            {
                public AspireAzureOpenAIClientBuilder(Microsoft.Extensions.Hosting.IHostApplicationBuilder hostBuilder, string connectionName, string? serviceKey, bool disableTracing, bool enableSensitiveTelemetryData)
                    : base(hostBuilder, connectionName, serviceKey, disableTracing, enableSensitiveTelemetryData) => throw null!;
            }
        }

        namespace Microsoft.Extensions.Hosting
        {
            using Microsoft.Extensions.AI;

            public static class AspireOpenAIExtensions
            {
                public static Aspire.OpenAI.AspireOpenAIClientBuilder AddOpenAIClient(this IHostApplicationBuilder builder, string connectionName) => throw null!;
            }

            public static class AspireAzureOpenAIExtensions
            {
                public static Aspire.Azure.AI.OpenAI.AspireAzureOpenAIClientBuilder AddAzureOpenAIClient(this IHostApplicationBuilder builder, string connectionName) => throw null!;
            }

            public static class AspireOpenAIClientBuilderChatClientExtensions
            {
                public static ChatClientBuilder AddChatClient(this Aspire.OpenAI.AspireOpenAIClientBuilder builder, string? deploymentName = null) => throw null!;
                public static ChatClientBuilder AddKeyedChatClient(this Aspire.OpenAI.AspireOpenAIClientBuilder builder, string serviceKey, string? deploymentName = null) => throw null!;
            }

            public static class AspireOpenAIClientBuilderEmbeddingGeneratorExtensions
            {
                public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddEmbeddingGenerator(this Aspire.OpenAI.AspireOpenAIClientBuilder builder, string? deploymentName = null) => throw null!;
                public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddKeyedEmbeddingGenerator(this Aspire.OpenAI.AspireOpenAIClientBuilder builder, string serviceKey, string? deploymentName = null) => throw null!;
            }

            // Aspire.Azure.AI.OpenAI 9.1-9.3.
            public static class AspireAzureOpenAIClientBuilderChatClientExtensions
            {
                public static ChatClientBuilder AddKeyedChatClient(this Aspire.Azure.AI.OpenAI.AspireAzureOpenAIClientBuilder builder, string serviceKey, string? deploymentName = null) => throw null!;
            }

            public static class AspireAzureOpenAIClientBuilderEmbeddingGeneratorExtensions
            {
                public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddKeyedEmbeddingGenerator(this Aspire.Azure.AI.OpenAI.AspireAzureOpenAIClientBuilder builder, string serviceKey, string? deploymentName = null) => throw null!;
            }
        }
        """;

    public const string FoundryAgents = """
        // STUB of Azure.AI.Agents.Persistent, the Agent Framework's extensions over it and Azure.AI.Projects 1.0.0-beta's
        // agents client, none of them served: the model deployment an agent is created on.
        namespace Azure.AI.Agents.Persistent
        {
            public class PersistentAgent { }

            public class PersistentAgentsAdministrationClient
            {
                public virtual Azure.Response<PersistentAgent> CreateAgent(string model, string? name = null, string? description = null, string? instructions = null) => throw null!;
                public virtual System.Threading.Tasks.Task<Azure.Response<PersistentAgent>> CreateAgentAsync(string model, string? name = null, string? description = null, string? instructions = null) => throw null!;
            }

            public class PersistentAgentsClient
            {
                public PersistentAgentsClient(string endpoint, Azure.Core.TokenCredential credential) => throw null!;
                public PersistentAgentsAdministrationClient Administration => throw null!;
            }

            public static class PersistentAgentsClientExtensions
            {
                public static System.Threading.Tasks.Task<object> CreateAIAgentAsync(this PersistentAgentsClient persistentAgentsClient, string model, string? name = null, string? description = null, string? instructions = null) => throw null!;
            }
        }

        namespace Azure.AI.Projects
        {
            public class Agent { }

            public class AIProjectClient
            {
                public AIProjectClient(System.Uri endpoint, Azure.Core.TokenCredential credential) => throw null!;
                public virtual Azure.AI.Agents.Persistent.PersistentAgentsClient GetPersistentAgentsClient() => throw null!;
            }

            public class AgentsClient
            {
                public virtual System.Threading.Tasks.Task<Azure.Response<Agent>> CreateAgentAsync(string model, string? name = null, string? description = null, string? instructions = null) => throw null!;
            }
        }
        """;

    public const string GoogleCloudAIPlatform = """
        // STUB of Google.Cloud.AIPlatform.V1 (Vertex AI's own client), not served: where it takes its model.
        namespace Google.Cloud.AIPlatform.V1
        {
            public class GenerateContentRequest
            {
                public string Model { get; set; } = null!;
                public GenerationConfig GenerationConfig { get; set; } = null!;
                public System.Collections.Generic.List<Content> Contents { get; } = new();
            }

            public class CountTokensRequest
            {
                public string Model { get; set; } = null!;
                public string Endpoint { get; set; } = null!;
            }

            public class GenerationConfig
            {
                public float Temperature { get; set; }
                public float TopP { get; set; }
                public float TopK { get; set; }
                public int MaxOutputTokens { get; set; }
            }

            public class Content
            {
                public string Role { get; set; } = null!;
                public System.Collections.Generic.List<Part> Parts { get; } = new();
            }

            public class Part
            {
                public string Text { get; set; } = null!;
            }

            public sealed class EndpointName
            {
                public static EndpointName FromProjectLocationPublisherModel(string projectId, string locationId, string publisherId, string modelId) => throw null!;
            }

            public class PredictionServiceClientBuilder
            {
                public string Endpoint { get; set; } = null!;
                public PredictionServiceClient Build() => throw null!;
            }

            public class PredictionServiceClient
            {
                public System.Threading.Tasks.Task<GenerateContentResponse> GenerateContentAsync(GenerateContentRequest request) => throw null!;
            }

            public class GenerateContentResponse;
        }
        """;

    public const string Claudia = """
        // STUB of Claudia (Cysharp's community Anthropic client, 2024) and Claudia.Bedrock, not served: where each takes its
        // model. Its Models and Roles constants and Claudia.Bedrock's extensions are left out, so an app compiled with the
        // library's own source (as its samples are) names them once.
        namespace Claudia
        {
            public class Anthropic
            {
                public string ApiKey { get; init; } = null!;
                public IMessages Messages => throw null!;
            }

            public interface IMessages
            {
                System.Threading.Tasks.Task<MessageResponse> CreateAsync(MessageRequest request, RequestOptions? overrideOptions = null, System.Threading.CancellationToken cancellationToken = default);
                System.Collections.Generic.IAsyncEnumerable<IMessageStreamEvent> CreateStreamAsync(MessageRequest request, RequestOptions? overrideOptions = null, System.Threading.CancellationToken cancellationToken = default);
            }

            public class RequestOptions;

            public class MessageResponse;

            public interface IMessageStreamEvent;

            public class MessageRequest
            {
                public string Model { get; set; } = null!;
                public int MaxTokens { get; set; }
                public Message[] Messages { get; set; } = null!;
                public string? System { get; set; }
                public double? Temperature { get; set; }
                public bool Stream { get; set; }
            }

            public class Message
            {
                public string Role { get; set; } = null!;
                public Contents Content { get; set; } = null!;
            }

            public class Contents
            {
                public static implicit operator Contents(string text) => throw null!;
            }
        }
        """;

    public const string AnthropicSdk = """
        // STUB of the community SDK Anthropic.SDK, not served: where it takes its model.
        namespace Anthropic.SDK.Messaging
        {
            public class MessageParameters
            {
                public string Model { get; set; } = null!;
                public int MaxTokens { get; set; }
                public bool Stream { get; set; }
                public decimal? Temperature { get; set; }
            }

            public class MessageCountTokenParameters
            {
                public string Model { get; set; } = null!;
            }
        }

        namespace Anthropic.SDK
        {
            public class AnthropicClient
            {
                public AnthropicClient(string? apiKey = null) => throw null!;
            }
        }
        """;

    public const string AnthropicSdkAndGeminiSdks = """
        // STUB of the community SDKs Google_GenerativeAI (with its Web package) and Mscc.GenerativeAI, none of them served,
        // and of Amazon Bedrock's clients and requests: where each takes its model. Google_GenerativeAI's GoogleAIModels
        // constants are those of the package.
        namespace GenerativeAI
        {
            public class GenerativeModel
            {
                public GenerativeModel(string apiKey, string model, object? config = null) => throw null!;
            }

            public class GoogleAi
            {
                public GoogleAi(string apiKey) => throw null!;
                public GenerativeModel CreateGenerativeModel(string modelName, object? config = null) => throw null!;
            }

            public static class GoogleAIModels
            {
                public const string Gemini2Flash = "models/gemini-2.0-flash";
                public const string Gemini15Pro = "models/gemini-1.5-pro";
            }
        }

        namespace GenerativeAI.Web
        {
            public class GenerativeAIOptions
            {
                public string? Model { get; set; }
            }

            public static class GenerativeAIServiceCollectionExtensions
            {
                public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddGenerativeAI(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, GenerativeAIOptions options) => throw null!;
            }
        }

        namespace Mscc.GenerativeAI
        {
            public class GenerativeModel
            {
                public GenerativeModel(string? apiKey = null, string? model = null) => throw null!;
            }

            public class GoogleAI
            {
                public GoogleAI(string? apiKey = null) => throw null!;
                public GenerativeModel GenerativeModel(string model = "gemini-1.5-pro") => throw null!;
            }
        }

        // Mscc.GenerativeAI.Microsoft: its Microsoft.Extensions.AI chat client and embedding generator.
        namespace Mscc.GenerativeAI.Microsoft
        {
            public sealed class GeminiChatClient : global::Microsoft.Extensions.AI.IChatClient
            {
                public GeminiChatClient(string apiKey, string model = "") => throw null!;
                public global::System.Threading.Tasks.Task<global::Microsoft.Extensions.AI.ChatResponse> GetResponseAsync(global::System.Collections.Generic.IEnumerable<global::Microsoft.Extensions.AI.ChatMessage> messages, global::Microsoft.Extensions.AI.ChatOptions? options = null, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public global::System.Collections.Generic.IAsyncEnumerable<global::Microsoft.Extensions.AI.ChatResponseUpdate> GetStreamingResponseAsync(global::System.Collections.Generic.IEnumerable<global::Microsoft.Extensions.AI.ChatMessage> messages, global::Microsoft.Extensions.AI.ChatOptions? options = null, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public object? GetService(global::System.Type serviceType, object? serviceKey = null) => null;
                public void Dispose() { }
            }

            public sealed class GeminiEmbeddingGenerator
            {
                public GeminiEmbeddingGenerator(string apiKey, string model = "") => throw null!;
            }
        }

        // STUB of the Amazon Bedrock SDKs (AWSSDK.BedrockRuntime and AWSSDK.BedrockAgent, not served): the requests that
        // carry a model id.
        namespace Amazon
        {
            public class RegionEndpoint
            {
                public static RegionEndpoint USEast1 => throw null!;
                public static RegionEndpoint USWest2 => throw null!;
                public static RegionEndpoint GetBySystemName(string name) => throw null!;
            }
        }

        namespace Amazon.BedrockRuntime
        {
            public interface IAmazonBedrockRuntime
            {
                System.Threading.Tasks.Task<Model.InvokeModelResponse> InvokeModelAsync(Model.InvokeModelRequest request, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task<Model.InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(Model.InvokeModelWithResponseStreamRequest request, System.Threading.CancellationToken cancellationToken = default);
            }

            public class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime
            {
                public AmazonBedrockRuntimeClient() => throw null!;
                public AmazonBedrockRuntimeClient(RegionEndpoint region) => throw null!;
                public System.Threading.Tasks.Task<Model.InvokeModelResponse> InvokeModelAsync(Model.InvokeModelRequest request, System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public System.Threading.Tasks.Task<Model.InvokeModelWithResponseStreamResponse> InvokeModelWithResponseStreamAsync(Model.InvokeModelWithResponseStreamRequest request, System.Threading.CancellationToken cancellationToken = default) => throw null!;
            }
        }

        namespace Amazon.BedrockRuntime.Model
        {
            public class InvokeModelResponse { public System.IO.MemoryStream Body { get; set; } = null!; public Amazon.Runtime.ResponseMetadata ResponseMetadata { get; set; } = null!; }
            public class InvokeModelWithResponseStreamResponse { public object Body { get; set; } = null!; }
        }

        namespace Amazon.Runtime
        {
            public class ResponseMetadata { public string RequestId { get; set; } = null!; }
        }

        namespace Amazon.Util
        {
            public static class AWSSDKUtils { public static System.IO.MemoryStream GenerateMemoryStreamFromString(string text) => throw null!; }
        }

        namespace Amazon.BedrockRuntime.Model
        {
            public class ConverseRequest { public string ModelId { get; set; } = null!; public System.Collections.Generic.List<object> Messages { get; set; } = null!; }
            public class ConverseStreamRequest { public string ModelId { get; set; } = null!; }
            public class InvokeModelRequest { public string ModelId { get; set; } = null!; public string ContentType { get; set; } = null!; public string Accept { get; set; } = null!; public System.IO.MemoryStream Body { get; set; } = null!; }
            public class InvokeModelWithResponseStreamRequest { public string ModelId { get; set; } = null!; }
        }

        namespace Amazon.BedrockAgent.Model
        {
            public class CreateAgentRequest { public string AgentName { get; set; } = null!; public string FoundationModel { get; set; } = null!; }
            public class UpdateAgentRequest { public string FoundationModel { get; set; } = null!; }
        }

        // STUB of ElBruno.LocalEmbeddings (not served): the options that name the Hugging Face embedding model.
        namespace ElBruno.LocalEmbeddings.Options
        {
            public class LocalEmbeddingsOptions
            {
                public string ModelName { get; set; } = null!;
                public bool EnsureModelDownloaded { get; set; }
            }
        }

        namespace ElBruno.LocalEmbeddings
        {
            public sealed class LocalEmbeddingGenerator : System.IDisposable
            {
                public LocalEmbeddingGenerator(global::ElBruno.LocalEmbeddings.Options.LocalEmbeddingsOptions? options = null) => throw null!;
                public void Dispose() => throw null!;
            }
        }

        // STUB of the Teams AI library for .NET (Microsoft.Teams.AI 1.x, not served): its OpenAI and Azure OpenAI model and
        // embeddings options, and the Assistants planner.
        namespace Microsoft.Teams.AI.AI.Models
        {
            public class OpenAIModelOptions
            {
                public OpenAIModelOptions(string apiKey, string defaultModel) => throw null!;
                public string DefaultModel { get; set; } = null!;
                public bool LogRequests { get; set; }
            }

            public class AzureOpenAIModelOptions
            {
                public AzureOpenAIModelOptions(string azureApiKey, string azureDefaultDeployment, string azureEndpoint) => throw null!;
                public string AzureDefaultDeployment { get; set; } = null!;
                public bool LogRequests { get; set; }
            }

            public class OpenAIModel
            {
                public OpenAIModel(OpenAIModelOptions options, object? loggerFactory = null) => throw null!;
                public OpenAIModel(AzureOpenAIModelOptions options, object? loggerFactory = null) => throw null!;
            }
        }

        namespace Microsoft.Teams.AI.AI.Embeddings
        {
            public class OpenAIEmbeddingsOptions
            {
                public OpenAIEmbeddingsOptions(string apiKey, string model) => throw null!;
                public string Model { get; set; } = null!;
            }

            public class AzureOpenAIEmbeddingsOptions
            {
                public AzureOpenAIEmbeddingsOptions(string azureApiKey, string azureDeployment, string azureEndpoint) => throw null!;
                public string AzureDeployment { get; set; } = null!;
            }
        }

        namespace Microsoft.Teams.AI.AI.Planners.Experimental
        {
            public class AssistantsPlanner<TState>
            {
                public static System.Threading.Tasks.Task<object> CreateAssistantAsync(string apiKey, object request, string model, string? endpoint = null, System.Threading.CancellationToken cancellationToken = default) => throw null!;
            }
        }

        // STUB of Google's Gen AI .NET SDK (Google.GenAI, not served): the client's Models and Live members, and its
        // Microsoft.Extensions.AI adapter.
        namespace Google.GenAI
        {
            public sealed class Client
            {
                public Client(bool? vertexAI = null, string? apiKey = null, string? project = null, string? location = null) => throw null!;
                public Models Models => throw null!;
                public Live Live => throw null!;
            }

            public sealed class Models
            {
                public System.Threading.Tasks.Task<object> GenerateContentAsync(string model, string contents, object? config = null) => throw null!;
                public System.Collections.Generic.IAsyncEnumerable<object> GenerateContentStreamAsync(string model, string contents, object? config = null) => throw null!;
                public System.Threading.Tasks.Task<object> GenerateImagesAsync(string model, string prompt, object? config = null) => throw null!;
            }

            public class Live
            {
                public System.Threading.Tasks.Task<object> ConnectAsync(string model, object config, System.Threading.CancellationToken cancellationToken = default) => throw null!;
            }
        }

        namespace Microsoft.Extensions.AI
        {
            public static class GoogleGenAIExtensions
            {
                public static IChatClient AsIChatClient(this global::Google.GenAI.Client client, string? defaultModelId = null) => throw null!;
            }
        }
        """;

    public const string FoundryLocal = """
        // STUB of Microsoft.AI.Foundry.Local: FoundryLocalManager takes a catalog alias or a model id (before 0.8), and from
        // 0.8 on the manager's catalog looks models up (ICatalog.GetModelAsync, GetModelVariantAsync).
        namespace Microsoft.AI.Foundry.Local
        {
            public class ModelInfo { }

            public class Model { }

            public class ModelVariant { }

            public interface ICatalog
            {
                System.Threading.Tasks.Task<Model?> GetModelAsync(string modelAlias, System.Threading.CancellationToken? ct = null);

                System.Threading.Tasks.Task<ModelVariant?> GetModelVariantAsync(string modelId, System.Threading.CancellationToken? ct = null);
            }

            public class FoundryLocalManager
            {
                public static FoundryLocalManager Instance => throw null!;

                public System.Threading.Tasks.Task<ICatalog> GetCatalogAsync(System.Threading.CancellationToken? ct = null) => throw null!;

                public System.Threading.Tasks.Task<ModelInfo?> StartModelAsync(string aliasOrModelId, System.Threading.CancellationToken ct = default) => throw null!;

                public System.Threading.Tasks.Task<ModelInfo?> GetModelInfoAsync(string aliasOrModelId, System.Threading.CancellationToken ct = default) => throw null!;
            }
        }
        """;
    public const string KernelMemory = """
        // STUB of Microsoft.KernelMemory (the archived v1 line): services read their models from config objects.
        namespace Microsoft.KernelMemory
        {
            public class OpenAIConfig
            {
                public string TextModel { get; set; } = string.Empty;

                public string EmbeddingModel { get; set; } = string.Empty;
            }

            public class AzureOpenAIConfig
            {
                public enum AuthTypes { Unknown, AzureIdentity, APIKey }

                public enum APITypes { Unknown, TextCompletion, ChatCompletion, ImageGeneration, EmbeddingGeneration }

                public string Deployment { get; set; } = string.Empty;
                public string APIKey { get; set; } = string.Empty;
                public AuthTypes Auth { get; set; }
                public string Endpoint { get; set; } = string.Empty;
                public APITypes APIType { get; set; }
                public int MaxTokenTotal { get; set; }
            }

            public class KernelMemoryConfig { }

            public class OnnxConfig
            {
                public string TextModelDir { get; set; } = string.Empty;
            }

            public class LlamaSharpModelConfig
            {
                public string ModelPath { get; set; } = "";
            }

            public class LlamaSharpConfig
            {
                public LlamaSharpModelConfig TextModel { get; set; } = new();
            }

            public class KernelMemoryBuilder
            {
                public KernelMemoryBuilder WithOllamaTextGeneration(AI.Ollama.OllamaConfig config) => this;

                public KernelMemoryBuilder WithOpenAI(OpenAIConfig config) => this;

                public KernelMemoryBuilder With<T>(T config) => this;

                public KernelMemoryBuilder WithAzureOpenAITextGeneration(AzureOpenAIConfig config) => this;

                public KernelMemoryBuilder WithAzureOpenAITextEmbeddingGeneration(AzureOpenAIConfig config) => this;

                public KernelMemoryBuilder WithOnnxTextGeneration(OnnxConfig config) => this;

                public KernelMemoryBuilder WithLlamaTextGeneration(LlamaSharpConfig config) => this;
            }
        }

        namespace Microsoft.KernelMemory.AI.Ollama
        {
            public class OllamaModelConfig
            {
                public OllamaModelConfig() { }

                public OllamaModelConfig(string modelName) { }

                public OllamaModelConfig(string modelName, int maxToken) { }

                public string ModelName { get; set; } = string.Empty;
            }

            public class OllamaConfig
            {
                public string Endpoint { get; set; } = "http://localhost:11434";

                public OllamaModelConfig TextModel { get; set; } = new();

                public OllamaModelConfig EmbeddingModel { get; set; } = new();
            }
        }
        """;

    public const string ExtensionsAIOllama = """
        // STUB of Microsoft.Extensions.AI.Ollama (the preview OllamaChatClient, deprecated for OllamaSharp; not served).
        namespace Microsoft.Extensions.AI
        {
            public sealed class OllamaChatClient
            {
                public OllamaChatClient(string endpoint, string? modelId = null, System.Net.Http.HttpClient? httpClient = null) { }
                public OllamaChatClient(System.Uri endpoint, string? modelId = null, System.Net.Http.HttpClient? httpClient = null) { }
            }

            public sealed class OllamaEmbeddingGenerator
            {
                public OllamaEmbeddingGenerator(string endpoint, string? modelId = null, System.Net.Http.HttpClient? httpClient = null) { }
                public OllamaEmbeddingGenerator(System.Uri endpoint, string? modelId = null, System.Net.Http.HttpClient? httpClient = null) { }
            }
        }
        """;

    public const string ExtensionsAIAzureAIInference = """
        // STUB of Microsoft.Extensions.AI.AzureAIInference (preview; not served), against the real Azure.AI.Inference:
        // AsChatClient / AsEmbeddingGenerator(modelId) up to 9.4, AsIChatClient / AsIEmbeddingGenerator(defaultModelId) since.
        namespace Microsoft.Extensions.AI
        {
            public static class AzureAIInferenceExtensions
            {
                public static IChatClient AsChatClient(this global::Azure.AI.Inference.ChatCompletionsClient chatCompletionsClient, string? modelId = null) => throw null!;
                public static IEmbeddingGenerator<string, Embedding<float>> AsEmbeddingGenerator(this global::Azure.AI.Inference.EmbeddingsClient embeddingsClient, string? modelId = null, int? dimensions = null) => throw null!;
                public static IChatClient AsIChatClient(this global::Azure.AI.Inference.ChatCompletionsClient chatCompletionsClient, string? defaultModelId = null) => throw null!;
                public static IEmbeddingGenerator<string, Embedding<float>> AsIEmbeddingGenerator(this global::Azure.AI.Inference.EmbeddingsClient embeddingsClient, string? defaultModelId = null, int? defaultModelDimensions = null) => throw null!;
            }
        }
        """;

    public const string ExtensionsAIOpenAIBefore93 = """
        // STUB of Microsoft.Extensions.AI.OpenAI before 9.3 (AsChatClient(model), since renamed; those versions are not
        // served), against the real OpenAI assembly. Compiled without the real Microsoft.Extensions.AI.OpenAI.
        namespace Microsoft.Extensions.AI
        {
            public static class OpenAIClientExtensions
            {
                public static IChatClient AsChatClient(this global::OpenAI.OpenAIClient openAIClient, string modelId) => throw null!;
                public static IChatClient AsChatClient(this global::OpenAI.Chat.ChatClient chatClient) => throw null!;
                public static IEmbeddingGenerator<string, Embedding<float>> AsEmbeddingGenerator(this global::OpenAI.OpenAIClient openAIClient, string modelId, int? dimensions = null) => throw null!;
            }
        }
        """;

    public const string MLNetGenAI = """
        // STUB of ML.NET's GenAI packages (Microsoft.ML.GenAI.LLaMA, .Phi, .Mistral; not served): models loaded from a
        // Hugging Face folder.
        namespace Microsoft.ML.GenAI.LLaMA
        {
            public class LlamaForCausalLM
            {
                public static LlamaForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", int layersOnTargetDevice = -1, bool quantizeToInt8 = false, bool quantizeToInt4 = false) => throw null!;
            }
        }

        namespace Microsoft.ML.GenAI.Mistral
        {
            public class MistralForCausalLM
            {
                public static MistralForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", int layersOnTargetDevice = -1, bool quantizeToInt8 = false, bool quantizeToInt4 = false) => throw null!;
            }
        }

        namespace Microsoft.ML.GenAI.Phi
        {
            public class Phi2ForCausalLM
            {
                public static Phi2ForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json") => throw null!;
            }

            public class Phi3ForCausalLM
            {
                public static Phi3ForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", int layersOnTargetDevice = -1, bool quantizeToInt8 = false, bool quantizeToInt4 = false) => throw null!;
            }
        }
        """;

    public const string AzureOpenAIResponsesBefore29 = """
        // STUB of Azure.AI.OpenAI 2.8 betas (late 2025, not served; 2.9.0-beta.1 is, and its GetResponsesClient takes no
        // deployment): the client, over the real OpenAI assembly, whose Responses client took the deployment.
        #pragma warning disable OPENAI001 // the Responses API is marked experimental
        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClient : global::OpenAI.OpenAIClient
            {
                public AzureOpenAIClient(global::System.Uri endpoint, global::Azure.Core.TokenCredential credential) => throw null!;
                public AzureOpenAIClient(global::System.Uri endpoint, global::System.ClientModel.ApiKeyCredential credential) => throw null!;
                public AzureOpenAIClient(global::System.Uri endpoint, global::Azure.AzureKeyCredential credential) => throw null!;
                public global::OpenAI.Responses.ResponsesClient GetResponsesClient(string deploymentName) => throw null!;
            }
        }
        """;

    public const string AzureOpenAIBeta9To17 = """
        // STUB of Azure.AI.OpenAI 1.0.0-beta.9 to beta.17 (2023-2024, not served; the tests download beta.6, which named
        // the deployment in each call): one OpenAIClient for Azure OpenAI and OpenAI, the deployment on the options.
        namespace Azure.AI.OpenAI
        {
            public class OpenAIClient
            {
                public OpenAIClient(global::System.Uri endpoint, global::Azure.AzureKeyCredential keyCredential) => throw null!;
                public OpenAIClient(global::System.Uri endpoint, global::Azure.Core.TokenCredential tokenCredential) => throw null!;
                public OpenAIClient(string openAIApiKey) => throw null!;
                public global::System.Threading.Tasks.Task<global::Azure.Response<ChatCompletions>> GetChatCompletionsAsync(ChatCompletionsOptions chatCompletionsOptions, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public global::Azure.Response<ChatCompletions> GetChatCompletions(ChatCompletionsOptions chatCompletionsOptions, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public global::System.Threading.Tasks.Task<global::Azure.Response<Embeddings>> GetEmbeddingsAsync(EmbeddingsOptions embeddingsOptions, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public global::System.Threading.Tasks.Task<global::Azure.Response<ImageGenerations>> GetImageGenerationsAsync(ImageGenerationOptions imageGenerationOptions, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public global::System.Threading.Tasks.Task<global::Azure.Response<AudioTranscription>> GetAudioTranscriptionAsync(AudioTranscriptionOptions audioTranscriptionOptions, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
            }

            public abstract class ChatRequestMessage { }
            public class ChatRequestSystemMessage(string content) : ChatRequestMessage { }
            public class ChatRequestUserMessage(string content) : ChatRequestMessage { }
            public class ChatRequestAssistantMessage(string content) : ChatRequestMessage { }

            public class ChatCompletionsOptions
            {
                public ChatCompletionsOptions() => throw null!;
                public ChatCompletionsOptions(string deploymentName, global::System.Collections.Generic.IEnumerable<ChatRequestMessage> messages) => throw null!;
                public string DeploymentName { get; set; } = null!;
                public global::System.Collections.Generic.IList<ChatRequestMessage> Messages { get; } = null!;
                public int? MaxTokens { get; set; }
                public float? Temperature { get; set; }
            }

            public class CompletionsOptions
            {
                public CompletionsOptions(string deploymentName, global::System.Collections.Generic.IEnumerable<string> prompts) => throw null!;
                public string DeploymentName { get; set; } = null!;
            }

            public class EmbeddingsOptions
            {
                public EmbeddingsOptions(string deploymentName, global::System.Collections.Generic.IEnumerable<string> input) => throw null!;
                public string DeploymentName { get; set; } = null!;
            }

            public class ImageGenerationOptions { public string DeploymentName { get; set; } = null!; public string Prompt { get; set; } = null!; }
            public class AudioTranscriptionOptions { public string DeploymentName { get; set; } = null!; }
            public class AudioTranslationOptions { public string DeploymentName { get; set; } = null!; }
            public class SpeechGenerationOptions { public string DeploymentName { get; set; } = null!; }

            public class ChatCompletions { }
            public class Embeddings { }
            public class ImageGenerations { }
            public class AudioTranscription { }
        }
        """;

    public const string OpenAIResponseClientBeforeRename = """
        // STUB of the OpenAI Responses client from 2.2.0-beta.3 until its rename to ResponsesClient late in 2025 (those
        // versions are not served),
        // against the real OpenAI assembly, which no longer has a type of this name.
        namespace OpenAI.Responses
        {
            public class OpenAIResponseClient
            {
                public OpenAIResponseClient(string model, string apiKey) => throw null!;
                public OpenAIResponseClient(string model, global::System.ClientModel.ApiKeyCredential credential) => throw null!;
                public OpenAIResponseClient(string model, global::System.ClientModel.ApiKeyCredential credential, global::OpenAI.OpenAIClientOptions options) => throw null!;
            }
        }
        """;

    public const string SemanticKernelBefore1 = """
        // STUB of Semantic Kernel before 1.0 (0.13 to 1.0.0-beta8, 2023; not served): the kernel builder and configuration,
        // and the OpenAI connector's KernelConfig Add…Service (0.13 to 0.17) and KernelBuilder With…Service (0.15 to
        // 1.0.0-beta8) extensions. Compiled without the real Semantic Kernel assemblies, whose names it reuses.
        namespace Microsoft.SemanticKernel
        {
            public interface IKernel
            {
                T GetService<T>(string? name = null);
            }

            public sealed class Kernel
            {
                public static KernelBuilder Builder => throw null!;
            }

            public sealed class KernelConfig { }

            public sealed class KernelBuilder
            {
                public static IKernel Create() => throw null!;
                public KernelBuilder WithLogger(global::Microsoft.Extensions.Logging.ILogger logger) => throw null!;
                public KernelBuilder WithMemoryStorage(global::Microsoft.SemanticKernel.Memory.IMemoryStore storage) => throw null!;
                public KernelBuilder Configure(global::System.Action<KernelConfig> configure) => throw null!;
                public IKernel Build() => throw null!;
            }

            public static class KernelConfigOpenAIExtensions
            {
                public static KernelConfig AddOpenAIChatCompletionService(this KernelConfig config, string modelId, string apiKey, string? orgId = null, bool alsoAsTextCompletion = true, string? serviceId = null, global::System.Net.Http.HttpClient? httpClient = null, global::Microsoft.Extensions.Logging.ILogger? logger = null) => throw null!;
                public static KernelConfig AddOpenAITextCompletionService(this KernelConfig config, string modelId, string apiKey, string? orgId = null, string? serviceId = null, global::System.Net.Http.HttpClient? httpClient = null, global::Microsoft.Extensions.Logging.ILogger? logger = null) => throw null!;
                public static KernelConfig AddOpenAITextEmbeddingGenerationService(this KernelConfig config, string modelId, string apiKey, string? orgId = null, string? serviceId = null, global::System.Net.Http.HttpClient? httpClient = null, global::Microsoft.Extensions.Logging.ILogger? logger = null) => throw null!;
                public static KernelConfig AddAzureChatCompletionService(this KernelConfig config, string deploymentName, string endpoint, string apiKey, bool alsoAsTextCompletion = true, string? serviceId = null, global::System.Net.Http.HttpClient? httpClient = null, global::Microsoft.Extensions.Logging.ILogger? logger = null) => throw null!;
                public static KernelConfig AddAzureTextEmbeddingGenerationService(this KernelConfig config, string deploymentName, string endpoint, string apiKey, string? serviceId = null, global::System.Net.Http.HttpClient? httpClient = null, global::Microsoft.Extensions.Logging.ILogger? logger = null) => throw null!;
            }

            public static class OpenAIKernelBuilderExtensions
            {
                public static KernelBuilder WithOpenAIChatCompletionService(this KernelBuilder builder, string modelId, string apiKey, string? orgId = null, string? serviceId = null, bool alsoAsTextCompletion = true, bool setAsDefault = false, global::System.Net.Http.HttpClient? httpClient = null) => throw null!;
                public static KernelBuilder WithOpenAITextCompletionService(this KernelBuilder builder, string modelId, string apiKey, string? orgId = null, string? serviceId = null, bool setAsDefault = false, global::System.Net.Http.HttpClient? httpClient = null) => throw null!;
                public static KernelBuilder WithOpenAITextEmbeddingGenerationService(this KernelBuilder builder, string modelId, string apiKey, string? orgId = null, string? serviceId = null, bool setAsDefault = false, global::System.Net.Http.HttpClient? httpClient = null) => throw null!;
                public static KernelBuilder WithAzureChatCompletionService(this KernelBuilder builder, string deploymentName, string endpoint, string apiKey, bool alsoAsTextCompletion = true, string? serviceId = null, bool setAsDefault = false, global::System.Net.Http.HttpClient? httpClient = null) => throw null!;
                public static KernelBuilder WithAzureTextEmbeddingGenerationService(this KernelBuilder builder, string deploymentName, string endpoint, string apiKey, string? serviceId = null, bool setAsDefault = false, global::System.Net.Http.HttpClient? httpClient = null) => throw null!;
            }
        }

        namespace Microsoft.SemanticKernel.Memory
        {
            public interface IMemoryStore { }
        }
        """;

    public const string CopilotSdk = """
        // STUB of the GitHub Copilot SDK (GitHub.Copilot.SDK, not served): in 1.0, a session's model on SessionConfigBase.
        namespace GitHub.Copilot
        {
            public abstract class SessionConfigBase
            {
                public string? Model { get; set; }
            }

            public sealed class SessionConfig : SessionConfigBase { }

            public sealed class CopilotSession
            {
                public global::System.Threading.Tasks.Task SetModelAsync(string model, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
            }

            public sealed class CopilotClient
            {
                public global::System.Threading.Tasks.Task<CopilotSession> CreateSessionAsync(SessionConfig config, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
            }
        }

        // The same SDK before 1.0.0-beta.4, in namespace GitHub.Copilot.SDK: the model on SessionConfig and ResumeSessionConfig.
        namespace GitHub.Copilot.SDK
        {
            public sealed class SessionConfig
            {
                public string? Model { get; set; }
                public bool Streaming { get; set; }
            }

            public sealed class ResumeSessionConfig
            {
                public string? Model { get; set; }
            }

            public sealed class CopilotSession
            {
                public global::System.Threading.Tasks.Task SetModelAsync(string model, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public global::System.Threading.Tasks.ValueTask DisposeAsync() => default;
            }

            public sealed class CopilotClient
            {
                public global::System.Threading.Tasks.Task StartAsync(global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public global::System.Threading.Tasks.Task<CopilotSession> CreateSessionAsync(SessionConfig config, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public global::System.Threading.Tasks.Task<CopilotSession> ResumeSessionAsync(string sessionId, ResumeSessionConfig config, global::System.Threading.CancellationToken cancellationToken = default) => throw null!;
            }
        }
        """;

    public const string LlmTornado = """
        // STUB of LlmTornado (3.x, not served): models made from their names, or converted from strings.
        namespace LlmTornado.Code
        {
            public enum LLmProviders { OpenAi, Anthropic, Ollama }
        }

        namespace LlmTornado.Chat.Models
        {
            public class ChatModel
            {
                public ChatModel(string name) => throw null!;
                public ChatModel(string name, global::LlmTornado.Code.LLmProviders provider) => throw null!;
                public static implicit operator ChatModel(string? name) => throw null!;
            }
        }

        namespace LlmTornado.Chat
        {
            public class Conversation
            {
                public global::LlmTornado.Chat.Models.ChatModel Model { get; set; } = null!;
            }

            public class ChatEndpoint
            {
                public Conversation CreateConversation(global::LlmTornado.Chat.Models.ChatModel model, double? temperature = null, int? maxTokens = null) => throw null!;
            }
        }

        namespace LlmTornado
        {
            public class TornadoApi
            {
                public TornadoApi(global::System.Uri serverUri) => throw null!;
                public global::LlmTornado.Chat.ChatEndpoint Chat => throw null!;
            }
        }
        """;
}
