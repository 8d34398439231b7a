using System.Collections.Generic;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Models;

/// <summary>What the product knows about one released model (one block of a <c>Models/*.catalog</c> file).</summary>
public sealed class ModelInfo
{
    internal ModelInfo(string id, string name, string family, string license, string sourceUrl, string file)
    {
        Id = id;
        Name = name;
        Family = family;
        LicenseExpression = license;
        SourceUrl = sourceUrl;
        File = file;
    }

    /// <summary>The canonical Hugging Face id (<c>org/name</c>), or <c>vendor/model</c> for API-only models.</summary>
    public string Id { get; }

    public string Name { get; }

    /// <summary>The name prose uses: "Llama 3.1", "Qwen2.5", "GPT-4o".</summary>
    public string Family { get; }

    /// <summary>The weights licence as the catalog states it: an id or an expression.</summary>
    public string LicenseExpression { get; }

    /// <summary>The model card or release page the entry was checked against.</summary>
    public string SourceUrl { get; }

    /// <summary>The catalog file the entry is in.</summary>
    public string File { get; }

    public bool WeightsOpen { get; internal set; } = true;

    public ComponentOpenness TrainingCode { get; internal set; }

    public ComponentOpenness TrainingData { get; internal set; }

    /// <summary>The tier the catalog states; <see cref="Tier"/> is computed and a test checks they agree.</summary>
    public OpennessTier StatedTier { get; internal set; } = OpennessTier.Unknown;

    public IReadOnlyList<string> BaseIds { get; internal set; } = [];

    public string? Relation { get; internal set; }

    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    /// <summary>
    /// The Ollama tags under which Ollama serves this model ("qwen2.5:7b" is Qwen2.5 7B Instruct). Kept apart from the
    /// aliases because a tag often normalises like another model's name (the base model's "Qwen2.5-7B").
    /// </summary>
    public IReadOnlyList<string> OllamaTags { get; internal set; } = [];

    /// <summary>
    /// Docker Model Runner's names for this model (<c>ai/llama3.2</c>, <c>ai/llama3.2:1b</c>): Docker Hub's <c>ai/</c>
    /// namespace packages instruct models, with a default size of its own for the bare name.
    /// </summary>
    public IReadOnlyList<string> DockerNames { get; internal set; } = [];

    /// <summary>
    /// Azure OpenAI's names for this model where they differ from its vendor's (<c>whisper</c> for OpenAI's
    /// <c>whisper-1</c>, <c>tts</c> for <c>tts-1</c>): a deployment named exactly so is assumed to deploy it. Used for
    /// deployment names only, never as an alias: "Whisper" in prose or a folder name is not the hosted model.
    /// </summary>
    public IReadOnlyList<string> AzureNames { get; internal set; } = [];

    public string? Note { get; internal set; }

    /// <summary>The model's own weights licence, resolved; null when the catalog names one it does not define.</summary>
    public LicenseInfo? License { get; internal set; }

    /// <summary>The base models, resolved.</summary>
    public IReadOnlyList<ModelInfo> Bases { get; internal set; } = [];

    /// <summary>The tier from the weights licence, code and data openness, and the most restrictive base.</summary>
    public OpennessTier Tier { get; internal set; } = OpennessTier.Unknown;

    /// <summary>The licence whose terms bind this model: its own, or a base's when that is more restrictive.</summary>
    public LicenseInfo? GoverningLicense { get; internal set; }

    public override string ToString() => Id;
}
