using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// The call-shape table matched against one compilation's symbols as calls are met, never up front: a call is checked by
/// its member name against names precomputed from the table before any symbol work, and a type's full name is computed
/// (once per type) only when its simple name is in the table. A compilation that references no library costs a look at
/// its reference file names; one that does costs nothing until a call could match.
/// </summary>
internal sealed class CallShapeIndex
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CallShapeTable, TableNames> Names = new();

    private readonly TableNames _names;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, List<CallShape>>?> _types = new(SymbolEqualityComparer.Default);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, bool> _deploymentClients = new(SymbolEqualityComparer.Default);

    private CallShapeIndex(TableNames names)
    {
        _names = names;
    }

    public bool HasMethods => _names.HasMethods;

    public bool HasConstructors => _names.HasConstructors;

    public bool HasProperties => _names.HasProperties;

    /// <summary>The index for <paramref name="compilation"/>; null when it references none of the libraries.</summary>
    public static CallShapeIndex? Create(Compilation compilation, CallShapeTable table)
        => MayReferenceAny(compilation, table) ? new CallShapeIndex(Names.GetValue(table, t => new TableNames(t))) : null;

    /// <summary>Whether a call written with this simple name (a type's or a member's) can be one the table lists.</summary>
    public bool MayName(string simpleName) => _names.Members.Contains(simpleName) || _names.TypeNames.Contains(simpleName);

    /// <summary>The shapes of <paramref name="member"/> declared by <paramref name="type"/>; null when there are none.</summary>
    public List<CallShape>? Find(INamedTypeSymbol? type, string member)
    {
        // Names first: almost every call in a project is to a member the table does not name.
        if (type is null || !_names.Members.Contains(member) || !_names.TypeNames.Contains(type.Name))
        {
            return null;
        }

        var members = _types.GetOrAdd(type.OriginalDefinition, t => _names.ByType.TryGetValue(FullName(t), out var found) ? found : null);
        return members is not null && members.TryGetValue(member, out var shapes) ? shapes : null;
    }

    /// <summary>True when <paramref name="type"/> is, or derives from, a client whose model arguments are deployment names.</summary>
    public bool IsDeploymentClient(ITypeSymbol? type)
    {
        if (type is null || _names.DeploymentClients.Count == 0)
        {
            return false;
        }

        return _deploymentClients.GetOrAdd(type, t =>
        {
            for (var current = t; current is not null; current = current.BaseType)
            {
                if (current is INamedTypeSymbol named && _names.DeploymentClients.Contains(FullName(named.OriginalDefinition)))
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>The model an enum member stands for, or null when the table does not map it.</summary>
    public string? EnumModel(INamedTypeSymbol enumType, string member)
        => _names.EnumTypeNames.Contains(enumType.Name) && _names.EnumModels.TryGetValue(FullName(enumType.OriginalDefinition), out var models) && models.TryGetValue(member, out var model) ? model : null;

    /// <summary>
    /// The model name a library's static property or field holds (<c>Models.Gpt_4o</c>), or null when the table does not
    /// list it: its value is in the library's code, not its metadata.
    /// </summary>
    public string? Constant(INamedTypeSymbol type, string member)
        => _names.ConstantTypeNames.Contains(type.Name) && _names.Constants.TryGetValue(FullName(type.OriginalDefinition), out var texts) && texts.TryGetValue(member, out var text) ? text : null;

    /// <summary>The table's name for a type: <c>Namespace.Type</c>, nested types joined with '+', a generic type's arity as in metadata (<c>Planner`1</c>).</summary>
    private static string FullName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        for (var space = type.ContainingNamespace; space is not null && !space.IsGlobalNamespace; space = space.ContainingNamespace)
        {
            name = space.Name + "." + name;
        }

        return name;
    }

    /// <summary>What the table names, by plain strings: built once per table, shared by every compilation.</summary>
    private sealed class TableNames
    {
        public TableNames(CallShapeTable table)
        {
            foreach (var shape in table.Shapes)
            {
                if (!ByType.TryGetValue(shape.TypeName, out var members))
                {
                    ByType[shape.TypeName] = members = new Dictionary<string, List<CallShape>>(StringComparer.Ordinal);
                }

                if (!members.TryGetValue(shape.Member, out var shapes))
                {
                    members[shape.Member] = shapes = [];
                }

                shapes.Add(shape);
                Members.Add(shape.Member);
                TypeNames.Add(SimpleName(shape.TypeName));
                HasProperties |= shape.IsProperty;
                HasConstructors |= !shape.IsProperty && shape.Member == CallShape.Constructor;
                HasMethods |= !shape.IsProperty && shape.Member != CallShape.Constructor;
            }

            foreach (var client in table.DeploymentClients)
            {
                DeploymentClients.Add(client.TypeName);
            }

            foreach (var member in table.EnumModels)
            {
                if (!EnumModels.TryGetValue(member.TypeName, out var models))
                {
                    EnumModels[member.TypeName] = models = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                models[member.Member] = member.Model;
                EnumTypeNames.Add(SimpleName(member.TypeName));
            }

            foreach (var constant in table.Constants)
            {
                if (!Constants.TryGetValue(constant.TypeName, out var texts))
                {
                    Constants[constant.TypeName] = texts = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                texts[constant.Member] = constant.Text;
                ConstantTypeNames.Add(SimpleName(constant.TypeName));
            }
        }

        public Dictionary<string, Dictionary<string, List<CallShape>>> ByType { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

        public HashSet<string> TypeNames { get; } = new(StringComparer.Ordinal);

        public HashSet<string> DeploymentClients { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Dictionary<string, string>> EnumModels { get; } = new(StringComparer.Ordinal);

        public HashSet<string> EnumTypeNames { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Dictionary<string, string>> Constants { get; } = new(StringComparer.Ordinal);

        public HashSet<string> ConstantTypeNames { get; } = new(StringComparer.Ordinal);

        public bool HasMethods { get; }

        public bool HasConstructors { get; }

        public bool HasProperties { get; }

        // The name a type is written with: without its namespace, its outer types or a generic arity ("Planner`1").
        private static string SimpleName(string typeName)
        {
            var simple = typeName.Substring(Math.Max(typeName.LastIndexOf('.'), typeName.LastIndexOf('+')) + 1);
            var arity = simple.IndexOf('`');
            return arity > 0 ? simple.Substring(0, arity) : simple;
        }
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
}
