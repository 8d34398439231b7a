using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Core.Tests.Runtime;

public sealed class CallShapeTableTests
{
    [Fact]
    public void The_embedded_table_parses_and_covers_the_common_libraries()
    {
        var table = CallShapeTable.Default;

        var types = new HashSet<string>();
        foreach (var shape in table.Shapes)
        {
            types.Add(shape.TypeName);
        }

        Assert.Contains("OllamaSharp.OllamaApiClient", types);
        Assert.Contains("OpenAI.OpenAIClient", types);
        Assert.Contains("Microsoft.Extensions.AI.ChatOptions", types);
        Assert.Contains("Microsoft.SemanticKernel.OllamaKernelBuilderExtensions", types);
        Assert.Contains("LLama.Common.ModelParams", types);
        Assert.Contains("Microsoft.ML.OnnxRuntimeGenAI.Model", types);
        Assert.Contains("Aspire.Hosting.OllamaResourceBuilderExtensions", types);
        Assert.Contains(table.DeploymentClients, client => client.TypeName == "Azure.AI.OpenAI.AzureOpenAIClient");
    }

    [Fact]
    public void No_shape_is_listed_twice()
    {
        var seen = new HashSet<(string, string, string)>();
        foreach (var shape in CallShapeTable.Default.Shapes)
        {
            Assert.True(seen.Add((shape.TypeName, shape.Member, shape.Parameter)), $"call-shapes.txt line {shape.Line} repeats {shape.TypeName}.{shape.Member}({shape.Parameter})");
        }
    }

    [Fact]
    public void Every_enum_member_maps_to_a_catalog_model()
    {
        Assert.NotEmpty(CallShapeTable.Default.EnumModels);
        foreach (var member in CallShapeTable.Default.EnumModels)
        {
            Assert.True(ModelCatalog.TryFind(member.Model, out _), $"call-shapes.txt line {member.Line}: '{member.Model}' is not in the catalog");
        }
    }

    [Fact]
    public void A_line_is_type_member_parameter_and_kind()
    {
        var table = CallShapeTable.Parse("""
            # comment
            Acme.Client  .ctor  model  ollama   # trailing comment
            Acme.Options ModelId =     api
            deployment-client Acme.AzureClient
            enum Acme.Size Small openai/whisper-small
            constant Acme.Models Gpt4o gpt-4o
            """);

        Assert.Collection(
            table.Shapes,
            shape =>
            {
                Assert.Equal(("Acme.Client", CallShape.Constructor, "model", ModelValueKind.OllamaTag, 2), (shape.TypeName, shape.Member, shape.Parameter, shape.Kind, shape.Line));
                Assert.False(shape.IsProperty);
            },
            shape => Assert.True(shape.IsProperty));
        Assert.Equal("Acme.AzureClient", Assert.Single(table.DeploymentClients).TypeName);
        Assert.Equal("openai/whisper-small", Assert.Single(table.EnumModels).Model);
        var constant = Assert.Single(table.Constants);
        Assert.Equal(("Acme.Models", "Gpt4o", "gpt-4o"), (constant.TypeName, constant.Member, constant.Text));
    }

    [Theory]
    [InlineData("Acme.Client .ctor model")]
    [InlineData("Acme.Client .ctor model weights")]
    [InlineData("enum Acme.Size Small")]
    [InlineData("constant Acme.Models Gpt4o")]
    public void A_malformed_line_is_reported_with_its_number(string line)
    {
        var exception = Assert.Throws<CatalogFormatException>(() => CallShapeTable.Parse("# header\n" + line));

        Assert.Contains("2", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Namespace_prefixes_name_each_library_and_never_a_whole_platform_namespace()
    {
        var prefixes = CallShapeTable.Default.NamespacePrefixes;

        Assert.Contains("OllamaSharp", prefixes);
        Assert.Contains("LLama", prefixes);
        Assert.Contains("Microsoft.SemanticKernel", prefixes);
        Assert.DoesNotContain("Microsoft", prefixes);
        Assert.DoesNotContain("Azure", prefixes);
        Assert.Equal(prefixes.Count, prefixes.Distinct().Count());
    }
}
