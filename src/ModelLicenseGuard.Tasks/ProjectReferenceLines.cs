using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Where each item of one type (<c>ModelReference</c> by default; <c>PackageReference</c>, <c>ModelLicenseAllow</c>…) is
/// written in a project file, so a diagnostic about it opens at the line that brought it in. Items from other imported
/// files or globs are not found, and keep the model's own path.
/// </summary>
internal sealed class ProjectReferenceLines
{
    // Project files are small; a huge one is not worth reading for a nicer location.
    private const long MaxProjectFileLength = 4 * 1024 * 1024;

    private readonly Dictionary<string, (int Line, int Column)> _lines = new(StringComparer.OrdinalIgnoreCase);

    private ProjectReferenceLines(string? projectFile)
    {
        ProjectFile = projectFile;
    }

    public string? ProjectFile { get; }

    public static ProjectReferenceLines Read(string? projectFile, string itemType = "ModelReference")
    {
        var item = new Regex($@"<{Regex.Escape(itemType)}\b[^>]*?\bInclude\s*=\s*""(?<spec>[^""]*)""", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        var lines = new ProjectReferenceLines(projectFile);
        try
        {
            if (projectFile is null || !File.Exists(projectFile) || new FileInfo(projectFile).Length > MaxProjectFileLength)
            {
                return lines;
            }

            var text = File.ReadAllText(projectFile);
            foreach (Match match in item.Matches(text))
            {
                var group = match.Groups["spec"];
                var offset = group.Index;
                foreach (var spec in group.Value.Split(';'))
                {
                    var trimmed = spec.Trim();
                    if (trimmed.Length > 0 && !lines._lines.ContainsKey(trimmed))
                    {
                        lines._lines[trimmed] = Position(text, offset + group.Value.IndexOf(spec, StringComparison.Ordinal));
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Only a nicer location is lost.
        }

        return lines;
    }

    /// <summary>The 1-based line and column of the <c>Include</c> value naming <paramref name="source"/>, if the project file has one.</summary>
    public bool TryFind(string source, out int line, out int column)
    {
        if (_lines.TryGetValue(source.Trim(), out var at) || _lines.TryGetValue(source.Replace('\\', '/'), out at) || _lines.TryGetValue(source.Replace('/', '\\'), out at))
        {
            (line, column) = at;
            return true;
        }

        line = column = 0;
        return false;
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
