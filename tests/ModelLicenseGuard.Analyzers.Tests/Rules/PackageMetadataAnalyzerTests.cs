using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Packaging;

namespace ModelLicenseGuard.Analyzers.Tests.Rules;

public sealed class PackageMetadataAnalyzerTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <PackageLicenseExpression>{|#0:MIT|}</PackageLicenseExpression>
            <PackageTags>llama;{|#1:open-source|};chat</PackageTags>
          </PropertyGroup>
        </Project>
        """;

    [Fact]
    public async Task An_spdx_expression_and_an_open_source_tag_conflict_with_restricted_weights_at_their_elements()
    {
        var llama = Manifests.Llama31();

        await VerifyAsync(
            llama,
            ("App.csproj", Project),
            "MIT",
            "llama;open-source;chat",
            Expected(0, "PackageLicenseExpression", "MIT", llama.Models[0]),
            Expected(1, "PackageTags", "open-source", llama.Models[0]));
    }

    [Fact]
    public async Task Values_set_in_an_imported_file_are_reported_at_the_project_element()
    {
        var llama = Manifests.Llama31();

        await VerifyAsync(
            llama,
            ("App.csproj", "{|#0:<Project|} Sdk=\"Microsoft.NET.Sdk\" />"),
            null,
            "open-source",
            Expected(0, "PackageTags", "open-source", llama.Models[0]));
    }

    [Fact]
    public async Task Open_weights_need_their_licence_in_the_expression()
    {
        var mistral = Manifests.With(("Mistral 7B", "apache-2.0"));

        await VerifyAsync(
            mistral,
            ("App.csproj", Project),
            "MIT",
            "llama;open-source;chat",
            Expected(0, "PackageLicenseExpression", "MIT", mistral.Models[0]));
    }

    [Theory]
    [InlineData("MIT AND Apache-2.0", "open-source")]
    [InlineData("(MIT OR Apache-2.0)", "oss;llm")]
    [InlineData("Apache-2.0", "")]
    public async Task Metadata_that_covers_open_weights_is_fine(string expression, string tags)
        => await VerifyAsync(Manifests.With(("Mistral 7B", "apache-2.0")), ("App.csproj", "<Project />"), expression, tags);

    [Fact]
    public async Task Models_the_project_only_names_are_not_in_its_package()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(ModelClassifier.Classify(new ModelFacts("hf:meta-llama/Llama-3.1-8B-Instruct", "reference") { IsReference = true }, out _));

        await VerifyAsync(manifest, ("App.csproj", Project), "MIT", "open-source");
    }

    [Fact]
    public async Task A_project_that_is_not_packable_is_not_checked()
        => await VerifyAsync(Manifests.Llama31(), ("App.csproj", Project), "MIT", "open-source", isPackable: false);

    [Fact]
    public async Task Without_package_metadata_there_is_nothing_to_compare()
        => await VerifyAsync(Manifests.Llama31(), ("App.csproj", "<Project />"), null, null);

    private static DiagnosticResult Expected(int location, string property, string value, ManifestEntry model)
    {
        var conflict = Assert.Single(PackageMetadataCheck.Find(
            property == PackageMetadataCheck.LicenseExpressionProperty ? value : null,
            property == PackageMetadataCheck.TagsProperty ? value : null,
            [model]));
        return new DiagnosticResult(RuleDescriptors.PackageMetadataConflict)
            .WithLocation(location)
            .WithArguments(property, value, model.Name, PackageMetadataCheck.Describe(model), conflict.Reason);
    }

    private static Task VerifyAsync(ModelManifest manifest, (string Path, string Text) project, string? expression, string? tags, params DiagnosticResult[] expected)
        => VerifyAsync(manifest, project, expression, tags, isPackable: true, expected);

    private static Task VerifyAsync(ModelManifest manifest, (string Path, string Text) project, string? expression, string? tags, bool isPackable, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<PackageMetadataAnalyzer, DefaultVerifier>
        {
            TestCode = "class C { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add(("obj/" + ManifestFormat.FileName, ManifestFormat.Write(manifest)));
        test.TestState.AdditionalFiles.Add(project);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true
            build_property.IsPackable = {(isPackable ? "true" : "false")}
            build_property.PackageLicenseExpression = {expression}
            build_property.ModelLicenseGuardPackageTags = {tags?.Replace(';', ' ')}
            """));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
