using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tool.Tests;

public sealed class ScanCommandTests : IDisposable
{
    private const string SdkProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
        </Project>
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("mlg-scan-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_folder_without_projects_reports_its_GGUF_safetensors_and_ONNX_files_and_skips_bin_and_hidden_folders()
    {
        GgufBuilder.Model("Tiny Chat", "apache-2.0").WriteTo(PathOf("models/tiny.gguf"));
        SafetensorsBuilder.Model("Tiny Encoder", "mit").WriteTo(PathOf("models/encoder.safetensors"));
        File.WriteAllBytes(PathOf("models/vision.onnx"), OnnxBuilder.Model("Tiny Vision", "bsd-3-clause").Build());
        // A GGUF file renamed to a generic extension is still found by its header, as the build sniffs it.
        GgufBuilder.Model("Renamed", "mit").WriteTo(PathOf("weights/renamed.bin"));
        File.WriteAllText(PathOf("weights/notes.bin"), "not a model");
        GgufBuilder.Model("Copy In Bin", "cc-by-nc-4.0").WriteTo(PathOf("bin/Debug/copy.gguf"));
        GgufBuilder.Model("Hidden", "cc-by-nc-4.0").WriteTo(PathOf(".cache/hidden.gguf"));

        var run = Scan(".");

        Assert.True(run.ExitCode == 0, run.ToString());
        var models = Models(run);
        Assert.Equal(["models/encoder.safetensors", "models/tiny.gguf", "models/vision.onnx", "weights/renamed.bin"], models.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("apache-2.0", models["models/tiny.gguf"].GetProperty("license").GetString());
        Assert.Equal("mit", models["models/encoder.safetensors"].GetProperty("license").GetString());
        Assert.Equal("bsd-3-clause", models["models/vision.onnx"].GetProperty("license").GetString());
        Assert.Equal("Permissive", Json(run).GetProperty("policy").GetString());
    }

    [Fact]
    public void A_Hugging_Face_folder_gets_the_licence_its_model_card_states()
    {
        using var folder = new HuggingFaceFolderBuilder().WithCard("license: apache-2.0").WithModelFile().Build();

        var run = Scan(folder.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        var model = Assert.Single(Models(run));
        Assert.Equal("model/model.safetensors", model.Key);
        Assert.Equal("apache-2.0", model.Value.GetProperty("license").GetString());
    }

    [Fact]
    public void A_project_reports_its_ModelReference_items_and_the_models_its_appsettings_name_at_their_lines()
    {
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ModelReference Include="hf:Qwen/Qwen2.5-7B-Instruct" Revision="a09a354" />
                <ModelReference Include="ollama:qwen2.5:7b" />
                <ModelConfigurationKey Include="MyApp:Chat:Engine" Kind="ollama" />
              </ItemGroup>
            </Project>
            """);
        Write("App/appsettings.json", """
            {
              "MyApp": {
                "Chat": {
                  "Engine": "qwen2.5:7b"
                }
              }
            }
            """);

        var run = Scan("App/App.csproj");

        Assert.True(run.ExitCode == 0, run.ToString());
        var models = Models(run);
        var hub = models["hf:Qwen/Qwen2.5-7B-Instruct (App.csproj)"];
        Assert.Equal("Qwen/Qwen2.5-7B-Instruct", hub.GetProperty("catalogId").GetString());
        Assert.Equal("apache-2.0", hub.GetProperty("license").GetString());
        Assert.Equal("OpenWeights", models["ollama:qwen2.5:7b (App.csproj)"].GetProperty("tier").GetString());
        var configured = models["appsettings.json:4"];
        Assert.Equal("Qwen/Qwen2.5-7B-Instruct", configured.GetProperty("catalogId").GetString());
        Assert.Equal("appsettings.json", configured.GetProperty("originFile").GetString());
        // No restore has run: the packages were not searched, and the report says so rather than keeping quiet.
        Assert.Contains(Json(run).GetProperty("notes").EnumerateArray(), note => note.GetString()!.Contains("dotnet restore", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_that_turns_configuration_checks_off_gets_no_models_from_its_appsettings()
    {
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ModelLicenseGuardCheckConfiguration>false</ModelLicenseGuardCheckConfiguration>
              </PropertyGroup>
            </Project>
            """);
        Write("App/appsettings.json", "{ \"Ollama\": { \"ModelId\": \"llama3.1\" } }");
        Write("Other/Other.csproj", SdkProject);
        Write("Other/appsettings.Development.json", "{ \"Ollama\": { \"ModelId\": \"llama3.1\" } }");

        var run = Scan(".");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Other/appsettings.Development.json:1"], Models(run).Keys);
    }

    [Fact]
    public void A_Commercial_policy_in_Directory_Build_props_makes_a_non_commercial_model_fail_with_exit_code_1()
    {
        WritePolicyProps("Commercial");
        Write("App/App.csproj", SdkProject);
        GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").WriteTo(PathOf("App/models/summarizer.gguf"));

        var run = Scan(".");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("Commercial", Json(run).GetProperty("policy").GetString());
        var verdict = Models(run)["App/models/summarizer.gguf"].GetProperty("verdict");
        Assert.Equal("error", verdict.GetProperty("severity").GetString());
        Assert.Equal("MLG0020", verdict.GetProperty("code").GetString());
    }

    [Fact]
    public void The_same_model_without_the_policy_is_only_a_warning_and_exit_code_0()
    {
        Write("App/App.csproj", SdkProject);
        GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").WriteTo(PathOf("App/models/summarizer.gguf"));

        var run = Scan(".");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("warning", Models(run)["App/models/summarizer.gguf"].GetProperty("verdict").GetProperty("severity").GetString());
    }

    [Fact]
    public void The_command_line_policy_overrides_the_project_s()
    {
        WritePolicyProps("Commercial");
        Write("App/App.csproj", SdkProject);
        GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").WriteTo(PathOf("App/models/summarizer.gguf"));

        var run = Scan(".", "--policy", "Permissive");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Permissive", Json(run).GetProperty("policy").GetString());
    }

    [Fact]
    public void An_allow_with_a_justification_in_the_project_excuses_the_model()
    {
        WritePolicyProps("Commercial");
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ModelLicenseAllow Include="cc-by-nc-4.0" Justification="internal research only, LEGAL-42" />
              </ItemGroup>
            </Project>
            """);
        GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").WriteTo(PathOf("App/models/summarizer.gguf"));

        var run = Scan(".");

        Assert.True(run.ExitCode == 0, run.ToString());
        var verdict = Models(run)["App/models/summarizer.gguf"].GetProperty("verdict");
        Assert.Equal("allowed", verdict.GetProperty("severity").GetString());
        Assert.Equal("internal research only, LEGAL-42", verdict.GetProperty("justification").GetString());
    }

    [Fact]
    public void An_allow_without_a_justification_excuses_nothing_and_is_reported_where_it_is_written()
    {
        WritePolicyProps("Commercial");
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ModelLicenseAllow Include="cc-by-nc-4.0" />
              </ItemGroup>
            </Project>
            """);
        GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").WriteTo(PathOf("App/models/summarizer.gguf"));

        var run = Scan(".");

        Assert.True(run.ExitCode == 1, run.ToString());
        var problem = Assert.Single(Json(run).GetProperty("problems").EnumerateArray());
        Assert.Equal("MLG0021", problem.GetProperty("code").GetString());
        Assert.Equal("App/App.csproj", problem.GetProperty("file").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Items_the_project_removes_are_not_scanned_and_extensions_it_adds_are()
    {
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ModelLicenseGuardModelExtensions>$(ModelLicenseGuardModelExtensions);.ggml</ModelLicenseGuardModelExtensions>
              </PropertyGroup>
              <ItemGroup>
                <None Remove="scratch/**" />
                <None Include="../shared/*.gguf" />
              </ItemGroup>
            </Project>
            """);
        GgufBuilder.Model("Scratch", "cc-by-nc-4.0").WriteTo(PathOf("App/scratch/old.gguf"));
        GgufBuilder.Model("Legacy", "mit").WriteTo(PathOf("App/models/legacy.ggml"));
        GgufBuilder.Model("Shared", "apache-2.0").WriteTo(PathOf("shared/common.gguf"));

        var run = Scan("App/App.csproj");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["../shared/common.gguf", "models/legacy.ggml"], Models(run).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_project_that_turns_ModelLicenseGuard_off_is_not_judged_and_a_note_says_why()
    {
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
                <ModelLicenseGuardEnabled>false</ModelLicenseGuardEnabled>
              </PropertyGroup>
            </Project>
            """);
        GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").WriteTo(PathOf("App/models/summarizer.gguf"));

        var run = Scan(".");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(Models(run));
        Assert.Contains(Json(run).GetProperty("notes").EnumerateArray(), note => note.GetString()!.StartsWith("App/App.csproj: ModelLicenseGuardEnabled", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mistyped_policy_in_the_project_is_reported_and_enforces_nothing_as_in_the_build()
    {
        WritePolicyProps("Comercial");
        Write("App/App.csproj", SdkProject);
        GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").WriteTo(PathOf("App/models/summarizer.gguf"));

        var run = Scan(".");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("pass", Models(run)["App/models/summarizer.gguf"].GetProperty("verdict").GetProperty("severity").GetString());
        var problem = Assert.Single(Json(run).GetProperty("problems").EnumerateArray());
        Assert.Equal("MLG0029", problem.GetProperty("code").GetString());
    }

    [Fact]
    public void Default_item_excludes_and_a_condition_on_the_policy_are_honoured()
    {
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <DefaultItemExcludes>$(DefaultItemExcludes);cache/**</DefaultItemExcludes>
                <ModelLicensePolicy Condition="'$(Configuration)' == 'Release'">Commercial</ModelLicensePolicy>
              </PropertyGroup>
            </Project>
            """);
        GgufBuilder.Model("Cached", "cc-by-nc-4.0").WriteTo(PathOf("App/cache/cached.gguf"));
        GgufBuilder.Model("Research Summarizer", "cc-by-nc-4.0").WriteTo(PathOf("App/models/summarizer.gguf"));

        var run = Scan("App");

        // dotnet build builds Debug: the Release-only policy does not apply, so the model only warns.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["models/summarizer.gguf"], Models(run).Keys);
        Assert.Equal("Permissive", Json(run).GetProperty("policy").GetString());
    }

    [Theory]
    [InlineData("Product.sln")]
    [InlineData("Product.slnx")]
    public void A_solution_scans_the_projects_it_lists_and_only_those(string solution)
    {
        Write("Product.sln", """

            Microsoft Visual Studio Solution File, Format Version 12.00
            # Visual Studio Version 17
            VisualStudioVersion = 17.0.31903.59
            MinimumVisualStudioVersion = 10.0.40219.1
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Web", "src\Web\Web.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Worker", "src\Worker\Worker.csproj", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            Global
            EndGlobal
            """);
        Write("Product.slnx", """
            <Solution>
              <Folder Name="/src/">
                <Project Path="src/Web/Web.csproj" />
                <Project Path="src/Worker/Worker.csproj" />
              </Folder>
            </Solution>
            """);
        Write("src/Web/Web.csproj", SdkProject);
        Write("src/Worker/Worker.csproj", SdkProject);
        Write("tools/Unlisted/Unlisted.csproj", SdkProject);
        GgufBuilder.Model("Web Model", "apache-2.0").WriteTo(PathOf("src/Web/models/web.gguf"));
        GgufBuilder.Model("Worker Model", "mit").WriteTo(PathOf("src/Worker/models/worker.gguf"));
        GgufBuilder.Model("Unlisted Model", "mit").WriteTo(PathOf("tools/Unlisted/models/unlisted.gguf"));

        var run = Scan(solution);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(solution, Json(run).GetProperty("subject").GetString());
        Assert.Equal(["src/Web/models/web.gguf", "src/Worker/models/worker.gguf"], Models(run).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_malformed_project_beside_a_good_one_is_a_problem_and_the_good_one_is_still_scanned()
    {
        Write("Good/Good.csproj", SdkProject);
        GgufBuilder.Model("Good Model", "apache-2.0").WriteTo(PathOf("Good/models/good.gguf"));
        Write("Bad/Bad.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

        var run = Scan(".");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Good/models/good.gguf"], Models(run).Keys);
        var problem = Assert.Single(Json(run).GetProperty("problems").EnumerateArray());
        Assert.Equal("Bad/Bad.csproj", problem.GetProperty("file").GetString());
        Assert.Contains("not well-formed XML", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_project_scanned_on_its_own_is_exit_code_2_with_one_line()
    {
        Write("Bad/Bad.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

        var run = Scan("Bad/Bad.csproj");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("Bad.csproj", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_malformed_solution_is_exit_code_2_with_one_line()
    {
        Write("Broken.slnx", "<Solution><Project Path=");

        var run = Scan("Broken.slnx");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("Broken.slnx", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_exit_code_2_with_one_line()
    {
        var run = Scan("no/such/folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: 'no/such/folder' does not exist. Give a folder, a project file or a solution (.sln, .slnx).", run.Error.TrimEnd());
    }

    [Fact]
    public void A_project_whose_code_uses_an_AI_library_gets_one_note_on_how_to_add_the_analyzer()
    {
        Write("App/App.csproj", SdkProject);
        Write("App/Program.cs", "using OllamaSharp;\n\nvar client = new OllamaApiClient(new Uri(\"http://localhost:11434\"), \"llama3.1\");\n");
        Write("App/Chat.cs", "namespace App;\n\ninternal sealed class Chat(OllamaSharp.OllamaApiClient client);\n");
        Write("Plain/Plain.csproj", SdkProject);
        Write("Plain/Program.cs", "// Not an OpenAI client: a plain program.\nSystem.Console.WriteLine(\"hello\");\n");

        var run = Scan(".");

        Assert.True(run.ExitCode == 0, run.ToString());
        var notes = Json(run).GetProperty("notes").EnumerateArray().Select(note => note.GetString()!).Where(note => note.Contains("analyzer", StringComparison.Ordinal)).ToList();
        var note = Assert.Single(notes);
        Assert.StartsWith("App/App.csproj", note, StringComparison.Ordinal);
        Assert.Contains("dotnet add package ModelLicenseGuard", note, StringComparison.Ordinal);
    }

    private ToolRun Scan(string path, params string[] options) => ToolRun.Of(_root, ["scan", path, "--format", "json", .. options]);

    private void WritePolicyProps(string policy)
        => Write("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <ModelLicensePolicy>{policy}</ModelLicensePolicy>
              </PropertyGroup>
            </Project>
            """);

    private string PathOf(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    private static JsonElement Json(ToolRun run)
    {
        try
        {
            return JsonDocument.Parse(run.Output).RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException("The scan wrote no JSON:\n" + run, exception);
        }
    }

    /// <summary>The models by location, the way a user reads them.</summary>
    private static Dictionary<string, JsonElement> Models(ToolRun run)
        => Json(run).GetProperty("models").EnumerateArray().ToDictionary(model => model.GetProperty("location").GetString()!, StringComparer.Ordinal);
}
