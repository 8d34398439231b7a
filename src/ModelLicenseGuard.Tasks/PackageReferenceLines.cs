using System;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Finds the <c>PackageReference</c> line of the package a <c>nuget:Id/Version/path</c> model came from, so a policy error
/// about a packaged model opens where the project asked for that package. A transitive package has no such line.
/// </summary>
internal sealed class PackageReferenceLines
{
    private readonly ProjectReferenceLines _lines;

    public PackageReferenceLines(string? projectFile)
    {
        _lines = ProjectReferenceLines.Read(projectFile, "PackageReference");
    }

    public bool TryFind(string source, out string file, out int line, out int column)
    {
        file = _lines.ProjectFile ?? string.Empty;
        line = column = 0;
        const string Prefix = "nuget:";
        if (_lines.ProjectFile is null || !source.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var slash = source.IndexOf('/', Prefix.Length);
        var id = slash > Prefix.Length ? source.Substring(Prefix.Length, slash - Prefix.Length) : source.Substring(Prefix.Length);
        return id.Length > 0 && _lines.TryFind(id, out line, out column);
    }
}
