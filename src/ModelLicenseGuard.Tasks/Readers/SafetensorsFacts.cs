using ModelLicenseGuard.Classification;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Maps the <c>__metadata__</c> keys that tools write into safetensors files to the facts classification needs:
/// Hugging Face style keys (<c>license</c>, <c>license_name</c>, <c>base_model</c>, <c>name</c>, <c>model_name</c>) and the
/// Stability AI model spec (<c>modelspec.license</c>, <c>modelspec.title</c>, <c>modelspec.base_model</c>).
/// </summary>
public static class SafetensorsFacts
{
    private const string FieldPrefix = SafetensorsReader.MetadataKey + ".";

    // More base models than this is a corrupt list, not a real merge.
    private const int MaxBaseModels = 64;

    public static ModelFacts From(SafetensorsHeader header, string source)
    {
        var facts = new ModelFacts(source, "safetensors")
        {
            Name = First(header, "modelspec.title", "name", "model_name"),
            LicenseName = Get(header, "license_name"),
            LicenseNameField = FieldPrefix + "license_name",
        };

        var licenseKey = Get(header, "license") is not null ? "license"
            : Get(header, "modelspec.license") is not null ? "modelspec.license"
            : "license";
        facts.License = Get(header, licenseKey);
        facts.LicenseField = FieldPrefix + licenseKey;

        AddBaseModels(facts, Get(header, "base_model"));
        AddBaseModels(facts, Get(header, "modelspec.base_model"));
        foreach (var key in RecordedKeys)
        {
            facts.Record(FieldPrefix + key, Get(header, key));
        }

        return facts;
    }

    // The metadata keys that say what the model is and under which terms, kept in the manifest's provenance.
    private static readonly string[] RecordedKeys =
        ["modelspec.title", "name", "model_name", "license", "license_name", "modelspec.license", "modelspec.author", "base_model", "modelspec.base_model"];

    /// <summary>The value of <paramref name="key"/>, or null when it is missing, empty or only whitespace.</summary>
    private static string? Get(SafetensorsHeader header, string key)
        => header.Metadata.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string? First(SafetensorsHeader header, params string[] keys)
    {
        foreach (var key in keys)
        {
            var value = Get(header, key);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Adds the ids of a <c>base_model</c> value, which may list several separated by commas (Hub URLs become ids).</summary>
    private static void AddBaseModels(ModelFacts facts, string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var part in value.Split(','))
        {
            var trimmed = part.Trim();
            var id = GgufFacts.HubRepositoryId(trimmed) ?? trimmed;
            if (id.Length > 0 && facts.BaseModels.Count < MaxBaseModels && !facts.BaseModels.Contains(id))
            {
                facts.BaseModels.Add(id);
            }
        }
    }
}
