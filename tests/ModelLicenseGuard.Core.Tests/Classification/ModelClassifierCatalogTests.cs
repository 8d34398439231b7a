using System;
using System.Collections.Generic;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Core.Tests.Classification;

/// <summary>Classification that weighs the file's declaration, the catalog entry it is, and its base models.</summary>
public sealed class ModelClassifierCatalogTests
{
    [Fact]
    public void A_llama_fine_tune_relabelled_mit_is_still_bound_by_the_llama_licence_and_says_so()
    {
        var facts = new ModelFacts("models/my-chat.gguf", "gguf") { Name = "My Chat 8B", License = "mit", LicenseField = "general.license" };
        facts.BaseModels.Add("meta-llama/Llama-3.1-8B-Instruct");
        var problems = new List<ManifestProblem>();

        var model = ModelClassifier.Classify(facts, problems);

        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Equal("llama3.1", model.License);
        Assert.Equal("Built with Llama", model.Attribution);
        Assert.StartsWith("https://", model.LicenseUrl, StringComparison.Ordinal);
        var conflict = Assert.Single(problems);
        Assert.Equal(DiagnosticIds.LicenseConflict, conflict.Code);
        Assert.Equal("models/my-chat.gguf", conflict.File);
        Assert.Contains("'mit'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("'llama3.1'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("meta-llama/Llama-3.1-8B-Instruct", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("Llama 3.1", model.Aliases);
    }

    [Fact]
    public void A_file_that_disagrees_with_the_catalog_is_reported_with_both_values_and_the_stricter_terms_win()
    {
        var facts = new ModelFacts("models/llama.gguf", "gguf") { Name = "Meta Llama 3.1 8B Instruct", License = "apache-2.0", LicenseField = "general.license" };
        var problems = new List<ManifestProblem>();

        var model = ModelClassifier.Classify(facts, problems);

        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Equal("llama3.1", model.License);
        Assert.Equal("meta-llama/Llama-3.1-8B-Instruct", model.CatalogId);
        var conflict = Assert.Single(problems, p => p.Code == DiagnosticIds.LicenseConflict);
        Assert.Contains("general.license in models/llama.gguf says 'apache-2.0'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("says 'llama3.1'", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_source_ai_model_keeps_its_tier_when_its_file_agrees_with_the_catalog()
    {
        var facts = new ModelFacts("models/olmo.gguf", "gguf") { Name = "OLMo 2 1124 7B", License = "apache-2.0", LicenseField = "general.license" };
        facts.OtherNames.Add("OLMo-2-1124-7B");
        var problems = new List<ManifestProblem>();

        var model = ModelClassifier.Classify(facts, problems);

        Assert.Empty(problems);
        Assert.Equal(OpennessTier.OpenSourceAI, model.Tier);
        Assert.Equal("allenai/OLMo-2-1124-7B", model.CatalogId);
        Assert.StartsWith("general.license in models/olmo.gguf", model.LicenseOrigin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_licence_metadata_is_identified_by_its_file_name()
    {
        var problems = new List<ManifestProblem>();

        var model = ModelClassifier.Classify(new ModelFacts("models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "gguf"), problems);

        Assert.Empty(problems);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Equal("llama3.1", model.License);
        Assert.StartsWith("the catalog entry for meta-llama/", model.LicenseOrigin, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_stays_unknown()
    {
        var problems = new List<ManifestProblem>();

        var model = ModelClassifier.Classify(new ModelFacts("models/acme-7b.gguf", "gguf") { Name = "Acme 7B" }, problems);

        Assert.Equal(OpennessTier.Unknown, model.Tier);
        Assert.Null(model.License);
        Assert.Equal(DiagnosticIds.LicenseUnknown, Assert.Single(problems).Code);
    }

    [Fact]
    public void A_closed_model_named_by_reference_is_closed()
    {
        var problems = new List<ManifestProblem>();

        var model = ModelClassifier.Classify(new ModelFacts("ollama:gpt-4o", "ollama") { IsReference = true }, problems);

        Assert.Empty(problems);
        Assert.Equal(OpennessTier.Closed, model.Tier);
        Assert.Equal("proprietary", model.License);
        Assert.DoesNotContain(model.Aliases, a => a.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public void A_licence_expression_binds_by_its_most_open_choice()
    {
        var problems = new List<ManifestProblem>();

        var model = ModelClassifier.Classify(new ModelFacts("models/acme.gguf", "gguf") { Name = "Acme", License = "Apache-2.0 OR MIT" }, problems);

        Assert.Empty(problems);
        Assert.Equal(OpennessTier.OpenWeights, model.Tier);
        Assert.Equal("apache-2.0", model.License);
    }

    [Fact]
    public void Provenance_says_where_every_fact_came_from()
    {
        var facts = new ModelFacts("models/my-chat.gguf", "gguf") { Name = "My Chat 8B", License = "mit", LicenseField = "general.license" };
        facts.Record("general.license", "mit");
        facts.BaseModels.Add("meta-llama/Llama-3.1-8B-Instruct");

        var model = ModelClassifier.Classify(facts, new List<ManifestProblem>());
        var roundTripped = Assert.Single(ManifestFormat.Read(ManifestFormat.Write(new ModelManifest { Models = { model } })).Models);

        Assert.Contains("general.license = 'mit' in models/my-chat.gguf", roundTripped.Provenance);
        Assert.Contains(roundTripped.Provenance, p => p.StartsWith("base model: meta-llama/Llama-3.1-8B-Instruct, licence 'llama3.1'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_licence_says_which_names_were_looked_up()
    {
        var problems = new List<ManifestProblem>();

        ModelClassifier.Classify(new ModelFacts("models/acme-7b.Q4_K_M.gguf", "gguf") { Name = "Acme 7B", LicenseField = "general.license" }, problems);

        var problem = Assert.Single(problems);
        Assert.Contains("'Acme 7B', 'acme-7b.Q4_K_M.gguf'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("general.license", problem.Message, StringComparison.Ordinal);
    }
}
