using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Analyzers.Tests.Runtime;

/// <summary>Call sites of the AI libraries, compiled against the real packages (stubs only where a package is not served, <see cref="LibraryStubs"/>).</summary>
public sealed class RuntimeModelAnalyzerTests
{
    private const string Llama31 = "Llama 3.1 8B Instruct";
    private const string Llama31Verdict = "restricted weights under the 'llama3.1' licence";

    // Carries the attribution the Llama licences require, so tests about other things see no MLG0010.
    private const string BuiltWithLlama = "[assembly: System.Reflection.AssemblyMetadata(\"ModelAttribution\", \"Built with Llama\")]";

    [Fact]
    public async Task OllamaSharp_constructor_names_the_model_in_its_second_argument()
        => await new RuntimeModelTest("""
            using System;
            using OllamaSharp;
            class C { object M() => new OllamaApiClient(new Uri("http://localhost:11434"), {|#0:"llama3.1"|}); }
            """, BuiltWithLlama).Expect(Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict)).RunAsync();

    /// <summary>
    /// Calls are found from their syntax, by the name they are written with, before anything is bound: the forms whose
    /// written name is not the library's (an alias, "new(…)", a base-constructor call) and a conditional call still are.
    /// </summary>
    [Fact]
    public async Task Aliases_target_typed_new_base_constructor_calls_and_conditional_calls_are_found()
        => await new RuntimeModelTest("""
            using System;
            using OpenAI;
            using Ollama = OllamaSharp.OllamaApiClient;
            class Local(Uri uri) : OllamaSharp.OllamaApiClient(uri, {|#0:"llama3.1"|});
            class Remote : OllamaSharp.OllamaApiClient
            {
                public Remote(Uri uri) : base(uri, {|#1:"llama3.1"|}) { }
            }

            class C
            {
                object A() => new Ollama(new Uri("http://localhost:11434"), {|#2:"llama3.1"|});
                OllamaSharp.OllamaApiClient B() => new(new Uri("http://localhost:11434"), {|#3:"llama3.1"|});
                object? D(OpenAIClient? client) => client?.GetChatClient({|#4:"gpt-4o"|});
            }
            """, BuiltWithLlama).Expect(
                Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                Found(1, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                Found(2, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                Found(3, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                Found(4, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task Named_arguments_in_any_order_are_matched_by_parameter_name()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            class C { object M() => new OllamaApiClient(defaultModel: {|#0:"llama3.1"|}, uriString: "http://localhost:11434"); }
            """, BuiltWithLlama).Expect(Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict)).RunAsync();

    [Fact]
    public async Task A_string_that_is_not_the_model_parameter_is_not_a_model()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            class C { object M() => new OllamaApiClient("llama3.1"); }
            """).RunAsync();

    [Fact]
    public async Task Properties_set_directly_and_in_object_initializers_are_found()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            using OllamaSharp.Models.Chat;
            class C
            {
                void M(OllamaApiClient client)
                {
                    client.SelectedModel = {|#0:"llama3.1"|};
                    var request = new ChatRequest { Model = {|#1:"phi3"|} };
                    var options = new Microsoft.Extensions.AI.ChatOptions { ModelId = {|#2:"gpt-4o-mini"|} };
                }
            }
            """, BuiltWithLlama).Expect(
                Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                Found(1, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence"),
                Found(2, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task Constants_and_static_readonly_fields_in_another_file_are_folded()
        => await new RuntimeModelTest(
            BuiltWithLlama,
            """
            using OllamaSharp;
            class C
            {
                object A() => new OllamaApiClient("http://localhost:11434", {|#0:Models.Chat|});
                object B() => new OllamaApiClient("http://localhost:11434", {|#1:Models.Fallback|});
            }
            """,
            """
            static class Models
            {
                public const string Chat = "llama" + Version;
                public const string Version = "3.1";
                public static readonly string Fallback = "llama3.1";
            }
            """).Expect(
                Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                Found(1, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict)).RunAsync();

    [Fact]
    public async Task A_local_assigned_once_and_an_interpolation_fold_and_a_reassigned_local_holds_its_last_value()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            class C
            {
                static readonly string Family = "llama";
                void M(string other)
                {
                    var tag = $"{Family}3.1";
                    var a = new OllamaApiClient("http://localhost:11434", {|#0:tag|});
                    var changing = "llama3.1";
                    changing = other;
                    var b = new OllamaApiClient("http://localhost:11434", {|#1:changing|});
                    var c = new OllamaApiClient("http://localhost:11434", {|#2:other|});
                }
            }
            """, BuiltWithLlama).Expect(
                Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                Unresolved(1, "it is parameter 'other' of 'M', whose callers name the model (listed at their calls)"),
                Unresolved(2, "it is parameter 'other' of 'M', whose callers name the model (listed at their calls)")).RunAsync();

    [Fact]
    public async Task Configuration_with_a_fallback_written_with_a_coalesce_or_a_conditional_records_key_and_fallback_and_without_is_unresolved()
        => await new RuntimeModelTest(
            BuiltWithLlama,
            """
            using Microsoft.Extensions.Configuration;
            using OllamaSharp;
            class C
            {
                void M(IConfiguration config)
                {
                    var a = new OllamaApiClient("http://localhost:11434", {|#0:config["Ollama:Model"] ?? "llama3.1"|});
                    var b = new OllamaApiClient("http://localhost:11434", {|#1:config["Ollama:Model"]|}!);
                    var model = config["Ollama:Model"];
                    var c = new OllamaApiClient("http://localhost:11434", {|#2:string.IsNullOrWhiteSpace(model) ? "llama3.1" : model|});
                    var d = new OllamaApiClient("http://localhost:11434", {|#3:model is not null ? model : "llama3.1"|});
                    var e = new OllamaApiClient("http://localhost:11434", {|#4:model == null ? "llama3.1" : "phi3"|});
                }
            }
            """).Expect(
                Found(0, Llama31, "Ollama tag 'llama3.1', the fallback of configuration key 'Ollama:Model'", Llama31Verdict),
                Unresolved(1, "it is read from configuration key 'Ollama:Model' (the build reads appsettings*.json for it)"),
                Found(2, Llama31, "Ollama tag 'llama3.1', the fallback of configuration key 'Ollama:Model'", Llama31Verdict),
                Found(3, Llama31, "Ollama tag 'llama3.1', the fallback of configuration key 'Ollama:Model'", Llama31Verdict),
                Unresolved(4, "it is not a constant, a static readonly field or a local assigned once")).RunAsync();

    /// <summary>
    /// A fallback the configuration never lets the code reach: the project's settings set the key (the build lists the
    /// keys it read in the manifest), so the model they name is the one the app uses, and the build reports it.
    /// </summary>
    [Fact]
    public async Task A_fallback_of_a_key_the_settings_set_is_not_the_model_used()
    {
        var manifest = new ModelManifest();
        manifest.ConfigurationKeys.Add("AI:ChatModel");
        await new RuntimeModelTest(
            """
            using Microsoft.Extensions.Configuration;
            using OpenAI;
            class C
            {
                object Set(OpenAIClient client, IConfiguration config) => client.GetChatClient({|#0:config["ai:chatmodel"] ?? "gpt-3.5-turbo"|});
                object Unset(OpenAIClient client, IConfiguration config) => client.GetChatClient({|#1:config["AI:EmbeddingModel"] ?? "gpt-4o"|});
            }
            """).WithManifest(manifest).Expect(
                Unresolved(0, "it is read from configuration key 'ai:chatmodel', which the project's settings set, so its fallback 'gpt-3.5-turbo' is not used; the build reads the model the settings name"),
                Found(1, "GPT-4o", "API model name 'gpt-4o', the fallback of configuration key 'AI:EmbeddingModel'", ClosedVerdict)).RunAsync();
    }

    [Fact]
    public async Task OpenAI_clients_name_API_models()
        => await new RuntimeModelTest("""
            using OpenAI;
            using OpenAI.Chat;
            class C
            {
                void M(OpenAIClient client)
                {
                    var a = client.GetChatClient({|#0:"gpt-4o-mini"|});
                    var b = new ChatClient(apiKey: "key", model: {|#1:"gpt-4o"|});
                }
            }
            """).Expect(
                Found(0, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API")).RunAsync();

    /// <summary>Docker Model Runner and LM Studio serve an OpenAI-compatible API; the model is named in their own way.</summary>
    [Fact]
    public async Task Docker_Model_Runner_and_LM_Studio_names_through_the_OpenAI_client()
        => await new RuntimeModelTest("""
            using System;
            using System.ClientModel;
            using OpenAI;
            class C
            {
                void M()
                {
                    var docker = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:12434/engines/v1") });
                    var small = docker.GetChatClient({|#0:"ai/qwen2.5:0.5B-F16"|});
                    var lmStudio = new OpenAIClient(new ApiKeyCredential("lm-studio"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:1234/v1") });
                    var chat = lmStudio.GetChatClient({|#1:"lmstudio-community/Qwen2.5-7B-Instruct-GGUF"|});
                }
            }
            """).Expect(
                Found(0, "Qwen2.5 0.5B Instruct", "API model name 'ai/qwen2.5:0.5B-F16'", "open weights under the 'apache-2.0' licence"),
                Found(1, "Qwen2.5 7B Instruct", "API model name 'lmstudio-community/Qwen2.5-7B-Instruct-GGUF'", "open weights under the 'apache-2.0' licence")).RunAsync();

    [Fact]
    public async Task Microsoft_Extensions_AI_adapters_and_Azure_AI_Inference_options()
        => await new RuntimeModelTest(
            """
            using System;
            using Microsoft.Extensions.AI;
            using OpenAI;
            using OpenAI.Responses;
            class C
            {
                #pragma warning disable OPENAI001, MEAI001 // the Responses API and speech options are marked experimental
                void M(OpenAIClient openAI, ResponsesClient responses)
                {
                    IChatClient current = openAI.GetChatClient({|#0:"gpt-4o"|}).AsIChatClient();
                    IChatClient viaResponses = responses.AsIChatClient(defaultModelId: {|#1:"gpt-4o-mini"|});
                    var ollama = new OllamaChatClient(new Uri("http://localhost:11434"), modelId: {|#2:"phi3"|});
                    var options = new Azure.AI.Inference.ChatCompletionsOptions { Model = {|#3:"gpt-4o"|} };
                    var speech = new SpeechToTextOptions { ModelId = {|#4:"whisper-1"|} };
                }
            }
            """,
            LibraryStubs.ExtensionsAIOllama).Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API"),
                Found(2, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence"),
                Found(3, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                Found(4, "Whisper (API)", "API model name 'whisper-1'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task Microsoft_Extensions_AI_OpenAI_before_9_3_took_the_model_in_AsChatClient()
        => await new RuntimeModelTest(
            """
            using Microsoft.Extensions.AI;
            using OpenAI;
            class C { IChatClient M(OpenAIClient openAI) => openAI.AsChatClient({|#0:"gpt-4o-mini"|}); }
            """,
            LibraryStubs.ExtensionsAIOpenAIBefore93).Without("Microsoft.Extensions.AI.OpenAI").Expect(
                Found(0, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task Azure_OpenAI_2_8_betas_took_the_Responses_deployment_in_GetResponsesClient()
        => await new RuntimeModelTest(
            """
            using System;
            using Azure.AI.OpenAI;
            using OpenAI.Responses;
            class C
            {
                #pragma warning disable OPENAI001 // the Responses API is marked experimental
                ResponsesClient M(Uri endpoint, Azure.Core.TokenCredential credential)
                    => new AzureOpenAIClient(endpoint, credential).GetResponsesClient({|#0:"gpt-5-mini"|});
            }
            """,
            LibraryStubs.AzureOpenAIResponsesBefore29).Without("Azure.AI.OpenAI").Expect(
                Found(0, "GPT-5 mini", "deployment name 'gpt-5-mini', assumed to be the model of that name", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task OpenAI_before_the_ResponsesClient_rename_took_the_Responses_model_in_the_client()
        => await new RuntimeModelTest(
            """
            using System.ClientModel;
            using OpenAI.Responses;
            class C { OpenAIResponseClient M(string key) => new OpenAIResponseClient({|#0:"gpt-5-mini"|}, new ApiKeyCredential(key)); }
            """,
            LibraryStubs.OpenAIResponseClientBeforeRename).Expect(
                Found(0, "GPT-5 mini", "API model name 'gpt-5-mini'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task Anthropic_models_are_found_as_strings_enum_members_and_in_the_chat_client_adapter()
        => await new RuntimeModelTest(
            """
            using Anthropic;
            using Anthropic.Models.Messages;
            using Microsoft.Extensions.AI;
            class C
            {
                IChatClient Chat(AnthropicClient client) => client.AsIChatClient({|#0:"claude-haiku-4-5-20251001"|});

                MessageCreateParams Opus() => new() { Model = {|#1:Model.ClaudeOpus4_8|}, MaxTokens = 1024, Messages = [] };

                MessageCreateParams Sonnet() => new() { Model = {|#2:"claude-sonnet-4-5"|}, MaxTokens = 1024, Messages = [] };
            }
            """).Expect(
                Found(0, "Claude Haiku 4.5", "API model name 'claude-haiku-4-5-20251001'", "a closed model, available only through its vendor's API"),
                Found(1, "Claude Opus 4.8", "API model name 'anthropic/claude-opus-4-8'", "a closed model, available only through its vendor's API"),
                Found(2, "Claude Sonnet 4.5", "API model name 'claude-sonnet-4-5'", "a closed model, available only through its vendor's API")).RunAsync();

    /// <summary>
    /// OpenAI_API (OkGoDoIt's library, the package OpenAI 1.11.0): a request's model as one of <c>Model</c>'s static
    /// properties (objects made from the name, whose values the table lists), a conversation's model, a name converted to
    /// a <c>Model</c> where an endpoint takes one, a <c>Model</c> made on the spot, and a default the app sets. A response's
    /// <c>Model</c> and a default the app only reads name nothing.
    /// </summary>
    [Fact]
    public async Task OpenAI_API_requests_conversations_endpoints_and_defaults()
        => await new RuntimeModelTest(
            """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using OpenAI_API;
            using OpenAI_API.Chat;
            using OpenAI_API.Embedding;
            using OpenAI_API.Images;
            using OpenAI_API.Models;
            class C
            {
                ChatRequest Request() => new() { Model = {|#0:Model.ChatGPTTurbo|}, Messages = new List<ChatMessage>() };

                void Converse(OpenAIAPI api)
                {
                    var chat = api.Chat.CreateConversation();
                    chat.Model = {|#1:Model.GPT4|};
                    chat.AppendUserInput("Hello");
                }

                Task<ChatResult> Endpoint(OpenAIAPI api, IList<ChatMessage> messages)
                    => api.Chat.CreateChatCompletionAsync(messages, model: {|#2:"gpt-4-turbo-preview"|});

                EmbeddingRequest Embedding() => new({|#3:Model.AdaTextEmbedding|}, "text");

                ImageGenerationRequest Image() => new() { Prompt = "a cat", Model = {|#4:Model.DALLE3|} };

                Model Made() => new({|#5:"gpt-4"|});

                void Defaults()
                {
                    Model.DefaultChatModel = {|#6:Model.ChatGPTTurbo_1106|};
                    var read = Model.DefaultEmbeddingModel;
                }

                async Task<string> Answered(OpenAIAPI api, ChatRequest request) => (await api.Chat.CreateChatCompletionAsync(request)).Model;
            }
            """).Expect(
                Found(0, "GPT-3.5 Turbo", "API model name 'gpt-3.5-turbo'", ClosedVerdict),
                Found(1, "GPT-4", "API model name 'gpt-4'", ClosedVerdict),
                Found(2, "GPT-4 Turbo", "API model name 'gpt-4-turbo-preview'", ClosedVerdict),
                Found(3, "text-embedding-ada-002", "API model name 'text-embedding-ada-002'", ClosedVerdict),
                Found(4, "DALL-E 3", "API model name 'dall-e-3'", ClosedVerdict),
                Found(5, "GPT-4", "API model name 'gpt-4'", ClosedVerdict),
                Found(6, "GPT-3.5 Turbo", "API model name 'gpt-3.5-turbo-1106'", ClosedVerdict)).RunAsync();

    /// <summary>
    /// Betalgo.Ranul.OpenAI, the community OpenAI SDK: a request's model as a literal, as one of its <c>Models</c> names
    /// and its <c>ImageModel</c> values (static properties, whose values the table lists), as a <c>Models.Model</c> enum
    /// member in the older <c>Create</c> overload, and the service's default model. A response's <c>Model</c>, which the
    /// service fills in, names nothing, whether it is read or set in a test double.
    /// </summary>
    [Fact]
    public async Task Betalgo_OpenAI_requests_library_model_names_image_models_and_the_default_model()
        => await new RuntimeModelTest(
            """
            using System.Threading.Tasks;
            using Betalgo.Ranul.OpenAI;
            using Betalgo.Ranul.OpenAI.Contracts.Enums.Model;
            using Betalgo.Ranul.OpenAI.Contracts.Requests.Image;
            using Betalgo.Ranul.OpenAI.Interfaces;
            using Betalgo.Ranul.OpenAI.ObjectModels;
            using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;
            using Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels;
            class C
            {
                OpenAIOptions Options(string key) => new() { ApiKey = key, DefaultModelId = {|#0:"gpt-4o-mini"|} };

                ChatCompletionCreateRequest Literal() => new() { Messages = [], Model = {|#1:"gpt-4o"|} };

                ChatCompletionCreateRequest Named() => new() { Messages = [], Model = {|#2:Models.Gpt_4o|} };

                CreateImageRequest Image() => new() { Prompt = "Laser cat eyes", Model = {|#3:ImageModel.GptImage1|} };

                EmbeddingCreateRequest Embedding() => new() { Input = "text", Model = {|#4:Models.TextEmbeddingV3Small|} };

                Task<ChatCompletionCreateResponse> Older(IOpenAIService sdk)
                    => sdk.ChatCompletion.Create(new ChatCompletionCreateRequest { Messages = [] }, {|#5:Models.Model.Gpt_4o_mini|});

                async Task<string?> Answered(IOpenAIService sdk, ChatCompletionCreateRequest request)
                {
                    var response = await sdk.ChatCompletion.CreateCompletion(request);
                    return response.Model;
                }

                ChatCompletionCreateResponse Double() => new() { Model = "gpt-4" };
            }
            """).Expect(
                Found(0, "GPT-4o mini", "API model name 'gpt-4o-mini'", ClosedVerdict),
                Found(1, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict),
                Found(2, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict),
                Found(3, "GPT Image 1", "API model name 'gpt-image-1'", ClosedVerdict),
                Found(4, "text-embedding-3-small", "API model name 'text-embedding-3-small'", ClosedVerdict),
                Found(5, "GPT-4o mini", "API model name 'gpt-4o-mini'", ClosedVerdict)).RunAsync();

    /// <summary>
    /// The library's own source compiled with the app (its playground, in its repository): <c>ImageModel.GptImage1</c> is
    /// built in another file (<c>new("gpt-image-1")</c>), and the table's text for it stands; the library's list of image
    /// models itself names none.
    /// </summary>
    [Fact]
    public async Task Betalgo_OpenAI_model_names_are_read_from_the_table_when_the_librarys_source_is_compiled_with_the_app()
        => await new RuntimeModelTest(
            """
            using Betalgo.Ranul.OpenAI.Contracts.Enums.Model;
            using Betalgo.Ranul.OpenAI.Contracts.Requests.Image;
            class C
            {
                CreateImageRequest Image() => new() { Prompt = "Laser cat eyes", Model = {|#0:ImageModel.GptImage1|} };
            }
            """).Without("Betalgo.Ranul.OpenAI", "Betalgo.Ranul.OpenAI.Contracts").WithSource(
            "Betalgo.Ranul.OpenAI.Contracts/Enums/Model/ImageModel.cs",
            """
            namespace Betalgo.Ranul.OpenAI.Contracts.Enums.Model;

            public readonly struct ImageModel(string value)
            {
                public static ImageModel DallE3 { get; } = new("dall-e-3");
                public static ImageModel GptImage1 { get; } = new("gpt-image-1");
                public string Value { get; } = value;
                public static implicit operator ImageModel(string value) => new(value);
            }
            """).WithSource(
            "Betalgo.Ranul.OpenAI.Contracts/Requests/Image/CreateImageRequest.cs",
            """
            namespace Betalgo.Ranul.OpenAI.Contracts.Requests.Image;

            public class CreateImageRequest
            {
                public string? Prompt { get; set; }
                public Betalgo.Ranul.OpenAI.Contracts.Enums.Model.ImageModel? Model { get; set; }
            }
            """).Expect(
                Found(0, "GPT Image 1", "API model name 'gpt-image-1'", ClosedVerdict)).RunAsync();

    [Fact]
    public async Task Semantic_Kernel_before_1_0_named_models_in_its_configuration_and_kernel_builder()
        => await new RuntimeModelTest(
            """
            using Microsoft.SemanticKernel;
            class C
            {
                IKernel Configured(string key) => new KernelBuilder()
                    .Configure(config => config.AddOpenAIChatCompletionService(modelId: {|#0:"gpt-3.5-turbo"|}, apiKey: key))
                    .Configure(c => c.AddOpenAITextEmbeddingGenerationService({|#1:"text-embedding-ada-002"|}, key))
                    .Build();

                IKernel Built(string key, string endpoint) => Kernel.Builder
                    .WithOpenAIChatCompletionService({|#2:"gpt-4"|}, key)
                    .WithAzureChatCompletionService({|#3:"gpt-4o"|}, endpoint, key)
                    .WithAzureTextEmbeddingGenerationService({|#4:"embeddings"|}, endpoint, key)
                    .Build();
            }
            """,
            LibraryStubs.SemanticKernelBefore1).Without("Microsoft.SemanticKernel.Abstractions", "Microsoft.SemanticKernel.Core", "Microsoft.SemanticKernel.Connectors.OpenAI", "Microsoft.SemanticKernel.Connectors.AzureOpenAI").Expect(
                Found(0, "GPT-3.5 Turbo", "API model name 'gpt-3.5-turbo'", "a closed model, available only through its vendor's API"),
                Found(1, "text-embedding-ada-002", "API model name 'text-embedding-ada-002'", "a closed model, available only through its vendor's API"),
                Found(2, "GPT-4", "API model name 'gpt-4'", "a closed model, available only through its vendor's API"),
                Found(3, "GPT-4o", "deployment name 'gpt-4o', assumed to be the model of that name", "a closed model, available only through its vendor's API"),
                Unresolved(4, "'embeddings' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item")).RunAsync();

    [Fact]
    public async Task Copilot_SDK_sessions_and_LlmTornado_models_name_their_models_once_where_they_are_made()
        => await new RuntimeModelTest(
            """
            using System;
            using GitHub.Copilot;
            using LlmTornado;
            using LlmTornado.Chat.Models;
            class C
            {
                async System.Threading.Tasks.Task M(CopilotClient client, TornadoApi api)
                {
                    var model = Environment.GetEnvironmentVariable("COPILOT_MODEL") ?? "gpt-4.1";
                    var session = await client.CreateSessionAsync(new SessionConfig { Model = {|#0:model|} });
                    await session.SetModelAsync({|#1:"claude-sonnet-4.5"|});
                    var chat = api.Chat.CreateConversation(new ChatModel({|#2:"deepseek-r1:8b"|}));
                    var other = api.Chat.CreateConversation({|#3:"phi3"|});
                    var early = await new GitHub.Copilot.SDK.CopilotClient().CreateSessionAsync(new GitHub.Copilot.SDK.SessionConfig { Model = {|#4:"gpt-5"|}, Streaming = true });
                }
            }
            """,
            LibraryStubs.CopilotSdk,
            LibraryStubs.LlmTornado).Expect(
                Found(0, "GPT-4.1", "API model name 'gpt-4.1'", "a closed model, available only through its vendor's API"),
                Found(1, "Claude Sonnet 4.5", "API model name 'claude-sonnet-4.5'", "a closed model, available only through its vendor's API"),
                Found(2, "DeepSeek R1 0528 Qwen3 8B", "API model name 'deepseek-r1:8b'", "open weights under the 'mit' licence"),
                Found(3, "Phi-3 Mini 4K Instruct", "API model name 'phi3'", "open weights under the 'mit' licence"),
                Found(4, "GPT-5", "API model name 'gpt-5'", "a closed model, available only through its vendor's API")).RunAsync();

    /// <summary>
    /// A library's own list of the models it knows (static members of one type, each a model object) names no model the
    /// app uses; a single static model object of the app's own is a use.
    /// </summary>
    [Fact]
    public async Task A_catalogue_of_model_objects_is_not_a_use_of_each_but_one_static_model_is()
        => await new RuntimeModelTest(
            """
            using LlmTornado.Chat.Models;
            public class ChatModelOpenAiGpt41
            {
                public static readonly ChatModel ModelV41 = new ChatModel("gpt-4.1");
                public static readonly ChatModel ModelV41Mini = new ChatModel("gpt-4.1-mini");
                public static ChatModel ModelV41Nano { get; } = new ChatModel("gpt-4.1-nano");
            }

            public class App
            {
                private static readonly ChatModel Model = new ChatModel({|#0:"gpt-4o"|});
            }
            """,
            LibraryStubs.LlmTornado).Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task An_Azure_deployment_named_like_a_model_is_assumed_to_be_it_and_any_other_says_nothing()
        => await new RuntimeModelTest(
            """
            using System;
            using System.ClientModel;
            using Azure.AI.OpenAI;
            class C
            {
                void M(string deployment)
                {
                    var client = new AzureOpenAIClient(new Uri("https://example.openai.azure.com"), new ApiKeyCredential("key"));
                    var a = client.GetChatClient({|#0:"gpt-4o"|});
                    var b = client.GetChatClient({|#1:deployment|});
                    var c = client.GetChatClient({|#2:"chat-prod"|});
                }
            }
            """).Expect(
                Found(0, "GPT-4o", "deployment name 'gpt-4o', assumed to be the model of that name", "a closed model, available only through its vendor's API"),
                Unresolved(1, "it names an Azure deployment, and it is parameter 'deployment' of 'M', whose callers name the model (listed at their calls); a deployment name does not say which model is deployed"),
                Unresolved(2, "'chat-prod' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item")).RunAsync();

    [Fact]
    public async Task Paths_built_with_Path_Combine_Join_GetFullPath_interpolation_and_concatenation_are_folded_and_judged_by_file_then_folder_names()
        => await new RuntimeModelTest(
            BuiltWithLlama,
            """
            using System;
            using System.IO;
            using LLama.Common;
            using Microsoft.ML.OnnxRuntimeGenAI;
            class C
            {
                static readonly string ModelsDir = Path.Combine(AppContext.BaseDirectory, "models");
                void M(string userDir)
                {
                    var a = new ModelParams({|#0:Path.Combine(AppContext.BaseDirectory, "models", "llama-3.1-8b-instruct.Q4_K_M.gguf")|});
                    var b = new ModelParams({|#1:Path.Join(userDir, "Llama-3.2-1B-Instruct-Q4_0.gguf")|});
                    var c = new Model({|#2:Path.Combine(ModelsDir, "Phi-3-mini-4k-instruct-onnx", "cpu_and_mobile", "cpu-int4-rtn-block-32-acc-level-4")|});
                    var d = new Model({|#3:Path.GetFullPath(Path.Combine(AppDomain.CurrentDomain.BaseDirectory, $"{ModelName}/"))|});
                    var e = new Model({|#4:Path.Combine(userDir, "models", userDir)|});
                    var f = new ModelParams({|#5:$@"{AppDomain.CurrentDomain.BaseDirectory}models\Llama-3.2-1B-Instruct-Q4_0.gguf"|});
                    var g = new ModelParams({|#6:AppContext.BaseDirectory + "models/llama-3.1-8b-instruct.Q4_K_M.gguf"|});
                    var h = new ModelParams({|#7:$"{userDir}/Llama-3.2-1B-Instruct-Q4_0.gguf"|});
                }
                const string ModelName = "Phi-3-mini-4k-instruct-onnx";
            }
            """).Expect(
                Found(0, Llama31, "model path 'models/llama-3.1-8b-instruct.Q4_K_M.gguf'", Llama31Verdict),
                Found(1, "Llama 3.2 1B Instruct", "model path 'Llama-3.2-1B-Instruct-Q4_0.gguf'", "restricted weights under the 'llama3.2' licence"),
                Found(2, "Phi-3 Mini 4K Instruct", "model path 'models/Phi-3-mini-4k-instruct-onnx/cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4'", "open weights under the 'mit' licence"),
                Found(3, "Phi-3 Mini 4K Instruct", "model path 'Phi-3-mini-4k-instruct-onnx/'", "open weights under the 'mit' licence"),
                Unresolved(4, "it is built from parameter 'userDir'"),
                Found(5, "Llama 3.2 1B Instruct", "model path 'models\\Llama-3.2-1B-Instruct-Q4_0.gguf'", "restricted weights under the 'llama3.2' licence"),
                Found(6, Llama31, "model path 'models/llama-3.1-8b-instruct.Q4_K_M.gguf'", Llama31Verdict),
                Unresolved(7, "it is built from parameter 'userDir'")).RunAsync();

    [Fact]
    public async Task A_parameters_default_and_an_options_propertys_initialiser_are_the_model_used()
        => await new RuntimeModelTest(
            """
            using OpenAI;
            class ChatOptions { public string Model { get; set; } = "gpt-4o-mini"; }
            class C
            {
                const string DefaultModel = "gpt-4o";
                object GetClient(OpenAIClient client, string model = DefaultModel) => client.GetChatClient({|#0:model|});
                object FromOptions(OpenAIClient client, ChatOptions options) => client.GetChatClient({|#1:options.Model|});
                object Reassigned(OpenAIClient client, string model = DefaultModel) { model = model.Trim(); return client.GetChatClient({|#2:model|}); }
            }
            """).Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API"),
                Unresolved(2, "parameter 'model' is assigned in the method")).RunAsync();

    [Fact]
    public async Task A_local_deconstructed_from_a_settings_method_is_the_element_it_returns()
        => await new RuntimeModelTest(
            """
            using OpenAI;
            class C
            {
                void M(OpenAIClient client, System.Collections.Generic.IDictionary<string, string> settings)
                {
                    (string embeddingModel, string chatModel) = Settings(settings);
                    client.GetChatClient({|#0:chatModel|});
                    client.GetEmbeddingClient({|#1:embeddingModel|});
                    var (first, _) = Arrow();
                    client.GetChatClient({|#2:first|});
                    var (other, _) = Branches(true);
                    client.GetChatClient({|#3:other|});
                    (string again, string unused) = Settings(settings);
                    again = "gpt-4o";
                    client.GetChatClient({|#4:again|});
                }

                static (string Embedding, string Chat) Settings(System.Collections.Generic.IDictionary<string, string> settings)
                {
                    var embedding = settings.TryGetValue("Embedding", out var e) ? e : "text-embedding-3-small";
                    string chat = "gpt-4o-mini";
                    return (embedding, chat);
                }

                static (string, string) Arrow() => ("gpt-4.1", "unused");

                static (string, string) Branches(bool fast) { if (fast) { return ("gpt-4o-mini", "x"); } return ("gpt-4o", "y"); }
            }
            """).Expect(
                Found(0, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API"),
                Unresolved(1, "it is not a constant, a static readonly field or a local assigned once"),
                Found(2, "GPT-4.1", "API model name 'gpt-4.1'", "a closed model, available only through its vendor's API"),
                Unresolved(3, "local 'other' is not initialised where it is declared"),
                Unresolved(4, "local 'again' is assigned more than once")).RunAsync();

    /// <summary>
    /// A model passed through the app's own types (samples' <c>BotService(string modelPath)</c>) is the model its callers
    /// pass, reported where they name it; a caller's own parameter is followed once more; a default names the model when
    /// a caller passes none.
    /// </summary>
    [Fact]
    public async Task A_model_passed_through_the_apps_own_constructor_or_method_is_found_at_the_callers()
        => await new RuntimeModelTest(
            """
            using Microsoft.ML.OnnxRuntimeGenAI;
            using OpenAI;
            class BotService
            {
                private readonly Model _model;
                public BotService(string modelPath) { _model = new Model({|#0:modelPath|}); }
            }
            class Chat
            {
                public static object Create(OpenAIClient client, string model = "gpt-4o") => client.GetChatClient({|#1:model|});
            }
            class Program
            {
                static void Main(OpenAIClient client)
                {
                    var path = @"<root>\Phi-3-mini-4k-instruct-onnx\cpu_and_mobile\cpu-int4-rtn-block-32";
                    var bot = new BotService({|#2:path|});
                    Chat.Create(client, {|#3:"gpt-4.1"|});
                    Chat.Create(client);
                    Forward(client, {|#4:"o3-mini"|});
                }

                static void Forward(OpenAIClient client, string name) => Chat.Create(client, {|#5:name|});
            }
            """).Expect(
                Unresolved(0, "it is parameter 'modelPath' of 'BotService', whose callers name the model (listed at their calls)"),
                Found(1, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict),
                Found(2, "Phi-3 Mini 4K Instruct", @"model path '<root>\Phi-3-mini-4k-instruct-onnx\cpu_and_mobile\cpu-int4-rtn-block-32'", "open weights under the 'mit' licence"),
                Found(3, "GPT-4.1", "API model name 'gpt-4.1'", ClosedVerdict),
                Found(4, "OpenAI o3-mini", "API model name 'o3-mini'", ClosedVerdict),
                Unresolved(5, "it is parameter 'name' of 'Forward', whose callers name the model (listed at their calls)")).RunAsync();

    [Fact]
    public async Task Current_Semantic_Kernel_OpenAI_LLamaSharp_ONNX_GenAI_and_OllamaSharp_APIs()
        => await new RuntimeModelTest(
            BuiltWithLlama,
            """
            #pragma warning disable OPENAI001, SKEXP0001, SKEXP0010 // experimental APIs real apps use
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.Connectors.OpenAI;
            using OpenAI;
            using OpenAI.Assistants;
            using OpenAI.Responses;
            using LLama.Native;
            using Microsoft.ML.OnnxRuntimeGenAI;
            using OllamaSharp.Models;
            class C
            {
                void M(IKernelBuilder kernel, IServiceCollection services, OpenAIClient openAI, ResponsesClient responses, AssistantClient assistants)
                {
                    kernel.AddOpenAIChatClient({|#0:"gpt-4o-mini"|}, "key");
                    services.AddOpenAIChatClient({|#1:"gpt-4.1"|}, "key");
                    kernel.AddAzureOpenAIChatClient("chat", "https://example.openai.azure.com", "key", modelId: {|#2:"gpt-4o"|});
                    var settings = new OpenAIPromptExecutionSettings { ModelId = {|#3:"gpt-5"|} };
                    responses.CreateResponse({|#4:"gpt-5-mini"|}, "Hello");
                    var moderation = openAI.GetModerationClient({|#5:"omni-moderation-latest"|});
                    assistants.CreateAssistant({|#6:"gpt-4o"|});
                    using var handle = SafeLlamaModelHandle.LoadFromFile({|#7:"models/Llama-3.2-1B-Instruct-Q4_0.gguf"|}, default);
                    using var chat = new OnnxRuntimeGenAIChatClient({|#8:"models/Phi-3-mini-4k-instruct-onnx"|});
                    var pull = new PullModelRequest { Model = {|#9:"phi3"|} };
                }
            }
            """).Expect(
                Found(0, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-4.1", "API model name 'gpt-4.1'", "a closed model, available only through its vendor's API"),
                Found(2, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                Found(3, "GPT-5", "API model name 'gpt-5'", "a closed model, available only through its vendor's API"),
                Found(4, "GPT-5 mini", "API model name 'gpt-5-mini'", "a closed model, available only through its vendor's API"),
                Found(5, "Omni Moderation", "API model name 'omni-moderation-latest'", "a closed model, available only through its vendor's API"),
                Found(6, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                Found(7, "Llama 3.2 1B Instruct", "model path 'models/Llama-3.2-1B-Instruct-Q4_0.gguf'", "restricted weights under the 'llama3.2' licence"),
                Found(8, "Phi-3 Mini 4K Instruct", "model path 'models/Phi-3-mini-4k-instruct-onnx'", "open weights under the 'mit' licence"),
                Found(9, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence")).RunAsync();

    [Fact]
    public async Task Placeholders_are_not_inventory()
        => await new RuntimeModelTest("""
            using OpenAI;
            class C
            {
                void M(OpenAIClient client)
                {
                    client.GetChatClient("YOUR_DEPLOYMENT");
                    client.GetChatClient("fake-model");
                    client.GetChatClient("<model>");
                }
            }
            """).RunAsync();

    [Fact]
    public async Task A_model_the_catalog_does_not_know_is_MLG0030_at_the_call_site()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            class C { object M() => new OllamaApiClient("http://localhost:11434", {|#0:"acme-inhouse-llm:7b"|}); }
            """).Expect(
                new DiagnosticResult(RuleDescriptors.RuntimeModelLicenseUnknown).WithLocation(0).WithArguments("Ollama tag 'acme-inhouse-llm:7b'")).RunAsync();

    [Fact]
    public async Task In_a_test_project_an_unknown_name_is_a_test_double_but_a_known_model_is_still_inventory()
    {
        var test = new RuntimeModelTest("""
            using OllamaSharp;
            class ChatTests
            {
                object Double() => new OllamaApiClient("http://localhost:11434", "acme-inhouse-llm:7b");
                object Real() => new OllamaApiClient("http://localhost:11434", {|#0:"llama3.1"|});
            }
            """, BuiltWithLlama).Expect(Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict));
        test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_look_alike_type_in_another_namespace_does_not_match()
        => await new RuntimeModelTest("""
            namespace Acme.OllamaSharp
            {
                class OllamaApiClient { public OllamaApiClient(string uriString, string defaultModel) { } public string SelectedModel { get; set; } = ""; }
                class C
                {
                    void M()
                    {
                        var client = new OllamaApiClient("http://localhost:11434", "llama3.1");
                        client.SelectedModel = "llama3.1";
                    }
                }
            }
            """).RunAsync();

    [Fact]
    public async Task Semantic_Kernel_connectors_with_the_model_in_a_later_position_and_by_name()
        => await new RuntimeModelTest(
            """
            using System;
            using Microsoft.SemanticKernel;
            class C
            {
                void M(IKernelBuilder builder)
                {
                    builder.AddOllamaChatCompletion({|#0:"phi3"|}, new Uri("http://localhost:11434"));
                    builder.AddAzureOpenAIChatCompletion("chat", "https://example.openai.azure.com", "key", modelId: {|#2:"gpt-4o"|});
                    builder.AddAzureOpenAIChatCompletion({|#1:"chat"|}, "https://example.openai.azure.com", "key");
                    builder.AddHuggingFaceChatCompletion({|#3:"microsoft/Phi-3-mini-4k-instruct"|});
                    builder.AddOnnxRuntimeGenAIChatCompletion("phi", {|#4:@"models\Phi-3-mini-4k-instruct-onnx"|});
                    builder.AddOllamaTextGeneration({|#5:"phi3:3.8b"|}, new Uri("http://localhost:11434"));
                }
            }
            """,
            LibraryStubs.SemanticKernelConnectors).Expect(
                Found(0, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence"),
                Unresolved(1, "'chat' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item"),
                Found(2, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                Found(3, "Phi-3 Mini 4K Instruct", "Hugging Face id 'microsoft/Phi-3-mini-4k-instruct'", "open weights under the 'mit' licence"),
                Found(4, "Phi-3 Mini 4K Instruct", @"model path 'models\Phi-3-mini-4k-instruct-onnx'", "open weights under the 'mit' licence"),
                Found(5, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3:3.8b'", "open weights under the 'mit' licence")).RunAsync();

    [Fact]
    public async Task LLamaSharp_ONNX_Runtime_GenAI_and_Whisper_paths_and_enum_ids()
        => await new RuntimeModelTest(
            BuiltWithLlama,
            """
            using LLama.Common;
            using Microsoft.ML.OnnxRuntimeGenAI;
            using Whisper.net.Ggml;
            class C
            {
                void M(WhisperGgmlDownloader downloader)
                {
                    var p = new ModelParams({|#0:"Llama-3.2-1B-Instruct-Q4_0.gguf"|});
                    var m = new Model({|#1:"models/Phi-3-mini-4k-instruct-onnx/"|});
                    var w = downloader.GetGgmlModelAsync({|#2:GgmlType.Base|});
                }
            }
            """).Expect(
                Found(0, "Llama 3.2 1B Instruct", "model path 'Llama-3.2-1B-Instruct-Q4_0.gguf'", "restricted weights under the 'llama3.2' licence"),
                Found(1, "Phi-3 Mini 4K Instruct", "model path 'models/Phi-3-mini-4k-instruct-onnx/'", "open weights under the 'mit' licence"),
                Found(2, "Whisper base", "Hugging Face id 'openai/whisper-base'", "open weights under the 'apache-2.0' licence")).RunAsync();

    [Fact]
    public async Task Aspire_AppHost_models_are_found()
        => await new RuntimeModelTest(
            BuiltWithLlama,
            """
            using Aspire.Hosting;
            class AppHost
            {
                void M(IDistributedApplicationBuilder builder)
                {
                    var ollama = builder.AddOllama("ollama");
                    ollama.AddModel("chat", {|#0:"llama3.1"|});
                    ollama.AddModel({|#1:"phi3"|});
                }
            }
            """,
            LibraryStubs.Aspire).Expect(
                Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                Found(1, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence")).RunAsync();

    [Fact]
    public async Task Aspire_models_of_a_local_Ollama_and_from_Hugging_Face_are_found()
        => await new RuntimeModelTest(
            BuiltWithLlama,
            """
            using Aspire.Hosting;

            var builder = DistributedApplication.CreateBuilder(args);
            var ollama = builder.AddOllamaLocal("ollama").WithOpenWebUI();
            ollama.AddModel("phi", {|#0:"phi3"|});
            ollama.AddHuggingFaceModel("llama", {|#1:"bartowski/Llama-3.2-1B-Instruct-GGUF:IQ4_XS"|});
            builder.Build().Run();
            """,
            LibraryStubs.Aspire).AsProgram().Expect(
                Found(0, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence"),
                Found(1, "Llama 3.2 1B Instruct", "Hugging Face id 'bartowski/Llama-3.2-1B-Instruct-GGUF:IQ4_XS'", "restricted weights under the 'llama3.2' licence")).RunAsync();

    [Fact]
    public async Task An_enum_model_held_in_a_local_a_field_or_a_parameter_is_followed()
        => await new RuntimeModelTest(
            """
            using Whisper.net.Ggml;
            class C
            {
                private static readonly GgmlType Fallback = GgmlType.Small;
                private const GgmlType Fixed = GgmlType.Medium;

                async System.Threading.Tasks.Task M(WhisperGgmlDownloader downloader)
                {
                    var type = GgmlType.LargeV3Turbo;
                    await Download(downloader, {|#0:type|});
                    await downloader.GetGgmlModelAsync({|#1:Fallback|});
                    await downloader.GetGgmlModelAsync({|#4:Fixed|});
                    await WithDefault(downloader);
                }

                static System.Threading.Tasks.Task Download(WhisperGgmlDownloader downloader, GgmlType ggmlType) => downloader.GetGgmlModelAsync({|#2:ggmlType|});

                static System.Threading.Tasks.Task WithDefault(WhisperGgmlDownloader downloader, GgmlType ggmlType = GgmlType.Base) => downloader.GetGgmlModelAsync({|#3:ggmlType|});
            }
            """).Expect(
                Found(0, "Whisper large-v3-turbo", "Hugging Face id 'openai/whisper-large-v3-turbo'", "open weights under the 'mit' licence"),
                Found(1, "Whisper small", "Hugging Face id 'openai/whisper-small'", "open weights under the 'apache-2.0' licence"),
                Unresolved(2, "it is parameter 'ggmlType' of 'Download', whose callers name the model (listed at their calls)"),
                Found(3, "Whisper base", "Hugging Face id 'openai/whisper-base'", "open weights under the 'apache-2.0' licence"),
                Found(4, "Whisper medium", "Hugging Face id 'openai/whisper-medium'", "open weights under the 'apache-2.0' licence")).RunAsync();

    [Fact]
    public async Task Aspire_Community_Toolkit_8_default_models_are_found()
        => await new RuntimeModelTest(
            BuiltWithLlama,
            """
            using Aspire.Hosting;
            class AppHost
            {
                void M(IDistributedApplicationBuilder builder)
                {
                    builder.AddOllama("ollama", port: null).AddModel({|#0:"phi3"|}).AddModel({|#1:"qwen2.5:0.5b"|}).WithDefaultModel({|#2:"phi3"|});
            #pragma warning disable CS0618
                    builder.AddOllama("legacy", modelName: {|#3:"llama3.1"|});
            #pragma warning restore CS0618
                }
            }
            """,
            LibraryStubs.AspireOllamaBefore9).Expect(
                Found(0, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence"),
                Found(1, "Qwen2.5 0.5B Instruct", "Ollama tag 'qwen2.5:0.5b'", "open weights under the 'apache-2.0' licence"),
                Found(2, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence"),
                Found(3, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict)).RunAsync();

    [Fact]
    public async Task Aspire_Azure_deployments_and_GitHub_models_name_the_model_they_are_made_from()
        => await new RuntimeModelTest(
            """
            using Aspire.Hosting;
            class AppHost
            {
                void M(IDistributedApplicationBuilder builder)
                {
                    builder.AddAzureOpenAI("openai").AddDeployment("chat-deployment", {|#0:"gpt-4o"|}, "2024-08-06");
                    builder.AddAzureAIFoundry("foundry").AddDeployment(name: "phi", modelVersion: "7", format: "Microsoft", modelName: {|#1:"Phi-4"|});
                    builder.AddGitHubModel("chat", {|#2:"openai/gpt-4o-mini"|});
                }
            }
            """,
            LibraryStubs.Aspire,
            LibraryStubs.AspireAzureAndGitHub).Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                Found(1, "Phi-4", "model alias 'Phi-4'", "open weights under the 'mit' licence"),
                Found(2, "GPT-4o mini", "API model name 'openai/gpt-4o-mini'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task A_readonly_field_or_property_its_constructor_assigns_once_holds_that_value()
        => await new RuntimeModelTest(
            """
            using Microsoft.Extensions.Configuration;
            using OpenAI.Chat;
            class AgentService
            {
                private readonly string _deployment;
                private string _changing;
                protected string Model { get; }

                public AgentService(IConfiguration configuration)
                {
                    _deployment = configuration["OPENAI_DEPLOYMENT_NAME"] ?? "gpt-4o";
                    this.Model = "gpt-4.1-mini";
                    _changing = "gpt-4o";
                }

                void M()
                {
                    var a = new ChatClient({|#0:_deployment|}, "key");
                    var b = new ChatClient({|#1:Model|}, "key");
                    _changing = "o3";
                    var c = new ChatClient({|#2:_changing|}, "key");
                }

                class Nested
                {
                    private readonly string _other;

                    public Nested() => _other = "gpt-4o";
                }
            }

            class Outer
            {
                private readonly string? _other;

                class Nested
                {
                    private readonly string _other;

                    public Nested() { _other = "o3"; }
                }

                void M() => new ChatClient({|#3:_other|}, "key");
            }
            """).Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o', the fallback of configuration key 'OPENAI_DEPLOYMENT_NAME'", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-4.1 mini", "API model name 'gpt-4.1-mini'", "a closed model, available only through its vendor's API"),
                Unresolved(2, "field '_changing' is not constant or static readonly"),
                Unresolved(3, "field '_other' is not constant or static readonly")).RunAsync();

    /// <summary>
    /// A settings class that fills an empty setting with a default (in a <c>Validate()</c> or with <c>??=</c>) holds that
    /// default, in its own file or another; a second default, a default in an <c>if</c> that also does something else, or
    /// one under another test says nothing.
    /// </summary>
    [Fact]
    public async Task A_setting_a_settings_class_fills_when_empty_holds_that_default()
        => await new RuntimeModelTest(
            """
            using OpenAI.Chat;
            class Program
            {
                static void Main()
                {
                    var settings = new Settings();
                    settings.Validate();
                    var a = new ChatClient({|#0:settings.Deployment|}, "key");
                    var b = new ChatClient({|#1:settings.Embedding|}, "key");
                    var c = new ChatClient({|#2:settings.Twice|}, "key");
                    var d = new ChatClient({|#3:settings.Other|}, "key");
                    var e = new ChatClient({|#4:settings.Inline|}, "key");
                    var f = new ChatClient({|#5:settings.Known|}, "key");
                }
            }
            """,
            """
            public class Settings
            {
                public string? Deployment { get; set; }
                public string? Embedding { get; set; }
                public string? Twice { get; set; }
                public string? Other { get; set; }
                public string? Inline { get; set; }
                public string Known { get; set; }

                public Settings() { Known = "o3"; }

                public void Validate()
                {
                    if (string.IsNullOrEmpty(Deployment))
                    {
                        Deployment = "gpt-4o";
                    }

                    this.Embedding ??= "text-embedding-3-small";
                    if (Twice is null) { Twice = "gpt-4o"; }
                    if (Twice == null) { Twice = "gpt-4.1"; }
                    if (Other?.Length > 3) { Other = "gpt-4o"; }
                    if (string.IsNullOrWhiteSpace(Inline)) { System.Console.WriteLine(); Inline = "gpt-4o"; }
                    if (string.IsNullOrEmpty(Known)) { Known = "gpt-4o"; }
                }
            }
            """).Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                Found(1, "text-embedding-3-small", "API model name 'text-embedding-3-small'", "a closed model, available only through its vendor's API"),
                Unresolved(2, "it is not a constant, a static readonly field or a local assigned once"),
                Unresolved(3, "it is not a constant, a static readonly field or a local assigned once"),
                Unresolved(4, "it is not a constant, a static readonly field or a local assigned once"),
                Found(5, "OpenAI o3", "API model name 'o3'", "a closed model, available only through its vendor's API")).RunAsync();

    /// <summary>In <c>a ?? b ?? "fallback"</c>, a <c>b</c> that is known is the value: the fallback after it is never reached.</summary>
    [Fact]
    public async Task A_known_value_before_a_fallback_is_the_value()
        => await new RuntimeModelTest(
            """
            using OpenAI.Chat;
            class Options { public string Model { get; set; } = "gpt-4.1"; }
            class Profile { public string? Model { get; set; } }
            class C
            {
                object M(Profile profile, Options options) => new ChatClient({|#0:profile.Model ?? options.Model ?? "gpt-4o"|}, "key");
                object N(Profile profile) => new ChatClient({|#1:profile.Model ?? "gpt-4o"|}, "key");
            }
            """).Expect(
                Found(0, "GPT-4.1", "API model name 'gpt-4.1'", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API")).RunAsync();

    /// <summary>
    /// An options property read at a model argument is what the project writes into it, in another file too: a
    /// <c>Configure&lt;T&gt;</c> lambda or an object initialiser, each reported where it is written. Its initialiser is the
    /// model only when nothing writes it; a property nothing writes and with no initialiser says why it cannot be told.
    /// </summary>
    [Fact]
    public async Task An_options_property_is_the_value_the_project_writes_into_it_else_its_initialiser()
        => await new RuntimeModelTest(
            """
            using OllamaSharp;
            public sealed class OllamaOptions { public string Model { get; set; } = "llama3.2"; }
            public sealed class EmbeddingOptions { public string Model { get; set; } = "nomic-embed-text"; }
            public sealed class ChatSettings { public string? Model { get; set; } }
            public sealed class Unset { public string? Model { get; set; } }
            public sealed class Provider(Microsoft.Extensions.Options.IOptions<OllamaOptions> options, EmbeddingOptions embedding, ChatSettings chat, Unset unset)
            {
                public object Chat() => new OllamaApiClient(new System.Uri("http://localhost:11434"), options.Value.Model ?? "gemma3");
                public object Embed() => new OllamaApiClient(new System.Uri("http://localhost:11434"), {|#1:embedding.Model|});
                public object Other() => new OllamaApiClient(new System.Uri("http://localhost:11434"), chat.Model!);
                public object None() => new OllamaApiClient(new System.Uri("http://localhost:11434"), {|#3:unset.Model|}!);
            }
            """,
            """
            using Microsoft.Extensions.DependencyInjection;
            static class Startup
            {
                static void Configure(IServiceCollection services)
                {
                    services.Configure<OllamaOptions>(o =>
                    {
                        o.Model = {|#0:"phi4-mini"|};
                    });
                    services.AddSingleton(new ChatSettings { Model = {|#2:"qwen2.5:7b"|} });
                }
            }
            """).Expect(
                Found(1, "Nomic Embed Text v1.5", "Ollama tag 'nomic-embed-text'", "open-source AI under the 'apache-2.0' licence"),
                Unresolved(3, "it is not a constant, a static readonly field or a local assigned once"),
                Found(0, "Phi-4 Mini Instruct", "Ollama tag 'phi4-mini'", "open weights under the 'mit' licence"),
                Found(2, "Qwen2.5 7B Instruct", "Ollama tag 'qwen2.5:7b'", "open weights under the 'apache-2.0' licence")).RunAsync();

    /// <summary>
    /// A branch chosen by a <c>bool</c> parameter is a model use only when some call can take it: <c>if (useAzure)</c> in a
    /// factory whose only caller hands on its own flag, which the app passes as <c>false</c>, names no model the app uses.
    /// A flag passed both ways, or a method the project never calls, keeps both branches. A flag handed on by several calls,
    /// or by a call inside an expression that does not bind, is followed as well.
    /// </summary>
    [Fact]
    public async Task A_branch_every_caller_rules_out_through_a_bool_parameter_names_no_model()
        => await new RuntimeModelTest(
            """
            using OpenAI.Chat;
            static class KernelCreator
            {
                public static ChatClient Create(bool useAzure, string key)
                {
                    if (useAzure)
                    {
                        return new ChatClient("gpt-4o-mini", key);
                    }

                    return new ChatClient({|#0:"gpt-4.1"|}, key);
                }

                public static ChatClient Either(bool small, string key) => small ? new ChatClient({|#1:"gpt-4o-mini"|}, key) : new ChatClient({|#2:"o3"|}, key);

                public static ChatClient Unused(bool fast, string key)
                {
                    if (!fast)
                    {
                        return new ChatClient({|#4:"o1"|}, key);
                    }

                    return new ChatClient({|#3:"o3-mini"|}, key);
                }
            }

            static class Strategies
            {
                public static ChatClient Pick(bool large, string key)
                    => large ? new ChatClient({|#5:"gpt-4o"|}, key) : new ChatClient("gpt-4o-mini", key);
            }

            class Scenario
            {
                public ChatClient Initialize(bool useAzure)
                {
                    var writer = KernelCreator.Create(useAzure, "key");
                    return KernelCreator.Create(useAzure, "other");
                }

                // A type the compilation cannot see, as while code is being written: the call inside still counts.
                public void Strategy(bool large)
                {
                    {|CS0246:Missing|} strategy = new(Strategies.Pick(large, "key"));
                }
            }

            static class Program
            {
                static void Main()
                {
                    new Scenario().Initialize(false);
                    new Scenario().Strategy(true);
                    KernelCreator.Either(true, "key");
                    KernelCreator.Either(false, "key");
                }
            }
            """).Expect(
                Found(0, "GPT-4.1", "API model name 'gpt-4.1'", ClosedVerdict),
                Found(1, "GPT-4o mini", "API model name 'gpt-4o-mini'", ClosedVerdict),
                Found(2, "OpenAI o3", "API model name 'o3'", ClosedVerdict),
                Found(4, "OpenAI o1", "API model name 'o1'", ClosedVerdict),
                Found(3, "OpenAI o3-mini", "API model name 'o3-mini'", ClosedVerdict),
                Found(5, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict)).RunAsync();

    /// <summary>
    /// A local reused for a second model holds, where it is read, the last plain assignment before it in the same list of
    /// statements. A write in a branch, or a read inside a lambda, leaves it unknown.
    /// </summary>
    [Fact]
    public async Task A_local_reused_for_a_second_model_is_read_in_order()
        => await new RuntimeModelTest(
            """
            using System;
            using OpenAI.Chat;
            using OpenAI.Embeddings;
            class C
            {
                void M(string key, bool flag)
                {
                    var model = "gpt-4o";
                    var chat = new ChatClient({|#0:model|}, key);
                    model = "text-embedding-3-small";
                    var embeddings = new EmbeddingClient({|#1:model|}, key);
                    Func<ChatClient> later = () => new ChatClient({|#2:model|}, key);

                    var other = "gpt-4.1";
                    if (flag)
                    {
                        other = "o3";
                    }

                    var third = new ChatClient({|#3:other|}, key);
                }
            }
            """).Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict),
                Found(1, "text-embedding-3-small", "API model name 'text-embedding-3-small'", ClosedVerdict),
                Unresolved(2, "local 'model' is assigned more than once"),
                Unresolved(3, "local 'other' is assigned more than once")).RunAsync();

    /// <summary>
    /// A private field left without <c>readonly</c> that nothing in its type writes after its initialiser holds that value;
    /// one that is written again (an assignment, <c>ref</c>, an increment of a namesake), or that other types may write,
    /// stays unknown.
    /// </summary>
    [Fact]
    public async Task A_private_field_nothing_writes_after_its_initialiser_is_its_initial_value()
        => await new RuntimeModelTest(
            """
            using OpenAI.Chat;
            class Function
            {
                static string modelId = "gpt-4o-mini";
                private string _chat = "gpt-4.1";
                private string _changed = "gpt-4o";
                private static string _byRef = "o3";
                internal string Shared = "o3-mini";

                void M()
                {
                    var a = new ChatClient({|#0:modelId|}, "key");
                    var b = new ChatClient({|#1:_chat|}, "key");
                    var c = new ChatClient({|#2:_changed|}, "key");
                    var d = new ChatClient({|#3:_byRef|}, "key");
                    var e = new ChatClient({|#4:Shared|}, "key");
                }

                void Change(string model)
                {
                    this._changed = model;
                    Swap(ref _byRef);
                }

                static void Swap(ref string value) => value = value + "-mini";
            }
            """).Expect(
                Found(0, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-4.1", "API model name 'gpt-4.1'", "a closed model, available only through its vendor's API"),
                Unresolved(2, "field '_changed' is not constant or static readonly"),
                Unresolved(3, "field '_byRef' is not constant or static readonly"),
                Unresolved(4, "field 'Shared' is not constant or static readonly")).RunAsync();

    /// <summary>
    /// A readonly instance field holds its initialiser when no constructor sets it; one a constructor sets holds what the
    /// constructor gives it, and one a constructor may set from its parameter stays unknown.
    /// </summary>
    [Fact]
    public async Task A_readonly_field_no_constructor_sets_is_its_initial_value()
        => await new RuntimeModelTest(
            """
            using OpenAI.Chat;
            class Function
            {
                private readonly string _model = "gpt-4.1";
                private readonly string _chosen = "gpt-4o";

                public Function(string chosen)
                {
                    _chosen = chosen;
                }

                void M()
                {
                    var a = new ChatClient({|#0:_model|}, "key");
                    var b = new ChatClient({|#1:_chosen|}, "key");
                }
            }
            """).Expect(
                Found(0, "GPT-4.1", "API model name 'gpt-4.1'", "a closed model, available only through its vendor's API"),
                Unresolved(1, "field '_chosen' is not constant or static readonly")).RunAsync();

    /// <summary>
    /// A settings class whose model property starts as a member of another file's class of model names
    /// (<c>Model { get; set; } = AvailableModels.Default</c>, <c>Default =&gt; Gpt5</c>) uses that default when nothing writes
    /// the property, reported where the default is chosen; the other names of the list are not models the app uses. A
    /// getter over a setting the user fills in stays unknown. A copy of the property from another instance (settings saved or
    /// cloned) is not a writer of its own.
    /// </summary>
    [Fact]
    public async Task A_settings_default_from_another_files_list_of_model_names_is_followed()
        => await new RuntimeModelTest(
            """
            using OpenAI.Chat;
            public sealed class Generator(AppSettings settings, UserSettings user)
            {
                public object Chat() => new ChatClient(settings.Model, "key");
                public object Other() => new ChatClient({|#1:user.Chosen|}, "key");
            }
            """,
            """
            public static class AvailableModels
            {
                public const string Gpt5 = "gpt-5";
                public const string Gpt41 = "gpt-4.1";
                public const string Mini = "gpt-4o-mini";
                public static readonly string[] All = [Gpt5, Gpt41, Mini];
                public static string Default => Gpt5;
            }

            public class AppSettings
            {
                public string Model { get; set; } = {|#0:AvailableModels.Default|};
                public int Count { get; set; }
            }

            public static class SettingsStore
            {
                public static AppSettings Copy(AppSettings settings) => new AppSettings { Model = settings.Model, Count = settings.Count };
            }

            public class UserSettings
            {
                public string? Picked { get; set; }
                public string Chosen => Picked!;
            }
            """).Expect(
                Unresolved(1, "property 'Chosen' is computed in another file"),
                Found(0, "GPT-5", "API model name 'gpt-5'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task The_community_Anthropic_and_Gemini_SDKs_name_their_models()
        => await new RuntimeModelTest(
            """
            using Anthropic.SDK.Messaging;
            using GenerativeAI;
            using GenerativeAI.Web;
            class C
            {
                const string Sonnet = "claude-sonnet-4-5-20250929";

                void M(string key)
                {
                    var parameters = new MessageParameters { Model = {|#0:Sonnet|}, MaxTokens = 1024 };
                    var gemini = new GenerativeModel(key, {|#1:"gemini-2.0-flash-exp"|});
                    var options = new GenerativeAIOptions { Model = {|#2:GoogleAIModels.Gemini15Pro|} };
                    var other = new Mscc.GenerativeAI.GoogleAI(key).GenerativeModel(model: {|#3:"gemini-1.5-flash"|});
                    var chat = new Mscc.GenerativeAI.Microsoft.GeminiChatClient(apiKey: key, model: {|#4:"gemini-2.5-flash"|});
                }
            }
            """,
            LibraryStubs.AnthropicSdk,
            LibraryStubs.AnthropicSdkAndGeminiSdks).Expect(
                Found(0, "Claude Sonnet 4.5", "API model name 'claude-sonnet-4-5-20250929'", "a closed model, available only through its vendor's API"),
                Found(1, "Gemini 2.0 Flash", "API model name 'gemini-2.0-flash-exp'", "a closed model, available only through its vendor's API"),
                Found(2, "Gemini 1.5 Pro", "API model name 'models/gemini-1.5-pro'", "a closed model, available only through its vendor's API"),
                Found(3, "Gemini 1.5 Flash", "API model name 'gemini-1.5-flash'", "a closed model, available only through its vendor's API"),
                Found(4, "Gemini 2.5 Flash", "API model name 'gemini-2.5-flash'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task The_Teams_AI_library_names_its_planner_s_embeddings_and_assistant_s_models()
        => await new RuntimeModelTest(
            """
            using Microsoft.Teams.AI.AI.Embeddings;
            using Microsoft.Teams.AI.AI.Models;
            using Microsoft.Teams.AI.AI.Planners.Experimental;
            class C
            {
                void M(string key, string endpoint)
                {
                    var openAI = new OpenAIModel(new OpenAIModelOptions(key, {|#0:"gpt-3.5-turbo"|}) { LogRequests = true });
                    var azure = new OpenAIModel(new AzureOpenAIModelOptions(key, {|#1:"gpt-35-turbo"|}, endpoint));
                    var embeddings = new AzureOpenAIEmbeddingsOptions(key, {|#2:"my-embeddings"|}, endpoint);
                    var assistant = AssistantsPlanner<object>.CreateAssistantAsync(key, new object(), {|#3:"gpt-4o-mini"|}, endpoint);
                }
            }
            """,
            LibraryStubs.AnthropicSdkAndGeminiSdks).Expect(
                Found(0, "GPT-3.5 Turbo", "API model name 'gpt-3.5-turbo'", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-3.5 Turbo", "deployment name 'gpt-35-turbo', assumed to be the model of that name", "a closed model, available only through its vendor's API"),
                Unresolved(2, "'my-embeddings' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item"),
                Found(3, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API")).RunAsync();

    /// <summary>An Azure deployment named as Azure OpenAI names a model ("whisper", "tts") is assumed to be it.</summary>
    [Fact]
    public async Task An_Azure_deployment_named_as_Azure_names_the_model_is_assumed_to_be_it()
        => await new RuntimeModelTest(
            """
            using System;
            using System.ClientModel;
            using Azure.AI.OpenAI;
            class C
            {
                void M(Uri endpoint)
                {
                    var client = new AzureOpenAIClient(endpoint, new ApiKeyCredential("key"));
                    var speech = client.GetAudioClient({|#0:"whisper"|});
                    var voice = client.GetAudioClient({|#1:"tts-hd"|});
                }
            }
            """).Expect(
                Found(0, "Whisper (API)", "deployment name 'whisper', assumed to be the model of that name", ClosedVerdict),
                Found(1, "TTS-1", "deployment name 'tts-hd', assumed to be the model of that name", ClosedVerdict)).RunAsync();

    /// <summary>
    /// OpenAI 2.1.0's first realtime API (renamed since), compiled against that release: the conversation client's model,
    /// made directly or from the <c>OpenAIClient</c>, and the input transcription model.
    /// </summary>
    [Fact]
    public async Task OpenAI_s_first_realtime_API_names_its_conversation_and_transcription_models()
        => await new RuntimeModelTest(
            """
            #pragma warning disable OPENAI002 // an evaluation API, as apps of that time wrote it
            using System.ClientModel;
            using OpenAI;
            using OpenAI.RealtimeConversation;
            class C
            {
                async System.Threading.Tasks.Task M(string key)
                {
                    var fromClient = new OpenAIClient(new ApiKeyCredential(key)).GetRealtimeConversationClient({|#2:"gpt-4o-realtime-preview-2024-10-01"|});
                    var client = new RealtimeConversationClient(model: {|#0:"gpt-4o-realtime-preview"|}, credential: new ApiKeyCredential(key));
                    var session = await client.StartConversationSessionAsync();
                    ConversationSessionOptions options = new()
                    {
                        Instructions = "Be brief.",
                        InputTranscriptionOptions = new() { Model = {|#1:"whisper-1"|} },
                    };
                    await session.ConfigureSessionAsync(options);
                }
            }
            """).WithOlderRelease("OpenAI.2.1.0").Expect(
                Found(2, "GPT-4o Realtime", "API model name 'gpt-4o-realtime-preview-2024-10-01'", ClosedVerdict),
                Found(0, "GPT-4o Realtime", "API model name 'gpt-4o-realtime-preview'", ClosedVerdict),
                Found(1, "Whisper (API)", "API model name 'whisper-1'", ClosedVerdict)).RunAsync();

    /// <summary>
    /// Azure.AI.OpenAI's 1.0 betas, compiled against the real beta.6: the deployment (or OpenAI's model) named in each call,
    /// a model only when the name is exactly one.
    /// </summary>
    [Fact]
    public async Task Azure_OpenAI_1_0_beta_6_names_the_deployment_in_each_call()
        => await new RuntimeModelTest(
            """
            using System;
            using Azure;
            using Azure.AI.OpenAI;
            class C
            {
                const string Deployment = "gpt-35-turbo";

                async System.Threading.Tasks.Task M(string key)
                {
                    var client = new OpenAIClient(new Uri("https://example.openai.azure.com/"), new AzureKeyCredential(key));
                    var chat = await client.GetChatCompletionsAsync({|#0:Deployment|}, new ChatCompletionsOptions());
                    var embeddings = await client.GetEmbeddingsAsync({|#1:"embeddings"|}, new EmbeddingsOptions("text"));
                    var openAI = await new OpenAIClient(key).GetChatCompletionsAsync(deploymentOrModelName: {|#2:"gpt-4"|}, new ChatCompletionsOptions());
                }
            }
            """).WithOlderRelease("Azure.AI.OpenAI.1.0.0-beta.6").Expect(
                Found(0, "GPT-3.5 Turbo", "deployment name 'gpt-35-turbo', assumed to be the model of that name", ClosedVerdict),
                Unresolved(1, "'embeddings' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item"),
                Found(2, "GPT-4", "deployment name 'gpt-4', assumed to be the model of that name", ClosedVerdict)).RunAsync();

    /// <summary>Azure.AI.OpenAI 1.0.0-beta.9 to beta.17 (a stand-in: not served): the deployment on the options.</summary>
    [Fact]
    public async Task Azure_OpenAI_later_1_0_betas_name_the_deployment_on_the_options()
        => await new RuntimeModelTest(
            """
            using System;
            using Azure;
            using Azure.AI.OpenAI;
            class C
            {
                private string _deployment = Environment.GetEnvironmentVariable("AZURE_OPENAI_GPT_DEPLOYMENT_NAME") ?? "gpt-4";

                async System.Threading.Tasks.Task M(OpenAIClient client)
                {
                    var chat = await client.GetChatCompletionsAsync(new ChatCompletionsOptions({|#0:_deployment|}, [new ChatRequestUserMessage("Hi")]));
                    var embeddings = await client.GetEmbeddingsAsync(new EmbeddingsOptions({|#1:"text-embedding-ada-002"|}, ["text"]));
                    var image = await client.GetImageGenerationsAsync(new ImageGenerationOptions { DeploymentName = {|#2:"dall-e-3"|}, Prompt = "a cat" });
                    var options = new ChatCompletionsOptions { DeploymentName = {|#3:"chat"|} };
                }
            }
            """,
            LibraryStubs.AzureOpenAIBeta9To17).Without("Azure.AI.OpenAI").Expect(
                Found(0, "GPT-4", "deployment name 'gpt-4', assumed to be the model of that name", ClosedVerdict),
                Found(1, "text-embedding-ada-002", "deployment name 'text-embedding-ada-002', assumed to be the model of that name", ClosedVerdict),
                Found(2, "DALL-E 3", "deployment name 'dall-e-3', assumed to be the model of that name", ClosedVerdict),
                Unresolved(3, "'chat' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item")).RunAsync();

    [Fact]
    public async Task Local_embeddings_options_name_a_Hugging_Face_model()
        => await new RuntimeModelTest(
            """
            using ElBruno.LocalEmbeddings;
            using ElBruno.LocalEmbeddings.Options;
            class C
            {
                void M()
                {
                    var options = new LocalEmbeddingsOptions { ModelName = {|#0:"sentence-transformers/all-MiniLM-L12-v2"|}, EnsureModelDownloaded = true };
                    using var generator = new LocalEmbeddingGenerator(options);
                }
            }
            """,
            LibraryStubs.AnthropicSdkAndGeminiSdks).Expect(
                Found(0, "all-MiniLM-L12-v2", "Hugging Face id 'sentence-transformers/all-MiniLM-L12-v2'", "open weights under the 'apache-2.0' licence")).RunAsync();

    /// <summary>
    /// A private static helper of a static class that nothing calls or names (a provider the app keeps but does not
    /// register) names no model the app uses; one registered as a method group or called from a lambda does, and so does
    /// any method that may be called from elsewhere (public) or that may be being written (an instance method, a local
    /// function).
    /// </summary>
    [Fact]
    public async Task A_private_helper_nothing_calls_names_no_model_the_app_uses()
        => await new RuntimeModelTest(
            """
            using System;
            using OpenAI.Chat;
            static class Program
            {
                static void Main()
                {
                    Func<ChatClient> factory = CreateRegistered;
                    Func<ChatClient> other = () => CreateFromLambda();
                    ChatClient Local() => new ChatClient({|#0:"gpt-4o"|}, "key");
                    ChatClient NotYet() => new ChatClient({|#5:"o3-mini"|}, "key");
                    Local();
                }

                static ChatClient CreateRegistered() => new ChatClient({|#1:"gpt-4.1"|}, "key");
                static ChatClient CreateFromLambda() => new ChatClient({|#2:"gpt-4o-mini"|}, "key");
                static ChatClient CreateNeverUsed() => new ChatClient("gpt-4.1-mini", "key");
                public static ChatClient CreatePublic() => new ChatClient({|#3:"gpt-4.1-nano"|}, "key");
            }

            class Service
            {
                ChatClient NotCalledYet() => new ChatClient({|#4:"o3"|}, "key");
            }
            """).Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict),
                Found(1, "GPT-4.1", "API model name 'gpt-4.1'", ClosedVerdict),
                Found(2, "GPT-4o mini", "API model name 'gpt-4o-mini'", ClosedVerdict),
                Found(3, "GPT-4.1 nano", "API model name 'gpt-4.1-nano'", ClosedVerdict),
                Found(4, "OpenAI o3", "API model name 'o3'", ClosedVerdict),
                Found(5, "OpenAI o3-mini", "API model name 'o3-mini'", ClosedVerdict)).RunAsync();

    [Fact]
    public async Task Amazon_Bedrock_requests_and_agents_name_their_models_by_Bedrock_id()
        => await new RuntimeModelTest(
            """
            using Amazon.BedrockAgent.Model;
            using Amazon.BedrockRuntime.Model;
            class C
            {
                void M()
                {
                    var modelId = "meta.llama3-8b-instruct-v1:0";
                    var converse = new ConverseRequest { ModelId = {|#0:modelId|} };
                    var invoke = new InvokeModelRequest();
                    invoke.ModelId = {|#1:"us.anthropic.claude-3-5-sonnet-20240620-v1:0"|};
                    var agent = new CreateAgentRequest { FoundationModel = {|#2:"amazon.titan-text-premier-v1:0"|} };
                }
            }
            """,
            "[assembly: System.Reflection.AssemblyMetadata(\"ModelAttribution\", \"Built with Meta Llama 3\")]",
            LibraryStubs.AnthropicSdkAndGeminiSdks).Expect(
                Found(0, "Llama 3 8B Instruct", "API model name 'meta.llama3-8b-instruct-v1:0'", "restricted weights under the 'llama3' licence"),
                Found(1, "Claude 3.5 Sonnet", "API model name 'us.anthropic.claude-3-5-sonnet-20240620-v1:0'", "a closed model, available only through its vendor's API"),
                new DiagnosticResult(RuleDescriptors.RuntimeModelLicenseUnknown).WithLocation(2).WithArguments("API model name 'amazon.titan-text-premier-v1:0'")).RunAsync();

    /// <summary>
    /// Vertex AI's own client names the model by its resource name, whose project and location (placeholders in samples)
    /// say nothing of the model: the last segment does. A resource name with a placeholder model names none.
    /// </summary>
    [Fact]
    public async Task Vertex_AI_requests_name_their_model_by_resource_name()
        => await new RuntimeModelTest(
            """
            using Google.Cloud.AIPlatform.V1;
            class C
            {
                void M(string projectId = "your-project-id", string location = "us-central1", string model = "gemini-2.0-flash-001")
                {
                    var request = new GenerateContentRequest { Model = {|#0:$"projects/{projectId}/locations/{location}/publishers/google/models/{model}"|} };
                    var endpoint = EndpointName.FromProjectLocationPublisherModel(projectId, location, "google", {|#1:"gemini-1.5-pro"|});
                    var unnamed = new CountTokensRequest { Model = $"projects/{projectId}/locations/{location}/publishers/google/models/your-model" };
                }
            }
            """,
            LibraryStubs.GoogleCloudAIPlatform).Expect(
                Found(0, "Gemini 2.0 Flash", "API model name 'projects/your-project-id/locations/us-central1/publishers/google/models/gemini-2.0-flash-001'", ClosedVerdict),
                Found(1, "Gemini 1.5 Pro", "API model name 'gemini-1.5-pro'", ClosedVerdict)).RunAsync();

    /// <summary>
    /// Claudia, Cysharp's community Anthropic client: a request's model, held in a constant of its own list; on Amazon
    /// Bedrock the model id goes to Claudia.Bedrock's extension, and the request's Model carries Anthropic's API version,
    /// which names no model.
    /// </summary>
    [Fact]
    public async Task Claudia_names_the_model_of_each_request_directly_and_on_Bedrock()
        => await new RuntimeModelTest(
            """
            using Claudia;
            class C
            {
                async System.Threading.Tasks.Task M(Claudia.Anthropic anthropic, object bedrock)
                {
                    await anthropic.Messages.CreateAsync(new() { Model = {|#0:Models.Claude3Opus|}, MaxTokens = 1024, Messages = [new() { Role = "user", Content = "Hello" }] });
                    await BedrockExtensions.InvokeModelAsync(bedrock, {|#1:"anthropic.claude-3-haiku-20240307-v1:0"|}, new() { Model = "bedrock-2023-05-31", MaxTokens = 1024 });
                }
            }
            """,
            """
            namespace Claudia
            {
                public static class Models
                {
                    public const string Claude3Opus = "claude-3-opus-20240229";
                    public const string Claude3Haiku = "claude-3-haiku-20240307";
                }

                public static class BedrockExtensions
                {
                    public static System.Threading.Tasks.Task<object> InvokeModelAsync(object client, string modelId, MessageRequest request) => throw null!;
                }
            }
            """,
            LibraryStubs.Claudia).Expect(
                Found(0, "Claude 3 Opus", "API model name 'claude-3-opus-20240229'", ClosedVerdict),
                Found(1, "Claude 3 Haiku", "API model name 'anthropic.claude-3-haiku-20240307-v1:0'", ClosedVerdict)).RunAsync();

    [Fact]
    public async Task Google_s_Gen_AI_SDK_names_the_model_of_each_request_live_session_and_chat_client()
        => await new RuntimeModelTest(
            """
            using Google.GenAI;
            using Microsoft.Extensions.AI;
            class C
            {
                async System.Threading.Tasks.Task M(string key)
                {
                    var client = new Client(apiKey: key);
                    await client.Models.GenerateContentAsync(model: {|#0:"gemini-2.0-flash"|}, contents: "Hello");
                    await client.Live.ConnectAsync({|#1:"gemini-2.5-flash"|}, new object());
                    IChatClient chat = new Client(apiKey: key).AsIChatClient({|#2:"gemini-2.5-pro"|});
                }
            }
            """,
            LibraryStubs.AnthropicSdkAndGeminiSdks).Expect(
                Found(0, "Gemini 2.0 Flash", "API model name 'gemini-2.0-flash'", "a closed model, available only through its vendor's API"),
                Found(1, "Gemini 2.5 Flash", "API model name 'gemini-2.5-flash'", "a closed model, available only through its vendor's API"),
                Found(2, "Gemini 2.5 Pro", "API model name 'gemini-2.5-pro'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task Semantic_Kernel_s_Google_connector_names_a_Gemini_model_for_Google_AI_and_Vertex_AI()
        => await new RuntimeModelTest(
            """
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.Connectors.Google;
            class C
            {
                const string ModelId = "gemini-1.5-flash";

                void M(string key, string token)
                {
                    Kernel.CreateBuilder().AddGoogleAIGeminiChatCompletion({|#0:ModelId|}, key);
                    Kernel.CreateBuilder().AddVertexAIGeminiChatCompletion({|#1:"gemini-2.0-flash"|}, token, "us-central1", "my-project");
                    var service = new GoogleAIGeminiChatCompletionService(modelId: {|#2:"gemini-1.5-pro"|}, apiKey: key);
                }
            }
            """,
            LibraryStubs.SemanticKernelConnectors).Expect(
                Found(0, "Gemini 1.5 Flash", "API model name 'gemini-1.5-flash'", "a closed model, available only through its vendor's API"),
                Found(1, "Gemini 2.0 Flash", "API model name 'gemini-2.0-flash'", "a closed model, available only through its vendor's API"),
                Found(2, "Gemini 1.5 Pro", "API model name 'gemini-1.5-pro'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task Foundry_agents_run_on_a_deployment_assumed_to_be_the_model_of_its_name()
        => await new RuntimeModelTest(
            """
            using Azure.AI.Agents.Persistent;
            using Azure.AI.Projects;
            class C
            {
                async System.Threading.Tasks.Task M(PersistentAgentsClient client, AgentsClient legacy)
                {
                    var agent = await client.Administration.CreateAgentAsync(model: {|#0:"gpt-4o"|}, name: "researcher", instructions: "Answer briefly.");
                    var other = await client.CreateAIAgentAsync({|#1:"gpt-4.1-mini"|}, name: "helper");
                    var old = await legacy.CreateAgentAsync({|#2:"agent-deployment"|});
                }
            }
            """,
            LibraryStubs.FoundryAgents).Expect(
                Found(0, "GPT-4o", "deployment name 'gpt-4o', assumed to be the model of that name", "a closed model, available only through its vendor's API"),
                Found(1, "GPT-4.1 mini", "deployment name 'gpt-4.1-mini', assumed to be the model of that name", "a closed model, available only through its vendor's API"),
                Unresolved(2, "'agent-deployment' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item")).RunAsync();

    [Fact]
    public async Task Aspire_client_integrations_name_the_model_of_an_OpenAI_client_and_assume_it_from_an_Azure_deployment()
        => await new RuntimeModelTest(
            """
            using Microsoft.Extensions.Hosting;

            var builder = Host.CreateApplicationBuilder(args);
            var deployment = builder.Configuration["ChatDeployment"] ?? "gpt-4o-mini";
            builder.AddAzureOpenAIClient("openai").AddChatClient({|#0:deployment|});
            builder.AddAzureOpenAIClient("openai").AddEmbeddingGenerator({|#1:"text-embedding-3-small"|});
            builder.AddAzureOpenAIClient("openai").AddKeyedEmbeddingGenerator("search", {|#2:"embeddings"|});
            builder.AddOpenAIClient("chat").AddKeyedChatClient("fast", deploymentName: {|#3:"gpt-4.1-nano"|});
            builder.AddOpenAIClient("chat").AddChatClient();
            builder.Build().Run();
            """,
            LibraryStubs.AspireOpenAIClients).AsProgram().Expect(
                Found(0, "GPT-4o mini", "deployment name 'gpt-4o-mini', the fallback of configuration key 'ChatDeployment', assumed to be the model of that name", "a closed model, available only through its vendor's API"),
                Found(1, "text-embedding-3-small", "deployment name 'text-embedding-3-small', assumed to be the model of that name", "a closed model, available only through its vendor's API"),
                Unresolved(2, "'embeddings' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item"),
                Found(3, "GPT-4.1 nano", "API model name 'gpt-4.1-nano'", "a closed model, available only through its vendor's API")).RunAsync();

    [Fact]
    public async Task An_AppHost_handing_a_service_a_model_through_an_environment_variable_names_it_when_the_name_says_so()
        => await new RuntimeModelTest(
            """
            using System;
            using Aspire.Hosting;

            var builder = DistributedApplication.CreateBuilder(args);
            var chatModel = Environment.GetEnvironmentVariable("CHAT_MODEL") ?? "gpt-4o-mini";
            var embeddings = Environment.GetEnvironmentVariable("EmbeddingModelDeployment") ?? "text-embedding-3-large";
            builder.AddProject("api", "../Api/Api.csproj")
                .WithEnvironment("ChatModel", {|#0:chatModel|})
                .WithEnvironment("EmbeddingModelDeployment", {|#1:embeddings|})
                .WithEnvironment("OLLAMA_MODEL", {|#2:"phi3"|})
                .WithEnvironment("AzureDeployment", "chat")
                .WithEnvironment("ModelCacheFolder", "cache/models")
                .WithEnvironment("Greeting", "gpt-4o");

            // A Python agent and a container read their variables with no .NET library: not the project's code.
            builder.AddExecutable("agent", "python", ".", "agent.py").WithEnvironment("FAST_MODEL_NAME", "meta/llama-3.2-3b-instruct");
            builder.AddContainer("worker", "example/worker").WithEnvironment("OLLAMA_MODEL", "llama3.1");
            builder.Build().Run();
            """).AsProgram().Expect(
                Found(0, "GPT-4o mini", "'gpt-4o-mini', handed on as environment variable 'ChatModel'", "a closed model, available only through its vendor's API"),
                Found(1, "text-embedding-3-large", "'text-embedding-3-large', handed on as environment variable 'EmbeddingModelDeployment', assumed to be the model of that name", "a closed model, available only through its vendor's API"),
                Found(2, "Phi-3 Mini 4K Instruct", "'phi3', handed on as environment variable 'OLLAMA_MODEL'", "open weights under the 'mit' licence")).RunAsync();

    [Fact]
    public async Task Models_named_in_generated_code_are_not_reported()
        => await new RuntimeModelTest(
            """
            // <auto-generated/>
            class Generated
            {
                object Client() => new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost:11434"), "llama3.1");
            }
            """,
            """
            class Mine
            {
                object Client() => new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost:11434"), {|#0:"phi3"|});
            }
            """)
            .WithSource("/0/Attributed.cs", """
                [System.CodeDom.Compiler.GeneratedCode("a-tool", "1.0")]
                class FromTool
                {
                    object Client() => new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost:11434"), "mistral");
                }
                """)
            .WithSource("/0/Clients.g.cs", """
                class FromGenerator
                {
                    object Client() => new OllamaSharp.OllamaApiClient(new System.Uri("http://localhost:11434"), "qwen2.5:7b");
                }
                """)
            .Expect(Found(0, "Phi-3 Mini 4K Instruct", "Ollama tag 'phi3'", "open weights under the 'mit' licence")).RunAsync();

    [Fact]
    public async Task A_model_in_a_branch_the_code_never_takes_is_not_a_model_the_app_uses()
        => await new RuntimeModelTest(
            """
            using OllamaSharp;
            using OpenAI;
            class C
            {
                const bool UseLocal = false;

                object[] M(string[] args)
                {
                    var usingOpenAI = true;
                    object chat;
                    if (usingOpenAI)
                    {
                        chat = new OpenAIClient("key").GetChatClient({|#0:"gpt-4o-mini"|});
                    }
                    else
                    {
                        chat = new OllamaApiClient("http://localhost:11434", "llama3.2");
                    }

                    var offline = !usingOpenAI ? new OllamaApiClient("http://localhost:11434", "all-minilm") : null;
                    var local = UseLocal ? new OllamaApiClient("http://localhost:11434", "phi3") : null;

                    var fromArguments = args.Length == 0;
                    if (fromArguments)
                    {
                        local = new OllamaApiClient("http://localhost:11434", {|#1:"qwen2.5:7b"|});
                    }

                    var changed = false;
                    changed = args.Length > 1;
                    if (changed)
                    {
                        local = new OllamaApiClient("http://localhost:11434", {|#2:"mistral"|});
                    }

                    return [chat, offline, local];
                }
            }
            """).Expect(
                Found(0, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API"),
                Found(1, "Qwen2.5 7B Instruct", "Ollama tag 'qwen2.5:7b'", "open weights under the 'apache-2.0' licence"),
                Found(2, "Mistral 7B Instruct v0.3", "Ollama tag 'mistral'", "open weights under the 'apache-2.0' licence")).RunAsync();

    [Fact]
    public async Task Kernel_Memory_config_objects_name_their_models()
        => await new RuntimeModelTest(
            """
            using Microsoft.KernelMemory;
            using Microsoft.KernelMemory.AI.Ollama;
            class C
            {
                object M()
                {
                    var ollama = new OllamaConfig
                    {
                        Endpoint = "http://localhost:11434",
                        TextModel = new OllamaModelConfig({|#0:"phi3:medium-128k"|}, 131072),
                        EmbeddingModel = new OllamaModelConfig { ModelName = {|#1:"nomic-embed-text"|} },
                    };
                    var openAI = new OpenAIConfig { TextModel = {|#2:"gpt-4o-mini"|}, EmbeddingModel = {|#3:"text-embedding-3-small"|} };
                    var onnx = new OnnxConfig { TextModelDir = {|#4:"models/Phi-3-mini-4k-instruct-onnx/cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4"|} };
                    var azure = new KernelMemoryBuilder().WithAzureOpenAITextEmbeddingGeneration(new()
                    {
                        Deployment = {|#5:"text-embedding-3-small"|},
                        APIType = AzureOpenAIConfig.APITypes.EmbeddingGeneration,
                    });
                    return new KernelMemoryBuilder().WithOllamaTextGeneration(ollama).WithOpenAI(openAI).WithOnnxTextGeneration(onnx);
                }
            }
            """,
            LibraryStubs.KernelMemory).Expect(
                Found(0, "Phi-3 Medium 128K Instruct", "Ollama tag 'phi3:medium-128k'", "open weights under the 'mit' licence"),
                Found(1, "Nomic Embed Text v1.5", "Ollama tag 'nomic-embed-text'", "open-source AI under the 'apache-2.0' licence"),
                Found(2, "GPT-4o mini", "API model name 'gpt-4o-mini'", "a closed model, available only through its vendor's API"),
                Found(3, "text-embedding-3-small", "API model name 'text-embedding-3-small'", "a closed model, available only through its vendor's API"),
                Found(4, "Phi-3 Mini 4K Instruct", "model path 'models/Phi-3-mini-4k-instruct-onnx/cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4'", "open weights under the 'mit' licence"),
                Found(5, "text-embedding-3-small", "deployment name 'text-embedding-3-small', assumed to be the model of that name", "a closed model, available only through its vendor's API")).RunAsync();

    /// <summary>ML.NET's GenAI packages load a model from its Hugging Face folder, judged by the folder's name.</summary>
    [Fact]
    public async Task ML_NET_GenAI_models_are_loaded_from_their_folder()
        => await new RuntimeModelTest(
            """
            using Microsoft.ML.GenAI.Mistral;
            using Microsoft.ML.GenAI.Phi;
            class C
            {
                void M(string weights)
                {
                    var mistral = MistralForCausalLM.FromPretrained({|#0:@"C:\models\Mistral-7B-Instruct-v0.3"|}, "config.json", checkPointName: "model.safetensors", quantizeToInt8: false);
                    var phi = Phi3ForCausalLM.FromPretrained({|#1:System.IO.Path.Combine(weights, "Phi-3-mini-4k-instruct")|}, "config.json", layersOnTargetDevice: -1);
                }
            }
            """,
            LibraryStubs.MLNetGenAI).Expect(
                Found(0, "Mistral 7B Instruct v0.3", @"model path 'C:\models\Mistral-7B-Instruct-v0.3'", "open weights under the 'apache-2.0' licence"),
                Found(1, "Phi-3 Mini 4K Instruct", "model path 'Phi-3-mini-4k-instruct'", "open weights under the 'mit' licence")).RunAsync();

    [Fact]
    public async Task Foundry_Local_aliases_are_models()
        => await new RuntimeModelTest(
            """
            using Microsoft.AI.Foundry.Local;
            class C
            {
                async System.Threading.Tasks.Task M(FoundryLocalManager manager)
                {
                    await manager.StartModelAsync({|#0:"phi-4"|});
                    await manager.GetModelInfoAsync(aliasOrModelId: {|#1:"qwen2.5-7b-instruct"|});
                    const string DefaultModelAlias = "phi-3.5-mini";
                    var alias = System.Environment.GetEnvironmentVariable("FOUNDRY_LOCAL_MODEL") ?? DefaultModelAlias;
                    var catalog = await FoundryLocalManager.Instance.GetCatalogAsync();
                    await catalog.GetModelAsync({|#2:alias|});
                }
            }
            """,
            LibraryStubs.FoundryLocal).Expect(
                Found(0, "Phi-4", "model alias 'phi-4'", "open weights under the 'mit' licence"),
                Found(1, "Qwen2.5 7B Instruct", "model alias 'qwen2.5-7b-instruct'", "open weights under the 'apache-2.0' licence"),
                Found(2, "Phi-3.5 Mini Instruct", "model alias 'phi-3.5-mini'", "open weights under the 'mit' licence")).RunAsync();

    [Fact]
    public async Task A_claim_about_a_model_named_only_at_a_call_site_is_judged_and_its_attribution_noted_at_info_severity()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            class C
            {
                const string Banner = "Powered by the {|#1:open-source|} Llama 3.1";
                object M() => new OllamaApiClient("http://localhost:11434", {|#0:"llama3.1"|});
            }
            """).Expect(
                new DiagnosticResult(RuleDescriptors.RestrictedModelCalledOpenSource).WithLocation(1).WithArguments(
                    Llama31, "'open-source'", "llama3.1", LicenseCatalog.Resolve("llama3.1")!.SourceUrl, LicenseCatalog.Resolve("llama3.1")!.Restrictions!, "'open-weight'"),
                Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict),
                new DiagnosticResult(RuleDescriptors.AttributionMissing).WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments(
                    Llama31, "llama3.1", LicenseCatalog.Resolve("llama3.1")!.SourceUrl, "Built with Llama", RuntimeModels.Classify("llama3.1", ModelValueKind.OllamaTag)!.CatalogId!,
                    ". The project ships no weights of this model, it only names it at run time: the licence asks for the attribution when the app is distributed with the model or offered as a product or service that contains it")).RunAsync();

    [Fact]
    public async Task A_claim_in_a_readme_about_a_runtime_model_is_judged_and_carried_attribution_satisfies()
        => await new RuntimeModelTest("""
            using OpenAI;
            class C { object M(OpenAIClient client) => client.GetChatClient({|#0:"gpt-4o"|}); }
            """)
            .WithFile("README.md", "This app uses the open-source GPT-4o.\n")
            .Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", "a closed model, available only through its vendor's API"),
                new DiagnosticResult(RuleDescriptors.ClosedModelCalledOpenSource).WithSpan("README.md", 1, 19, 1, 30).WithArguments("GPT-4o", "'open-source'", "'proprietary'")).RunAsync();

    [Fact]
    public async Task A_call_that_does_not_compile_still_names_its_model_when_every_candidate_agrees_on_the_parameter()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            using OpenAI;
            class C
            {
                object Typing() => new OllamaApiClient({|CS1503:"http://localhost:11434"|}, {|#0:"mistral"|}, {|CS1503:42|});
                object OtherVersion(OpenAIClient client) => client.{|CS1501:GetChatClient|}({|#1:"gpt-4o"|}, "extra", 1);
                object Unclear() => new {|CS1729:OllamaApiClient|}(42, 43, 44, 45);
            }
            """).Expect(
                Found(0, "Mistral 7B Instruct v0.3", "Ollama tag 'mistral'", "open weights under the 'apache-2.0' licence"),
                Found(1, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict)).RunAsync();

    [Fact]
    public async Task A_claim_in_a_resx_string_about_a_model_named_only_in_code_is_judged()
        => await new RuntimeModelTest("""
            using OpenAI;
            class C { object M(OpenAIClient client) => client.GetChatClient({|#0:"gpt-4o"|}); }
            """)
            .WithFile("Properties/Strings.resx", """
                <?xml version="1.0" encoding="utf-8"?>
                <root>
                  <data name="About" xml:space="preserve">
                    <value>This app uses the open-source GPT-4o.</value>
                  </data>
                </root>
                """)
            .Expect(
                Found(0, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict),
                new DiagnosticResult(RuleDescriptors.ClosedModelCalledOpenSource).WithSpan("Properties/Strings.resx", 4, 30, 4, 41).WithArguments("GPT-4o", "'open-source'", "'proprietary'")).RunAsync();

    [Fact]
    public async Task A_claim_naming_several_runtime_models_flags_each_by_its_own_tier()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            using OpenAI;
            class C
            {
                object Local() => new OllamaApiClient("http://localhost:11434", {|#0:"mistral"|});
                object Hosted(OpenAIClient client) => client.GetChatClient({|#1:"gpt-4o"|});
            }
            """)
            .WithFile("README.md", "Answers come from the open-source Mistral 7B and GPT-4o models.\n")
            .Expect(
                Found(0, "Mistral 7B Instruct v0.3", "Ollama tag 'mistral'", "open weights under the 'apache-2.0' licence"),
                Found(1, "GPT-4o", "API model name 'gpt-4o'", ClosedVerdict),
                new DiagnosticResult(RuleDescriptors.OpenWeightsModelCalledOpenSource).WithSpan("README.md", 1, 23, 1, 34).WithArguments(
                    "Mistral 7B Instruct v0.3", "'open-source'", "apache-2.0", LicenseCatalog.Resolve("apache-2.0")!.SourceUrl, "its training data and training code are not published", "'open-weight'"),
                new DiagnosticResult(RuleDescriptors.ClosedModelCalledOpenSource).WithSpan("README.md", 1, 23, 1, 34).WithArguments("GPT-4o", "'open-source'", "'proprietary'")).RunAsync();

    [Fact]
    public async Task Models_the_manifest_holds_are_left_to_the_manifest_rules()
        => await new RuntimeModelTest("""
            using OllamaSharp;
            class C
            {
                const string Banner = "Powered by the open-source Llama 3.1";
                object M() => new OllamaApiClient("http://localhost:11434", {|#0:"llama3.1"|});
            }
            """).WithManifest(Manifests.Llama31()).Expect(Found(0, Llama31, "Ollama tag 'llama3.1'", Llama31Verdict)).RunAsync();

    [Fact]
    public async Task The_policy_passed_to_the_compiler_is_enforced_at_the_call_site()
        => await new RuntimeModelTest(CommandR).WithPolicy("Commercial").Expect(
                Violation(0, new PolicySettings(ModelLicensePolicy.Commercial), DiagnosticSeverity.Error),
                Found(0, "Command R (08-2024)", "Ollama tag 'command-r'", "restricted weights under the 'cc-by-nc-4.0' licence")).RunAsync();

    [Fact]
    public async Task Without_a_policy_the_default_warns()
        => await new RuntimeModelTest(CommandR).Expect(
                Violation(0, new PolicySettings(PolicySettings.Default) { IsDefault = true }, DiagnosticSeverity.Warning),
                Found(0, "Command R (08-2024)", "Ollama tag 'command-r'", "restricted weights under the 'cc-by-nc-4.0' licence")).RunAsync();

    [Fact]
    public async Task The_policy_file_the_build_writes_brings_the_projects_allows()
    {
        var settings = new PolicySettings(ModelLicensePolicy.Commercial);
        settings.Allow.Add(new PolicyListEntry("cc-by-nc-4.0", "research build only, approved by legal"));

        await new RuntimeModelTest(CommandR)
            .WithPolicy("Commercial")
            .WithFile("obj/Debug/net8.0/" + PolicyFile.FileName, PolicyFile.Write(settings, todayIsFixed: false))
            .Expect(Found(0, "Command R (08-2024)", "Ollama tag 'command-r'", "restricted weights under the 'cc-by-nc-4.0' licence"))
            .RunAsync();
    }

    [Fact]
    public async Task A_deny_in_the_policy_file_fails_a_model_the_policy_lets_through()
    {
        var settings = new PolicySettings(ModelLicensePolicy.Permissive);
        settings.Deny.Add(new PolicyListEntry("command-r*", "not approved"));

        await new RuntimeModelTest(CommandR)
            .WithFile("obj/Debug/net8.0/" + PolicyFile.FileName, PolicyFile.Write(settings, todayIsFixed: false))
            .Expect(
                Violation(0, settings, DiagnosticSeverity.Warning),
                Found(0, "Command R (08-2024)", "Ollama tag 'command-r'", "restricted weights under the 'cc-by-nc-4.0' licence"))
            .RunAsync();
    }

    private const string CommandR = """
        using OllamaSharp;
        class C { object M() => new OllamaApiClient("http://localhost:11434", {|#0:"command-r"|}); }
        """;

    private static DiagnosticResult Violation(int location, PolicySettings settings, DiagnosticSeverity severity)
    {
        var model = RuntimeModels.Classify("command-r", ModelValueKind.OllamaTag)!;
        var violation = PolicyEvaluator.Evaluate(settings, model)!;
        return new DiagnosticResult(RuleDescriptors.RuntimeModelPolicyViolation).WithLocation(location).WithSeverity(severity).WithArguments(violation.Message);
    }

    [Fact]
    public async Task A_compilation_without_the_libraries_registers_nothing()
        => await new RuntimeModelTest("""
            class C { const string Banner = "Powered by the open-source Llama 3.1"; }
            """).WithoutLibraries().RunAsync();

    private const string ClosedVerdict = "a closed model, available only through its vendor's API";

    private static DiagnosticResult Found(int location, string model, string described, string verdict)
        => new DiagnosticResult(RuleDescriptors.RuntimeModelFound).WithLocation(location).WithArguments(model, described, verdict);

    private static DiagnosticResult Unresolved(int location, string reason)
        => new DiagnosticResult(RuleDescriptors.RuntimeModelUnresolved).WithLocation(location).WithArguments(reason);
}
