using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Analyzers.Tests.Verifiers;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Tests.Rules;

/// <summary>Claims in README, NOTICE and Markdown documents the package hands the compiler.</summary>
public sealed class DocumentClaimTests
{
    [Fact]
    public async Task A_readme_claim_is_reported_at_its_line_across_markdown_markup_and_line_breaks()
    {
        await VerifyDocumentAsync(
            "README.md",
            """
            # Acme Chat

            Acme Chat runs the **{|#0:open
            source|}** Llama 3.1 model on your machine.

            This library is open source under the MIT licence.
            """,
            Expected(0, "open source"));
    }

    [Theory]
    [InlineData("NOTICE")]
    [InlineData("THIRD-PARTY-NOTICES.txt")]
    [InlineData("docs/getting-started.md")]
    public async Task Notices_and_docs_are_documents(string path)
        => await VerifyDocumentAsync(path, "Llama 3.1 is {|#0:open-source|}.", Expected(0, "open-source"));

    [Fact]
    public async Task Package_metadata_in_the_project_file_is_read_but_comments_and_tags_are_not()
    {
        await VerifyDocumentAsync(
            "App.csproj",
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Notes: the open-source Llama 3.1 build. -->
              <PropertyGroup>
                <Description>A chat app on the {|#0:open-source|} Llama 3.1 model.</Description>
                <PackageTags>open-source;llama;chat</PackageTags>
                <PackageReleaseNotes>Llama 3.1 is {|#1:open source|} now.</PackageReleaseNotes>
              </PropertyGroup>
            </Project>
            """,
            Expected(0, "open-source"),
            Expected(1, "open source"));
    }

    [Fact]
    public async Task Resource_strings_are_read_but_names_comments_and_file_references_are_not()
    {
        await VerifyDocumentAsync(
            "Properties/Strings.resx",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="OpenSourceLlama31Banner" xml:space="preserve">
                <value>Powered by the {|#0:open-source|} Llama 3.1 model.</value>
                <comment>Llama 3.1 is open source, says marketing.</comment>
              </data>
              <data name="About" xml:space="preserve">
                <value>This app is open source. It runs Llama 3.1 locally.</value>
              </data>
              <data name="Logo" type="System.Resources.ResXFileRef, System.Windows.Forms">
                <value>Llama 3.1 is open source.png;System.Drawing.Bitmap</value>
              </data>
              <data name="Footer" xml:space="preserve"><value>Llama 3.1 is {|#1:open source|} &amp; free.</value></data>
            </root>
            """,
            Expected(0, "open-source"),
            Expected(1, "open source"));
    }

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("notes.txt")]
    public async Task Other_additional_files_are_not_read(string path)
        => await VerifyDocumentAsync(path, "Llama 3.1 is open-source.");

    private static DiagnosticResult Expected(int location, string phrase)
        => CSharpAnalyzerVerifier<OpenSourceClaimAnalyzer, DefaultVerifier>.Diagnostic("MLG0002").WithLocation(location).WithArguments(
            "Llama 3.1 8B Instruct",
            $"'{phrase}'",
            "llama3.1",
            LicenseCatalog.Resolve("llama3.1")!.SourceUrl,
            "a separate licence from Meta above 700 million monthly active users, and the Llama 3.1 Acceptable Use Policy",
            "'open-weight'");

    private static Task VerifyDocumentAsync(string path, string document, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<OpenSourceClaimAnalyzer, DefaultVerifier>
        {
            TestCode = "class C { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add((CSharpCodeFixVerifier<OpenSourceClaimAnalyzer, ModelLicenseGuard.CodeFixes.RewordOpenSourceClaimCodeFix>.ManifestPath, ManifestFormat.Write(Manifests.Llama31())));
        test.TestState.AdditionalFiles.Add((path, document));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
