using System;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Core.Tests.Classification;

public class ModelClassifierTests
{
    private const string Source = "models/acme-chat.Q4_K_M.gguf";

    [Fact]
    public void Llama_3_1_is_restricted_weights_with_conditional_commercial_use_and_attribution()
    {
        var facts = Facts("Acme Chat 8B", "llama3.1");

        var model = ModelClassifier.Classify(facts, out var problem);

        Assert.Null(problem);
        Assert.Equal("Acme Chat 8B", model.Name);
        Assert.Equal(Source, model.Source);
        Assert.Equal("gguf", model.Format);
        Assert.Equal("llama3.1", model.License);
        Assert.Equal("general.license in " + Source, model.LicenseOrigin);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Equal(CommercialUse.Conditional, model.CommercialUse);
        Assert.Equal("Built with Llama", model.Attribution);
        Assert.False(string.IsNullOrEmpty(model.Restrictions));
        Assert.Contains("Acme Chat 8B", model.Aliases);
        Assert.Contains("Llama 3.1", model.Aliases);
        Assert.Contains("Llama", model.Aliases);
    }

    [Theory]
    [InlineData("Llama-3.1")]
    [InlineData(" LLAMA 3.1 ")]
    [InlineData("Llama 3.1 Community License Agreement")]
    public void Stores_the_catalog_id_whatever_spelling_the_file_uses(string written)
    {
        var model = ModelClassifier.Classify(Facts("m", written), out var problem);

        Assert.Null(problem);
        Assert.Equal("llama3.1", model.License);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
    }

    [Fact]
    public void Apache_2_0_is_open_weights()
    {
        var model = ModelClassifier.Classify(Facts("Acme 7B", "Apache-2.0"), out var problem);

        Assert.Null(problem);
        Assert.Equal("apache-2.0", model.License);
        Assert.Equal(OpennessTier.OpenWeights, model.Tier);
        Assert.Equal(CommercialUse.Allowed, model.CommercialUse);
        Assert.Null(model.Attribution);
        Assert.Equal(["Acme 7B"], model.Aliases);
    }

