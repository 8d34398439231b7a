using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// One walk over the project's syntax trees for nodes spelled like one of a few of its own symbols (the methods whose
/// callers pass a model, the properties whose writers set one): a node is bound only when its written name matches, and a
/// file's semantic model is made once, for the first such node. Run at the end of the compilation, for the few symbols
/// that reach a model argument.
/// </summary>
internal static class SyntaxByName
{
    /// <summary>
    /// For each symbol, the value operations <paramref name="collect"/> finds at the nodes spelled like it: it is handed a
    /// node whose <paramref name="writtenName"/> names some of the symbols, those symbols, the file's semantic model, and the
    /// lists to add to.
    /// </summary>
    public static Dictionary<TSymbol, List<IOperation>> Find<TSymbol>(
        Compilation compilation,
        IEnumerable<TSymbol> symbols,
        Func<TSymbol, string?> nameOf,
        Func<SyntaxNode, string?> writtenName,
        Action<SyntaxNode, SemanticModel, List<TSymbol>, Dictionary<TSymbol, List<IOperation>>, CancellationToken> collect,
        CancellationToken cancellationToken)
        where TSymbol : class, ISymbol
    {
        IEqualityComparer<ISymbol?> comparer = SymbolEqualityComparer.Default;
        var found = new Dictionary<TSymbol, List<IOperation>>(comparer);
        var byName = new Dictionary<string, List<TSymbol>>(StringComparer.Ordinal);
        foreach (var symbol in symbols)
        {
            if (nameOf(symbol) is not { } name)
            {
                continue;
            }

            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }

            list.Add(symbol);
            found[symbol] = [];
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (writtenName(node) is not { } name || !byName.TryGetValue(name, out var candidates))
                {
                    continue;
                }

                // Binding a matching file is what the compiler does for the build anyway; it happens once per file.
#pragma warning disable RS1030 // Only at compilation end, for the few files that spell one of the symbols.
                model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                collect(node, model, candidates, found, cancellationToken);
            }
        }

        return found;
    }
}
