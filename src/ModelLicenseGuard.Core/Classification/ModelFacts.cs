using System.Collections.Generic;

namespace ModelLicenseGuard.Classification;

/// <summary>What a reader found in a model artifact, before classification.</summary>
public sealed class ModelFacts
{
    public ModelFacts(string source, string format)
    {
        Source = source;
        Format = format;
    }

    /// <summary>The path (relative to the project) or reference the facts came from.</summary>
    public string Source { get; }

    /// <summary>True when <see cref="Source"/> names a model (<c>hf:org/name</c>, <c>ollama:tag</c>) rather than a file.</summary>
    public bool IsReference { get; set; }

    public string Format { get; }

    public string? Name { get; set; }

    /// <summary>The licence as written in the artifact, e.g. <c>llama3.1</c>, <c>Apache-2.0</c> or <c>other</c>.</summary>
    public string? License { get; set; }

    /// <summary>The licence's name, which artifacts give when <see cref="License"/> is <c>other</c>.</summary>
    public string? LicenseName { get; set; }

    /// <summary>Which field the licence was read from, e.g. <c>general.license</c>.</summary>
    public string? LicenseField { get; set; }

    /// <summary>Which field <see cref="LicenseName"/> was read from, e.g. <c>general.license.name</c>.</summary>
    public string? LicenseNameField { get; set; }

    public List<string> BaseModels { get; } = [];

    /// <summary>The name of the folder the file is in, tried last to identify the model ("phi-3-mini-4k-instruct-onnx").</summary>
    public string? FolderName { get; set; }

    /// <summary>Each fact read, with the field it came from ("general.license = 'llama3.1'"), for the manifest's provenance.</summary>
    public List<string> Evidence { get; } = [];

    /// <summary>Records that <paramref name="field"/> held <paramref name="value"/>; blank values are not evidence.</summary>
    public void Record(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Evidence.Add($"{field} = '{value!.Trim()}' in {Source}");
        }
    }

    /// <summary>Further names the artifact gives the model (base name, repository id…).</summary>
    public List<string> OtherNames { get; } = [];

    /// <summary>The model file's size in bytes; null for references and folders.</summary>
    public long? FileSize { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the header bytes the reader read; null when no file was read.</summary>
    public string? HeaderSha256 { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the licence text read beside the model (the part that was read), when one was.</summary>
    public string? LicenseTextSha256 { get; set; }
}
