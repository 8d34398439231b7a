using System;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Core.Tests.Runtime;

public sealed class RuntimeModelsTests
{
    [Theory]
    [InlineData("llama3.1", ModelValueKind.OllamaTag, "meta-llama/Llama-3.1-8B-Instruct", OpennessTier.RestrictedWeights)]
    [InlineData("command-r", ModelValueKind.OllamaTag, "CohereLabs/c4ai-command-r-08-2024", OpennessTier.RestrictedWeights)]
    [InlineData("gpt-4o", ModelValueKind.ApiModel, "openai/gpt-4o", OpennessTier.Closed)]
    [InlineData("microsoft/Phi-3-mini-4k-instruct", ModelValueKind.HubId, "microsoft/Phi-3-mini-4k-instruct", OpennessTier.OpenWeights)]
    [InlineData(@"models\Phi-3-mini-4k-instruct-onnx\", ModelValueKind.Path, "microsoft/Phi-3-mini-4k-instruct", OpennessTier.OpenWeights)]
    [InlineData("/opt/models/Llama-3.2-1B-Instruct-Q4_0.gguf", ModelValueKind.Path, "meta-llama/Llama-3.2-1B-Instruct", OpennessTier.RestrictedWeights)]
    [InlineData("projects/my-project/locations/us-central1/publishers/google/models/gemini-1.5-pro", ModelValueKind.ApiModel, "google/gemini-1.5-pro", OpennessTier.Closed)]
    [InlineData("publishers/google/models/gemini-2.0-flash-001", ModelValueKind.ApiModel, "google/gemini-2.0-flash", OpennessTier.Closed)]
    public void Names_are_classified_from_the_catalog(string value, ModelValueKind kind, string catalogId, OpennessTier tier)
    {
        var model = RuntimeModels.Classify(value, kind);

        Assert.NotNull(model);
        Assert.Equal(catalogId, model.CatalogId);
        Assert.Equal(tier, model.Tier);
    }

    /// <summary>
    /// Azure OpenAI's own names for models it serves under another name than their vendor's: a deployment named so is
    /// that model, assumed; the same word anywhere else (an API model name, an Ollama tag) names nothing.
    /// </summary>
    [Theory]
    [InlineData("whisper", "openai/whisper-1")]
    [InlineData("tts", "openai/tts-1")]
    [InlineData("tts-hd", "openai/tts-1")]
    public void An_Azure_deployment_named_as_Azure_names_a_model_is_that_model(string deployment, string catalogId)
    {
        var model = RuntimeModels.Classify(deployment, ModelValueKind.Deployment);

        Assert.Equal(catalogId, model?.CatalogId);
        Assert.Equal(RuntimeModels.AssumedFromDeploymentName, model?.AssumedFrom);
        Assert.Null(RuntimeModels.Classify(deployment, ModelValueKind.ApiModel));
        Assert.Null(RuntimeModels.Classify(deployment, ModelValueKind.OllamaTag));
    }

    /// <summary>
    /// A runtime's short alias (Foundry Local's catalog) names the chat build it serves: the instruct model when the
    /// catalog has one, else the model the alias names.
    /// </summary>
    [Theory]
    [InlineData("qwen2.5-0.5b", "Qwen/Qwen2.5-0.5B-Instruct")]
    [InlineData("qwen2.5-7b", "Qwen/Qwen2.5-7B-Instruct")]
    [InlineData("phi-3.5-mini", "microsoft/Phi-3.5-mini-instruct")]
    [InlineData("phi-4", "microsoft/phi-4")]
    [InlineData("whisper-medium", "openai/whisper-medium")]
    public void An_alias_is_the_instruct_build_when_there_is_one(string alias, string catalogId)
        => Assert.Equal(catalogId, RuntimeModels.Classify(alias, ModelValueKind.Alias)?.CatalogId);

    /// <summary>
    /// Docker Model Runner (Docker Hub's ai/ namespace, https://github.com/docker/model-cards) packages instruct models,
    /// with a default size of its own for the bare name; LM Studio and re-uploaders name the model they repackage.
    /// </summary>
    [Theory]
    [InlineData("ai/llama3.2", "meta-llama/Llama-3.2-3B-Instruct")]
    [InlineData("ai/llama3.2:latest", "meta-llama/Llama-3.2-3B-Instruct")]
    [InlineData("ai/llama3.2:1B-Q8_0", "meta-llama/Llama-3.2-1B-Instruct")]
    [InlineData("docker.io/ai/llama3.2:3B-F16", "meta-llama/Llama-3.2-3B-Instruct")]
    [InlineData("ai/smollm2", "HuggingFaceTB/SmolLM2-360M-Instruct")]
    [InlineData("ai/smollm2:135M-Q4_K_M", "HuggingFaceTB/SmolLM2-135M-Instruct")]
    [InlineData("ai/qwen2.5:7B-Q4_K_M", "Qwen/Qwen2.5-7B-Instruct")]
    [InlineData("ai/qwen3:30B-A3B-Q4_K_M", "Qwen/Qwen3-30B-A3B")]
    [InlineData("ai/gemma3", "google/gemma-3-4b-it")]
    [InlineData("ai/mistral", "mistralai/Mistral-7B-Instruct-v0.2")]
    [InlineData("ai/gpt-oss:20B-UD-Q4_K_XL", "openai/gpt-oss-20b")]
    [InlineData("ai/deepseek-r1-distill-llama", "deepseek-ai/DeepSeek-R1-Distill-Llama-8B")]
    [InlineData("lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("phi-3.1-mini-128k-instruct", "microsoft/Phi-3-mini-128k-instruct")]
    [InlineData("openai/gpt-oss-20b", "openai/gpt-oss-20b")]
    [InlineData("gpt-oss:120b", "openai/gpt-oss-120b")]
    public void Docker_Model_Runner_and_LM_Studio_names_are_the_models_those_runtimes_serve(string value, string catalogId)
    {
        var kind = value.StartsWith("gpt-oss:", StringComparison.Ordinal) ? ModelValueKind.OllamaTag : ModelValueKind.ApiModel;

        Assert.Equal(catalogId, RuntimeModels.Classify(value, kind)?.CatalogId);
    }

    [Theory]
    [InlineData("global.anthropic.claude-haiku-4-5-20251001-v1:0", "anthropic/claude-haiku-4-5")]
    [InlineData("anthropic.claude-3-5-sonnet-20240620-v1:0", "anthropic/claude-3-5-sonnet")]
    [InlineData("us.meta.llama3-2-3b-instruct-v1:0", "meta-llama/Llama-3.2-3B-Instruct")]
    [InlineData("mistral.mistral-7b-instruct-v0:2", "mistralai/Mistral-7B-Instruct-v0.2")]
    [InlineData("mistral.mixtral-8x7b-instruct-v0:1", "mistralai/Mixtral-8x7B-Instruct-v0.1")]
    [InlineData("us.deepseek.r1-v1:0", "deepseek-ai/DeepSeek-R1")]
    [InlineData("openai.gpt-oss-20b-1:0", "openai/gpt-oss-20b")]
    public void Amazon_Bedrock_model_ids_are_the_provider_s_models(string value, string catalogId)
    {
        Assert.Equal(catalogId, RuntimeModels.Classify(value, ModelValueKind.ApiModel)?.CatalogId);
        Assert.Equal(catalogId, RuntimeModels.Classify(value, ModelValueKind.Deployment)?.CatalogId);
    }

    [Theory]
    [InlineData("claude.v2")]
    [InlineData("acme.inhouse-model-v1:0")]
    [InlineData("us.acme.inhouse-v1:0")]
    public void Dotted_names_of_no_Bedrock_provider_are_unknown(string value)
        => Assert.Null(RuntimeModels.Classify(value, ModelValueKind.ApiModel));

    [Theory]
    [InlineData("ai/acme-inhouse")]
    [InlineData("ai/llama3.2:8B-Q4_K_M")]
    public void A_Docker_name_not_on_the_list_is_unknown_rather_than_guessed_from_its_spelling(string value)
        => Assert.Null(RuntimeModels.Classify(value, ModelValueKind.ApiModel));

    /// <summary>
    /// A folder or file named like an Ollama model without a tag names a family in a path: which build of Phi-3 sits in
    /// "phi3" the path does not say. The same name is Ollama's default tag when Ollama is asked for it, and a folder
    /// that names its model keeps naming it.
    /// </summary>
    [Theory]
    [InlineData("phi3")]
    [InlineData("models/phi3")]
    [InlineData(@"C:\app\llama3.2\")]
    public void A_folder_named_like_an_untagged_Ollama_model_names_no_model(string path)
        => Assert.Null(RuntimeModels.Classify(path, ModelValueKind.Path));

    [Theory]
    [InlineData("models/phi3/Phi-3-mini-4k-instruct-onnx", "microsoft/Phi-3-mini-4k-instruct")]
    [InlineData("phi3/cpu-int4-rtn-block-32/Phi-3-mini-4k-instruct-onnx/cpu", "microsoft/Phi-3-mini-4k-instruct")]
    public void A_family_folder_does_not_hide_the_model_named_next_to_it(string path, string id)
        => Assert.Equal(id, RuntimeModels.Classify(path, ModelValueKind.Path)?.CatalogId);

    [Fact]
    public void An_untagged_Ollama_name_is_still_the_default_tag_where_Ollama_reads_it()
        => Assert.Equal("microsoft/Phi-3-mini-4k-instruct", RuntimeModels.Classify("phi3", ModelValueKind.OllamaTag)?.CatalogId);

    [Theory]
    [InlineData("acme-inhouse-llm:7b", ModelValueKind.OllamaTag)]
    [InlineData("models/", ModelValueKind.Path)]
    [InlineData(" ", ModelValueKind.ApiModel)]
    public void Names_the_catalog_does_not_know_are_null(string value, ModelValueKind kind)
        => Assert.Null(RuntimeModels.Classify(value, kind));

    [Theory]
    [InlineData("YOUR_DEPLOYMENT")]
    [InlineData("your-model-name")]
    [InlineData("fake-model")]
    [InlineData("<model>")]
    [InlineData("{model}")]
    [InlineData("test-model")]
    [InlineData("mock")]
    [InlineData("model-id")]
    [InlineData("bedrock-2023-05-31")]
    [InlineData("projects/p/locations/l/publishers/google/models/your-model")]
    [InlineData("vertex-2023-10-16")]
    public void Placeholders_are_recognised(string value) => Assert.True(RuntimeModels.IsPlaceholder(value));

    [Theory]
    [InlineData("llama3.1")]
    [InlineData("gpt-4o-mini")]
    [InlineData("llama3.1:latest")]
    [InlineData("microsoft/Phi-3-mini-4k-instruct")]
    [InlineData("command-r")]
    [InlineData("projects/your-project-id/locations/us-central1/publishers/google/models/gemini-2.0-flash-001")]
    public void Model_names_are_not_placeholders(string value) => Assert.False(RuntimeModels.IsPlaceholder(value));
}
