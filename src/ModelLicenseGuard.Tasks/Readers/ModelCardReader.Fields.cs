using System.Collections.Generic;

namespace ModelLicenseGuard.Tasks.Readers;

// Taking the card's fields from the front matter's mapping.
internal static partial class ModelCardReader
{
    private static void Fill(ModelCard card, YamlMap map)
    {
        AddStrings(card.Licenses, map.Get("license"));
        card.LicenseName = Text(map.Get("license_name"));
        card.LicenseLink = Text(map.Get("license_link"));
        AddStrings(card.BaseModels, map.Get("base_model"));
        card.BaseModelRelation = Text(map.Get("base_model_relation"));
        AddStrings(card.Datasets, map.Get("datasets"));
        AddStrings(card.Tags, map.Get("tags"));
        card.PipelineTag = Text(map.Get("pipeline_tag"));
        card.ModelName = Text(map.Get("model_name"));
        if (map.Get("model-index") is YamlList { Items.Count: > 0 } index && index.Items[0] is YamlMap first)
        {
            card.ModelIndexName = Text(first.Get("name"));
        }
    }

    /// <summary>A scalar's text; null for null, blank, a list or a mapping.</summary>
    private static string? Text(YamlValue? value)
        => value is YamlScalar { Value: { } text } && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>Adds a scalar, or each scalar of a list; anything else is ignored.</summary>
    private static void AddStrings(List<string> target, YamlValue? value)
    {
        if (value is YamlList list)
        {
            foreach (var item in list.Items)
            {
                if (Text(item) is { } text)
                {
                    target.Add(text);
                }
            }
        }
        else if (Text(value) is { } text)
        {
            target.Add(text);
        }
    }
}
