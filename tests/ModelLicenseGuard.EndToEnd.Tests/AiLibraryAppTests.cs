using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// One app per AI library, each built with <c>dotnet build</c> against the real package from the registry (the versions
/// in Directory.Packages.props, which the analyzer's table tests bind against) and the packed ModelLicenseGuard: every way
/// the app names a model reaches the ML-BOM as the right catalog model, and nothing else does.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class AiLibraryAppTests(PackageFixture package)
{
    private const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    [Fact]
    public void OllamaSharp_constructor_selected_model_requests_and_pulls()
        => AssertModels(
            App("OllamaApp", ["OllamaSharp"], """
                using OllamaSharp;
                using OllamaSharp.Models;
                using OllamaSharp.Models.Chat;

                var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.1");
                ollama.SelectedModel = "qwen2.5:7b";
                var pull = new PullModelRequest { Model = "phi3" };
                var chat = new ChatRequest { Model = "mistral" };
                Console.WriteLine(pull.Model + chat.Model + ollama.SelectedModel);
                """),
            "Llama 3.1 8B Instruct",
            "Qwen2.5 7B Instruct",
            "Phi-3 Mini 4K Instruct",
            "Mistral 7B Instruct v0.3");

    /// <summary>
    /// The OpenAI client and the servers that speak its API: Docker Model Runner's, LM Studio's and GitHub Models' names,
    /// a helper's default and the model its callers pass, an interpolation of constants.
    /// </summary>
    [Fact]
    public void OpenAI_chat_responses_moderation_embeddings_and_OpenAI_compatible_servers()
        => AssertModels(
            App("OpenAIApp", ["OpenAI"], """
                #pragma warning disable OPENAI001
                using System.ClientModel;
                using OpenAI;
                using OpenAI.Embeddings;
                using OpenAI.Responses;

                // Built with Llama.
                const string Family = "gpt";
                var client = new OpenAIClient("key");
                var chat = client.GetChatClient("gpt-4o-mini");
                var responses = new ResponsesClient("key");
                var options = new CreateResponseOptions { Model = "gpt-5-mini" };
                var moderation = client.GetModerationClient("omni-moderation-latest");
                var embeddings = new EmbeddingClient("text-embedding-3-small", "key");
                var docker = new OpenAIClient(new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:12434/engines/v1") });
                var local = docker.GetChatClient("ai/llama3.2");
                var studio = client.GetChatClient("lmstudio-community/Qwen2.5-7B-Instruct-GGUF");
                var github = client.GetChatClient("openai/gpt-4.1-mini");
                var defaulted = Chat(client);
                var passed = Chat(client, $"{Family}-4o");
                (string embeddingModel, string realtimeModel) = Settings();
                var embedded = client.GetEmbeddingClient(embeddingModel);
                Console.WriteLine($"{chat}{responses}{options}{moderation}{embeddings}{local}{studio}{github}{defaulted}{passed}{embedded}{realtimeModel}");

                static object Chat(OpenAIClient client, string model = "gpt-4.1") => client.GetChatClient(model);
                static (string Embedding, string Realtime) Settings() => (Environment.GetEnvironmentVariable("EMBEDDING_MODEL") ?? "text-embedding-3-large", "unused");
                """),
            "GPT-4o mini",
            "GPT-5 mini",
            "Omni Moderation",
            "text-embedding-3-small",
            "Llama 3.2 3B Instruct",
            "Qwen2.5 7B Instruct",
            "GPT-4.1 mini",
            "GPT-4.1",
            "GPT-4o",
            "text-embedding-3-large");

    [Fact]
    public void Microsoft_Extensions_AI_adapters_and_options()
        => AssertModels(
            App("ExtensionsAIApp", ["Microsoft.Extensions.AI.OpenAI"], """
                #pragma warning disable OPENAI001
                using Microsoft.Extensions.AI;
                using OpenAI.Responses;

                IChatClient chat = new ResponsesClient("key").AsIChatClient("gpt-4.1");
                var options = new ChatOptions { ModelId = "gpt-4o" };
                var settings = new AppSettings();
                var fromSettings = new ChatOptions { ModelId = settings.ChatModel };
                var summarizer = new Summarizer("o3-mini");
                Console.WriteLine($"{chat}{options.ModelId}{fromSettings.ModelId}{summarizer}");

                sealed class AppSettings { public string ChatModel { get; set; } = "gpt-4o-mini"; }

                sealed class Summarizer(string model)
                {
                    public ChatOptions Options { get; } = new() { ModelId = model };
                }
                """),
            "GPT-4.1",
            "GPT-4o",
            "GPT-4o mini",
            "OpenAI o3-mini");

    [Fact]
    public void Semantic_Kernel_builder_services_azure_model_ids_and_execution_settings()
        => AssertModels(
            App("KernelApp", ["Microsoft.SemanticKernel"], """
                using Microsoft.SemanticKernel;
                using Microsoft.SemanticKernel.Connectors.OpenAI;

                var builder = Kernel.CreateBuilder();
                builder.AddOpenAIChatCompletion("gpt-4o", "key");
                builder.AddAzureOpenAIChatCompletion("chat", "https://example.openai.azure.com", "key", modelId: "gpt-4o-mini");
                builder.Services.AddOpenAITextEmbeddingGeneration("text-embedding-3-large", "key");
                var settings = new OpenAIPromptExecutionSettings { ModelId = "o3-mini" };
                Console.WriteLine($"{builder.Build()}{settings.ModelId}");
                """),
            "GPT-4o",
            "GPT-4o mini",
            "text-embedding-3-large",
            "OpenAI o3-mini");

    [Fact]
    public void Azure_OpenAI_deployments_named_like_models_are_assumed_to_be_them()
    {
        var project = App("AzureApp", ["Azure.AI.OpenAI"], """
            using System.ClientModel;
            using Azure.AI.OpenAI;

            var client = new AzureOpenAIClient(new Uri("https://example.openai.azure.com"), new ApiKeyCredential("key"));
            var chat = client.GetChatClient("gpt-4o");
            var embeddings = client.GetEmbeddingClient("my-embeddings");
            Console.WriteLine($"{chat}{embeddings}");
            """);

        var bom = AssertModels(project, "GPT-4o");

        Assert.Contains("\"value\": \"deployment name\"", bom, StringComparison.Ordinal);
    }

    [Fact]
    public void LLamaSharp_paths_built_with_Path_Combine()
        => AssertModels(
            App("LlamaApp", ["LLamaSharp"], """
                using LLama.Common;
                using LLama.Native;

                // Built with Llama.
                var parameters = new ModelParams(Path.Combine(AppContext.BaseDirectory, "models", "Llama-3.2-1B-Instruct-Q4_0.gguf"));
                Console.WriteLine(parameters.ModelPath);
                void Load() => SafeLlamaModelHandle.LoadFromFile(Path.Join("models", "qwen2.5-7b-instruct-q4_k_m.gguf"), default).Dispose();
                """),
            "Llama 3.2 1B Instruct",
            "Qwen2.5 7B Instruct");

    [Fact]
    public void ONNX_Runtime_GenAI_folders_in_Microsofts_own_layout()
        => AssertModels(
            App("OnnxApp", ["Microsoft.ML.OnnxRuntimeGenAI.Managed"], """
                using Microsoft.ML.OnnxRuntimeGenAI;

                var folder = Path.Combine(AppContext.BaseDirectory, "Phi-3-mini-4k-instruct-onnx", "cpu_and_mobile", "cpu-int4-rtn-block-32-acc-level-4");
                void Load() { using var model = new Model(folder); using var chat = new OnnxRuntimeGenAIChatClient(Path.Combine("models", "Phi-3.5-mini-instruct-onnx")); }
                Console.WriteLine(folder);
                """),
            "Phi-3 Mini 4K Instruct",
            "Phi-3.5 Mini Instruct");

    [Fact]
    public void Whisper_net_model_types_and_paths()
        => AssertModels(
            App("WhisperApp", ["Whisper.net"], """
                using Whisper.net;
                using Whisper.net.Ggml;

                async Task Download() => await WhisperGgmlDownloader.Default.GetGgmlModelAsync(GgmlType.LargeV3Turbo);
                void Load() => WhisperFactory.FromPath("models/ggml-base.en.bin").Dispose();
                var small = GgmlType.Small;
                async Task Fetch(GgmlType type) => await WhisperGgmlDownloader.Default.GetGgmlModelAsync(type);
                await Fetch(small);
                Console.WriteLine("ready");
                """),
            "Whisper large-v3-turbo",
            "Whisper base.en",
            "Whisper small");

    /// <summary>
    /// Betalgo.Ranul.OpenAI, the community OpenAI SDK: the service's default model and a chat request's model as its
    /// Models names, an image request's ImageModel, a speech request's literal; a response's model names nothing.
    /// </summary>
    [Fact]
    public void Betalgo_OpenAI_requests_library_model_names_and_the_default_model()
        => AssertModels(
            App("BetalgoApp", ["Betalgo.Ranul.OpenAI"], """
                using Betalgo.Ranul.OpenAI;
                using Betalgo.Ranul.OpenAI.Contracts.Enums.Model;
                using Betalgo.Ranul.OpenAI.Contracts.Requests.Image;
                using Betalgo.Ranul.OpenAI.Managers;
                using Betalgo.Ranul.OpenAI.ObjectModels;
                using Betalgo.Ranul.OpenAI.ObjectModels.RequestModels;

                var sdk = new OpenAIService(new OpenAIOptions { ApiKey = "key", DefaultModelId = Models.Gpt_4o_mini });
                var chat = new ChatCompletionCreateRequest { Messages = [ChatMessage.FromUser("Hello")], Model = Models.Gpt_4o };
                var image = new CreateImageRequest { Prompt = "Laser cat eyes", Model = ImageModel.GptImage1 };
                var speech = new AudioCreateSpeechRequest { Input = "Hello", Model = "tts-1" };
                Func<Task<string?>> answer = async () => (await sdk.ChatCompletion.CreateCompletion(chat)).Model;
                Console.WriteLine($"{chat.Model}{image.Model}{speech.Model}{answer}");
                """),
            "GPT-4o mini",
            "GPT-4o",
            "GPT Image 1",
            "TTS-1");

    /// <summary>
    /// OpenAI_API, OkGoDoIt's community OpenAI library (the package OpenAI 1.11.0, before its id passed to the official
    /// SDK): a conversation's model as one of <c>Model</c>'s names, a request's model, a name converted to a <c>Model</c>
    /// for an endpoint, and a default the app sets.
    /// </summary>
    [Fact]
    public void OpenAI_API_conversations_requests_and_defaults()
        => AssertModels(
            App("OpenAIApiApp", ["OpenAI@1.11.0"], """
                using OpenAI_API;
                using OpenAI_API.Chat;
                using OpenAI_API.Embedding;
                using OpenAI_API.Models;

                Model.DefaultChatModel = Model.GPT4_Turbo;
                var api = new OpenAIAPI("key");
                var chat = api.Chat.CreateConversation();
                chat.Model = Model.ChatGPTTurbo;
                var request = new EmbeddingRequest(Model.AdaTextEmbedding, "text");
                Func<Task<ChatResult>> ask = () => api.Chat.CreateChatCompletionAsync(new List<ChatMessage>(), model: "gpt-4");
                Console.WriteLine($"{chat.Model}{request.Model}{ask}");
                """),
            "GPT-4 Turbo",
            "GPT-3.5 Turbo",
            "text-embedding-ada-002",
            "GPT-4");

    /// <summary>
    /// A Blazor page's <c>@code</c> block names its model as any C# file would: the Razor compiler turns the page into C#
    /// during the build, and the analyzer reads that code. A claim in the page's markup is reported at the page's own line.
    /// </summary>
    [Fact]
    public void A_model_named_in_a_Razor_page_is_found()
    {
        var project = App("BlazorApp", ["OpenAI"], """
            var app = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args).Build();
            app.Run();
            """, sdk: "Microsoft.NET.Sdk.Web")
            .WithFile("Pages/Chat.razor", """
                @page "/chat"
                @using OpenAI
                <h3>Chat</h3>
                <p>@answer</p>
                @code {
                    private string answer = "";

                    protected override void OnInitialized()
                    {
                        var client = new OpenAIClient("key").GetChatClient("gpt-4.1-mini");
                        answer = client.ToString() ?? "";
                    }
                }
                <footer>Powered by the open-source GPT-4.1 mini model.</footer>
                """);
        AssertModels(project, out var result, "GPT-4.1 mini");
        var claim = Assert.Single(result.WithId("MLG0003"));
        Assert.EndsWith(Path.Combine("Pages", "Chat.razor"), claim.File);
        Assert.Equal(14, claim.Line);
    }

    /// <summary>
    /// <c>config["AI:ChatModel"] ?? "gpt-3.5-turbo"</c> in an app whose appsettings.json sets the key: the model the
    /// settings name is the one used, and the fallback, never reached, is not listed. A key the settings do not set keeps
    /// its fallback.
    /// </summary>
    [Fact]
    public void A_fallback_of_a_key_the_settings_set_is_not_listed()
        => AssertModels(
            App("SettingsApp", ["OpenAI"], """
                using Microsoft.Extensions.Configuration;
                using OpenAI;

                var config = new ConfigurationBuilder().AddJsonFile("appsettings.json").Build();
                var client = new OpenAIClient("key");
                var chat = client.GetChatClient(config["AI:ChatModel"] ?? "gpt-3.5-turbo");
                var embeddings = client.GetEmbeddingClient(config["AI:EmbeddingModel"] ?? "text-embedding-3-small");
                Console.WriteLine($"{chat}{embeddings}");
                """, sdk: "Microsoft.NET.Sdk.Web")
                .WithFile("appsettings.json", """{ "AI": { "ChatModel": "gpt-4o" } }"""),
            "GPT-4o",
            "text-embedding-3-small");

    /// <summary>"Built with Llama" in a Blazor page's footer is the attribution Llama's licence asks for: no MLG0010.</summary>
    [Fact]
    public void Built_with_Llama_in_a_Razor_page_is_the_attribution()
    {
        ConsumerProject Blazor(string footer)
        {
            var project = App("BlazorLlama", [], "Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args).Build().Run();\n", sdk: "Microsoft.NET.Sdk.Web")
                .WithFile("Pages/Index.razor", $"@page \"/\"\n<h1>Chat</h1>\n<footer>{footer}</footer>\n");
            File.WriteAllText(project.ProjectFile, File.ReadAllText(project.ProjectFile).Replace("</Project>", "  <ItemGroup><ModelReference Include=\"hf:meta-llama/Llama-3.1-8B-Instruct\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
            return project;
        }

        var without = Blazor("Made with care").Build();
        Assert.True(without.ExitCode == 0, without.ToString());
        Assert.Single(without.WithId("MLG0010"));

        var with = Blazor("Built with Llama").Build();
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Empty(with.WithId("MLG0010"));
    }

    private ConsumerProject App(string name, string[] packages, string program, string sdk = "Microsoft.NET.Sdk")
    {
        // "id@version" asks for a release other than the one the repository restores (OpenAI 1.x, another library).
        var references = string.Concat(packages.Select(package => package.Split('@') is [var id, var version] ? (id, version) : (package, PackageVersion(package)))
            .Select(reference => $"\n    <PackageReference Include=\"{reference.Item1}\" Version=\"{reference.Item2}\" />"));
        var project = new ConsumerProject(package, name, sdk: sdk, projectBody: $"""
              <PropertyGroup>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>{references}
              </ItemGroup>
            """).WithFile("Program.cs", program);
        project.PackagesFolder = Path.Combine(package.Root, "ai-library-packages");
        package.WriteNuGetConfig(project.Directory, NuGetOrg);
        return project;
    }

    /// <summary>Builds with the ML-BOM on and checks that its models are exactly <paramref name="expected"/>; returns the BOM.</summary>
    private static string AssertModels(ConsumerProject project, params string[] expected) => AssertModels(project, out _, expected);

    private static string AssertModels(ConsumerProject project, out BuildResult result, params string[] expected)
    {
        result = project.Build("-p:ModelLicenseGuardBom=true");
        Assert.True(result.ExitCode == 0, result.ToString());
        var path = Directory.EnumerateFiles(Path.Combine(project.Directory, "bin"), "*.ml-bom.cdx.json", SearchOption.AllDirectories).Single();
        var bom = File.ReadAllText(path);
        Assert.Empty(CycloneDxSchema.Validate(bom));
        using var document = JsonDocument.Parse(bom);
        var models = document.RootElement.GetProperty("components").EnumerateArray()
            .Where(component => component.GetProperty("type").GetString() == "machine-learning-model")
            .Select(component => component.GetProperty("name").GetString())
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(models), $"expected [{string.Join(", ", expected)}], found [{string.Join(", ", models)}]\n{result}");
        Assert.Empty(result.WithId("MLG0030"));
        Assert.Empty(result.WithId("MLG9000"));
        return bom;
    }

    // The version the repository pins centrally, so the apps and the table tests use the same release.
    private static string PackageVersion(string id)
        => XDocument.Load(Repository.PathOf("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(element => (string?)element.Attribute("Include") == id).Attribute("Version")!.Value;
}
