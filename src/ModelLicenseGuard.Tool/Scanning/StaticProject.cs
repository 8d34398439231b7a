using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ModelLicenseGuard.Tool.Scanning;

/// <summary>An item as the project files declare it: its type, its spec, its metadata, and where it is written.</summary>
internal sealed record StaticItem(string Type, string Spec, IReadOnlyDictionary<string, string> Metadata, string DefiningFile, int Line)
{
    public string Get(string name) => Metadata.TryGetValue(name, out var value) ? value : string.Empty;
}

/// <summary>A project file that cannot be read as MSBuild XML; the one line says which file and why.</summary>
internal sealed class ProjectReadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// A project read as XML, the way the build would see its ModelLicenseGuard inputs: the properties and the items that
/// matter to the resolver and the policy, from <c>Directory.Build.props</c>, the package's own defaults, the project file
/// and <c>Directory.Build.targets</c>, in MSBuild's order (all properties first, then items).
/// </summary>
/// <remarks>
/// Read statically rather than evaluated by MSBuild: scanning must need no build, no SDK resolution and no restore, and
/// work on any machine, even one without the project's SDK or the right .NET. What that cannot see: imports other than
/// Directory.Build.props/.targets (a shared .props, an SDK's or a package's), conditions beyond simple comparisons and
/// <c>Exists</c> (others count as true, so the scan sees more rather than less), property functions (an element that
/// uses one is skipped), items added or removed inside targets, and files in nested bin/, obj/ and node_modules folders.
/// </remarks>
internal sealed class StaticProject
{
    private const string PackagePropsResource = "ModelLicenseGuard.Tool.ModelLicenseGuard.props";

    // The item types whose files the build searches for models (@(None);@(Content);@(EmbeddedResource)).
    private static readonly HashSet<string> FileItemTypes = new(StringComparer.OrdinalIgnoreCase) { "None", "Content", "EmbeddedResource" };

    private static readonly HashSet<string> NotMetadata = new(StringComparer.OrdinalIgnoreCase)
    {
        "Include", "Exclude", "Remove", "Update", "Condition", "KeepMetadata", "RemoveMetadata", "KeepDuplicates", "MatchOnMetadata", "MatchOnMetadataOptions", "Label",
    };

