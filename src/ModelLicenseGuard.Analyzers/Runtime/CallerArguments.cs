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
    {
        var found = new Dictionary<IParameterSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        var byName = new Dictionary<string, List<IParameterSymbol>>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method)
            {
                continue;
            }

            var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }

            list.Add(parameter);
            found[parameter] = [];
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (CalledName(node) is not { } name || !byName.TryGetValue(name, out var candidates))
                {
                    continue;
                }

                // Binding a caller's file is what the compiler does for the build anyway; it happens once per file.
#pragma warning disable RS1030 // Only at compilation end, for the few files that call one of the project's model-passing methods.
                model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                var arguments = model.GetOperation(node, cancellationToken) switch
                {
                    IInvocationOperation invocation => (invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod, invocation.Arguments),
                    IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                    _ => default,
                };

                if (arguments.Item1 is null)
                {
                    continue;
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
        }

        return found;
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
