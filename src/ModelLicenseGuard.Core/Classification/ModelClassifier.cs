using System;
using System.Collections.Generic;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Models;

namespace ModelLicenseGuard.Classification;

/// <summary>
/// Turns what a reader found into a classified manifest entry. Every source of licence terms is weighed — what the
/// artifact declares, the catalog entry it is identified as, and its base models — and the most restrictive binds.
/// Sources that disagree are reported (MLG0031), never silently resolved; nothing unknown is guessed to be open.
/// </summary>
public static class ModelClassifier
{
    /// <summary>Classifies one model, adding to <paramref name="problems"/> what could not be decided or did not agree.</summary>
    public static ManifestEntry Classify(ModelFacts facts, ICollection<ManifestProblem> problems)
    {
        var named = !string.IsNullOrWhiteSpace(facts.Name);
        var model = new ManifestEntry
        {
            Name = named ? facts.Name!.Trim() : facts.IsReference ? facts.Source : DefaultName(facts.Source),
            Source = facts.Source,
            Format = facts.Format,
            FileSize = facts.FileSize,
            HeaderSha256 = facts.HeaderSha256,
            LicenseTextSha256 = facts.LicenseTextSha256,
        };

        // A reference ("ollama:llama3.1") is no name prose would use; the catalog entry supplies one.
        if (named || !facts.IsReference)
        {
            AddAlias(model, model.Name);
        }
        foreach (var name in facts.OtherNames)
        {
            AddAlias(model, name);
        }

        model.Provenance.AddRange(facts.Evidence);
        var tried = new List<string>();
        var identity = Identify(facts, tried);
        var bases = new List<ModelInfo>();
        foreach (var baseModel in facts.BaseModels)
        {
            if (string.IsNullOrWhiteSpace(baseModel) || model.BaseModels.Contains(baseModel))
            {
                continue;
            }

            model.BaseModels.Add(baseModel);
            AddAlias(model, baseModel);
            if (ModelCatalog.TryFind(baseModel, out var known) && !ReferenceEquals(known, identity))
            {
                bases.Add(known);
            }
        }

        // "other" is how Hugging Face (and GGUF files converted from it) says "see license_name".
        var byName = IsOther(facts.License) && !string.IsNullOrWhiteSpace(facts.LicenseName);
        var written = byName ? facts.LicenseName : facts.License;
        var field = byName ? facts.LicenseNameField : facts.LicenseField;
        var declaredOrigin = field is null ? facts.Source : $"{field} in {facts.Source}";
        var stated = !string.IsNullOrWhiteSpace(written) && !IsOther(written);
        var declared = stated ? LicenseCatalog.Resolve(written) : null;

        var terms = new List<Terms>();
        if (identity is not null)
        {
            if (!named)
            {
                model.Name = identity.Name;
            }

            model.CatalogId = identity.Id;
            model.TrainingCode = identity.TrainingCode.ToString().ToLowerInvariant();
            model.TrainingData = identity.TrainingData.ToString().ToLowerInvariant();
            model.Provenance.Add($"catalog: {identity.Id}, weights licence '{identity.LicenseExpression}', tier {identity.Tier} ({identity.SourceUrl})");
            AddAlias(model, identity.Name);
            AddAlias(model, identity.Family);

            // Prose names a model by its Hugging Face id and its Ollama tags too: "Qwen/Qwen2-7B-Instruct", "phi3".
            AddAlias(model, identity.Id);
            foreach (var alias in identity.Aliases)
            {
                // A tag with a size ("llama3.1:8b") is a reference, not a name prose uses; the bare tag ("llama3.1") is.
                if (alias.IndexOf(':') < 0)
                {
                    AddAlias(model, alias);
                }
            }
            var agrees = declared is not null && identity.License is not null && string.Equals(declared.Id, identity.License.Id, StringComparison.Ordinal);
            if (identity.GoverningLicense is not null || !identity.WeightsOpen)
            {
                // The catalog adds what a file cannot say (open code and data, licences of bases); the file stays the origin.
                var origin = agrees ? $"{declaredOrigin}, matching the catalog entry for {identity.Id}" : $"the catalog entry for {identity.Id}";
                terms.Add(new Terms(identity.Tier, identity.GoverningLicense, origin));
            }

            if (declared is not null && identity.License is not null && !agrees)
            {
                problems.Add(new ManifestProblem(
                    DiagnosticIds.LicenseConflict,
                    facts.Source,
                    $"Licence sources for model '{model.Name}' disagree: {declaredOrigin} says '{declared.Id}', but the catalog entry for {identity.Id} says '{identity.License.Id}' ({identity.SourceUrl}). The more restrictive terms are used."));
            }
        }

        // The declared licence adds nothing when the catalog already knows the same model under the same licence.
        if (declared is not null && (identity?.License is null || !string.Equals(declared.Id, identity.License.Id, StringComparison.Ordinal)))
        {
            terms.Add(new Terms(declared.Tier, declared, declaredOrigin));
        }

        foreach (var parent in bases)
        {
            AddAlias(model, parent.Family);
            if (parent.GoverningLicense is null)
            {
                continue;
            }

            if (declared is not null && Restrictiveness.Of(declared.Tier, declared) < Restrictiveness.Of(parent.Tier, parent.GoverningLicense))
            {
                problems.Add(new ManifestProblem(
                    DiagnosticIds.LicenseConflict,
                    facts.Source,
                    $"Model '{model.Name}' declares '{declared.Id}' ({declaredOrigin}), but it is derived from {parent.Id}, whose licence '{parent.GoverningLicense.Id}' binds derivatives ({parent.GoverningLicense.SourceUrl}). The base's terms are used."));
            }

            terms.Add(new Terms(parent.Tier, parent.GoverningLicense, $"base model {parent.Id}"));
            model.Provenance.Add($"base model: {parent.Id}, licence '{parent.GoverningLicense.Id}', tier {parent.Tier} ({parent.SourceUrl})");
        }

        if (terms.Count == 0)
        {
            problems.Add(Unknown(facts, model, written, stated, declaredOrigin, tried));
            if (stated)
            {
                model.License = written!.Trim();
                model.LicenseOrigin = declaredOrigin;
            }

            return model;
        }

        var binding = terms[0];
        foreach (var candidate in terms)
        {
            if (Restrictiveness.Of(candidate.Tier, candidate.License) > Restrictiveness.Of(binding.Tier, binding.License))
            {
                binding = candidate;
            }
        }

        Apply(model, binding);
        return model;
    }

