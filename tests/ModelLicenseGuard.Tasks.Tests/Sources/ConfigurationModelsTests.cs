using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Sources;

/// <summary>Models named in appsettings*.json reach the manifest through the resolve task, and the policy check reports them at their line.</summary>
public sealed class ConfigurationModelsTests : IDisposable
{
    private readonly TempDirectory _project = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _project.Dispose();

    private string ManifestPath => _project.PathOf("obj/" + ManifestFormat.FileName);

    /// <summary>
    /// A section of one model per task ("ModelIds": { "ChatCompletion": … }) or one deployment per task
    /// ("DeploymentNames": { … }) names models by its values; a plain "Models" section, as often paths or options, does not.
    /// </summary>
    [Fact]
    public void Sections_of_one_model_or_deployment_per_task_name_their_models()
    {
        Write("appsettings.json", """
            {
              "Azure": { "OpenAI": { "DeploymentNames": { "ChatCompletion": "gpt-4o", "Embeddings": "embeddings-prod" } } },
              "GitHub": { "Models": { "ModelIds": { "ChatCompletion": "gpt-4o-mini", "Embeddings": "text-embedding-3-large" } } },
              "Models": { "Folder": "models", "Default": "phi3" }
            }
            """);

        var manifest = Resolve(["appsettings.json"]);

        Assert.Empty(manifest.Problems);
        Assert.Equal(
            [
                ("openai/gpt-4o", 2, "deployment name"),
                ("openai/gpt-4o-mini", 3, null),
                ("openai/text-embedding-3-large", 3, null),
            ],
            manifest.Models.Select(m => (m.CatalogId!, m.OriginLine, m.AssumedFrom)).ToArray());
    }

    /// <summary>
    /// Keys written as environment variables name models when a word of theirs is the model word (OLLAMA_MODEL,
    /// OAI_CHATMODEL_NANO; a "DEPLOY" word makes a deployment, assumed to be the model of that name), not when a word
    /// after it says the value is something else (CHAT_MODEL_ENDPOINT, MODEL_PROVIDER). A setting whose value names a
    /// prefix ("AIHost": "azureOpenAI") selects it, and the models of other prefixes that have an endpoint, a key or a
    /// token of their own are choices the configuration does not make.
    /// </summary>
    [Fact]
    public void Environment_style_keys_name_models_and_a_setting_selects_among_their_prefixes()
    {
        Write("appsettings.json", """
            {
              "OAI_CHATMODEL_NANO": "gpt-4.1-nano",
              "AOI_DEPLOYMODEL": "gpt-4.1",
              "CHAT_MODEL_ENDPOINT": "llama3.1",
              "MODEL_PROVIDER": "openai",
              "ChatModel_Temperature": "phi3"
            }
            """);
        Write("appsettings.Development.json", """
            {
              "AIHost": "azureOpenAI",
              "AZURE_OPENAI_ENDPOINT": "https://example.openai.azure.com/",
              "AZURE_OPENAI_DEPLOYMENT": "gpt-4o",
              "GITHUB_TOKEN": "",
              "GITHUB_MODEL_NAME": "Phi-3.5-mini-instruct",
              "LOCAL_ENDPOINT": "http://localhost:11434",
              "OLLAMA_MODEL": "qwen2.5:7b",
              "LOCAL_MODEL_NAME": "phi3.5"
            }
            """);

        var manifest = Resolve(["appsettings.json", "appsettings.Development.json"]);

        Assert.Empty(manifest.Problems);
        Assert.Equal(
            [
                ("openai/gpt-4.1-nano", null),
                ("openai/gpt-4.1", "deployment name"),
                ("openai/gpt-4o", "deployment name"),
                ("Qwen/Qwen2.5-7B-Instruct", null),
            ],
            manifest.Models.Select(m => (m.CatalogId!, m.AssumedFrom)).ToArray());
    }

