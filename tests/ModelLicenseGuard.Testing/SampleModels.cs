using System.Collections.Generic;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// The model files under <c>samples/</c>: small but real GGUF files. A test checks the committed bytes are exactly
/// what this class builds (set <c>MLG_UPDATE_SAMPLES=1</c> to rewrite them after a change here).
/// </summary>
public static class SampleModels
{
    public static IReadOnlyDictionary<string, GgufBuilder> All { get; } = new Dictionary<string, GgufBuilder>
    {
        ["samples/LocalChat/models/llama-3.1-8b-instruct-demo.Q4_0.gguf"] = GgufBuilder.Model("Llama 3.1 8B Instruct (demo)", "llama3.1")
            .Add("general.basename", "Meta-Llama-3.1")
            .Add("general.size_label", "8B")
            .Add("general.finetune", "Instruct")
            .AddBaseModel("Meta Llama 3.1 8B Instruct", "Meta Llama", "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct"),
        ["samples/ChatDocs/models/llama-3.2-1b-instruct-demo.Q4_0.gguf"] = GgufBuilder.Model("Llama 3.2 1B Instruct (demo)", "llama3.2")
            .Add("general.basename", "Llama-3.2")
            .Add("general.size_label", "1B")
            .Add("general.finetune", "Instruct")
            .AddBaseModel("Llama 3.2 1B Instruct", "Meta Llama", "https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct"),
        ["samples/CommercialPolicy/models/research-summarizer-1b.gguf"] = GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0")
            .Add("general.organization", "Example Research Lab"),
    };
}
