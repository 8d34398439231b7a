using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// The values the project writes into properties of its own options and settings types from outside those types: the
/// model behind <c>new OllamaApiClient(uri, options.Value.Model)</c> is what <c>services.Configure&lt;OllamaOptions&gt;(o =&gt;
/// o.Model = "llama3.2")</c> or <c>new OllamaOptions { Model = "llama3.2" }</c> sets.
/// </summary>
/// <remarks>
/// Run at the end of the compilation, and only for properties that reach a model argument, which few projects have. One
/// walk over the syntax trees finds assignments by the name they write before anything is bound; only an assignment
/// spelled like one of the properties costs a semantic model. Writes inside the property's own type (its constructors, a
/// <c>Validate()</c> default) are folded where the property is read, and are not listed here.
/// </remarks>
internal static class PropertyWriters
{
    /// <summary>For each property, the value operations the project assigns to it outside its type.</summary>
    public static Dictionary<IPropertySymbol, List<IOperation>> Find(Compilation compilation, IReadOnlyCollection<IPropertySymbol> properties, CancellationToken cancellationToken)
    {
        var found = new Dictionary<IPropertySymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        var byName = new Dictionary<string, List<IPropertySymbol>>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!byName.TryGetValue(property.Name, out var list))
            {
                byName[property.Name] = list = [];
            }

            list.Add(property);
            found[property] = [];
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not AssignmentExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression } assignment
                    || WrittenName(assignment.Left) is not { } name
                    || !byName.TryGetValue(name, out var candidates))
                {
                    continue;
                }

#pragma warning disable RS1030 // Only at compilation end, for the few files that write a property a model argument reads.
                model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (model.GetOperation(assignment, cancellationToken) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } written } } operation)
                {
                    continue;
                }

                foreach (var property in candidates)
                {
                    if (SymbolEqualityComparer.Default.Equals(written.OriginalDefinition, property.OriginalDefinition) && !IsInside(assignment, property.ContainingType))
                    {
                        found[property].Add(operation.Value);
                    }
                }
            }
        }

        return found;
    }

    private static string? WrittenName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool IsInside(SyntaxNode node, INamedTypeSymbol type)
    {
        foreach (var declaration in type.DeclaringSyntaxReferences)
        {
            if (declaration.SyntaxTree == node.SyntaxTree && declaration.Span.Contains(node.Span))
            {
                return true;
            }
        }

        return false;
    }
}
