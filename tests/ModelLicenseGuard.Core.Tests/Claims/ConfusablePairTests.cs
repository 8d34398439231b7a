using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Core.Tests.Claims;

/// <summary>In a project that uses both models of a pair, each claim names the model its sentence names (see ConfusablePairs).</summary>
public class ConfusablePairTests
{
    public static TheoryData<int> Pairs => new(Enumerable.Range(0, ConfusablePairs.All.Count));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_form_of_each_model_names_that_model_and_its_licence(int pair)
    {
        var problems = new List<ManifestProblem>();
        var models = ConfusablePairs.All[pair].Select(m => ModelClassifier.Classify(new ModelFacts("hf:" + m.Id, "reference") { IsReference = true }, problems)).ToList();
        var index = ModelAliasIndex.ForProject(models);
        Assert.Equal(2, index.Models.Count);

        foreach (var (id, spelling) in ConfusablePairs.All[pair])
        {
            Assert.True(ModelCatalog.TryFind(id, out var info));
            foreach (var sentence in ConfusablePairs.Sentences(id, info.Name, spelling))
            {
                var claims = ClaimFinder.Find(sentence, index) ?? [];
                Assert.True(claims.Count == 1, $"'{sentence}': {claims.Count} claims");
                var claim = claims[0];
                var subject = Assert.Single(index.Subjects(claim));
                Assert.True(id == subject.CatalogId, $"'{sentence}' named {subject.Name} ({subject.CatalogId}), not {id}");
                Assert.Equal(info.License?.Id, subject.License);
            }
        }
    }
}
