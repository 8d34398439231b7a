using System;
using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Catalog;

namespace ModelLicenseGuard.Runtime;

/// <summary>
/// Where the .NET AI libraries are told which model to use: the embedded <c>Runtime/call-shapes.txt</c>, one line per
/// (type, member, parameter, kind of value), so supporting a library is a line of data, not code.
/// </summary>
public sealed class CallShapeTable
{
    public const string ResourceName = "ModelLicenseGuard.Runtime.call-shapes.txt";

    private static readonly Lazy<CallShapeTable> Embedded = new(() => Parse(ReadResource()));

    private CallShapeTable(List<CallShape> shapes, List<DeploymentClient> deploymentClients, List<EnumModel> enumModels, List<ModelConstant> constants)
    {
        Shapes = shapes;
        DeploymentClients = deploymentClients;
        EnumModels = enumModels;
        Constants = constants;
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            if (NamespacePrefix(shape.TypeName) is { } prefix)
            {
                prefixes.Add(prefix);
            }
        }

        NamespacePrefixes = [.. prefixes];
    }

    /// <summary>
    /// How the libraries' names begin ("OllamaSharp", "LLama", "Microsoft.SemanticKernel"): an assembly or namespace
    /// that starts with none of them cannot hold a call shape. Computed once with the table.
    /// </summary>
    public IReadOnlyList<string> NamespacePrefixes { get; }

    /// <summary>The table shipped with the product.</summary>
    public static CallShapeTable Default => Embedded.Value;

    public IReadOnlyList<CallShape> Shapes { get; }

    public IReadOnlyList<DeploymentClient> DeploymentClients { get; }

    public IReadOnlyList<EnumModel> EnumModels { get; }

    /// <summary>Static properties and fields of the libraries that hold a model name (<see cref="ModelConstant"/>).</summary>
    public IReadOnlyList<ModelConstant> Constants { get; }

    /// <summary>
    /// Parses the table. Lines are <c>type member parameter kind</c>, <c>deployment-client type</c>,
    /// <c>enum type member model</c> or <c>constant type member text</c>; '#' starts a comment. A malformed line throws,
    /// naming its line number.
    /// </summary>
    public static CallShapeTable Parse(string text)
    {
        var shapes = new List<CallShape>();
        var deploymentClients = new List<DeploymentClient>();
        var enumModels = new List<EnumModel>();
        var constants = new List<ModelConstant>();
        var number = 0;
        using var reader = new StringReader(text);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            var hash = line.IndexOf('#');
            var content = (hash >= 0 ? line.Substring(0, hash) : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var fields = content.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            switch (fields[0])
            {
                case "deployment-client" when fields.Length == 2:
                    deploymentClients.Add(new DeploymentClient(fields[1], number));
                    break;
                case "enum" when fields.Length == 4:
                    enumModels.Add(new EnumModel(fields[1], fields[2], fields[3], number));
                    break;
                case "constant" when fields.Length == 4:
                    constants.Add(new ModelConstant(fields[1], fields[2], fields[3], number));
                    break;
                default:
                    if (fields.Length != 4 || fields[0] is "deployment-client" or "enum" or "constant")
                    {
                        throw new CatalogFormatException("call-shapes.txt", number, $"expected 'type member parameter kind', not '{content}'");
                    }

                    shapes.Add(new CallShape(fields[0], fields[1], fields[2], ParseKind(fields[3], number), number));
                    break;
            }
        }

        return new CallShapeTable(shapes, deploymentClients, enumModels, constants);
    }

    // "Microsoft.SemanticKernel.Connectors.Ollama.X" -> "Microsoft.SemanticKernel"; "OllamaSharp.OllamaApiClient" -> "OllamaSharp";
    // "Microsoft.Extensions.AI.ChatOptions" -> "Microsoft.Extensions.AI" (every ASP.NET app references some
    // Microsoft.Extensions assembly, so two segments would let them all through). Extension classes in
    // Microsoft.Extensions.DependencyInjection and Microsoft.Extensions.Hosting give no prefix: every app has those
    // namespaces, and the libraries that add to them ship those classes in assemblies named after themselves, which other
    // rows' prefixes already match (a test checks that every row's assembly matches some prefix).
    private static string? NamespacePrefix(string typeName)
    {
        var segments = typeName.Split('.');
        if (segments.Length < 2)
        {
            return typeName;
        }

        if (segments[0] == "Microsoft" && segments[1] == "Extensions")
        {
            return segments.Length > 3 && segments[2] is not ("DependencyInjection" or "Hosting") ? string.Join(".", segments, 0, 3) : null;
        }

        return segments[0] is "Microsoft" or "Azure" or "System" && segments.Length > 2 ? segments[0] + "." + segments[1] : segments[0];
    }

    private static ModelValueKind ParseKind(string kind, int line) => kind switch
    {
        "hub" => ModelValueKind.HubId,
        "ollama" => ModelValueKind.OllamaTag,
        "api" => ModelValueKind.ApiModel,
        "path" => ModelValueKind.Path,
        "alias" => ModelValueKind.Alias,
        "deployment" => ModelValueKind.Deployment,
        "setting" => ModelValueKind.Setting,
        _ => throw new CatalogFormatException("call-shapes.txt", line, $"unknown kind '{kind}'; use hub, ollama, api, path, alias, deployment or setting"),
    };

    private static string ReadResource()
    {
        using var stream = typeof(CallShapeTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CatalogFormatException($"The resource '{ResourceName}' is missing from {typeof(CallShapeTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
