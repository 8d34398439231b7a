using System.Collections.Generic;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>The metadata of a Hugging Face model card: the YAML front matter of its <c>README.md</c>.</summary>
internal sealed class ModelCard
{
    /// <summary>A README with no front matter: nothing is known.</summary>
    public static readonly ModelCard None = new(hasFrontMatter: false);

    public ModelCard(bool hasFrontMatter)
    {
        HasFrontMatter = hasFrontMatter;
    }

    /// <summary>True when the README starts with a <c>---</c> block, even an empty one.</summary>
    public bool HasFrontMatter { get; }

    /// <summary><c>license</c>: one id, or several when the card gives a list (the first is the licence).</summary>
    public List<string> Licenses { get; } = [];

    public string? LicenseName { get; set; }

    public string? LicenseLink { get; set; }

    /// <summary><c>base_model</c>: one id or a list of them.</summary>
    public List<string> BaseModels { get; } = [];

    /// <summary><c>base_model_relation</c>: <c>adapter</c>, <c>merge</c>, <c>quantized</c> or <c>finetune</c>.</summary>
    public string? BaseModelRelation { get; set; }

    public List<string> Datasets { get; } = [];

    public List<string> Tags { get; } = [];

    public string? PipelineTag { get; set; }

    /// <summary><c>model_name</c>.</summary>
    public string? ModelName { get; set; }

    /// <summary><c>model-index[0].name</c>.</summary>
    public string? ModelIndexName { get; set; }
}
