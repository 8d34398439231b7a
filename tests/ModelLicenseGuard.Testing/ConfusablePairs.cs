using System.Collections.Generic;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Pairs of models of one family that differ in version or licence, for a project that uses both: every claim must
/// name the model the sentence names, never its neighbour.
/// </summary>
public static class ConfusablePairs
{
    /// <summary>Catalog id and a spelling people write in prose (a hyphen, no space, lower case).</summary>
    public static IReadOnlyList<(string Id, string Spelling)[]> All { get; } =
    [
        [("meta-llama/Llama-2-7b-hf", "Llama-2"), ("meta-llama/Meta-Llama-3-70B", "llama3")],
        [("Qwen/Qwen2-7B-Instruct", "Qwen2"), ("Qwen/Qwen2.5-72B-Instruct", "qwen2.5")],
        [("deepseek-ai/DeepSeek-R1", "DeepSeek R1"), ("deepseek-ai/DeepSeek-V3", "deepseek-v3")],
        [("meta-llama/Llama-3.1-8B-Instruct", "Llama-3.1"), ("meta-llama/Llama-3.2-3B-Instruct", "llama3.2")],
        [("microsoft/Phi-3-mini-4k-instruct", "phi3"), ("microsoft/Phi-3.5-mini-instruct", "Phi-3.5")],
        [("google/gemma-2-9b-it", "Gemma-2"), ("google/gemma-3-4b-it", "gemma3")],
        [("mistralai/Mistral-7B-Instruct-v0.3", "Mistral-7B"), ("mistralai/Mistral-Large-Instruct-2407", "Mistral Large 2")],
        [("openai/gpt-4o", "GPT-4o"), ("openai/gpt-4o-mini", "gpt-4o-mini")],
        [("tiiuae/falcon-7b", "falcon-7b"), ("tiiuae/falcon-180B", "Falcon-180B")],
    ];

    /// <summary>The four ways a sentence names the model, each making one claim at the phrase "open source" / "open-source".</summary>
    public static IEnumerable<string> Sentences(string id, string displayName, string spelling)
    {
        yield return $"The app ships the open-source {displayName}.";
        yield return $"It runs the open-source model {id}.";
        yield return $"{spelling} is open source.";
        yield return $"| {displayName} | open source |";
    }
}
