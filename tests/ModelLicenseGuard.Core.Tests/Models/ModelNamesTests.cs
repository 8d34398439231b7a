using ModelLicenseGuard.Models;

namespace ModelLicenseGuard.Core.Tests.Models;

public sealed class ModelNamesTests
{
    [Theory]
    [InlineData("llama3.1:8b", "Llama-3.1-8B")]
    [InlineData("ollama:llama3.1:8b", "llama3.1:8b")]
    [InlineData("llama3.1:latest", "llama3.1")]
    [InlineData("hf:meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("hf:meta-llama/Llama-3.1-8B-Instruct@0e9e39f", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct.Q8_0.gguf", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-IQ4_XS.gguf", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-GGUF", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-f16.gguf", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("phi-3-mini-4k-instruct-cpu-int4-rtn-block-32", "Phi-3-mini-4k-instruct")]
    [InlineData("phi-3-mini-4k-instruct-cpu-int4-rtn-block-32-acc-level-4", "Phi-3-mini-4k-instruct")]
    [InlineData("Phi-3-mini-4k-instruct-onnx", "Phi-3-mini-4k-instruct")]
    [InlineData("qwen2.5:7b-instruct-q4_K_M", "qwen2.5:7b-instruct")]
    [InlineData("ggml-base.en.bin", "ggml-base.en")]
    [InlineData("  Llama_3.1 8B  ", "llama-3.1-8b")]
    public void Spellings_of_one_model_share_a_key(string spelling, string canonical)
        => Assert.Equal(ModelNames.Key(canonical), ModelNames.Key(spelling));

    [Theory]
    [InlineData("qwen2.5:7b", "Qwen2-57B")]
    [InlineData("llama3.1:8b", "llama3.1:70b")]
    [InlineData("Llama-3.1-8B", "Llama-3.1-8B-Instruct")]
    [InlineData("gpt-4o", "gpt-4o-mini")]
    [InlineData("FLUX.1-dev", "FLUX.1-schnell")]
    public void Different_models_keep_different_keys(string a, string b)
        => Assert.NotEqual(ModelNames.Key(a), ModelNames.Key(b));

    [Fact]
    public void Key_is_words_joined_by_dashes()
        => Assert.Equal("meta-llama-llama-3-1-8-b-instruct", ModelNames.Key("meta-llama/Llama-3.1-8B-Instruct"));

    [Theory]
    [InlineData("meta-llama/Llama-3.1-8B", "Llama-3.1-8B")]
    [InlineData("Llama-3.1-8B", null)]
    [InlineData("org/", null)]
    public void Name_part_is_after_the_last_slash(string id, string? expected)
        => Assert.Equal(expected, ModelNames.NamePart(id));
}