    /// <summary>Classifies one model; <paramref name="problem"/> is the first problem met, if any.</summary>
    public static ManifestEntry Classify(ModelFacts facts, out ManifestProblem? problem)
    {
        var problems = new List<ManifestProblem>();
        var model = Classify(facts, problems);
        problem = problems.Count > 0 ? problems[0] : null;
        return model;
    }

    private static void Apply(ManifestEntry model, Terms binding)
    {
        model.Tier = binding.Tier;
        model.LicenseOrigin = binding.Origin;
        var license = binding.License;
        if (license is null)
        {
            // A closed model: no weights, so no weights licence.
            model.License = "proprietary";
            model.CommercialUse = CommercialUse.Unknown;
            return;
        }

        model.License = license.Id;
        model.LicenseUrl = license.SourceUrl;
        model.CommercialUse = license.CommercialUse;
        model.Restrictions = license.Restrictions;
        model.Attribution = license.Attribution;
        foreach (var family in license.ModelFamilies)
        {
            AddAlias(model, family);
        }
    }

    private static ManifestProblem Unknown(ModelFacts facts, ManifestEntry model, string? written, bool stated, string origin, List<string> tried)
    {
        // Say what was looked at, so the user knows what metadata or catalog entry would settle it.
        var names = tried.Count == 0 ? "no name to look up" : "'" + string.Join("', '", tried) + "'";
        // A bare reference: nothing but the catalog spoke. One the Hub answered for is judged on what it said, like a file.
        if (facts.IsReference && facts.Evidence.Count == 0)
        {
            return new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                facts.Source,
                $"The licence of model reference '{facts.Source}' cannot be determined offline: ModelLicenseGuard's catalog has no entry for it. Reference the model file instead, or see docs/knowledge-base.md to add it.");
        }

        var catalog = $"the catalog knows none of {names}";
        return stated
            ? new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                facts.Source,
                $"The licence '{written!.Trim()}' of model '{model.Name}' ({origin}) is not one ModelLicenseGuard knows, and {catalog}, so the model cannot be classified.")
            : new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                facts.Source,
                $"The licence of model '{model.Name}' cannot be determined: {facts.Source} states no licence{(IsOther(written) ? " other than 'other'" : string.Empty)}{(facts.LicenseField is null ? string.Empty : $" in {facts.LicenseField}")}, and {catalog}. Add licence metadata to the model or reference it by its Hugging Face id.");
    }

    /// <summary>The catalog entry the artifact is: by reference, then by the names it gives, then by file name.</summary>
    private static ModelInfo? Identify(ModelFacts facts, List<string> tried)
    {
        var candidates = new List<string?>();
        if (facts.IsReference)
        {
            candidates.Add(facts.Source);
        }
        else
        {
            candidates.Add(facts.Name);
            candidates.AddRange(facts.OtherNames);
            candidates.Add(FileName(facts.Source));
            candidates.Add(facts.FolderName);
        }

        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate) || tried.Contains(candidate!))
            {
                continue;
            }

            tried.Add(candidate!);
            if (ModelCatalog.TryFind(candidate, out var found))
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsOther(string? license) => string.Equals(license?.Trim(), "other", StringComparison.OrdinalIgnoreCase);

    private static string FileName(string source)
    {
        var slash = Math.Max(source.LastIndexOf('/'), source.LastIndexOf('\\'));
        return source.Substring(slash + 1);
    }

    private static string DefaultName(string source)
    {
        var fileName = FileName(source);
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    private static void AddAlias(ManifestEntry model, string? alias)
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

    private sealed class Terms(OpennessTier tier, LicenseInfo? license, string origin)
    {
        public OpennessTier Tier { get; } = tier;

        public LicenseInfo? License { get; } = license;

        public string Origin { get; } = origin;
    }
}