    private static readonly Regex PropertyReference = new(@"\$\((?<name>[A-Za-z_][\w.-]*)\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Escaped = new("%(?<hex>[0-9A-Fa-f]{2})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Comparison = new(@"^\s*'(?<left>[^']*)'\s*(?<op>==|!=)\s*'(?<right>[^']*)'\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex ExistsCall = new(@"^\s*!?\s*Exists\(\s*'(?<path>[^']*)'\s*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    private static readonly Regex And = new(@"\s+and\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private readonly Dictionary<string, string> _properties = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<StaticItem> _items = [];
    private readonly IReadOnlyList<string> _treeFiles;

    private StaticProject(string projectFile, IReadOnlyList<string> treeFiles)
    {
        FullPath = projectFile;
        Directory = Path.GetDirectoryName(projectFile)!;
        _treeFiles = treeFiles;
    }

    public string FullPath { get; }

    public string Directory { get; }

    public IReadOnlyList<StaticItem> Items => _items;

    /// <summary>A property's final value, or null when no file sets it.</summary>
    public string? Property(string name) => _properties.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the build searches items of this type for model files.</summary>
    public static bool IsFileItem(string type) => FileItemTypes.Contains(type);

    public IEnumerable<StaticItem> ItemsOf(string type) => _items.Where(item => item.Type.Equals(type, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads <paramref name="projectFile"/>. <paramref name="treeFiles"/> are the files under its folder from the one
    /// walk of the tree: the default items, and the globs that stay inside the folder, are matched against them.
    /// </summary>
    public static StaticProject Read(string projectFile, IEnumerable<string> treeFiles)
    {
        var project = new StaticProject(projectFile, treeFiles.ToList());
        var props = FindAbove(project.Directory, "Directory.Build.props");
        var targets = FindAbove(project.Directory, "Directory.Build.targets");
        var documents = new List<(string File, XElement Root)>();
        if (props is not null)
        {
            documents.Add((props, Load(props)));
        }

        documents.Add((PackagePropsResource, LoadPackageProps()));
        var projectRoot = Load(projectFile);
        documents.Add((projectFile, projectRoot));
        if (targets is not null)
        {
            documents.Add((targets, Load(targets)));
        }

        project.Evaluate(documents, IsSdkStyle(projectRoot));
        return project;
    }

    private void Evaluate(List<(string File, XElement Root)> documents, bool sdkStyle)
    {
        _properties["MSBuildProjectDirectory"] = Directory;
        _properties["MSBuildProjectFullPath"] = FullPath;
        _properties["MSBuildProjectFile"] = Path.GetFileName(FullPath);
        _properties["MSBuildProjectName"] = Path.GetFileNameWithoutExtension(FullPath);
        _properties["MSBuildProjectExtension"] = Path.GetExtension(FullPath);
        // What `dotnet build` builds unless told otherwise.
        _properties["Configuration"] = "Debug";

        // MSBuild evaluates every property of every file before any item, so items see the final values.
        foreach (var (file, root) in documents)
        {
            foreach (var group in root.Elements().Where(element => element.Name.LocalName == "PropertyGroup"))
            {
                if (!Holds(group, file))
                {
                    continue;
                }

                foreach (var property in group.Elements())
                {
                    if (Holds(property, file) && Expand(property.Value, file) is { } value)
                    {
                        _properties[property.Name.LocalName] = value.Trim();
                    }
                }
            }
        }

        foreach (var (file, root) in documents)
        {
            // The SDK's default items come from its props: after Directory.Build.props, before the package and the project.
            if (file == PackagePropsResource && sdkStyle)
            {
                AddDefaultItems();
            }

            foreach (var group in root.Elements().Where(element => element.Name.LocalName == "ItemGroup"))
            {
                if (!Holds(group, file))
                {
                    continue;
                }

                foreach (var item in group.Elements())
                {
                    if (Holds(item, file))
                    {
                        ApplyItem(item, file);
                    }
                }
            }
        }
    }

    private bool IsOff(string property) => string.Equals(Property(property), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every file under the project folder is a None item unless the project turns default items off.</summary>
    private void AddDefaultItems()
    {
        if (IsOff("EnableDefaultItems") || IsOff("EnableDefaultNoneItems"))
        {
            return;
        }

        // Only files the build could take for models: a large tree's other files never become items here.
        var extensions = new HashSet<string>(
            $"{Property("ModelLicenseGuardModelExtensions")};{Property("ModelLicenseGuardSniffExtensions")}".Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
        var excludes = Patterns(Property("DefaultItemExcludes") ?? string.Empty);
        var none = new Dictionary<string, string>();
        foreach (var file in _treeFiles)
        {
            if (extensions.Contains(Path.GetExtension(file)) && (excludes.IsEmpty || !excludes.Matches(file)))
            {
                _items.Add(new StaticItem("None", Relative(file), none, FullPath, 0));
            }
        }
    }

    private void ApplyItem(XElement element, string file)
    {
        var type = element.Name.LocalName;
        var line = ((IXmlLineInfo)element).LineNumber;
        if (element.Attribute("Remove") is { } remove)
        {
            if (Expand(remove.Value, file) is { } removed)
            {
                var patterns = Patterns(removed);
                _items.RemoveAll(item => item.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && patterns.Matches(FullPathOf(item.Spec)));
            }

            return;
        }

        if (element.Attribute("Include") is not { } include || Expand(include.Value, file) is not { } included)
        {
            // Update changes metadata only; an Include that uses a property function cannot be seen.
            return;
        }

        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in element.Attributes().Where(attribute => !NotMetadata.Contains(attribute.Name.LocalName)))
        {
            metadata[attribute.Name.LocalName] = Unescape(Expand(attribute.Value, file) ?? string.Empty);
        }

        foreach (var child in element.Elements())
        {
            if (Holds(child, file))
            {
                metadata[child.Name.LocalName] = Unescape(Expand(child.Value, file) ?? string.Empty);
            }
        }

        var excludes = Patterns(element.Attribute("Exclude") is { } exclude && Expand(exclude.Value, file) is { } excluded ? excluded : string.Empty);
        foreach (var spec in Split(included))
        {
            if (!HasWildcard(spec))
            {
                var unescaped = Unescape(spec);
                var isFile = FileItemTypes.Contains(type) || type.Equals("ModelReference", StringComparison.OrdinalIgnoreCase);
                var value = isFile ? unescaped.Replace('\\', '/') : unescaped;
                if (excludes.IsEmpty || !excludes.Matches(FullPathOf(value)))
                {
                    _items.Add(new StaticItem(type, value, metadata, file, line));
                }

                continue;
            }

            foreach (var match in Glob(spec))
            {
                if (excludes.IsEmpty || !excludes.Matches(match))
                {
                    _items.Add(new StaticItem(type, Relative(match), metadata, file, line));
                }
            }
        }
    }

    /// <summary>
    /// The files a wildcard Include names. Inside the project folder they come from the tree already walked; a glob that
    /// reaches outside it (<c>../shared/**/*.gguf</c>) is matched on disk from its fixed part.
    /// </summary>
    private IEnumerable<string> Glob(string spec)
    {
        var pattern = spec.Replace('\\', '/');
        var segments = pattern.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !HasWildcard(segments[fixedCount]))
        {
            fixedCount++;
        }

        string baseFolder;
        try
        {
            baseFolder = Path.GetFullPath(Path.Combine(Directory, string.Join('/', segments.Take(fixedCount))));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddInclude(string.Join('/', segments.Skip(fixedCount)));
        if (FileTree.IsUnder(baseFolder, Directory))
        {
            return matcher.Match(baseFolder, _treeFiles.Where(treeFile => FileTree.IsUnder(treeFile, baseFolder))).Files.Select(found => Path.GetFullPath(Path.Combine(baseFolder, found.Path)));
        }

        if (!System.IO.Directory.Exists(baseFolder))
        {
            return [];
        }

        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseFolder))).Files.Select(found => Path.GetFullPath(Path.Combine(baseFolder, found.Path)));
    }

    private PathPatterns Patterns(string text) => new(this, Split(text));

    /// <summary>Include, Exclude or Remove patterns (globs or paths, relative to the project folder), built once per use.</summary>
    private sealed class PathPatterns
    {
        private readonly StaticProject _project;
        private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
        private readonly Matcher? _globs;

        public PathPatterns(StaticProject project, IEnumerable<string> patterns)
        {
            _project = project;
            foreach (var pattern in patterns.Select(pattern => pattern.Replace('\\', '/')))
            {
                if (!HasWildcard(pattern))
                {
                    _paths.Add(project.FullPathOf(Unescape(pattern)));
                    continue;
                }

                _globs ??= new Matcher(StringComparison.OrdinalIgnoreCase);
                _globs.AddInclude(pattern.StartsWith("./", StringComparison.Ordinal) ? pattern.Substring(2) : pattern);
            }
        }

        public bool IsEmpty => _paths.Count == 0 && _globs is null;

        public bool Matches(string fullPath)
            => _paths.Contains(fullPath) || (_globs is not null && _globs.Match(_project.Relative(fullPath)).HasMatches);
    }

    private string FullPathOf(string spec)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(Directory, spec.Replace('\\', '/')));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return spec;
        }
    }

    /// <summary>As MSBuild names a file a glob found: relative to the project folder, with '/'.</summary>
    private string Relative(string fullPath) => Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');

    /// <summary>
    /// Whether a condition holds. Comparisons of quoted values, <c>Exists</c> and their conjunctions are evaluated, as
    /// in the common <c>'$(X)' == ''</c> default; anything else counts as true, so the scan errs towards seeing more.
    /// </summary>
    private bool Holds(XElement element, string file)
    {
        var condition = element.Attribute("Condition")?.Value;
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        if (condition.Contains(" or ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var clause in And.Split(condition))
        {
            var text = clause.Trim();
            if (text.StartsWith('(') && text.EndsWith(')'))
            {
                text = text[1..^1];
            }

            if (Expand(text, file) is not { } expanded)
            {
                continue;
            }

            var comparison = Comparison.Match(expanded);
            if (comparison.Success)
            {
                var equal = string.Equals(comparison.Groups["left"].Value.Trim(), comparison.Groups["right"].Value.Trim(), StringComparison.OrdinalIgnoreCase);
                if (equal != (comparison.Groups["op"].Value == "=="))
                {
                    return false;
                }

                continue;
            }

            var exists = ExistsCall.Match(expanded);
            if (exists.Success)
            {
                var path = FullPathOf(exists.Groups["path"].Value);
                var found = File.Exists(path) || System.IO.Directory.Exists(path);
                if (found == expanded.TrimStart().StartsWith('!'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// <c>$(Name)</c> replaced by the property's value (empty when unset, as in MSBuild); null when the text uses a
    /// property function, an item list or metadata, which only MSBuild can evaluate.
    /// </summary>
    private string? Expand(string text, string file)
    {
        if (text.Contains("$([", StringComparison.Ordinal) || text.Contains("@(", StringComparison.Ordinal) || text.Contains("%(", StringComparison.Ordinal))
        {
            return null;
        }

        return PropertyReference.Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (name.Equals("MSBuildThisFileDirectory", StringComparison.OrdinalIgnoreCase))
            {
                return file == PackagePropsResource ? string.Empty : Path.GetDirectoryName(file) + Path.DirectorySeparatorChar;
            }

            if (name.Equals("MSBuildThisFileFullPath", StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }

            return _properties.TryGetValue(name, out var value) ? value : string.Empty;
        });
    }

    private static string[] Split(string list)
        => list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool HasWildcard(string spec) => spec.IndexOfAny(['*', '?']) >= 0;

    /// <summary>MSBuild's escapes (<c>%2A</c> for a literal <c>*</c>, <c>%3B</c> for ';'), as a task receives the value.</summary>
    private static string Unescape(string value)
        => value.Contains('%', StringComparison.Ordinal)
            ? Escaped.Replace(value, match => ((char)int.Parse(match.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : value;

    /// <summary>SDK-style projects get default items; a classic project lists every file it has.</summary>
    private static bool IsSdkStyle(XElement root)
        => root.Attribute("Sdk") is not null
            || root.Elements().Any(element => element.Name.LocalName == "Sdk" || (element.Name.LocalName == "Import" && element.Attribute("Sdk") is not null));

    /// <summary>The nearest file of that name in <paramref name="folder"/> or above, as MSBuild's GetPathOfFileAbove finds it.</summary>
    private static string? FindAbove(string folder, string name)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static XElement Load(string file)
    {
        try
        {
            var root = XDocument.Load(file, LoadOptions.SetLineInfo).Root;
            if (root is null || root.Name.LocalName != "Project")
            {
                throw new ProjectReadException($"'{file}' is not an MSBuild project: its root element is not <Project>.");
            }

            return root;
        }
        catch (XmlException exception)
        {
            throw new ProjectReadException($"'{file}' is not well-formed XML ({exception.Message}).", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ProjectReadException($"'{file}' cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>The package's defaults alone, for a folder that has no project: what a new project would get.</summary>
    public static StaticProject PackageDefaults(string folder)
    {
        var project = new StaticProject(Path.Combine(folder, "folder.proj"), []);
        project.Evaluate([(PackagePropsResource, LoadPackageProps())], sdkStyle: false);
        return project;
    }

    private static XElement LoadPackageProps()
    {
        using var stream = typeof(StaticProject).Assembly.GetManifestResourceStream(PackagePropsResource)
            ?? throw new InvalidOperationException($"The resource '{PackagePropsResource}' is missing from the tool.");
        return XDocument.Load(stream, LoadOptions.SetLineInfo).Root!;
    }
}
