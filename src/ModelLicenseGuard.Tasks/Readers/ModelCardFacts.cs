using System.Collections.Generic;
using System.Globalization;
using ModelLicenseGuard.Classification;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Turns a model card's metadata into facts for the classifier: the one place that says what <c>license</c>,
/// <c>license_name</c>, <c>license_link</c> and <c>base_model</c> mean, whether the card was read from a folder's
/// <c>README.md</c> or answered by the Hugging Face Hub (<see cref="Online.HubModelInfo.ToCard"/>). The classifier then
/// maps the licence through the same licence table and tier rules as every other source; an unknown licence stays unknown.
/// </summary>
internal static class ModelCardFacts
{
    /// <summary>
    /// Records the card's fields in <paramref name="facts"/>, each named after <paramref name="origin"/>
    /// ("README.md license", "Hugging Face Hub license"); a card without front matter adds nothing.
    /// </summary>
    public static void Apply(ModelFacts facts, ModelCard card, string origin)
    {
        if (!card.HasFrontMatter)
        {
            return;
        }

        var licenseField = origin + " license";
        var licenseNameField = origin + " license_name";
        for (var i = 0; i < card.Licenses.Count; i++)
        {
            facts.Record(i == 0 ? licenseField : licenseField + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", card.Licenses[i]);
        }

        if (card.Licenses.Count > 0)
        {
            facts.License = card.Licenses[0];
            facts.LicenseField = licenseField;
        }

        if (card.LicenseName is not null)
        {
            facts.LicenseName = card.LicenseName;
            facts.LicenseNameField = licenseNameField;
            facts.Record(licenseNameField, card.LicenseName);
        }

        facts.Record(origin + " license_link", card.LicenseLink);
        foreach (var baseModel in card.BaseModels)
        {
            facts.Record(origin + " base_model", baseModel);
            if (!facts.BaseModels.Contains(baseModel))
            {
                facts.BaseModels.Add(baseModel);
            }
        }

        facts.Record(origin + " base_model_relation", card.BaseModelRelation);
        facts.Record(origin + " datasets", Join(card.Datasets));
        facts.Record(origin + " tags", Join(card.Tags));
        facts.Record(origin + " pipeline_tag", card.PipelineTag);
        facts.Record(origin + " model_name", card.ModelName);
        facts.Record(origin + " model-index[0].name", card.ModelIndexName);
        if (card.ModelName is not null)
        {
            HuggingFaceFolderReader.AddName(facts, card.ModelName);
        }

        if (card.ModelIndexName is not null)
        {
            HuggingFaceFolderReader.AddName(facts, card.ModelIndexName);
        }
    }

    private static string? Join(List<string> values) => values.Count == 0 ? null : string.Join(", ", values);
}
