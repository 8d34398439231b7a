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
        => SyntaxByName.Find(
            compilation,
            properties,
            property => property.Name,
            node => node is AssignmentExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression } assignment ? WrittenName(assignment.Left) : null,
            Collect,
            cancellationToken);

    private static void Collect(SyntaxNode node, SemanticModel model, List<IPropertySymbol> candidates, Dictionary<IPropertySymbol, List<IOperation>> found, CancellationToken cancellationToken)
    {
        if (model.GetOperation(node, cancellationToken) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } written } } operation)
        {
            return;
        }

        foreach (var property in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(written.OriginalDefinition, property.OriginalDefinition) && !IsInside(node, property.ContainingType)
                && !IsCopyOf(operation.Value, property))
            {
                found[property].Add(operation.Value);
            }
        }
    }

    /// <summary>
    /// A copy of the same property from another instance (<c>new AppSettings { Model = settings.Model }</c> when settings are
    /// saved or cloned) brings no value of its own: the property still holds what its other writers, or its initialiser, put
    /// there.
    /// </summary>
    private static bool IsCopyOf(IOperation value, IPropertySymbol property)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value is IPropertyReferenceOperation { Property: { } read } && SymbolEqualityComparer.Default.Equals(read.OriginalDefinition, property.OriginalDefinition);
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
