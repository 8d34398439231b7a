using System;
using System.IO;
using System.Linq;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// Apps that never ship a model file but name one when they call an AI library, in appsettings.json, or in an Aspire
/// AppHost: built with <c>dotnet build</c> against the packed package (and the real OllamaSharp from the registry).
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class RuntimeModelTests(PackageFixture package)
{
    private const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    [Fact]
    public void An_OllamaSharp_app_naming_llama_gets_MLG0002_at_its_claim_and_MLG0010_as_information_at_the_call()
    {
        var project = OllamaApp("OllamaChat", """
            using OllamaSharp;

            const string Banner = "Powered by the open-source Llama 3.1";
            var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.1");
            Console.WriteLine(Banner + " " + ollama.SelectedModel);
            """);

        // Information is shown by the IDE; on the command line it is in the compiler's log, asked for here.
        var result = project.Build("-p:ModelLicenseGuardCompilerLog=true");

        Assert.True(result.ExitCode == 0, result.ToString());
        var claim = Assert.Single(result.WithId("MLG0002"));
        Assert.EndsWith("Program.cs", claim.File, StringComparison.Ordinal);
        Assert.Equal(3, claim.Line);
        Assert.Equal("const string Banner = \"Powered by the ".Length + 1, claim.Column);
        Assert.Contains("'Llama 3.1 8B Instruct'", claim.Message, StringComparison.Ordinal);
        Assert.Contains("'open-weight'", claim.Message, StringComparison.Ordinal);

        // The app ships no Llama weights: the attribution duty is information until it ships them or serves the model.
        Assert.Empty(result.WithId("MLG0010"));
        var attribution = Assert.Single(CompilerLog.Results(project.Directory, "MLG0010"));
        Assert.Equal("note", attribution.Level);
        Assert.Equal(4, attribution.Line);
        Assert.Contains("\"Built with Llama\"", attribution.Message, StringComparison.Ordinal);
        Assert.Contains("only names it at run time", attribution.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Models_named_only_in_appsettings_are_judged_and_held_to_the_policy_at_their_json_line()
    {
        var project = OllamaApp("ConfiguredChat", """
            using OllamaSharp;

            var ollama = new OllamaApiClient(new Uri("http://localhost:11434"));
            Console.WriteLine(ollama.Uri);
            """)
            .WithFile("appsettings.json", """
                {
                  // Chat runs locally; summaries use the hosted model.
                  "Ollama": {
                    "Endpoint": "http://localhost:11434",
                    "ModelId": "command-r"
                  },
                  "OpenAI": { "ChatModelId": "gpt-4o" },
                }
                """)
            .WithFile("AppSettings.Production.json", """
                { "AzureOpenAI": { "Endpoint": "https://example.openai.azure.com/", "DeploymentName": "gpt-4o-mini" } }
                """)
            .WithFile("local.settings.json", """
                { "IsEncrypted": false, "Values": { "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated", "EMBEDDING_MODEL_DEPLOYMENT_NAME": "text-embedding-3-small" } }
                """)
            .WithFile("README.md", "# Configured chat\n\nSummaries come from the open-source GPT-4o.\n");

        var open = project.Build();

        Assert.True(open.ExitCode == 0, open.ToString());
        var claim = Assert.Single(open.WithId("MLG0003"));
        Assert.EndsWith("README.md", claim.File, StringComparison.Ordinal);
        Assert.Equal(3, claim.Line);
        Assert.Contains("'GPT-4o'", claim.Message, StringComparison.Ordinal);
        var manifest = File.ReadAllText(project.PathOf("obj/Debug/net10.0/ModelLicenseGuard.manifest"));
        Assert.Contains("source-kind: configuration", manifest, StringComparison.Ordinal);
        Assert.Contains("origin-file: appsettings.json", manifest, StringComparison.Ordinal);

        // "AppSettings.json" is read as "appsettings.json" is, and a deployment named like a model is assumed to be it.
        Assert.Contains("origin-file: AppSettings.Production.json", manifest, StringComparison.Ordinal);
        Assert.Contains("catalog-id: openai/gpt-4o-mini", manifest, StringComparison.Ordinal);
        Assert.Contains("assumed-from: deployment name", manifest, StringComparison.Ordinal);

        // An Azure Functions app's settings: local.settings.json's "Values".
        Assert.Contains("origin-file: local.settings.json", manifest, StringComparison.Ordinal);
        Assert.Contains("catalog-id: openai/text-embedding-3-small", manifest, StringComparison.Ordinal);

        var commercial = project.Build("-p:ModelLicensePolicy=Commercial");

        Assert.True(commercial.ExitCode != 0, commercial.ToString());
        var error = Assert.Single(commercial.WithId("MLG0020"));
        Assert.Equal("error", error.Severity);
        Assert.Equal(project.PathOf("appsettings.json"), error.File);
        Assert.Equal(5, error.Line);
        Assert.Equal(16, error.Column);
        Assert.Contains("Command R", error.Message, StringComparison.Ordinal);
        Assert.Contains("cc-by-nc-4.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_appsettings_is_a_warning_naming_the_file_never_a_failed_build()
    {
        var project = new ConsumerProject(package, "BadSettings")
            .WithFile("appsettings.json", "{ \"Ollama\": { \"ModelId\": \"llama3.1\" ");

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.WithId("MLG0042"));
        Assert.Equal(project.PathOf("appsettings.json"), warning.File);
        Assert.Contains("appsettings.json cannot be read for model names", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Aspire_style_AppHost_lists_its_models_where_it_adds_them()
    {
        // The inventory is information; the project asks to see it in the build output, as a user reviewing it would.
        var project = new ConsumerProject(package, "AppHost")
            .WithFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.MLG0040.severity = warning\n")
            .WithFile("AspireStub.cs", AspireStub)
            .WithFile("NOTICE", "Built with Llama\n")
            .WithFile("Program.cs", """
                using Aspire.Hosting;

                var builder = new DistributedApplicationBuilder();
                var ollama = builder.AddOllama("ollama");
                ollama.AddModel("chat", "llama3.1");
                """);

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var found = Assert.Single(result.WithId("MLG0040"));
        Assert.EndsWith("Program.cs", found.File, StringComparison.Ordinal);
        Assert.Equal(5, found.Line);
        Assert.Contains("'Llama 3.1 8B Instruct'", found.Message, StringComparison.Ordinal);
        Assert.Contains("restricted weights under the 'llama3.1' licence", found.Message, StringComparison.Ordinal);
        Assert.Empty(result.WithId("MLG0010"));
    }

    // Stands in for CommunityToolkit.Aspire.Hosting.Ollama, which the registry these tests restore from does not serve:
    // the same namespaces, type names and parameter names, which is all the analyzer binds to.
    private const string AspireStub = """
        // STUB of Aspire.Hosting / CommunityToolkit.Aspire.Hosting.Ollama: the public API shape only.
        namespace Aspire.Hosting.ApplicationModel
        {
            public interface IResourceBuilder<T> { }
            public sealed class OllamaResource { }
            public sealed class OllamaModelResource { }
        }

        namespace Aspire.Hosting
        {
            using Aspire.Hosting.ApplicationModel;

            public interface IDistributedApplicationBuilder { }

            public sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder { }

            public static class OllamaResourceBuilderExtensions
            {
                private sealed class Builder<T> : IResourceBuilder<T> { }

                public static IResourceBuilder<OllamaResource> AddOllama(this IDistributedApplicationBuilder builder, string name, int? port = null) => new Builder<OllamaResource>();

                public static IResourceBuilder<OllamaModelResource> AddModel(this IResourceBuilder<OllamaResource> builder, string name, string modelName) => new Builder<OllamaModelResource>();
            }
        }
        """;

    /// <summary>A console app that references the real OllamaSharp from the registry besides the packed package.</summary>
    [Fact]
    public void A_model_named_in_code_is_held_to_the_policy_at_the_call_and_a_justified_allow_excuses_it()
    {
        var project = OllamaApp("PolicyChat", """
            using OllamaSharp;

            var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "command-r");
            Console.WriteLine(ollama.SelectedModel);
            """);

        var result = project.Build("-p:ModelLicensePolicy=Commercial");

        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId("MLG0020"));
        Assert.EndsWith("Program.cs", error.File, StringComparison.Ordinal);
        Assert.Equal((3, "error"), (error.Line, error.Severity));
        Assert.Contains("'cc-by-nc-4.0'", error.Message, StringComparison.Ordinal);

        // The allow lives where an organisation keeps its policy; the analyzer sees it through the file the check writes.
        project.WithFile("Directory.Build.props", """
            <Project>
              <ItemGroup>
                <ModelLicenseAllow Include="cc-by-nc-4.0" Justification="internal research tool, approved by legal 2026-11" />
              </ItemGroup>
            </Project>
            """);
        var allowed = project.Build("-p:ModelLicensePolicy=Commercial");

        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Empty(allowed.WithId("MLG0020"));
    }

    [Fact]
    public void Models_named_in_code_reach_the_ml_bom_and_the_notices_through_the_compiler_log()
    {
        var project = OllamaApp("InventoryChat", """
            using OllamaSharp;

            // Built with Llama.
            var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.1");
            Console.WriteLine(ollama.SelectedModel);
            """);

        var result = project.Build("-p:ModelLicenseGuardBom=true", "-p:ModelLicenseGuardNotices=true");

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = Path.Combine(project.Directory, "bin", "Debug", "net10.0");
        var bom = File.ReadAllText(Path.Combine(output, "InventoryChat.ml-bom.cdx.json"));
        Assert.Empty(ModelLicenseGuard.Testing.CycloneDxSchema.Validate(bom));
        Assert.Contains("\"purl\": \"pkg:huggingface/meta-llama/llama-3.1-8b-instruct\"", bom, StringComparison.Ordinal);
        Assert.Contains("\"location\": \"Program.cs\"", bom, StringComparison.Ordinal);
        Assert.Contains("\"line\": 4", bom, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"code\"", bom, StringComparison.Ordinal);
        Assert.Contains("Built with Llama", File.ReadAllText(Path.Combine(output, "THIRD-PARTY-NOTICES.txt")), StringComparison.Ordinal);
    }

    /// <summary>
    /// The compiler's log costs every build, so the package asks for it only where a report is written: a plain build
    /// passes none, and a pack after it compiles again to write it, so the models named in code still reach the BOM.
    /// </summary>
    [Fact]
    public void A_build_writes_no_compiler_log_and_a_pack_after_it_still_puts_models_named_in_code_in_the_bom()
    {
        var project = OllamaApp("PackedChat", """
            using OllamaSharp;

            var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.1");
            Console.WriteLine(ollama.SelectedModel);
            """);
        var log = project.PathOf("obj/Release/net10.0/ModelLicenseGuard.sarif");

        var build = project.DotNet(["build", project.ProjectFile, "-c", "Release", "-nodeReuse:false"]);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(File.Exists(log), "a build that writes no report wrote the compiler log");
        var errorLogValue = Path.Combine(project.Directory, "obj", "error-log-property.txt");
        var errorLog = project.DotNet(["msbuild", project.ProjectFile, "-p:Configuration=Release", "-getProperty:ErrorLog", "-getResultOutputFile:" + errorLogValue]);
        Assert.True(errorLog.ExitCode == 0, errorLog.ToString());
        Assert.True(File.ReadAllText(errorLogValue).Trim().Length == 0, "ErrorLog is set: " + File.ReadAllText(errorLogValue));

        // Nothing changed since the build, yet the pack compiles again: the log it needs is missing.
        var packed = Path.Combine(project.Directory, "packed");
        var pack = project.DotNet(["pack", project.ProjectFile, "-nodeReuse:false", "-o", packed]);

        Assert.True(pack.ExitCode == 0, pack.ToString());
        var bom = File.ReadAllText(Path.Combine(packed, "PackedChat.1.0.0.ml-bom.cdx.json"));
        Assert.Contains("\"purl\": \"pkg:huggingface/meta-llama/llama-3.1-8b-instruct\"", bom, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"code\"", bom, StringComparison.Ordinal);
        Assert.Empty(pack.WithId("MLG0024"));

        // A compile without the log since, then a pack that does not build: the BOM may be missing models, and says so.
        project.WithFile("Program.cs", File.ReadAllText(project.PathOf("Program.cs")) + "// changed\n");
        Assert.Equal(0, project.DotNet(["build", project.ProjectFile, "-c", "Release", "-nodeReuse:false"]).ExitCode);
        var noBuild = project.DotNet(["pack", project.ProjectFile, "--no-build", "-nodeReuse:false", "-o", packed]);

        Assert.True(noBuild.ExitCode == 0, noBuild.ToString());
        var warning = Assert.Single(noBuild.WithId("MLG0024"));
        Assert.Contains("ModelLicenseGuardCompilerLog=true", warning.Message, StringComparison.Ordinal);
    }

    private ConsumerProject OllamaApp(string name, string program)
    {
        var project = new ConsumerProject(package, name, """
              <ItemGroup>
                <PackageReference Include="OllamaSharp" Version="5.4.6" />
              </ItemGroup>
            """).WithFile("Program.cs", program);
        package.WriteNuGetConfig(project.Directory, NuGetOrg);
        return project;
    }
}
