using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Licenses;
using VerifyCS = ModelLicenseGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    ModelLicenseGuard.Analyzers.Rules.OpenSourceClaimAnalyzer,
    ModelLicenseGuard.CodeFixes.RewordOpenSourceClaimCodeFix>;

namespace ModelLicenseGuard.Analyzers.Tests.Rules;

public sealed class OpenSourceClaimAnalyzerTests
{
    [Fact]
    public async Task String_literal_calling_a_restricted_model_open_source_is_reworded()
    {
        const string Source = """
            class Banner
            {
                const string Text = "Powered by the {|#0:open-source|} Llama 3.1 model";
            }
            """;
        const string Fixed = """
            class Banner
            {
                const string Text = "Powered by the open-weight Llama 3.1 model";
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(
            Source,
            Manifests.Llama31(),
            Fixed,
            VerifyCS.Diagnostic("MLG0002").WithLocation(0).WithArguments(
                "Llama 3.1 8B Instruct",
                "'open-source'",
                "llama3.1",
                LicenseCatalog.Resolve("llama3.1")!.SourceUrl,
                "a separate licence from Meta above 700 million monthly active users, and the Llama 3.1 Acceptable Use Policy",
                "'open-weight'"));
    }

    [Fact]
    public async Task Comments_verbatim_raw_and_interpolated_strings_are_read()
    {
        const string Source = """"
            // Llama 3.1 is {|#0:open source|}.
            class Chat
            {
                /* The {|#1:Open-Source|} Llama model answers. */
                string A = @"Llama is {|#2:opensource|}";
                string B = """Meta Llama 3.1 is fully {|#3:open-source|}""";
                string C(int n) => $"{n} answers from the {|#4:open-source|} Llama 3.1";
            }
            """";
        const string Fixed = """"
            // Llama 3.1 is open weight.
            class Chat
            {
                /* The Open-Weight Llama model answers. */
                string A = @"Llama is open-weight";
                string B = """Meta Llama 3.1 is fully open-weight""";
                string C(int n) => $"{n} answers from the open-weight Llama 3.1";
            }
            """";

        await VerifyCS.VerifyCodeFixAsync(
            Source,
            Manifests.Llama31(),
            Fixed,
            Expected(0, "open source"),
            Expected(1, "Open-Source"),
            Expected(2, "opensource"),
            Expected(3, "open-source"),
            Expected(4, "open-source"));
    }

    [Fact]
    public async Task Oss_and_fully_open_are_claims_too()
    {
        const string Source = """
            class Banner
            {
                const string A = "Ships the {|#0:OSS|} Llama 3.1 model";
                const string B = "Llama 3.1 is {|#1:fully open|}";
            }
            """;
        const string Fixed = """
            class Banner
            {
                const string A = "Ships the open-weight Llama 3.1 model";
                const string B = "Llama 3.1 is open weight";
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(Source, Manifests.Llama31(), Fixed, Expected(0, "OSS"), Expected(1, "fully open"));
    }

    [Theory]
    [InlineData("This library is open source (MIT).")]
    [InlineData("Llama 3.1 is not open source.")]
    [InlineData("Unlike open-source models, Llama's weights are restricted.")]
    [InlineData("Our open-source app, which runs Llama 3.1 locally")]
    [InlineData("Llama 3.1 is an open-weight model.")]
    [InlineData("The open-source Mistral model")]
    public async Task Look_alike_sentences_are_not_claims(string sentence)
    {
        var source = $$"""
            // {{sentence}}
            class Banner
            {
                const string Text = "{{sentence}}";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Manifests.Llama31());
    }

    [Fact]
    public async Task Nothing_is_reported_without_a_manifest()
    {
        const string Source = """
            class Banner
            {
                const string Text = "Powered by the open-source Llama 3.1 model";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(Source, manifest: null);
    }

    [Fact]
    public async Task An_open_weights_model_called_open_source_is_MLG0001_naming_what_is_missing()
    {
        const string Source = """
            class Banner
            {
                const string Text = "Powered by the {|#0:open-source|} Mistral 7B model";
            }
            """;
        const string Fixed = """
            class Banner
            {
                const string Text = "Powered by the open-weight Mistral 7B model";
            }
            """;

        var manifest = Manifests.With(("Mistral 7B Instruct", "apache-2.0"));
        manifest.Models[0].Aliases.Add("Mistral 7B");
        manifest.Models[0].TrainingCode = "closed";
        manifest.Models[0].TrainingData = "closed";

        await VerifyCS.VerifyCodeFixAsync(
            Source,
            manifest,
            Fixed,
            VerifyCS.Diagnostic("MLG0001").WithLocation(0).WithArguments(
                "Mistral 7B Instruct",
                "'open-source'",
                "apache-2.0",
                LicenseCatalog.Resolve("apache-2.0")!.SourceUrl,
                "its training data and training code are not published",
                "'open-weight'"));
    }

    [Fact]
    public async Task A_closed_model_called_open_source_is_MLG0003_and_reworded_proprietary()
    {
        const string Source = """
            // GPT-4o is {|#0:open source|}.
            class Banner
            {
            }
            """;
        const string Fixed = """
            // GPT-4o is proprietary.
            class Banner
            {
            }
            """;

        var manifest = new ModelLicenseGuard.Manifest.ModelManifest();
        var model = ModelLicenseGuard.Classification.ModelClassifier.Classify(
            new ModelLicenseGuard.Classification.ModelFacts("ollama:gpt-4o", "ollama") { IsReference = true },
            out _);
        manifest.Models.Add(model);

        await VerifyCS.VerifyCodeFixAsync(
            Source,
            manifest,
            Fixed,
            VerifyCS.Diagnostic("MLG0003").WithLocation(0).WithArguments(model.Name, "'open source'", "'proprietary'"));
    }

    [Fact]
    public async Task Open_source_ai_may_be_called_open_source()
    {
        const string Source = """
            class Banner
            {
                const string Text = "Powered by the open-source OLMo 2 model";
            }
            """;

        var manifest = new ModelLicenseGuard.Manifest.ModelManifest();
        manifest.Models.Add(ModelLicenseGuard.Classification.ModelClassifier.Classify(
            new ModelLicenseGuard.Classification.ModelFacts("hf:allenai/OLMo-2-1124-7B", "huggingface") { IsReference = true },
            out _));

        await VerifyCS.VerifyAnalyzerAsync(Source, manifest);
    }

    [Fact]
    public async Task Gemma_claims_name_the_gemma_terms()
    {
        const string Source = """
            class Banner
            {
                const string Text = "Gemma is {|#0:open source|}";
            }
            """;
        const string Fixed = """
            class Banner
            {
                const string Text = "Gemma is open weight";
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(
            Source,
            Manifests.With(("Gemma 2 2B", "gemma")),
            Fixed,
            VerifyCS.Diagnostic("MLG0002").WithLocation(0).WithArguments(
                "Gemma 2 2B",
                "'open source'",
                "gemma",
                LicenseCatalog.Resolve("gemma")!.SourceUrl,
                "the Gemma Prohibited Use Policy, which must be passed on to users as enforceable terms",
                "'open-weight'"));
    }

    [Fact]
    public async Task Claims_in_generated_code_are_ignored()
    {
        const string Source = """
            // <auto-generated/>
            class Banner
            {
                const string Text = "Powered by the open-source Llama 3.1 model";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(Source, Manifests.Llama31());
    }

    [Fact]
    public async Task Claims_in_a_generated_file_are_ignored_and_claims_beside_it_are_not()
        => await VerifyCS.VerifyAnalyzerAsync(
            [
                ("/0/Banner.g.cs", """class GeneratedBanner { const string Text = "Powered by the open-source Llama 3.1 model"; }"""),
                ("/0/Tool.cs", """[System.CodeDom.Compiler.GeneratedCode("a-tool", "1.0")] class ToolBanner { const string Text = "Powered by the open-source Llama 3.1 model"; }"""),
                ("/0/Banner.cs", """class Banner { const string Text = "Powered by the {|#0:open-source|} Llama 3.1 model"; }"""),
            ],
            Manifests.Llama31(),
            Expected(0, "open-source"));

    private static DiagnosticResult Expected(int location, string phrase)
        => VerifyCS.Diagnostic("MLG0002").WithLocation(location).WithArguments(
            "Llama 3.1 8B Instruct",
            $"'{phrase}'",
            "llama3.1",
            LicenseCatalog.Resolve("llama3.1")!.SourceUrl,
            "a separate licence from Meta above 700 million monthly active users, and the Llama 3.1 Acceptable Use Policy",
            "'open-weight'");
}
