using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ModelLicenseGuard.Tasks.Resolution;

namespace ModelLicenseGuard.Tool.Scanning;

/// <summary>
/// The files under the scanned folders, listed once: project discovery, every project's default items, its
/// <c>appsettings*.json</c> and its C# files all come from this one walk, so a large tree is never enumerated twice.
/// </summary>
/// <remarks>
/// Skips folders named <c>bin</c> and <c>obj</c> at any depth, hidden folders (a leading dot: <c>.git</c>, <c>.vs</c>,
/// a NuGet cache in <c>.packages</c>) and <c>node_modules</c>. The SDK's default items skip a project's own bin/ and
/// obj/ and hidden folders; the build output of a nested project and npm's packages are no models of the project's own
/// either, only copies or noise. Symbolic links to folders are not followed, so a link cycle cannot make the walk endless.
/// </remarks>
internal sealed class FileTree
{
    private readonly List<string> _files;

    private FileTree(List<string> files)
    {
        _files = files;
    }

    /// <summary>The project files found (<c>*.csproj</c>, <c>*.fsproj</c>, <c>*.vbproj</c>), in path order.</summary>
    public IEnumerable<string> ProjectFiles => _files.Where(IsProjectFile);

    /// <summary>Walks <paramref name="roots"/>; a root inside another is walked once, as part of the outer one.</summary>
    public static FileTree Walk(IEnumerable<string> roots, CancellationToken cancellationToken)
    {
        var ordered = roots.Select(root => Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))).Distinct(ModelResolver.PathComparer).OrderBy(root => root, StringComparer.Ordinal).ToList();
        var files = new List<string>();
        var walked = new List<string>();
        foreach (var root in ordered)
        {
            if (walked.Any(outer => IsUnder(root, outer)) || !Directory.Exists(root))
            {
                continue;
            }

            walked.Add(root);
            WalkFolder(root, files, cancellationToken);
        }

        files.Sort(StringComparer.Ordinal);
        return new FileTree(files.Distinct(ModelResolver.PathComparer).ToList());
    }

    /// <summary>The files under <paramref name="folder"/>, at any depth, as full paths.</summary>
    public IEnumerable<string> Under(string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return _files.Where(file => file.StartsWith(prefix, PathComparison));
    }

    public static bool IsProjectFile(string path)
        => Path.GetExtension(path).ToLowerInvariant() is ".csproj" or ".fsproj" or ".vbproj";

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsUnder(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(path, trimmed, PathComparison) || path.StartsWith(trimmed + Path.DirectorySeparatorChar, PathComparison);
    }

    private static StringComparison PathComparison => Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static void WalkFolder(string root, List<string> files, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = 0, ReturnSpecialDirectories = false };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                if (entry is DirectoryInfo directory)
                {
                    if (!Skipped(directory))
                    {
                        pending.Push(directory.FullName);
                    }
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }
    }

    private static bool Skipped(DirectoryInfo directory)
        => directory.LinkTarget is not null
            || directory.Name.StartsWith('.')
            || directory.Name.Equals("bin", StringComparison.OrdinalIgnoreCase)
            || directory.Name.Equals("obj", StringComparison.OrdinalIgnoreCase)
            || directory.Name.Equals("node_modules", StringComparison.OrdinalIgnoreCase);
}
