using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Analyzers.Tests.Rules;

public sealed class AttributionAnalyzerTests
{
    [Fact]
    public async Task A_required_attribution_carried_nowhere_is_reported_once()
    {
        var manifest = Manifests.With(("Llama 3.1 8B Instruct", "llama3.1"), ("Llama 3.1 70B Instruct", "llama3.1"));

        await VerifyAsync(
            "class C { const string Banner = \"Powered by Llama\"; }",
            manifest,
            [],
            Missing(manifest.Models[0]));
    }

    [Fact]
    public async Task With_the_project_file_among_the_additional_files_it_stands_at_the_line_that_names_the_model()
    {
        var manifest = Manifests.Llama31();
        var project = $"<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <None Include=\"{{|#0:{manifest.Models[0].Source}|}}\" />\n  </ItemGroup>\n</Project>\n";

        await VerifyAsync("class C { }", manifest, [("App.csproj", project)], Missing(manifest.Models[0]).WithLocation(0));
    }

    [Fact]
    public async Task A_model_the_project_file_does_not_name_is_reported_at_its_project_element()
    {
        var manifest = Manifests.Llama31();

        await VerifyAsync("class C { }", manifest, [("App.csproj", "{|#0:<Project|} Sdk=\"Microsoft.NET.Sdk\" />")], Missing(manifest.Models[0]).WithLocation(0));
    }

    [Fact]
    public async Task The_package_attribute_satisfies_the_licence()
        => await VerifyAsync(
            "[assembly: ModelLicenseGuard.ModelAttribution(\"meta-llama/Llama-3.1-8B-Instruct\", License = \"llama3.1\", Notice = \"Built with Llama\")]\n" + AttributeSource,
            Manifests.Llama31(),
            []);

    /// <summary>The attribute type the package adds to every C# compilation, from the repository's build folder.</summary>
    internal static string AttributeSource => System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.Root, "build", "ModelAttributionAttribute.cs"));

    private static DiagnosticResult Missing(ManifestEntry model)
        => new DiagnosticResult(RuleDescriptors.AttributionMissing).WithArguments(
            model.Name,
            "llama3.1",
            LicenseCatalog.Resolve("llama3.1")!.SourceUrl,
            "Built with Llama",
            model.CatalogId ?? model.Name,
            string.Empty);

    [Theory]
    [InlineData("[assembly: System.Reflection.AssemblyMetadata(\"ModelAttribution\", \"Built with Llama\")]")]
    [InlineData("class About { const string Footer = \"Built with Llama\"; }")]
    [InlineData("// BUILT WITH LLAMA\nclass C { }")]
    public async Task Attribution_in_code_satisfies_the_licence(string source)
        => await VerifyAsync(source, Manifests.Llama31(), []);

    [Theory]
    [InlineData("NOTICE")]
    [InlineData("THIRD-PARTY-NOTICES.txt")]
    [InlineData("README.md")]
    public async Task Attribution_in_a_notice_or_readme_satisfies_the_licence(string path)
        => await VerifyAsync("class C { }", Manifests.Llama31(), [(path, "This product is Built with Llama.")]);

    [Fact]
    public async Task Licences_without_a_required_attribution_need_nothing()
        => await VerifyAsync("class C { }", Manifests.With(("Mistral 7B", "apache-2.0"), ("Research", "cc-by-nc-4.0")), []);

    private static Task VerifyAsync(string source, ModelManifest manifest, (string Path, string Text)[] files, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<AttributionAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add(("obj/" + ManifestFormat.FileName, ManifestFormat.Write(manifest)));
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
