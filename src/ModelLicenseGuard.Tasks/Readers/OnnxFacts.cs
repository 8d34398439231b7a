using System;
using ModelLicenseGuard.Classification;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>Maps an ONNX model's <c>metadata_props</c> to the facts classification needs.</summary>
/// <remarks>
/// ONNX has no licence field of its own; the IR spec names <c>model_license</c> among the optional
/// <c>metadata_props</c> keys (with <c>model_author</c>, which is a person, not a model name), and exporters
/// that copy a Hugging Face card write <c>license</c>, <c>license_name</c> and <c>base_model</c>.
/// </remarks>
public static class OnnxFacts
{
    internal const string ModelLicenseKey = "model_license";
    internal const string LicenseKey = "license";
    internal const string LicenseNameKey = "license_name";
    internal const string ModelNameKey = "model_name";
    internal const string NameKey = "name";
    internal const string BaseModelKey = "base_model";

    private const string FieldPrefix = "metadata_props.";

    // More base models than this is corrupt metadata, not a real merge.
    private const int MaxBaseModels = 64;

    public static ModelFacts From(OnnxHeader header, string source)
    {
        var facts = new ModelFacts(source, "onnx");

        var licenseKey = Present(header, ModelLicenseKey) ? ModelLicenseKey : Present(header, LicenseKey) ? LicenseKey : null;
        if (licenseKey is not null)
        {
            facts.License = header.GetMetadata(licenseKey);
            facts.LicenseField = FieldPrefix + licenseKey;
        }

        if (Present(header, LicenseNameKey))
        {
            facts.LicenseName = header.GetMetadata(LicenseNameKey);
            facts.LicenseNameField = FieldPrefix + LicenseNameKey;
        }

        var modelName = Present(header, ModelNameKey) ? header.GetMetadata(ModelNameKey) : null;
        var name = Present(header, NameKey) ? header.GetMetadata(NameKey) : null;
        facts.Name = modelName ?? name;
        if (modelName is not null && name is not null && !string.Equals(modelName, name, StringComparison.Ordinal))
        {
            facts.OtherNames.Add(name);
        }

        var baseModels = header.GetMetadata(BaseModelKey);
        if (baseModels is not null)
        {
            foreach (var part in baseModels.Split(','))
            {
                var trimmed = part.Trim();
                var id = GgufFacts.HubRepositoryId(trimmed) ?? trimmed;
                if (id.Length > 0 && !facts.BaseModels.Contains(id) && facts.BaseModels.Count < MaxBaseModels)
                {
                    facts.BaseModels.Add(id);
                }
            }
        }

        facts.Record("producer_name", header.ProducerName);
        foreach (var key in RecordedKeys)
        {
            facts.Record(FieldPrefix + key, Present(header, key) ? header.GetMetadata(key) : null);
        }

        return facts;
    }

    // The metadata_props keys that say what the model is and under which terms, kept in the manifest's provenance.
    private static readonly string[] RecordedKeys = [ModelNameKey, NameKey, ModelLicenseKey, LicenseKey, LicenseNameKey, "model_author", BaseModelKey];

    private static bool Present(OnnxHeader header, string key) => !string.IsNullOrWhiteSpace(header.GetMetadata(key));
}
