using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// The call-shape table bound to one compilation's symbols, built once at compilation start: only the libraries the
/// compilation references are present, so a project without AI libraries costs one failed type look-up per line.
/// </summary>
internal sealed class CallShapeIndex
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, List<CallShape>>> _byType = new(SymbolEqualityComparer.Default);
    private readonly List<INamedTypeSymbol> _deploymentClients = [];
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, string>> _enumModels = new(SymbolEqualityComparer.Default);

    private CallShapeIndex()
    {
    }

    public bool HasMethods { get; private set; }

    public bool HasConstructors { get; private set; }

    public bool HasProperties { get; private set; }

    /// <summary>The table bound to <paramref name="compilation"/>; null when it references none of the libraries.</summary>
    public static CallShapeIndex? Create(Compilation compilation, CallShapeTable table)
    {
        if (!MayReferenceAny(compilation, table))
        {
            return null;
        }

        var index = new CallShapeIndex();
        var types = new Dictionary<string, INamedTypeSymbol?>(StringComparer.Ordinal);
        foreach (var shape in table.Shapes)
        {
            if (Find(compilation, types, shape.TypeName) is not { } type)
            {
                continue;
            }

            if (!index._byType.TryGetValue(type, out var members))
            {
                members = new Dictionary<string, List<CallShape>>(StringComparer.Ordinal);
                index._byType[type] = members;
            }

            if (!members.TryGetValue(shape.Member, out var shapes))
            {
                shapes = [];
                members[shape.Member] = shapes;
            }

            shapes.Add(shape);
            index.HasProperties |= shape.IsProperty;
            index.HasConstructors |= !shape.IsProperty && shape.Member == CallShape.Constructor;
            index.HasMethods |= !shape.IsProperty && shape.Member != CallShape.Constructor;
        }

        if (index._byType.Count == 0)
        {
            return null;
        }

        foreach (var client in table.DeploymentClients)
        {
            if (Find(compilation, types, client.TypeName) is { } type)
            {
                index._deploymentClients.Add(type);
            }
        }

        foreach (var member in table.EnumModels)
        {
            if (Find(compilation, types, member.TypeName) is not { TypeKind: TypeKind.Enum } type)
            {
                continue;
            }

            if (!index._enumModels.TryGetValue(type, out var models))
            {
                models = new Dictionary<string, string>(StringComparer.Ordinal);
                index._enumModels[type] = models;
            }

            models[member.Member] = member.Model;
        }

        return index;
    }

    /// <summary>The shapes of <paramref name="member"/> declared by <paramref name="type"/>; null when there are none.</summary>
    public List<CallShape>? Find(INamedTypeSymbol? type, string member)
        => type is not null && _byType.TryGetValue(type.OriginalDefinition, out var members) && members.TryGetValue(member, out var shapes) ? shapes : null;

    /// <summary>True when <paramref name="type"/> is, or derives from, a client whose model arguments are deployment names.</summary>
    public bool IsDeploymentClient(ITypeSymbol? type)
    {
        for (var current = type; current is not null && _deploymentClients.Count > 0; current = current.BaseType)
        {
            foreach (var client in _deploymentClients)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, client))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The model an enum member stands for, or null when the table does not map it.</summary>
    public string? EnumModel(INamedTypeSymbol enumType, string member)
        => _enumModels.TryGetValue(enumType.OriginalDefinition, out var models) && models.TryGetValue(member, out var model) ? model : null;

    private static INamedTypeSymbol? Find(Compilation compilation, Dictionary<string, INamedTypeSymbol?> types, string name)
    {
        if (!types.TryGetValue(name, out var type))
        {
            // Most compilations reference none of the libraries: a missing namespace answers without searching every
            // referenced assembly for the type, which is what makes a look-up by metadata name cost.
            type = NamespaceExists(compilation, name) ? compilation.GetTypeByMetadataName(name) : null;
            types[name] = type;
        }

        return type;
    }

    /// <summary>
    /// A cheap first test, from names alone: does any referenced assembly file, or any namespace declared in source, start
    /// the way a library's namespace does ("OllamaSharp", "LLama" for LLamaSharp, "Microsoft.SemanticKernel")? Most
    /// compilations reference no AI library, and binding the global namespace to find out would cost them.
    /// </summary>
    private static bool MayReferenceAny(Compilation compilation, CallShapeTable table)
    {
        var prefixes = table.NamespacePrefixes;
        // The references' file names, not their assembly identities: asking for those would bind every reference,
        // which costs a compilation with nothing to find as much as all the rest of this analyzer.
        foreach (var reference in compilation.ExternalReferences)
        {
            if (reference.Display is { } display && StartsWithAny(System.IO.Path.GetFileNameWithoutExtension(display), prefixes))
            {
                return true;
            }
        }

        // Namespaces declared in source, read from the syntax: the assembly symbol would bind every reference first.
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax unit)
            {
                foreach (var member in unit.Members)
                {
                    if (member is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax declared && StartsWithAny(declared.Name.ToString(), prefixes))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool StartsWithAny(string name, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamespaceExists(Compilation compilation, string typeName)
    {
        var end = typeName.LastIndexOf('.');
        INamespaceSymbol? current = compilation.GlobalNamespace;
        var start = 0;
        while (current is not null && start < end)
        {
            var dot = typeName.IndexOf('.', start);
            var segment = typeName.Substring(start, (dot < 0 || dot > end ? end : dot) - start);
            INamespaceSymbol? next = null;
            foreach (var member in current.GetNamespaceMembers())
            {
                if (member.Name == segment)
                {
                    next = member;
                    break;
                }
            }

            current = next;
            start = (dot < 0 || dot > end ? end : dot) + 1;
        }

        return current is not null;
    }
}
