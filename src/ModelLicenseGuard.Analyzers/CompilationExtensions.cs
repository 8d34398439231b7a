using Microsoft.CodeAnalysis;

namespace ModelLicenseGuard.Analyzers;

/// <summary>Symbol look-ups that hold when several referenced assemblies define the same type.</summary>
internal static class CompilationExtensions
{
    /// <summary>
    /// The type with this metadata name that the compilation's code binds to: its own definition if it has one, else
    /// the one definition it can access. Null when there is none, or when several accessible assemblies define it (the
    /// compiler could not bind it either). <see cref="Compilation.GetTypeByMetadataName(string)"/> gives up as soon as
    /// two assemblies define the name, accessible or not, which a polyfill or an internal copy of a type is enough for.
    /// Call it once per compilation, in <c>RegisterCompilationStartAction</c>: it visits every referenced assembly.
    /// </summary>
    public static INamedTypeSymbol? GetBestTypeByMetadataName(this Compilation compilation, string metadataName)
    {
        INamedTypeSymbol? best = null;
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                return type;
            }

            if (!compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                continue;
            }

            if (best is not null)
            {
                return null;
            }

            best = type;
        }

        return best;
    }
}
