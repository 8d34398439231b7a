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
    public void Names_are_classified_from_the_catalog(string value, ModelValueKind kind, string catalogId, OpennessTier tier)
    {
        var model = RuntimeModels.Classify(value, kind);

        Assert.NotNull(model);
        Assert.Equal(catalogId, model.CatalogId);
        Assert.Equal(tier, model.Tier);
    }

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
    public void Placeholders_are_recognised(string value) => Assert.True(RuntimeModels.IsPlaceholder(value));

    [Theory]
    [InlineData("llama3.1")]
    [InlineData("gpt-4o-mini")]
    [InlineData("llama3.1:latest")]
    [InlineData("microsoft/Phi-3-mini-4k-instruct")]
    [InlineData("command-r")]
    public void Model_names_are_not_placeholders(string value) => Assert.False(RuntimeModels.IsPlaceholder(value));
}
