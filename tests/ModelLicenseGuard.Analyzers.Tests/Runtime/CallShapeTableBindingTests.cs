using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Analyzers.Tests.Runtime;

/// <summary>
/// The call-shape table held against the real assemblies of the AI libraries (<see cref="AiLibraries"/>): every row binds
/// to a type, member and parameter that exist, and every public member of those libraries that takes a model is either in
/// the table or listed below as not naming a model the app uses, with the reason.
/// </summary>
public sealed class CallShapeTableBindingTests
{
    /// <summary>
    /// Rows for packages the registry this repository restores from does not serve, and for older versions of a library
    /// that apps still use. They cannot bind here; each must still fail to bind, so the list cannot go stale.
    /// </summary>
    private static readonly (string TypeName, string? Member, string Reason)[] RowsNotBoundHere =
    [
        ("Microsoft.SemanticKernel.OllamaKernelBuilderExtensions", null, "Microsoft.SemanticKernel.Connectors.Ollama is not served"),
        ("Microsoft.SemanticKernel.OllamaServiceCollectionExtensions", null, "Microsoft.SemanticKernel.Connectors.Ollama is not served"),
        ("Microsoft.SemanticKernel.HuggingFaceKernelBuilderExtensions", null, "Microsoft.SemanticKernel.Connectors.HuggingFace is not served"),
        ("Microsoft.SemanticKernel.MistralAIKernelBuilderExtensions", null, "Microsoft.SemanticKernel.Connectors.MistralAI is not served"),
        ("Microsoft.SemanticKernel.GoogleAIKernelBuilderExtensions", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.SemanticKernel.GoogleAIServiceCollectionExtensions", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.Extensions.DependencyInjection.GoogleAIServiceCollectionExtensions", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.SemanticKernel.VertexAIKernelBuilderExtensions", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.SemanticKernel.VertexAIServiceCollectionExtensions", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.Extensions.DependencyInjection.VertexAIServiceCollectionExtensions", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.SemanticKernel.Connectors.Google.GoogleAIGeminiChatCompletionService", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.SemanticKernel.Connectors.Google.VertexAIGeminiChatCompletionService", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.SemanticKernel.Connectors.Google.GoogleAITextEmbeddingGenerationService", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.SemanticKernel.Connectors.Google.VertexAITextEmbeddingGenerationService", null, "Microsoft.SemanticKernel.Connectors.Google is not served"),
        ("Microsoft.SemanticKernel.OnnxKernelBuilderExtensions", null, "Microsoft.SemanticKernel.Connectors.Onnx is not served"),
        ("Microsoft.SemanticKernel.OnnxServiceCollectionExtensions", null, "Microsoft.SemanticKernel.Connectors.Onnx is not served"),
        ("Microsoft.Extensions.AI.OllamaChatClient", null, "Microsoft.Extensions.AI.Ollama (deprecated preview) is not served"),
        ("Microsoft.Extensions.AI.OllamaEmbeddingGenerator", null, "Microsoft.Extensions.AI.Ollama (deprecated preview) is not served"),
        ("Microsoft.Extensions.AI.OpenAIClientExtensions", "AsChatClient", "Microsoft.Extensions.AI.OpenAI before 9.3; renamed since, old versions not served"),
        ("Microsoft.Extensions.AI.OpenAIClientExtensions", "AsEmbeddingGenerator", "Microsoft.Extensions.AI.OpenAI before 9.3; renamed since, old versions not served"),
        ("Microsoft.Extensions.AI.AzureAIInferenceExtensions", null, "Microsoft.Extensions.AI.AzureAIInference is not served"),
        ("GitHub.Copilot.SDK.SessionConfig", null, "GitHub.Copilot.SDK is not served"),
        ("GitHub.Copilot.SDK.ResumeSessionConfig", null, "GitHub.Copilot.SDK is not served"),
        ("GitHub.Copilot.SDK.CopilotSession", null, "GitHub.Copilot.SDK is not served"),
        ("GitHub.Copilot.SessionConfigBase", null, "GitHub.Copilot.SDK is not served"),
        ("GitHub.Copilot.CustomAgentConfig", null, "GitHub.Copilot.SDK is not served"),
        ("GitHub.Copilot.CopilotSession", null, "GitHub.Copilot.SDK is not served"),
        ("LlmTornado.Chat.Models.ChatModel", null, "LlmTornado is not served"),
        ("LlmTornado.Chat.ChatEndpoint", null, "LlmTornado is not served"),
        ("LlmTornado.Chat.ChatRequest", null, "LlmTornado is not served"),
        ("LlmTornado.Chat.Conversation", null, "LlmTornado is not served"),
        ("LlmTornado.Embedding.Models.EmbeddingModel", null, "LlmTornado is not served"),
        ("LlmTornado.Embedding.EmbeddingEndpoint", null, "LlmTornado is not served"),
        ("LlmTornado.Embedding.EmbeddingRequest", null, "LlmTornado is not served"),
        ("LlmTornado.Agents.TornadoAgent", null, "LlmTornado.Agents is not served"),
        ("Microsoft.SemanticKernel.KernelConfigOpenAIExtensions", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelConfigExtensions", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.OpenAIMemoryBuilderExtensions", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.ChatCompletion.AzureChatCompletion", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.ChatCompletion.AzureOpenAIChatCompletion", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.ChatCompletion.AzureOpenAIChatCompletionService", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.ChatCompletion.OpenAIChatCompletion", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.ChatCompletion.OpenAIChatCompletionService", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.TextCompletion.AzureTextCompletion", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.TextCompletion.OpenAITextCompletion", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.TextEmbedding.AzureOpenAITextEmbeddingGeneration", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.TextEmbedding.AzureTextEmbeddingGeneration", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.Connectors.AI.OpenAI.TextEmbedding.OpenAITextEmbeddingGeneration", null, "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "WithAzureChatCompletionService", "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "WithAzureOpenAIChatCompletionService", "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "WithAzureOpenAITextEmbeddingGenerationService", "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "WithAzureTextCompletionService", "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "WithAzureTextEmbeddingGenerationService", "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "WithOpenAIChatCompletionService", "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "WithOpenAITextCompletionService", "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "WithOpenAITextEmbeddingGenerationService", "Semantic Kernel before 1.0 (2023); those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "WithAzureOpenAIChatCompletion", "Semantic Kernel 1.0.0-rc1 and rc2; those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "WithAzureOpenAITextEmbeddingGeneration", "Semantic Kernel 1.0.0-rc1 and rc2; those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "WithAzureOpenAITextGeneration", "Semantic Kernel 1.0.0-rc1 and rc2; those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "WithOpenAIChatCompletion", "Semantic Kernel 1.0.0-rc1 and rc2; those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "WithOpenAITextEmbeddingGeneration", "Semantic Kernel 1.0.0-rc1 and rc2; those versions are not served"),
        ("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "WithOpenAITextGeneration", "Semantic Kernel 1.0.0-rc1 and rc2; those versions are not served"),
        ("Azure.AI.OpenAI.ChatCompletionsOptions", null, "Azure.AI.OpenAI 1.0.0-beta.9 to beta.17, which named the deployment on the options; not served"),
        ("Azure.AI.OpenAI.CompletionsOptions", null, "Azure.AI.OpenAI 1.0.0-beta.9 to beta.17, as above"),
        ("Azure.AI.OpenAI.EmbeddingsOptions", null, "Azure.AI.OpenAI 1.0.0-beta.9 to beta.17, as above"),
        ("Azure.AI.OpenAI.ImageGenerationOptions", null, "Azure.AI.OpenAI 1.0.0-beta.9 to beta.17, as above"),
        ("Azure.AI.OpenAI.AudioTranscriptionOptions", null, "Azure.AI.OpenAI 1.0.0-beta.9 to beta.17, as above"),
        ("Azure.AI.OpenAI.AudioTranslationOptions", null, "Azure.AI.OpenAI 1.0.0-beta.9 to beta.17, as above"),
        ("Azure.AI.OpenAI.SpeechGenerationOptions", null, "Azure.AI.OpenAI 1.0.0-beta.9 to beta.17, as above"),
        ("OpenAI.Responses.OpenAIResponseClient", null, "OpenAI 2.2.0-beta.3 until the Responses client was renamed ResponsesClient late in 2025; those versions are not served"),
        ("OpenAI.OpenAIClient", "GetOpenAIResponseClient", "the same OpenAI versions, as above"),
        ("Azure.AI.OpenAI.AzureOpenAIClient", "GetOpenAIResponseClient", "Azure.AI.OpenAI betas over those OpenAI versions, as above"),
        ("OpenAI.OpenAIClient", "GetResponsesClient", "OpenAI 2.8 and 2.9, whose renamed Responses client still took the model; not served (2.10 and later take none)"),
        ("Azure.AI.OpenAI.AzureOpenAIClient", "GetResponsesClient", "the Azure.AI.OpenAI 2.8 betas over those OpenAI versions; not served (2.9.0-beta.1 takes none)"),
        ("Aspire.Hosting.OllamaResourceBuilderExtensions", null, "CommunityToolkit.Aspire.Hosting.Ollama is not served"),
        ("Aspire.Hosting.AzureOpenAIExtensions", null, "Aspire.Hosting.Azure.CognitiveServices is not served"),
        ("Aspire.Hosting.ApplicationModel.AzureOpenAIDeployment", null, "Aspire.Hosting.Azure.CognitiveServices is not served"),
        ("Aspire.Hosting.AzureAIFoundryExtensions", null, "Aspire.Hosting.Azure.AIFoundry is not served"),
        ("Aspire.Hosting.GitHubModelsExtensions", null, "Aspire.Hosting.GitHub.Models is not served"),
        ("Microsoft.AI.Foundry.Local.FoundryLocalManager", null, "Microsoft.AI.Foundry.Local is not served"),
        ("Microsoft.AI.Foundry.Local.ICatalog", null, "Microsoft.AI.Foundry.Local is not served"),
        ("Microsoft.KernelMemory.AI.Ollama.OllamaModelConfig", null, "Microsoft.KernelMemory (archived) is not served"),
        ("Microsoft.KernelMemory.OpenAIConfig", null, "Microsoft.KernelMemory (archived) is not served"),
        ("Microsoft.KernelMemory.AzureOpenAIConfig", null, "Microsoft.KernelMemory (archived) is not served"),
        ("Microsoft.KernelMemory.OnnxConfig", null, "Microsoft.KernelMemory (archived) is not served"),
        ("Microsoft.KernelMemory.LlamaSharpModelConfig", null, "Microsoft.KernelMemory (archived) is not served"),
        ("Microsoft.Extensions.Hosting.AspireOpenAIClientBuilderChatClientExtensions", null, "Aspire.OpenAI is not served"),
        ("Microsoft.Extensions.Hosting.AspireOpenAIClientBuilderEmbeddingGeneratorExtensions", null, "Aspire.OpenAI is not served"),
        ("Microsoft.Extensions.Hosting.AspireAzureOpenAIClientBuilderChatClientExtensions", null, "Aspire.Azure.AI.OpenAI 9.1-9.3; Aspire.Azure.AI.OpenAI is not served"),
        ("Microsoft.Extensions.Hosting.AspireAzureOpenAIClientBuilderEmbeddingGeneratorExtensions", null, "Aspire.Azure.AI.OpenAI 9.1-9.3; Aspire.Azure.AI.OpenAI is not served"),
        ("Aspire.Azure.AI.OpenAI.AspireAzureOpenAIClientBuilder", null, "Aspire.Azure.AI.OpenAI is not served"),
        ("Azure.AI.Agents.Persistent.PersistentAgentsAdministrationClient", null, "Azure.AI.Agents.Persistent is not served"),
        ("Google.Cloud.AIPlatform.V1.GenerateContentRequest", null, "Google.Cloud.AIPlatform.V1 is not served"),
        ("Google.Cloud.AIPlatform.V1.CountTokensRequest", null, "Google.Cloud.AIPlatform.V1 is not served"),
        ("Google.Cloud.AIPlatform.V1.EndpointName", null, "Google.Cloud.AIPlatform.V1 is not served"),
        ("Claudia.MessageRequest", null, "Claudia (Cysharp's community Anthropic client) is not served"),
        ("Claudia.BedrockExtensions", null, "Claudia.Bedrock is not served"),
        ("Claudia.BedrockAnthropicClient", null, "Claudia.Bedrock is not served"),
        ("Anthropic.SDK.Messaging.MessageParameters", null, "Anthropic.SDK (the community SDK) is not served"),
        ("Anthropic.SDK.Messaging.MessageCountTokenParameters", null, "Anthropic.SDK (the community SDK) is not served"),
        ("GenerativeAI.GenerativeModel", null, "Google_GenerativeAI is not served"),
        ("GenerativeAI.GoogleAi", null, "Google_GenerativeAI is not served"),
        ("GenerativeAI.VertexAI", null, "Google_GenerativeAI is not served"),
        ("GenerativeAI.Web.GenerativeAIOptions", null, "Google_GenerativeAI.Web is not served"),
        ("Mscc.GenerativeAI.GenerativeModel", null, "Mscc.GenerativeAI is not served"),
        ("Mscc.GenerativeAI.GoogleAI", null, "Mscc.GenerativeAI is not served"),
        ("Mscc.GenerativeAI.VertexAI", null, "Mscc.GenerativeAI is not served"),
        ("Mscc.GenerativeAI.Web.GenerativeAIOptions", null, "Mscc.GenerativeAI.Web is not served"),
        ("Mscc.GenerativeAI.Microsoft.GeminiChatClient", null, "Mscc.GenerativeAI.Microsoft is not served"),
        ("Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM", null, "Microsoft.ML.GenAI.LLaMA is not served"),
        ("Microsoft.ML.GenAI.Mistral.MistralForCausalLM", null, "Microsoft.ML.GenAI.Mistral is not served"),
        ("Microsoft.ML.GenAI.Phi.Phi2ForCausalLM", null, "Microsoft.ML.GenAI.Phi is not served"),
        ("Microsoft.ML.GenAI.Phi.Phi3ForCausalLM", null, "Microsoft.ML.GenAI.Phi is not served"),
        ("Mscc.GenerativeAI.Microsoft.GeminiEmbeddingGenerator", null, "Mscc.GenerativeAI.Microsoft is not served"),
        ("ElBruno.LocalEmbeddings.Options.LocalEmbeddingsOptions", null, "ElBruno.LocalEmbeddings is not served"),
        ("Amazon.BedrockRuntime.Model.ConverseRequest", null, "AWSSDK.BedrockRuntime is not served"),
        ("Amazon.BedrockRuntime.Model.ConverseStreamRequest", null, "AWSSDK.BedrockRuntime is not served"),
        ("Amazon.BedrockRuntime.Model.InvokeModelRequest", null, "AWSSDK.BedrockRuntime is not served"),
        ("Amazon.BedrockRuntime.Model.InvokeModelWithResponseStreamRequest", null, "AWSSDK.BedrockRuntime is not served"),
        ("Amazon.BedrockAgent.Model.CreateAgentRequest", null, "AWSSDK.BedrockAgent is not served"),
        ("Amazon.BedrockAgent.Model.UpdateAgentRequest", null, "AWSSDK.BedrockAgent is not served"),
        ("Microsoft.Teams.AI.AI.Models.OpenAIModelOptions", null, "Microsoft.Teams.AI is not served"),
        ("Microsoft.Teams.AI.AI.Models.AzureOpenAIModelOptions", null, "Microsoft.Teams.AI is not served"),
        ("Microsoft.Teams.AI.AI.Embeddings.OpenAIEmbeddingsOptions", null, "Microsoft.Teams.AI is not served"),
        ("Microsoft.Teams.AI.AI.Embeddings.AzureOpenAIEmbeddingsOptions", null, "Microsoft.Teams.AI is not served"),
        ("Microsoft.Teams.AI.AI.Planners.Experimental.AssistantsPlanner`1", null, "Microsoft.Teams.AI is not served"),
        ("Google.GenAI.Models", null, "Google.GenAI is not served"),
        ("Google.GenAI.Live", null, "Google.GenAI is not served"),
        ("Microsoft.Extensions.AI.GoogleGenAIExtensions", null, "Google.GenAI is not served"),
        ("Azure.AI.Agents.Persistent.PersistentAgentsClientExtensions", null, "Microsoft.Agents.AI.AzureAI.Persistent is not served"),
        ("Azure.AI.Projects.AgentsClient", null, "Azure.AI.Projects is not served (its agents client was replaced by Azure.AI.Agents.Persistent)"),
    ];

    /// <summary>
    /// Rows for an older release of a library that apps still use (<see cref="AiLibraries.OlderReleases"/>): each binds to
    /// nothing in the current release and to a real member of the older one.
    /// </summary>
    private static readonly (string TypeName, string? Member, string Release)[] RowsOfAnOlderRelease =
    [
        ("OpenAI.RealtimeConversation.RealtimeConversationClient", null, "OpenAI.2.1.0"),
        ("OpenAI.RealtimeConversation.ConversationInputTranscriptionOptions", null, "OpenAI.2.1.0"),
        ("OpenAI.OpenAIClient", "GetRealtimeConversationClient", "OpenAI.2.1.0"),
        ("Azure.AI.OpenAI.OpenAIClient", null, "Azure.AI.OpenAI.1.0.0-beta.6"),
    ];

    /// <summary>
    /// Public members whose parameter or property is called like a model but does not name a model the app uses, by type
    /// (and member, when not all of the type's are meant), with the reason.
    /// </summary>
    private static readonly (string TypeName, string? Member, string Reason)[] NotModelsTheAppUses =
    [
        ("Microsoft.Extensions.AI.ChatResponse", null, "a response: the model that answered, set by the library"),
        ("Microsoft.Extensions.AI.ChatResponseUpdate", null, "a response: the model that answered, set by the library"),
        ("Microsoft.Extensions.AI.Embedding", null, "a result: the model that made it, set by the library"),
        ("Microsoft.Extensions.AI.SpeechToTextResponse", null, "a response, set by the library"),
        ("Microsoft.Extensions.AI.SpeechToTextResponseUpdate", null, "a response, set by the library"),
        ("Microsoft.Extensions.AI.TextToSpeechResponse", null, "a response, set by the library"),
        ("Microsoft.Extensions.AI.TextToSpeechResponseUpdate", null, "a response, set by the library"),
        ("Microsoft.Extensions.AI.ChatClientMetadata", null, "describes a client: the client's author names the default, the app names the model where it creates the client"),
        ("Microsoft.Extensions.AI.EmbeddingGeneratorMetadata", null, "describes a client, as above"),
        ("Microsoft.Extensions.AI.ImageGeneratorMetadata", null, "describes a client, as above"),
        ("Microsoft.Extensions.AI.SpeechToTextClientMetadata", null, "describes a client, as above"),
        ("Microsoft.Extensions.AI.TextToSpeechClientMetadata", null, "describes a client, as above"),
        ("Microsoft.SemanticKernel.KernelContent", null, "a response: the model that produced the content"),
        ("Microsoft.SemanticKernel.StreamingKernelContent", null, "a response: the model that produced the content"),
        ("Microsoft.SemanticKernel.ChatMessageContent", null, "a response: the model that produced the content"),
        ("Microsoft.SemanticKernel.StreamingChatMessageContent", null, "a response: the model that produced the content"),
        ("Microsoft.SemanticKernel.TextContent", null, "a response: the model that produced the content"),
        ("Microsoft.SemanticKernel.StreamingTextContent", null, "a response: the model that produced the content"),
        ("OllamaSharp.Models.Chat.ChatResponseStream", null, "a response, set by the library"),
        ("OllamaSharp.Models.GenerateResponseStream", null, "a response, set by the library"),
        ("OllamaSharp.Models.SystemOneResponse", null, "a response, set by the library"),
        ("OllamaSharp.Models.Model", null, "an entry of the server's model list"),
        ("OllamaSharp.Models.ShowModelResponse", null, "the server's description of a model"),
        ("OllamaSharp.Models.ShowModelRequest", null, "asks the server about a model; uses none"),
        ("OllamaSharp.Models.DeleteModelRequest", null, "removes a model from the server"),
        ("OllamaSharp.Models.PushModelRequest", null, "publishes a model the user made; uses none"),
        ("OllamaSharp.Models.CreateModelRequest", null, "the name of a model being created; the model it is made from is its From"),
        ("OllamaSharp.OllamaApiClientExtensions", "ShowModelAsync", "asks the server about a model; uses none"),
        ("OllamaSharp.OllamaApiClientExtensions", "DeleteModelAsync", "removes a model from the server"),
        ("OllamaSharp.OllamaApiClientExtensions", "RequestModelUnloadAsync", "unloads a model from memory"),
        ("OpenAI.Chat.ChatClient", "GetChatCompletions", "lists stored completions, filtered by model"),
        ("OpenAI.Chat.ChatClient", "GetChatCompletionsAsync", "lists stored completions, filtered by model"),
        ("OpenAI.Chat.ChatCompletionCollectionOptions", null, "a filter for listing stored completions"),
        ("OpenAI.Models.OpenAIModelClient", null, "reads or deletes a model's record; uses none"),
        ("OpenAI.Responses.ResponseResult", null, "a response, set by the service"),
        ("OpenAI.Decisions.DecisionResource", null, "a result, set by the service"),
        ("OpenAI.Chat.OpenAIChatModelFactory", null, "builds test doubles of responses"),
        ("OpenAI.Embeddings.OpenAIEmbeddingsModelFactory", null, "builds test doubles of responses"),
        ("OpenAI.Moderations.OpenAIModerationsModelFactory", null, "builds test doubles of responses"),
        ("OpenAI.Models.OpenAIModelsModelFactory", null, "builds test doubles of responses"),
        ("Azure.AI.Inference.AIInferenceModelFactory", null, "builds test doubles of responses"),
        ("LLama.Native.SafeLlamaModelHandle", "SaveToFile", "writes a model; the one used was loaded earlier"),
        ("LLama.Exceptions.LoadWeightsFailedException", null, "an error that names the path that failed"),
        ("Microsoft.ML.OnnxRuntime.OrtEnv", "GetCompatibilityInfoFromModel", "reads a model's metadata; runs nothing"),
        ("Microsoft.ML.OnnxRuntime.OrtModelCompilationOptions", null, "names a compiled context binary, not a model"),
        ("Anthropic.Models.Beta.Compliance.Review.Items.BetaComplianceReviewMessageDetails", null, "a compliance report, set by the service"),
        ("Anthropic.Models.Beta.DeploymentRuns.BetaManagedAgentsDeploymentRun", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.DeploymentRuns.DeploymentRunListParams", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.Deployments.DeploymentArchiveParams", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.Deployments.DeploymentPauseParams", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.Deployments.DeploymentRetrieveParams", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.Deployments.DeploymentRunParams", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.Deployments.DeploymentUnpauseParams", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.Deployments.DeploymentUpdateParams", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.Sessions.BetaManagedAgentsSession", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Models.Beta.Sessions.SessionListParams", null, "a managed-agent deployment's id, not a model"),
        ("Anthropic.Services.Beta.DeploymentService", null, "manages a managed-agent deployment by its id"),
        ("Anthropic.Services.Beta.DeploymentServiceWithRawResponse", null, "manages a managed-agent deployment by its id"),
        ("Anthropic.Services.Beta.IDeploymentService", null, "manages a managed-agent deployment by its id"),
        ("Anthropic.Services.Beta.IDeploymentServiceWithRawResponse", null, "manages a managed-agent deployment by its id"),
        ("Anthropic.Models.Models.ModelRetrieveParams", null, "reads a model's record; uses none"),
        ("Anthropic.Models.Beta.Models.ModelRetrieveParams", null, "reads a model's record; uses none"),
        ("Anthropic.Services.ModelService", null, "reads a model's record; uses none"),
        ("Anthropic.Services.ModelServiceWithRawResponse", null, "reads a model's record; uses none"),
        ("Anthropic.Services.IModelService", null, "reads a model's record; uses none"),
        ("Anthropic.Services.IModelServiceWithRawResponse", null, "reads a model's record; uses none"),
        ("Anthropic.Services.Beta.ModelService", null, "reads a model's record; uses none"),
        ("Anthropic.Services.Beta.ModelServiceWithRawResponse", null, "reads a model's record; uses none"),
        ("Anthropic.Services.Beta.IModelService", null, "reads a model's record; uses none"),
        ("Anthropic.Services.Beta.IModelServiceWithRawResponse", null, "reads a model's record; uses none"),
        ("Anthropic.Models.Beta.Organization.Analytics.BetaAnalyticsCostBucketedResult", null, "a cost report, set by the service"),
        ("Anthropic.Models.Beta.Organization.Analytics.BetaAnalyticsCostUsersItem", null, "a cost report, set by the service"),
        ("Anthropic.Models.Beta.Organization.Analytics.BetaAnalyticsUsageBucketedResult", null, "a usage report, set by the service"),
        ("Anthropic.Models.Beta.Organization.Analytics.BetaAnalyticsUsageUsersItem", null, "a usage report, set by the service"),
        ("Anthropic.Models.Beta.Organization.Analytics.Cost.BetaAnalyticsCostGroup", null, "groups a cost report by model"),
        ("Anthropic.Models.Beta.Organization.Analytics.Usage.BetaAnalyticsUsageGroup", null, "groups a usage report by model"),
        ("Anthropic.Models.Beta.Organization.ClaudeTag.BetaClaudeTagSettings", null, "an organisation's settings for a Claude feature, made with the admin API; not a model the app calls"),
        ("Anthropic.Models.Beta.Organization.ClaudeTag.BetaClaudeTagSettingsCreate", null, "an organisation's settings, as above"),
        ("Anthropic.Models.Beta.Organization.ClaudeTag.BetaClaudeTagSettingsUpdate", null, "an organisation's settings, as above"),
        ("Anthropic.Models.Beta.Organization.RateLimits.RateLimitListParams", null, "filters a listing of rate limits by model"),
        ("Anthropic.Models.Organization.RateLimits.RateLimitListParams", null, "filters a listing of rate limits by model"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.ChatCompletionCreateResponse", null, "a response: the model that answered, set by the service"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.CompletionCreateResponse", null, "a response, set by the service"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.EditCreateResponse", null, "a response, set by the service"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.EmbeddingCreateResponse", null, "a response, set by the service"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.CreateModerationResponse", null, "a response, set by the service"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.OpenAIInfo", null, "an entry of the service's model list"),
        ("Betalgo.Ranul.OpenAI.Contracts.Responses.Base.OpenAIInfo", null, "an entry of the service's model list"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.FineTuneResponseModels.FineTuneResponse", null, "a fine-tune job as the service reports it; its model is the request's"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels.FineTuningJobResponseModels.FineTuningJobResponse", null, "a fine-tuning job as the service reports it; its model is the request's"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.SharedModels.AssistantResponse", null, "an assistant as the service reports it; its model is the request's"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.SharedModels.RunResponse", null, "a run as the service reports it; its model is the request's"),
        ("Betalgo.Ranul.OpenAI.ObjectModels.SharedModels.IOpenAIModels+IModel", null, "the interface requests and responses share; each request's own Model is in the table"),
        ("Betalgo.Ranul.OpenAI.Extensions.ModelExtension", null, "the library's own choice between a request's model and the default; apps name both elsewhere"),
        ("Betalgo.Ranul.OpenAI.Interfaces.IModelService", null, "reads or deletes a model's record; uses none"),
        ("Betalgo.Ranul.OpenAI.Managers.OpenAIService", "RetrieveModel", "reads a model's record; uses none"),
        ("Betalgo.Ranul.OpenAI.Managers.OpenAIService", "DeleteModel", "deletes a fine-tuned model; uses none"),
    ];

    // Parameters and settable string properties called like a model: model, modelId, defaultModel(Id), modelPath,
    // modelName, modelFile, deploymentName, aliasOrModelId, selectedModel.
    private static readonly Regex ModelName = new(
        "^(default)?(model|deployment)(id|name|path|file|filepath)?$|^aliasormodelid$|^selectedmodel$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Lazy<CSharpCompilation> Compilation = new(() => CompilationOf(AiLibraries.References));

    private static readonly Dictionary<string, Lazy<CSharpCompilation>> OlderCompilations = AiLibraries.OlderReleases
        .ToDictionary(older => older.Release, older => new Lazy<CSharpCompilation>(() => CompilationOf(AiLibraries.WithOlderRelease(older.Release))), StringComparer.Ordinal);

    private static CSharpCompilation CompilationOf(IEnumerable<MetadataReference> libraries)
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = Directory.GetFiles(framework, "System*.dll").Concat([typeof(object).Assembly.Location, Path.Combine(framework, "netstandard.dll")])
            .Distinct(StringComparer.Ordinal)
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file));
        return CSharpCompilation.Create("Bind", references: references.Concat(libraries));
    }

    [Fact]
    public void Every_row_binds_to_a_type_member_and_parameter_of_the_real_libraries()
    {
        var table = CallShapeTable.Default;
        var problems = new List<string>();
        foreach (var shape in table.Shapes)
        {
            var bound = Bind(Compilation.Value, shape, out var problem, out var assembly);
            var older = RowsOfAnOlderRelease.FirstOrDefault(entry => entry.TypeName == shape.TypeName && (entry.Member is null || entry.Member == shape.Member)).Release;
            if (older is not null)
            {
                if (bound)
                {
                    problems.Add($"line {shape.Line}: {shape.TypeName}.{shape.Member} binds in the current release; take it off the older-release list");
                }
                else if (!Bind(OlderCompilations[older].Value, shape, out var olderProblem, out _))
                {
                    problems.Add($"line {shape.Line}: in {older}, {olderProblem}");
                }

                continue;
            }

            var exempt = Exempt(RowsNotBoundHere, shape.TypeName, shape.Member);
            if (exempt is not null)
            {
                if (bound)
                {
                    problems.Add($"line {shape.Line}: {shape.TypeName}.{shape.Member} binds now; take it off the not-bound list ({exempt})");
                }

                continue;
            }

            if (!bound)
            {
                problems.Add($"line {shape.Line}: {problem}");
            }
            else if (!table.NamespacePrefixes.Any(prefix => assembly!.StartsWith(prefix, StringComparison.Ordinal)))
            {
                problems.Add($"line {shape.Line}: {shape.TypeName} lives in {assembly}, which no library prefix matches, so the analyzer would skip it");
            }
        }

        foreach (var client in table.DeploymentClients)
        {
            if (Compilation.Value.GetTypeByMetadataName(client.TypeName) is null && Exempt(RowsNotBoundHere, client.TypeName, string.Empty) is null)
            {
                problems.Add($"line {client.Line}: deployment client {client.TypeName} does not exist");
            }
        }

        foreach (var member in table.EnumModels)
        {
            if (Compilation.Value.GetTypeByMetadataName(member.TypeName) is not { TypeKind: TypeKind.Enum } type || type.GetMembers(member.Member).Length == 0)
            {
                problems.Add($"line {member.Line}: enum member {member.TypeName}.{member.Member} does not exist");
            }
        }

        foreach (var constant in table.Constants)
        {
            if (Compilation.Value.GetTypeByMetadataName(constant.TypeName) is not { } type
                || !type.GetMembers(constant.Member).Any(member => member is IPropertySymbol { IsStatic: true, GetMethod: not null } or IFieldSymbol { IsStatic: true }))
            {
                problems.Add($"line {constant.Line}: {constant.TypeName} has no static property or field {constant.Member}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A constant row's text is what the library's member holds, read back from the real assembly: a static property's or
    /// field's value as a string, or for an enum member, what the public static method of the enum's declaring type that
    /// turns the enum into a string gives (Betalgo's <c>Models.EnumToString</c>).
    /// </summary>
    [Fact]
    public void Every_constant_row_holds_what_the_librarys_member_returns()
    {
        var problems = new List<string>();
        Assert.NotEmpty(CallShapeTable.Default.Constants);
        foreach (var constant in CallShapeTable.Default.Constants)
        {
            var type = Compilation.Value.GetTypeByMetadataName(constant.TypeName) is { } symbol ? LoadAssembly(symbol.ContainingAssembly).GetType(constant.TypeName) : null;
            var actual = type is null ? null : ValueOf(type, constant.Member);
            if (!string.Equals(actual, constant.Text, StringComparison.Ordinal))
            {
                problems.Add($"line {constant.Line}: {constant.TypeName}.{constant.Member} holds '{actual}', not '{constant.Text}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string? ValueOf(Type type, string member)
    {
        const System.Reflection.BindingFlags Static = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static;
        if (type.IsEnum)
        {
            var text = type.DeclaringType?.GetMethods(Static).SingleOrDefault(method => method.ReturnType == typeof(string) && method.GetParameters() is [{ } only] && only.ParameterType == type);
            return text?.Invoke(null, [Enum.Parse(type, member)]) as string;
        }

        var value = type.GetProperty(member, Static)?.GetValue(null) ?? type.GetField(member, Static)?.GetValue(null);

        // An object made from the name that converts back to it (OpenAI_API's Model), rather than printing it.
        var toName = value?.GetType().GetMethods(Static).FirstOrDefault(method => method.Name == "op_Implicit" && method.ReturnType == typeof(string));
        return toName is not null
            ? toName.Invoke(null, [value]) as string
            : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The library's assembly, by name when the test's dependencies hold it, else from the file the compilation references
    /// (an assembly copied beside the tests rather than restored: OpenAI_API).
    /// </summary>
    private static System.Reflection.Assembly LoadAssembly(IAssemblySymbol assembly)
    {
        try
        {
            return System.Reflection.Assembly.Load(assembly.Name);
        }
        catch (FileNotFoundException)
        {
            var file = Compilation.Value.References.OfType<PortableExecutableReference>()
                .Single(reference => Compilation.Value.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol referenced && referenced.Name == assembly.Name);
            return System.Reflection.Assembly.LoadFrom(file.FilePath!);
        }
    }

    [Fact]
    public void Every_public_member_of_the_libraries_that_takes_a_model_is_in_the_table_or_said_not_to_name_one()
    {
        var table = CallShapeTable.Default;
        var covered = new HashSet<string>(table.Shapes.Select(shape => Key(shape.TypeName, shape.Member, shape.Parameter)), StringComparer.Ordinal);
        var missing = new List<string>();
        var ignoredSeen = new HashSet<(string, string?)>();
        foreach (var (typeName, member, parameter) in MembersThatTakeAModel())
        {
            if (covered.Contains(Key(typeName, member, parameter)))
            {
                continue;
            }

            var ignored = NotModelsTheAppUses.FirstOrDefault(entry => entry.TypeName == typeName && (entry.Member is null || entry.Member == member));
            if (ignored.TypeName is not null)
            {
                ignoredSeen.Add((ignored.TypeName, ignored.Member));
                continue;
            }

            missing.Add($"{typeName,-70} {member,-34} {parameter}");
        }

        var stale = NotModelsTheAppUses.Where(entry => !ignoredSeen.Contains((entry.TypeName, entry.Member))).Select(entry => $"{entry.TypeName} {entry.Member}").ToList();
        Assert.True(missing.Count == 0, "Members that take a model but are neither in call-shapes.txt nor on the not-a-model list:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Entries of the not-a-model list that match nothing in the libraries:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void The_walk_over_the_libraries_finds_the_members_it_must()
    {
        // Guards the test above against finding nothing (a wrong folder, a changed regex).
        var found = MembersThatTakeAModel().Select(member => Key(member.TypeName, member.Member, member.Parameter)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(Key("OpenAI.OpenAIClient", "GetChatClient", "model"), found);
        Assert.Contains(Key("OllamaSharp.OllamaApiClient", CallShape.Constructor, "defaultModel"), found);
        Assert.Contains(Key("Microsoft.SemanticKernel.PromptExecutionSettings", "ModelId", CallShape.AssignedValue), found);
        Assert.Contains(Key("LLama.Common.ModelParams", CallShape.Constructor, "modelPath"), found);
        Assert.Contains(Key("OpenAI.OpenAIClient", "GetRealtimeConversationClient", "model"), found);
        Assert.True(found.Count > 150, $"only {found.Count} members found");
    }

    /// <summary>The members of the current libraries, and of each older release's assemblies, that take a model.</summary>
    private static IEnumerable<(string TypeName, string Member, string Parameter)> MembersThatTakeAModel()
        => MembersThatTakeAModel(Compilation.Value, AiLibraries.LibraryAssemblyNames)
            .Concat(AiLibraries.OlderReleases.SelectMany(older => MembersThatTakeAModel(OlderCompilations[older.Release].Value, [older.Replaces])))
            .Distinct();

    private static IEnumerable<(string TypeName, string Member, string Parameter)> MembersThatTakeAModel(CSharpCompilation compilation, IEnumerable<string> assemblies)
    {
        var names = assemblies.ToHashSet(StringComparer.Ordinal);
        foreach (var assembly in compilation.References.Select(compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>().Where(assembly => names.Contains(assembly.Name)))
        {
            foreach (var type in PublicTypes(assembly.GlobalNamespace))
            {
                var typeName = MetadataName(type);
                foreach (var member in type.GetMembers())
                {
                    if (member.DeclaredAccessibility != Accessibility.Public)
                    {
                        continue;
                    }

                    if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method)
                    {
                        foreach (var parameter in method.Parameters)
                        {
                            if (parameter.Type.SpecialType == SpecialType.System_String && ModelName.IsMatch(parameter.Name))
                            {
                                yield return (typeName, method.MethodKind == MethodKind.Constructor ? CallShape.Constructor : method.Name, parameter.Name);
                            }
                        }
                    }
                    else if (member is IPropertySymbol { SetMethod.DeclaredAccessibility: Accessibility.Public, Type.SpecialType: SpecialType.System_String } property && ModelName.IsMatch(property.Name))
                    {
                        yield return (typeName, property.Name, CallShape.AssignedValue);
                    }
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in PublicTypes(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } type)
            {
                yield return type;
                foreach (var nested in PublicTypes(type))
                {
                    yield return nested;
                }
            }
        }
    }

    // The table's spelling of a type: namespace-qualified metadata name, nested types joined with '+', no arity.
    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.Name;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.Name + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    private static bool Bind(CSharpCompilation compilation, CallShape shape, out string problem, out string? assembly)
    {
        assembly = null;
        if (compilation.GetTypeByMetadataName(shape.TypeName) is not { } type)
        {
            problem = $"{shape.TypeName} does not exist";
            return false;
        }

        assembly = type.ContainingAssembly.Name;
        var members = shape.Member == CallShape.Constructor ? type.InstanceConstructors.Cast<ISymbol>() : type.GetMembers(shape.Member);
        var bound = shape.IsProperty
            ? members.Any(member => member is IPropertySymbol { SetMethod: not null } or IFieldSymbol { IsReadOnly: false })
            : members.OfType<IMethodSymbol>().Any(method => method.Parameters.Any(parameter => parameter.Name == shape.Parameter));
        problem = bound ? string.Empty : $"{shape.TypeName} has no {(shape.IsProperty ? "settable property" : "member with a parameter")} {shape.Member}{(shape.IsProperty ? string.Empty : "(" + shape.Parameter + ")")}";
        return bound;
    }

    private static string? Exempt((string TypeName, string? Member, string Reason)[] list, string typeName, string member)
        => list.FirstOrDefault(entry => entry.TypeName == typeName && (entry.Member is null || entry.Member == member)).Reason;

    private static string Key(string typeName, string member, string parameter) => typeName + " " + member + " " + parameter;
}
