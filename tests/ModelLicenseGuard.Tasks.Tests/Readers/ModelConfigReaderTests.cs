using System.IO;
using System.Text;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class ModelConfigReaderTests
{
    [Fact]
    public void Reads_name_architectures_and_model_type_of_a_transformers_config()
    {
        var config = ModelConfigReader.ReadConfig(Stream("""
            {
              "_name_or_path": "meta-llama/Llama-3.1-8B-Instruct",
              "architectures": ["LlamaForCausalLM"],
              "attention_bias": false,
              "rope_scaling": {"factor": 8.0, "rope_type": "llama3", "nested": [[1, 2], {"a": null}]},
              "eos_token_id": [128001, 128008, 128009],
              "model_type": "llama",
              "torch_dtype": "bfloat16",
              "vocab_size": 128256
            }
            """));

        Assert.Equal("meta-llama/Llama-3.1-8B-Instruct", config.NameOrPath);
        Assert.Equal(["LlamaForCausalLM"], config.Architectures);
        Assert.Equal("llama", config.ModelType);
    }

    [Fact]
    public void Values_of_the_wrong_type_are_ignored()
    {
        var config = ModelConfigReader.ReadConfig(Stream("""{"_name_or_path": 12, "architectures": [1, "A", {"x": "y"}, ["z"]], "model_type": null}"""));

        Assert.Null(config.NameOrPath);
        Assert.Equal(["A"], config.Architectures);
        Assert.Null(config.ModelType);
    }

    [Fact]
    public void A_config_without_the_fields_is_empty()
    {
        var config = ModelConfigReader.ReadConfig(Stream("\uFEFF{}"));

        Assert.Null(config.NameOrPath);
        Assert.Empty(config.Architectures);
    }

    [Fact]
    public void Reads_the_model_type_of_a_genai_config()
    {
        var config = ModelConfigReader.ReadGenAiConfig(Stream("""
            {
              "model": {
                "bos_token_id": 1,
                "context_length": 4096,
                "decoder": {"session_options": {"provider_options": []}, "head_size": 96},
                "type": "phi3",
                "vocab_size": 32064
              },
              "search": {"max_length": 4096}
            }
            """));

        Assert.Equal("phi3", config.ModelType);
    }

    [Theory]
    [InlineData("", "invalid JSON at byte 0 of config.json")]
    [InlineData("{\"model_type\": \"llama\"", "invalid JSON at byte 22 of config.json")]
    [InlineData("{\"model_type\": 'llama'}", "invalid JSON at byte 15 of config.json")]
    [InlineData("{} {}", "invalid JSON at byte 3 of config.json")]
    [InlineData("[\"llama\"]", "config.json is not a JSON object")]
    [InlineData("\"llama\"", "config.json is not a JSON object")]
    public void Malformed_configs_are_model_format_errors_naming_the_file(string json, string message)
    {
        var e = Assert.Throws<ModelFormatException>(() => ModelConfigReader.ReadConfig(Stream(json)));

        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Deep_nesting_is_rejected()
    {
        var json = "{\"a\":" + new string('[', 1000) + new string(']', 1000) + "}";

        var e = Assert.Throws<ModelFormatException>(() => ModelConfigReader.ReadGenAiConfig(Stream(json), "genai_config.json"));

        Assert.Contains("of genai_config.json: objects and arrays nest more than", e.Message);
    }

    [Fact]
    public void A_config_over_1_MB_is_refused_unread()
    {
        var stream = Stream("{\"pad\": \"" + new string('x', 1024 * 1024) + "\"}");

        var e = Assert.Throws<ModelFormatException>(() => ModelConfigReader.ReadConfig(stream));

        Assert.Contains("config.json is 1048587 bytes, more than the 1 MB", e.Message);
        Assert.Equal(0, stream.Position);
    }

    private static MemoryStream Stream(string text) => new(new UTF8Encoding(false).GetBytes(text));
}
