using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Models;

namespace ModelLicenseGuard.Core.Tests.Catalog;

/// <summary>What the shipped catalog says about the models people actually reference, by the names they use.</summary>
public sealed class ModelCatalogDataTests
{
    [Theory]
    // Llama: restricted at every size and generation, whatever the spelling.
    [InlineData("hf:meta-llama/Llama-2-7b-chat-hf", OpennessTier.RestrictedWeights, "llama2")]
    [InlineData("llama2:13b", OpennessTier.RestrictedWeights, "llama2")]
    [InlineData("hf:meta-llama/Meta-Llama-3-8B-Instruct", OpennessTier.RestrictedWeights, "llama3")]
    [InlineData("llama3:70b", OpennessTier.RestrictedWeights, "llama3")]
    [InlineData("hf:meta-llama/Llama-3.1-8B-Instruct", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("hf:meta-llama/Meta-Llama-3.1-8B-Instruct", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("ollama:llama3.1:8b", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("llama3.1:70b", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("llama3.1:405b", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("llama3.1", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("hf:meta-llama/Llama-3.2-1B-Instruct", OpennessTier.RestrictedWeights, "llama3.2")]
    [InlineData("llama3.2:3b", OpennessTier.RestrictedWeights, "llama3.2")]
    [InlineData("hf:meta-llama/Llama-3.2-11B-Vision-Instruct", OpennessTier.RestrictedWeights, "llama3.2")]
    [InlineData("hf:meta-llama/Llama-3.3-70B-Instruct", OpennessTier.RestrictedWeights, "llama3.3")]
    [InlineData("llama3.3", OpennessTier.RestrictedWeights, "llama3.3")]
    [InlineData("hf:meta-llama/Llama-4-Scout-17B-16E-Instruct", OpennessTier.RestrictedWeights, "llama4")]
    // Mistral: Apache for the open models, research and non-production licences for the others.
    [InlineData("hf:mistralai/Mistral-7B-v0.1", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:mistralai/Mistral-7B-Instruct-v0.3", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("mistral", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("mixtral:8x7b", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:mistralai/Mixtral-8x22B-Instruct-v0.1", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:mistralai/Mistral-Nemo-Instruct-2407", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:mistralai/Codestral-22B-v0.1", OpennessTier.RestrictedWeights, "mistral-ai-non-production-license")]
    [InlineData("hf:mistralai/Mistral-Large-Instruct-2407", OpennessTier.RestrictedWeights, "mistral-research-license")]
    // Gemma: Google's terms, every generation.
    [InlineData("hf:google/gemma-7b", OpennessTier.RestrictedWeights, "gemma")]
    [InlineData("gemma2:9b", OpennessTier.RestrictedWeights, "gemma")]
    [InlineData("hf:google/gemma-2-27b-it", OpennessTier.RestrictedWeights, "gemma")]
    [InlineData("gemma3:4b", OpennessTier.RestrictedWeights, "gemma")]
    [InlineData("hf:google/gemma-3-12b-it", OpennessTier.RestrictedWeights, "gemma")]
    // Phi: MIT, including the ONNX Runtime GenAI builds.
    [InlineData("hf:microsoft/phi-2", OpennessTier.OpenWeights, "mit")]
    [InlineData("phi3", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:microsoft/Phi-3-mini-4k-instruct", OpennessTier.OpenWeights, "mit")]
    [InlineData("phi-3-mini-4k-instruct-cpu-int4-rtn-block-32", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:microsoft/Phi-3-mini-4k-instruct-onnx", OpennessTier.OpenWeights, "mit")]
    [InlineData("phi3.5", OpennessTier.OpenWeights, "mit")]
    [InlineData("phi4", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:microsoft/Phi-4-mini-instruct", OpennessTier.OpenWeights, "mit")]
    // Qwen: Apache for most sizes; the 3B is research-only and the 72B has the Qwen licence.
    [InlineData("qwen2.5:7b", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("qwen2.5:7b-instruct", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:Qwen/Qwen2.5-0.5B-Instruct", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:Qwen/Qwen2.5-14B-Instruct", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:Qwen/Qwen2.5-3B-Instruct", OpennessTier.RestrictedWeights, "qwen-research")]
    [InlineData("hf:Qwen/Qwen2.5-72B-Instruct", OpennessTier.RestrictedWeights, "qwen")]
    [InlineData("Qwen2.5-7B-Instruct-Q4_K_M.gguf", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:Qwen/Qwen2-7B-Instruct", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:Qwen/Qwen2-72B-Instruct", OpennessTier.RestrictedWeights, "tongyi-qianwen")]
    [InlineData("hf:Qwen/Qwen1.5-7B-Chat", OpennessTier.RestrictedWeights, "tongyi-qianwen")]
    [InlineData("hf:Qwen/Qwen3-8B", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("qwen3:8b", OpennessTier.OpenWeights, "apache-2.0")]
    // DeepSeek: V2 under DeepSeek's licence, R1 MIT, and each distill bound by its base.
    [InlineData("hf:deepseek-ai/DeepSeek-V2-Lite", OpennessTier.RestrictedWeights, "deepseek")]
    [InlineData("hf:deepseek-ai/DeepSeek-V3", OpennessTier.RestrictedWeights, "deepseek")]
    [InlineData("hf:deepseek-ai/DeepSeek-V3-0324", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:deepseek-ai/DeepSeek-R1", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:deepseek-ai/DeepSeek-R1-Distill-Llama-8B", OpennessTier.RestrictedWeights, "llama3.1")]
    [InlineData("hf:deepseek-ai/DeepSeek-R1-Distill-Llama-70B", OpennessTier.RestrictedWeights, "llama3.3")]
    [InlineData("DeepSeek-R1-Distill-Llama-8B-Q4_K_M.gguf", OpennessTier.RestrictedWeights, "llama3.1")]
    // Falcon, Yi, Command R, Grok.
    [InlineData("hf:tiiuae/falcon-7b", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:tiiuae/falcon-180B", OpennessTier.RestrictedWeights, "falcon-180b-tii-license-1.0")]
    [InlineData("hf:CohereLabs/c4ai-command-r-v01", OpennessTier.RestrictedWeights, "cc-by-nc-4.0")]
    [InlineData("hf:CohereForAI/c4ai-command-r-v01", OpennessTier.RestrictedWeights, "cc-by-nc-4.0")]
    [InlineData("hf:xai-org/grok-1", OpennessTier.OpenWeights, "apache-2.0")]
    // Open-source AI: weights, code and data.
    [InlineData("hf:allenai/OLMo-2-1124-7B", OpennessTier.OpenSourceAI, "apache-2.0")]
    [InlineData("olmo2:7b", OpennessTier.OpenSourceAI, "apache-2.0")]
    [InlineData("hf:EleutherAI/pythia-1b", OpennessTier.OpenSourceAI, "apache-2.0")]
    [InlineData("hf:EleutherAI/pythia-6.9b", OpennessTier.OpenSourceAI, "apache-2.0")]
    [InlineData("hf:LLM360/Amber", OpennessTier.OpenSourceAI, "apache-2.0")]
    [InlineData("hf:HuggingFaceTB/SmolLM-135M", OpennessTier.OpenSourceAI, "apache-2.0")]
    [InlineData("hf:togethercomputer/RedPajama-INCITE-7B-Base", OpennessTier.OpenSourceAI, "apache-2.0")]
    // Stability: CC-BY-SA bases, non-commercial tuned models, community-licensed SD 3.x.
    [InlineData("hf:stabilityai/stablelm-base-alpha-7b", OpennessTier.OpenWeights, "cc-by-sa-4.0")]
    [InlineData("hf:stabilityai/stablelm-tuned-alpha-7b", OpennessTier.RestrictedWeights, "cc-by-nc-sa-4.0")]
    [InlineData("hf:stabilityai/stable-diffusion-xl-base-1.0", OpennessTier.RestrictedWeights, "openrail++")]
    [InlineData("hf:runwayml/stable-diffusion-v1-5", OpennessTier.RestrictedWeights, "creativeml-openrail-m")]
    [InlineData("hf:stabilityai/stable-diffusion-3.5-large", OpennessTier.RestrictedWeights, "stabilityai-community-license")]
    // FLUX: dev is non-commercial, schnell is Apache.
    [InlineData("hf:black-forest-labs/FLUX.1-dev", OpennessTier.RestrictedWeights, "flux-1-dev-non-commercial-license")]
    [InlineData("hf:black-forest-labs/FLUX.1-schnell", OpennessTier.OpenWeights, "apache-2.0")]
    // BigScience and BigCode: RAIL licences.
    [InlineData("hf:bigscience/bloom", OpennessTier.RestrictedWeights, "bigscience-bloom-rail-1.0")]
    [InlineData("hf:bigcode/starcoder2-3b", OpennessTier.RestrictedWeights, "bigcode-openrail-m")]
    [InlineData("starcoder2:3b", OpennessTier.RestrictedWeights, "bigcode-openrail-m")]
    // Speech, embeddings, encoders.
    [InlineData("hf:openai/whisper-large-v3", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("ggml-base.en.bin", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("all-MiniLM-L6-v2", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:sentence-transformers/all-MiniLM-L6-v2", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("all-minilm", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:BAAI/bge-small-en-v1.5", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:intfloat/e5-large-v2", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:google-bert/bert-base-uncased", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("bert-base-uncased", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:FacebookAI/roberta-base", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:google/flan-t5-base", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:openai-community/gpt2", OpennessTier.OpenWeights, "mit")]
    // Releases of 2025: the licence still differs by publisher, size and generation.
    [InlineData("ollama:qwq", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:Qwen/Qwen2.5-VL-3B-Instruct", OpennessTier.RestrictedWeights, "qwen-research")]
    [InlineData("hf:Qwen/Qwen2.5-VL-7B-Instruct", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("ollama:qwen3-coder:30b", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("ollama:gemma3n:e4b", OpennessTier.RestrictedWeights, "gemma")]
    [InlineData("hf:mistralai/Mistral-Small-3.1-24B-Instruct-2503", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:mistralai/Mistral-Small-Instruct-2409", OpennessTier.RestrictedWeights, "mistral-research-license")]
    [InlineData("hf:ibm-granite/granite-3.3-8b-instruct", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("ollama:granite3.3:8b", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:HuggingFaceTB/SmolLM3-3B", OpennessTier.OpenSourceAI, "apache-2.0")]
    [InlineData("hf:zai-org/GLM-4.5-Air", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:deepseek-ai/DeepSeek-V3.1", OpennessTier.OpenWeights, "mit")]
    [InlineData("hf:moonshotai/Kimi-K2-Instruct", OpennessTier.RestrictedWeights, "kimi-k2-modified-mit")]
    [InlineData("hf:nvidia/NVIDIA-Nemotron-Nano-9B-v2", OpennessTier.RestrictedWeights, "nvidia-open-model-license")]
    [InlineData("ollama:aya-expanse:8b", OpennessTier.RestrictedWeights, "cc-by-nc-4.0")]
    [InlineData("hf:LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct", OpennessTier.RestrictedWeights, "exaone")]
    [InlineData("hf:tencent/Hunyuan-MT-7B", OpennessTier.RestrictedWeights, "tencent-hunyuan-community")]
    [InlineData("hf:Snowflake/snowflake-arctic-embed-l-v2.0", OpennessTier.OpenWeights, "apache-2.0")]
    [InlineData("hf:jinaai/jina-embeddings-v3", OpennessTier.RestrictedWeights, "cc-by-nc-4.0")]
    // Closed, API-only models.
    [InlineData("gpt-4o", OpennessTier.Closed, null)]
    [InlineData("gpt-4o-mini", OpennessTier.Closed, null)]
    [InlineData("o3-mini", OpennessTier.Closed, null)]
    [InlineData("claude-3-5-sonnet-20241022", OpennessTier.Closed, null)]
    [InlineData("gemini-1.5-pro", OpennessTier.Closed, null)]
    public void Classifies_the_models_people_reference(string reference, OpennessTier tier, string? license)
    {
        Assert.True(ModelCatalog.TryFind(reference, out var model), $"'{reference}' is not in the catalog");
        Assert.Equal(tier, model.Tier);
        if (license is not null)
        {
            Assert.Equal(license, model.GoverningLicense?.Id);
        }
    }

    [Theory]
    [InlineData("hf:black-forest-labs/FLUX.1-dev", CommercialUse.Forbidden)]
    [InlineData("hf:black-forest-labs/FLUX.1-schnell", CommercialUse.Allowed)]
    [InlineData("hf:Qwen/Qwen2.5-3B-Instruct", CommercialUse.Forbidden)]
    [InlineData("hf:Qwen/Qwen2.5-72B-Instruct", CommercialUse.Conditional)]
    [InlineData("hf:stabilityai/stablelm-tuned-alpha-7b", CommercialUse.Forbidden)]
    [InlineData("llama3.1:8b", CommercialUse.Conditional)]
    [InlineData("hf:CohereLabs/c4ai-command-r-v01", CommercialUse.Forbidden)]
    [InlineData("hf:LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct", CommercialUse.Forbidden)]
    [InlineData("hf:tencent/Hunyuan-MT-7B", CommercialUse.Conditional)]
    [InlineData("hf:mistralai/Devstral-Small-2505", CommercialUse.Allowed)]
    public void Knows_which_models_a_commercial_product_may_ship(string reference, CommercialUse commercial)
    {
        Assert.True(ModelCatalog.TryFind(reference, out var model), reference);
        Assert.Equal(commercial, model.GoverningLicense?.CommercialUse);
    }

    [Fact]
    public void A_distill_keeps_its_own_licence_but_is_governed_by_its_base()
    {
        Assert.True(ModelCatalog.TryFind("hf:deepseek-ai/DeepSeek-R1-Distill-Llama-8B", out var distill));

        Assert.Equal("mit", distill.License?.Id);
        Assert.Equal("llama3.1", distill.GoverningLicense?.Id);
        Assert.Equal("Built with Llama", distill.GoverningLicense?.Attribution);
    }

    [Fact]
    public void A_llama_nemotron_is_bound_by_both_nvidia_and_meta_terms()
    {
        Assert.True(ModelCatalog.TryFind("hf:nvidia/Llama-3_3-Nemotron-Super-49B-v1", out var nemotron));

        Assert.Equal("nvidia-open-model-license", nemotron.License?.Id);
        Assert.Equal(OpennessTier.RestrictedWeights, nemotron.Tier);
        Assert.Contains(nemotron.Bases, b => b.Id == "meta-llama/Llama-3.3-70B-Instruct");
    }
}
