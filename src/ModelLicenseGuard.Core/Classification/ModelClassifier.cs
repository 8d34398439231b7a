using System;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Classification;

/// <summary>Turns what a reader found into a classified manifest entry.</summary>
public static class ModelClassifier
{
    /// <summary>Classifies one model; when its licence cannot be determined, <paramref name="problem"/> says why.</summary>
    public static ManifestModel Classify(ModelFacts facts, out ManifestProblem? problem)
    {
        problem = null;
        var model = new ManifestModel
        {
            Name = string.IsNullOrWhiteSpace(facts.Name) ? DefaultName(facts.Source) : facts.Name!.Trim(),
            Source = facts.Source,
            Format = facts.Format,
        };

        AddAlias(model, model.Name);
        foreach (var name in facts.OtherNames)
        {
            AddAlias(model, name);
        }

        foreach (var baseModel in facts.BaseModels)
        {
            if (!string.IsNullOrWhiteSpace(baseModel) && !model.BaseModels.Contains(baseModel))
            {
                model.BaseModels.Add(baseModel);
                AddAlias(model, baseModel);
            }
        }

        // "other" is how Hugging Face (and GGUF files converted from it) says "see license_name".
        var byName = IsOther(facts.License) && !string.IsNullOrWhiteSpace(facts.LicenseName);
        var written = byName ? facts.LicenseName : facts.License;
        var field = byName ? facts.LicenseNameField : facts.LicenseField;
        if (string.IsNullOrWhiteSpace(written) || IsOther(written))
        {
            problem = new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                facts.Source,
                $"The licence of model '{model.Name}' cannot be determined: {facts.Source} states no licence{(IsOther(written) ? " other than 'other'" : string.Empty)}. Add licence metadata to the model or reference it from a model card.");
            return model;
        }

        model.License = written!.Trim();
        model.LicenseOrigin = field is null ? facts.Source : $"{field} in {facts.Source}";
        if (!LicenseCatalog.TryGet(written, out var license))
        {
            problem = new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                facts.Source,
                $"The licence '{model.License}' of model '{model.Name}' ({model.LicenseOrigin}) is not one ModelLicenseGuard knows, so the model cannot be classified.");
            return model;
        }

        model.License = license.Id;
        model.Tier = license.Tier;
        model.CommercialUse = license.CommercialUse;
        model.Restrictions = license.Restrictions;
        model.Attribution = license.Attribution;
        foreach (var family in license.ModelFamilies)
        {
            AddAlias(model, family);
        }

        return model;
    }

    private static bool IsOther(string? license) => string.Equals(license?.Trim(), "other", StringComparison.OrdinalIgnoreCase);

    private static string DefaultName(string source)
    {
        var slash = Math.Max(source.LastIndexOf('/'), source.LastIndexOf('\\'));
        var fileName = source.Substring(slash + 1);
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    private static void AddAlias(ManifestModel model, string? alias)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            return;
        }

        alias = alias!.Trim();

        // "org/name" ids are referred to in prose by their name part.
        var slash = alias.LastIndexOf('/');
        if (slash >= 0 && slash < alias.Length - 1)
        {
            AddAlias(model, alias.Substring(slash + 1));
            return;
        }

        foreach (var existing in model.Aliases)
        {
            if (string.Equals(existing, alias, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        model.Aliases.Add(alias);
    }
}