    [Fact]
    public void Cc_by_nc_forbids_commercial_use()
    {
        var model = ModelClassifier.Classify(Facts("research model", "cc-by-nc-4.0"), out var problem);

        Assert.Null(problem);
        Assert.Equal("cc-by-nc-4.0", model.License);
        Assert.Equal(CommercialUse.Forbidden, model.CommercialUse);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Equal("non-commercial use only", model.Restrictions);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("Other")]
    [InlineData(" OTHER ")]
    public void Other_with_a_licence_name_is_resolved_by_the_name(string other)
    {
        var facts = Facts("Acme Gemma Tune", other);
        facts.LicenseName = "gemma-terms-of-use";

        var model = ModelClassifier.Classify(facts, out var problem);

        Assert.Null(problem);
        Assert.Equal("gemma", model.License);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Tier);
        Assert.Contains("Gemma", model.Aliases);
        Assert.Equal(Source, model.LicenseOrigin);
    }

    [Fact]
    public void A_licence_resolved_by_name_says_it_came_from_the_name_field()
    {
        var facts = Facts("custom", "other");
        facts.LicenseName = "acme-licence";
        facts.LicenseNameField = "general.license.name";

        var model = ModelClassifier.Classify(facts, out var problem);

        Assert.Equal("acme-licence", model.License);
        Assert.Equal("general.license.name in " + Source, model.LicenseOrigin);
        Assert.NotNull(problem);
        Assert.Contains("(general.license.name in " + Source + ")", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_name_is_ignored_unless_the_licence_is_other()
    {
        var facts = Facts("m", "mit");
        facts.LicenseName = "gemma";
        facts.LicenseNameField = "general.license.name";

        var model = ModelClassifier.Classify(facts, out _);

        Assert.Equal("mit", model.License);
        Assert.Equal("general.license in " + Source, model.LicenseOrigin);
    }

    [Theory]
    [InlineData("other", null)]
    [InlineData("other", "")]
    [InlineData("other", "   ")]
    [InlineData("other", "other")]
    public void Other_alone_is_unknown_with_a_problem_naming_the_file(string license, string? licenseName)
    {
        var facts = Facts("mystery", license);
        facts.LicenseName = licenseName;

        var model = ModelClassifier.Classify(facts, out var problem);

        Assert.Equal(OpennessTier.Unknown, model.Tier);
        Assert.Equal(CommercialUse.Unknown, model.CommercialUse);
        Assert.Null(model.License);
        Assert.NotNull(problem);
        Assert.Equal(DiagnosticIds.LicenseUnknown, problem.Code);
        Assert.Equal(Source, problem.File);
        Assert.Contains(Source, problem.Message, StringComparison.Ordinal);
        Assert.Contains("'other'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'mystery'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_licence_is_unknown_with_a_problem_naming_the_file(string? license)
    {
        var model = ModelClassifier.Classify(Facts("no licence", license), out var problem);

        Assert.Equal(OpennessTier.Unknown, model.Tier);
        Assert.Null(model.License);
        Assert.Null(model.LicenseOrigin);
        Assert.NotNull(problem);
        Assert.Equal(DiagnosticIds.LicenseUnknown, problem.Code);
        Assert.Equal(Source, problem.File);
        Assert.Contains(Source, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'other'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_licence_is_kept_as_written_with_a_problem_naming_licence_and_file()
    {
        var model = ModelClassifier.Classify(Facts("custom", " acme-model-licence-v2 "), out var problem);

        Assert.Equal(OpennessTier.Unknown, model.Tier);
        Assert.Equal(CommercialUse.Unknown, model.CommercialUse);
        Assert.Equal("acme-model-licence-v2", model.License);
        Assert.Equal("general.license in " + Source, model.LicenseOrigin);
        Assert.NotNull(problem);
        Assert.Equal(DiagnosticIds.LicenseUnknown, problem.Code);
        Assert.Equal(Source, problem.File);
        Assert.Contains(Source, problem.Message, StringComparison.Ordinal);
        Assert.Contains("'acme-model-licence-v2'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_licence_field_the_origin_is_the_source()
    {
        var facts = new ModelFacts("hf:acme/custom-model", "reference") { Name = "x", License = "llama3.1" };

        var model = ModelClassifier.Classify(facts, out _);

        Assert.Equal("hf:acme/custom-model", model.LicenseOrigin);
    }

    [Fact]
    public void Base_models_are_kept_whole_and_their_name_part_becomes_an_alias()
    {
        var facts = Facts("My Fine Tune", "llama3.1");
        facts.BaseModels.Add("meta-llama/Llama-3.1-8B-Instruct");
        facts.BaseModels.Add("meta-llama/Llama-3.1-8B-Instruct");
        facts.BaseModels.Add("NousResearch/Hermes-3");
        facts.BaseModels.Add(" ");

        var model = ModelClassifier.Classify(facts, out _);

        Assert.Equal(["meta-llama/Llama-3.1-8B-Instruct", "NousResearch/Hermes-3"], model.BaseModels);
        Assert.Contains("Llama-3.1-8B-Instruct", model.Aliases);
        Assert.Contains("Hermes-3", model.Aliases);
        Assert.DoesNotContain("meta-llama/Llama-3.1-8B-Instruct", model.Aliases);
        Assert.DoesNotContain(model.Aliases, a => a.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public void Other_names_become_aliases_without_duplicates_or_blanks()
    {
        var facts = Facts("Acme Chat 8B", "llama3.1");
        facts.OtherNames.Add("Acme-Chat");
        facts.OtherNames.Add("acme chat 8b");
        facts.OtherNames.Add(" ");
        facts.OtherNames.Add("  LLAMA  ");

        var model = ModelClassifier.Classify(facts, out _);

        Assert.Equal(["Acme Chat 8B", "Acme-Chat", "LLAMA", "Llama 3.1"], model.Aliases);
    }

    [Theory]
    [InlineData(null, "models/acme-chat.Q4_K_M.gguf", "acme-chat.Q4_K_M")]
    [InlineData("  ", "models\\sub\\tiny.gguf", "tiny")]
    [InlineData(null, "noextension", "noextension")]
    [InlineData(null, ".hidden", ".hidden")]
    [InlineData("  Padded Name  ", "x.gguf", "Padded Name")]
    public void Names_the_model_after_its_file_when_it_has_no_name(string? name, string source, string expected)
    {
        var facts = new ModelFacts(source, "gguf") { Name = name, License = "mit" };

        var model = ModelClassifier.Classify(facts, out _);

        Assert.Equal(expected, model.Name);
        Assert.Equal(expected, model.Aliases[0]);
    }

    private static ModelFacts Facts(string? name, string? license)
        => new(Source, "gguf") { Name = name, License = license, LicenseField = "general.license" };
}
