using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModelLicenseGuard.Analyzers;

/// <summary>
/// Whether syntax sits inside a type or member marked [GeneratedCode], which the driver skips for node actions of an
/// analyzer that does not analyse generated code, but not within a file-wide action: read from the syntax, and asked
/// only for the few strings, comments and calls that may matter, never for every node.
/// </summary>
internal static class GeneratedCodeAttribute
{
    public static bool Encloses(SyntaxNode? start)
    {
        for (var node = start; node is not null; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax member)
            {
                foreach (var list in member.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        var name = attribute.Name switch
                        {
                            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                            SimpleNameSyntax simple => simple.Identifier.ValueText,
                            _ => string.Empty,
                        };
                        if (name is "GeneratedCode" or "GeneratedCodeAttribute")
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }
}
