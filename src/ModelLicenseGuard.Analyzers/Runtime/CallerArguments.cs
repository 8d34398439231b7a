using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// The arguments the project's own calls pass for parameters of its own methods and constructors: the model behind
/// <c>new Model(modelPath)</c> inside <c>BotService(string modelPath)</c> is what <c>new BotService(path)</c> passes.
/// </summary>
/// <remarks>
/// Run at the end of the compilation, and only for parameters that reach a model argument, which few projects have.
/// One walk over the syntax trees per round finds calls by name before anything is bound; only a call spelled like
/// one of the methods costs a semantic model. Calls written <c>new(path)</c> (target-typed) or through a delegate are
/// not followed.
/// </remarks>
internal static class CallerArguments
{
    /// <summary>For each parameter, the argument operations the project's calls pass for it.</summary>
    public static Dictionary<IParameterSymbol, List<IOperation>> Find(Compilation compilation, IReadOnlyCollection<IParameterSymbol> parameters, CancellationToken cancellationToken)
        => SyntaxByName.Find(
            compilation,
            parameters,
            parameter => parameter.ContainingSymbol is IMethodSymbol method ? (method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name) : null,
            CalledName,
            Collect,
            cancellationToken);

    private static void Collect(SyntaxNode node, SemanticModel model, List<IParameterSymbol> candidates, Dictionary<IParameterSymbol, List<IOperation>> found, CancellationToken cancellationToken)
    {
        var operation = model.GetOperation(node, cancellationToken);
        var arguments = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => default,
        };

        if (arguments.Item1 is null)
        {
            // A call that binds inside an expression that does not (new(…) of a type the compilation cannot see, while
            // code is being written or a reference is missing) is an invalid operation; its method is still known.
            if (operation is IInvalidOperation && node is InvocationExpressionSyntax { ArgumentList: { } list }
                && model.GetSymbolInfo(node, cancellationToken).Symbol is IMethodSymbol method)
            {
                CollectFromSyntax(method.ReducedFrom ?? method, method.ReducedFrom is not null, list, model, candidates, found, cancellationToken);
            }

            return;
        }

        foreach (var parameter in candidates)
        {
            if (!SymbolEqualityComparer.Default.Equals(arguments.Item1.OriginalDefinition, parameter.ContainingSymbol.OriginalDefinition))
            {
                continue;
            }

            foreach (var argument in arguments.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Ordinal == parameter.Ordinal)
                {
                    found[parameter].Add(argument.Value);
                }
            }
        }
    }

    // The arguments of a call whose operation is invalid, matched to parameters by name or position.
    private static void CollectFromSyntax(IMethodSymbol method, bool reduced, ArgumentListSyntax list, SemanticModel model, List<IParameterSymbol> candidates, Dictionary<IParameterSymbol, List<IOperation>> found, CancellationToken cancellationToken)
    {
        foreach (var parameter in candidates)
        {
            if (!SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, parameter.ContainingSymbol.OriginalDefinition))
            {
                continue;
            }

            for (var i = 0; i < list.Arguments.Count; i++)
            {
                var argument = list.Arguments[i];
                var matches = argument.NameColon is { } name
                    ? name.Name.Identifier.ValueText == parameter.Name
                    : i + (reduced ? 1 : 0) == parameter.Ordinal && !parameter.IsParams;
                if (matches && model.GetOperation(argument.Expression, cancellationToken) is { } value)
                {
                    found[parameter].Add(value);
                }
            }
        }
    }

    /// <summary>The name a call spells: <c>Run(…)</c>, <c>x.Run(…)</c>, <c>Run&lt;T&gt;(…)</c>, <c>new BotService(…)</c>, <c>new N.BotService(…)</c>.</summary>
    private static string? CalledName(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax { Expression: var expression } => Rightmost(expression),
        ObjectCreationExpressionSyntax { Type: var type } => Rightmost(type),
        _ => null,
    };

    private static string? Rightmost(SyntaxNode node) => node switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}
