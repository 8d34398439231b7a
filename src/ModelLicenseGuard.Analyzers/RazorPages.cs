using System;
using Microsoft.CodeAnalysis;

namespace ModelLicenseGuard.Analyzers;

/// <summary>
/// A project's Razor pages (<c>.razor</c>, <c>.cshtml</c>). The Razor compiler turns each into C# during the build; the
/// compiler counts that as generated code, but its calls and strings are what the project's developers wrote in their
/// pages (a Blazor page's <c>@code</c> block, its markup). Models named in a page are read in that C#, whose locations map
/// back to the page; claims are read in the page itself, which the Razor SDK passes to analyzers as an additional file, so
/// they are reported, and fixed, at the page's own lines.
/// </summary>
internal static class RazorPages
{
    /// <summary>Whether <paramref name="path"/> is a Razor page.</summary>
    public static bool IsPage(string path)
        => path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="tree"/> is the Razor source generator's output for a page: its files are named after the
    /// page (<c>Pages_Chat_razor.g.cs</c>, <c>Views_Home_Index_cshtml.g.cs</c>) under the generator's folder.
    /// </summary>
    public static bool IsGeneratedFromPage(SyntaxTree tree)
    {
        var path = tree.FilePath;
        return (path.EndsWith("_razor.g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith("_cshtml.g.cs", StringComparison.OrdinalIgnoreCase))
            && path.IndexOf("Razor", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
