using System.Collections.Generic;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Manifest;

/// <summary>One entry of a <see cref="ModelManifest"/>: a classified model, as the task found it and the analyzer reads it.</summary>
public sealed class ManifestEntry
{
    /// <summary>Display name, e.g. the GGUF <c>general.name</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Where the model came from: a file path relative to the project, or a reference such as <c>hf:org/name</c>.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>
    /// How the project uses a model it does not ship: <c>code</c>, <c>configuration</c> or <c>apphost</c>
    /// (see <see cref="Runtime.RuntimeModels"/>); null for artifacts and references.
    /// </summary>
    public string? SourceKind { get; set; }

    /// <summary>The file that names a runtime model (e.g. appsettings.json), relative to the project.</summary>
    public string? OriginFile { get; set; }

    /// <summary>
    /// Set when the model is assumed rather than named, and from what (an Azure deployment named like a model: see
    /// <see cref="Runtime.RuntimeModels.AssumedFromDeploymentName"/>); reports say so.
    /// </summary>
    public string? AssumedFrom { get; set; }

    /// <summary>The 1-based line of <see cref="OriginFile"/> that names the model; 0 when not known.</summary>
    public int OriginLine { get; set; }

    /// <summary>The 1-based column of <see cref="OriginLine"/> where the model's name starts; 0 when not known.</summary>
    public int OriginColumn { get; set; }

    /// <summary>The artifact format, e.g. <c>gguf</c>.</summary>
    public string Format { get; set; } = string.Empty;

    /// <summary>The licence identifier: the catalog id when known, otherwise the text found.</summary>
    public string? License { get; set; }

    /// <summary>Where the licence was read, e.g. <c>general.license in models/x.gguf</c>.</summary>
    public string? LicenseOrigin { get; set; }

    /// <summary>Where the governing licence's text can be read.</summary>
    public string? LicenseUrl { get; set; }

    /// <summary>The Hub revision (commit) a <c>ModelReference</c> pins with its <c>Revision</c> metadata, when it does.</summary>
    public string? Revision { get; set; }

    /// <summary>The catalog entry the model was identified as, when it was.</summary>
    public string? CatalogId { get; set; }

    public OpennessTier Tier { get; set; } = OpennessTier.Unknown;

    /// <summary>Whether the training code is published openly: open, partial, closed, or null when not known.</summary>
    public string? TrainingCode { get; set; }

    /// <summary>Whether the training data (or complete information about it) is published openly, or null when not known.</summary>
    public string? TrainingData { get; set; }

    public CommercialUse CommercialUse { get; set; } = CommercialUse.Unknown;

    public string? Restrictions { get; set; }

    public string? Attribution { get; set; }

    /// <summary>Names text may use for this model: its own name, base models and licence families.</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Every fact behind the verdict and where it came from: file fields, the catalog entry, base models.</summary>
    public List<string> Provenance { get; } = [];

    /// <summary>Base models this one is derived from (fine-tune, quantization…).</summary>
    public List<string> BaseModels { get; } = [];

    /// <summary>A model file's size in bytes, part of the identity the lock file records; null for references.</summary>
    public long? FileSize { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the header bytes the reader read, the file's identity in the lock file.</summary>
    public string? HeaderSha256 { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the licence text read beside the model (a LICENSE file, an Ollama licence layer), when one was.</summary>
    public string? LicenseTextSha256 { get; set; }

    /// <summary>
    /// The Hugging Face Hub's answer the licence was taken from (opt-in online look-up, or one recorded in the lock file),
    /// as compact JSON in <c>HubModelInfo</c>'s form; null when the Hub was not asked.
    /// </summary>
    public string? HubAnswer { get; set; }
}