    /// <summary>The manifest lists every key the settings give a value that is not empty, for the analyzer's <c>??</c> fallbacks.</summary>
    [Fact]
    public void The_manifest_lists_the_keys_the_settings_set()
    {
        Write("appsettings.json", """
            {
              "AI": { "ChatModel": "gpt-4o", "Endpoint": "", "Temperature": "0.2" },
              "Logging": { "LogLevel": { "Default": "Information" } }
            }
            """);
        Write("appsettings.Development.json", """{ "AI": { "EmbeddingModel": "Replace with your model" } }""");

        var manifest = Resolve(["appsettings.json", "appsettings.Development.json"]);

        Assert.Equal(["AI:ChatModel", "AI:EmbeddingModel", "AI:Temperature", "Logging:LogLevel:Default"], manifest.ConfigurationKeys);
    }

    [Fact]
    public void Model_keys_connection_strings_and_declared_keys_are_found_with_file_and_line()
    {
        Write("appsettings.json", """
            {
              "Ollama": { "Endpoint": "http://localhost:11434", "ModelId": "llama3.1" },
              "OpenAI": { "ChatModelId": "gpt-4o", "EmbeddingModelId": "YOUR_EMBEDDING_MODEL", "SpeechModelId": "gpt-4o-mini-tts", "ViewModel": "phi3" },
              "ConnectionStrings": { "chat": "Endpoint=http://localhost:11434;Model=phi3" },
              "MyApp": { "Summarizer": "command-r" },
              "AzureOpenAI": { "DeploymentName": "gpt-4o-mini", "EmbeddingsDeployment": "embeddings-prod" },
              "Parameters": { "ChatDeploymentName": "chat" },
              "ConnectionStrings": { "openai": "Endpoint=https://example.openai.azure.com/;Deployment=text-embedding-3-small" },
              "ChatGPT": { "DefaultModel": "gpt-4.1", "DefaultEmbeddingModel": "text-embedding-ada-002", "DefaultViewModel": "phi3" }
            }
            """);

        var manifest = Resolve(["appsettings.json"], new TaskItem("MyApp:Summarizer", new System.Collections.Generic.Dictionary<string, string> { ["Kind"] = "ollama" }));

        // A deployment named exactly like a model is assumed to deploy it; any other deployment name says nothing.
        Assert.Empty(manifest.Problems);
        Assert.Equal(
            [
                ("meta-llama/Llama-3.1-8B-Instruct", 2, null),
                ("openai/gpt-4o", 3, null),
                ("openai/gpt-4o-mini-tts", 3, null),
                ("microsoft/Phi-3-mini-4k-instruct", 4, null),
                ("CohereLabs/c4ai-command-r-08-2024", 5, null),
                ("openai/gpt-4o-mini", 6, "deployment name"),
                ("openai/text-embedding-3-small", 8, "deployment name"),
                ("openai/gpt-4.1", 9, null),
                ("openai/text-embedding-ada-002", 9, null),
            ],
            manifest.Models.Select(m => (m.CatalogId!, m.OriginLine, m.AssumedFrom)).ToArray());
        Assert.All(manifest.Models, m =>
        {
            Assert.Equal("configuration", m.SourceKind);
            Assert.Equal("appsettings.json", m.OriginFile);
        });
        Assert.StartsWith("configuration: 'Ollama:ModelId' = 'llama3.1' in appsettings.json line 2", manifest.Models[0].Provenance[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_that_names_one_of_its_sibling_sections_selects_that_section_s_model()
    {
        Write("appsettings.json", """
            {
              "ConnectorType": "GitHubModels",
              "GitHubModels": { "Endpoint": "https://models.github.ai/inference", "Model": "openai/gpt-4o-mini" },
              "Ollama": { "BaseUrl": "http://localhost:11434", "Model": "llama3.2" },
              "OpenAI": { "Model": "gpt-4.1-mini" },
              "Embeddings": { "Provider": "Local", "Local": { "ModelId": "all-minilm" }, "Cloud": { "ApiKey": "{{KEY}}", "ModelId": "text-embedding-3-small" } },
              "Summaries": { "ModelId": "phi3" }
            }
            """);

        var manifest = Resolve(["appsettings.json"], new TaskItem("OpenAI:Model"));

        Assert.Equal(
            ["openai/gpt-4o-mini", "openai/gpt-4.1-mini", "sentence-transformers/all-MiniLM-L6-v2", "microsoft/Phi-3-mini-4k-instruct"],
            manifest.Models.Select(m => m.CatalogId!).ToArray());
    }

    [Fact]
    public void Settings_elsewhere_that_name_sections_select_those_sections_models()
    {
        Write("appsettings.json", """
            {
              "AIServices": {
                "AzureOpenAI": { "Endpoint": "", "ChatDeploymentName": "gpt-4o" },
                "AzureOpenAIEmbeddings": { "Endpoint": "", "DeploymentName": "text-embedding-ada-002" },
                "OpenAI": { "ModelId": "gpt-4.1-mini", "ApiKey": "" },
                "OpenAIEmbeddings": { "ModelId": "text-embedding-3-small", "ApiKey": "" }
              },
              "Rag": { "AIChatService": "OpenAI", "AIEmbeddingService": "OpenAIEmbeddings" }
            }
            """);

        var manifest = Resolve(["appsettings.json"]);

        Assert.Equal(["openai/gpt-4.1-mini", "openai/text-embedding-3-small"], manifest.Models.Select(m => m.CatalogId!).ToArray());
    }

    [Fact]
    public void A_model_file_path_for_one_model_among_several_is_judged_by_its_file_name()
    {
        Write("appsettings.json", """
            {
              "transcription": { "modelFilePath": "models/ggml-base.bin", "ffmpegExecutablePath": "ffmpeg", "outputFilePath": "out/result.txt" },
              "embeddings": { "EmbeddingModelDir": "/models/all-MiniLM-L6-v2" }
            }
            """);

        var manifest = Resolve(["appsettings.json"]);

        Assert.Equal(["openai/whisper-base", "sentence-transformers/all-MiniLM-L6-v2"], manifest.Models.Select(m => m.CatalogId!).ToArray());
    }

    [Fact]
    public void An_ml_net_model_file_path_names_no_generative_model_and_warns_of_nothing()
    {
        Write("appsettings.json", """{ "ML": { "SentimentModelPath": "MLModels/sentiment_model.zip" } }""");

        var manifest = Resolve(["appsettings.json"]);

        Assert.Empty(manifest.Models);
        Assert.Empty(manifest.Problems);
    }

    [Fact]
    public void A_connection_string_of_the_same_name_makes_a_section_another_choice_of_service()
    {
        Write("appsettings.json", """
            {
              "ConnectionStrings": { "openai": "Endpoint={{URL}};Key={{KEY}}", "anthropic": "Endpoint={{URL}};Key={{KEY}}", "google": "Endpoint={{URL}}" },
              "MEAI": { "ChatClient": "openai" },
              "OpenAI": { "ModelId": "gpt-4o" },
              "Anthropic": { "ModelId": "claude-sonnet-4-20250514" },
              "Google": { "ModelName": "gemini-2.5-flash" },
              "Summaries": { "ModelId": "gpt-4.1-mini" }
            }
            """);

        var manifest = Resolve(["appsettings.json"]);

        Assert.Equal(["openai/gpt-4o", "openai/gpt-4.1-mini"], manifest.Models.Select(m => m.CatalogId!).ToArray());
    }

    [Fact]
    public void Kernel_Memory_settings_name_a_text_model_and_an_onnx_model_folder()
    {
        Write("appsettings.json", """
            {
              "KernelMemory": {
                "Services": {
                  "OpenAI": { "TextModel": "gpt-4o-mini", "TextModelMaxTokenTotal": 16384, "TextModelTokenizer": "o200k" },
                  // Source: https://huggingface.co/microsoft/phi-4-onnx/tree/main
                  "Onnx": { "TextModelDir": "/models/phi-4-onnx", "MaxTokens": 16384 }
                }
              }
            }
            """);

        var manifest = Resolve(["appsettings.json"]);

        Assert.Equal([("openai/gpt-4o-mini", 4), ("microsoft/phi-4", 6)], manifest.Models.Select(m => (m.CatalogId!, m.OriginLine)).ToArray());
    }

    [Fact]
    public void A_model_the_catalog_does_not_know_is_MLG0030_naming_file_key_and_line()
    {
        Write("appsettings.Development.json", "{\n  \"Ollama\": {\n    \"Model\": \"acme-inhouse:7b\"\n  }\n}");

        var manifest = Resolve(["appsettings.Development.json"]);

        Assert.Empty(manifest.Models);
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal(DiagnosticIds.LicenseUnknown, problem.Code);
        Assert.Equal("appsettings.Development.json", problem.File);
        Assert.Contains("'acme-inhouse:7b', which appsettings.Development.json names at line 3 ('Ollama:Model')", problem.Message, StringComparison.Ordinal);
        Assert.Equal((3, 14), (problem.Line, problem.Column));

        // The line survives the manifest, so the check reports the warning at it.
        var reread = Assert.Single(ManifestFormat.Read(ManifestFormat.Write(manifest)).Problems);
        Assert.Equal((3, 14), (reread.Line, reread.Column));
    }

    [Fact]
    public void Malformed_json_is_MLG0042_naming_the_file_and_other_models_are_still_found()
    {
        Write("appsettings.json", "{ \"Ollama\": { \"ModelId\": \"llama3.1\" ");
        Write("appsettings.Production.json", "{ \"Ollama\": { \"ModelId\": \"phi3\" } }");
        _project.WriteBytes("models/research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build());

        var manifest = Resolve(["appsettings.json", "appsettings.Production.json"]);

        var problem = Assert.Single(manifest.Problems);
        Assert.Equal(DiagnosticIds.ConfigurationUnreadable, problem.Code);
        Assert.Equal("appsettings.json", problem.File);
        Assert.StartsWith("appsettings.json cannot be read for model names: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("microsoft/Phi-3-mini-4k-instruct", Assert.Single(manifest.Models).CatalogId);

        Assert.True(Check(policy: null).Execute());
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.ConfigurationUnreadable, warning.Code);
        Assert.Equal(_project.PathOf("appsettings.json"), warning.File);
    }

    [Fact]
    public void A_model_path_that_exists_is_read_from_its_header()
    {
        _project.WriteBytes("models/research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build());
        Write("appsettings.json", "{ \"Llama\": { \"ModelPath\": \"models/research.gguf\" } }");

        var model = Assert.Single(Resolve(["appsettings.json"]).Models);

        Assert.Equal("Research Model", model.Name);
        Assert.Equal("cc-by-nc-4.0", model.License);
        Assert.Equal("configuration", model.SourceKind);
    }

    [Fact]
    public void Commercial_policy_reports_a_configured_non_commercial_model_at_its_json_line()
    {
        Write("appsettings.json", "{\n  // chat\n  \"Ollama\": {\n    \"ModelId\": \"command-r\"\n  }\n}\n");
        Resolve(["appsettings.json"]);

        Assert.False(Check("Commercial").Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(DiagnosticIds.PolicyViolation, error.Code);
        Assert.Equal(_project.PathOf("appsettings.json"), error.File);
        Assert.Equal(4, error.Line);
        Assert.Equal(16, error.Column);
        Assert.Contains("'cc-by-nc-4.0'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_on_a_declared_key_is_reported()
    {
        Write("appsettings.json", "{ \"A\": { \"B\": \"gpt-4o\" } }");

        var manifest = Resolve(["appsettings.json"], new TaskItem("A:B", new System.Collections.Generic.Dictionary<string, string> { ["Kind"] = "weights" }));

        Assert.Equal("openai/gpt-4o", Assert.Single(manifest.Models).CatalogId);
        Assert.Contains(manifest.Problems, p => p.Code == DiagnosticIds.ConfigurationUnreadable && p.Message.Contains("Kind 'weights'", StringComparison.Ordinal));
    }

    private void Write(string path, string text) => _project.WriteBytes(path, Encoding.UTF8.GetBytes(text));

    private ModelManifest Resolve(string[] files, params ITaskItem[] keys)
    {
        var task = new ResolveModelArtifacts
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectDirectory = _project.FullPath,
            ManifestPath = ManifestPath,
            ConfigurationFiles = files.Select(f => (ITaskItem)new TaskItem(f)).ToArray(),
            ModelConfigurationKeys = keys,
        };

        Assert.True(task.Execute());
        return ManifestFormat.Read(File.ReadAllText(ManifestPath));
    }

    private CheckModelLicenses Check(string? policy) => new()
    {
        BuildEngine = _engine,
        ManifestPath = ManifestPath,
        ProjectDirectory = _project.FullPath,
        ProjectFile = _project.PathOf("App.csproj"),
        Policy = policy,
    };
}
