using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>A package the assets file lists: its id, version, folder (relative to a package folder) and model files.</summary>
internal sealed class AssetsPackage(string name, string version, string path)
{
    public string Name { get; } = name;

    public string Version { get; } = version;

    /// <summary>The package's folder under one of <see cref="AssetsPackages.PackageFolders"/> (<c>name/version</c>).</summary>
    public string Path { get; } = path;

    /// <summary>Whether the assets file lists the package's files at all (an old or hand-written one may not).</summary>
    public bool ListsFiles { get; set; }

    /// <summary>The listed files with a model extension, as the assets file writes them (relative, '/'-separated).</summary>
    public List<string> ModelFiles { get; } = [];
}

/// <summary>What model discovery needs of a <c>project.assets.json</c>: its packages and the folders they are in.</summary>
internal sealed class AssetsPackages
{
    public List<AssetsPackage> Packages { get; } = [];

    public List<string> PackageFolders { get; } = [];
}

/// <summary>
/// Reads the packages of a <c>project.assets.json</c> with their file lists and the package folders, streaming it with
/// <see cref="BoundedJsonReader"/> and skipping everything else.
/// </summary>
/// <remarks>
/// NuGet's own reader (NuGet.ProjectModel's <c>LockFileFormat</c>) builds the whole lock file: every target's
/// dependencies and assets, the project spec and the logs. A build that only asks which packages list a model file paid
/// about a third of its model-reading time for that in a fresh MSBuild process; this reader keeps only the libraries'
/// ids, paths and model file names, and needs no NuGet assembly unless a package holds a model.
/// </remarks>
internal static class AssetsFileReader
{
    /// <summary>A package is a few folders deep at most; only this many of one package's files are looked at.</summary>
    public const int MaxFilesPerPackage = 10_000;

    // Big solutions' assets files run to tens of MB; one beyond this is not searched.
    private const long MaxLength = 512L * 1024 * 1024;

    private const int MaxDepth = 64;

    // File paths in packages; a longer string is not a file anyone ships.
    private const int MaxKeptStringLength = 4096;

    /// <summary>Reads <paramref name="path"/>; files are model files when their extension is in <paramref name="modelExtensions"/> (".gguf", any case).</summary>
    /// <exception cref="ModelFormatException">The file is not JSON, not an object, or too large.</exception>
    public static AssetsPackages Read(string path, ICollection<string> modelExtensions)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        return Read(stream, Path.GetFileName(path), modelExtensions);
    }

    internal static AssetsPackages Read(Stream stream, string what, ICollection<string> modelExtensions)
    {
        var length = stream.Length - stream.Position;
        if (length > MaxLength)
        {
            throw new ModelFormatException($"{what} is {length.ToString(CultureInfo.InvariantCulture)} bytes, more than the 512 MB an assets file is read up to");
        }

        // NuGet writes no byte order mark, but an editor may.
        length = BoundedJsonReader.SkipByteOrderMark(stream, length);
        var json = new BoundedJsonReader(stream, length, what, MaxDepth, MaxKeptStringLength);
        json.Read();
        if (json.TokenKind != JsonTokenType.StartObject)
        {
            throw new ModelFormatException($"{what} is not a JSON object");
        }

        var result = new AssetsPackages();
        while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
        {
            if (json.StringEquals("libraries"))
            {
                ReadLibraries(json, result, modelExtensions);
            }
            else if (json.StringEquals("packageFolders"))
            {
                ReadNames(json, result.PackageFolders);
            }
            else
            {
                json.Read();
                json.Skip();
            }
        }

        // The rest, so trailing garbage is reported like any other invalid JSON.
        while (json.Read())
        {
        }

        return result;
    }

    // "libraries": { "Id/1.0.0": { "type": "package", "path": "id/1.0.0", "files": [ … ] }, … }
    private static void ReadLibraries(BoundedJsonReader json, AssetsPackages result, ICollection<string> modelExtensions)
    {
        json.Read();
        if (json.TokenKind != JsonTokenType.StartObject)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
        {
            var key = json.GetString();
            json.Read();
            if (json.TokenKind != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }

            string? type = null;
            string? folder = null;
            var listsFiles = false;
            var modelFiles = new List<string>();
            while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
            {
                if (json.StringEquals("type"))
                {
                    type = json.ReadStringValue();
                }
                else if (json.StringEquals("path"))
                {
                    folder = json.ReadStringValue();
                }
                else if (json.StringEquals("files"))
                {
                    listsFiles = ReadModelFiles(json, modelExtensions, modelFiles);
                }
                else
                {
                    json.Read();
                    json.Skip();
                }
            }

            var slash = key?.IndexOf('/') ?? -1;
            if (string.Equals(type, "package", StringComparison.OrdinalIgnoreCase) && folder is not null && slash > 0)
            {
                var package = new AssetsPackage(key!.Substring(0, slash), key.Substring(slash + 1), folder) { ListsFiles = listsFiles };
                package.ModelFiles.AddRange(modelFiles);
                result.Packages.Add(package);
            }
        }
    }

    /// <summary>Reads a "files" array; keeps the model files among its first <see cref="MaxFilesPerPackage"/>; true when it lists any file.</summary>
    private static bool ReadModelFiles(BoundedJsonReader json, ICollection<string> modelExtensions, List<string> modelFiles)
    {
        json.Read();
        if (json.TokenKind != JsonTokenType.StartArray)
        {
            json.Skip();
            return false;
        }

        var count = 0;
        while (json.Read() && json.TokenKind != JsonTokenType.EndArray)
        {
            if (json.TokenKind != JsonTokenType.String)
            {
                json.Skip();
                continue;
            }

            if (++count <= MaxFilesPerPackage && json.GetString() is { } file && modelExtensions.Contains(Extension(file).ToLowerInvariant()))
            {
                modelFiles.Add(file);
            }
        }

        return count > 0;
    }

    /// <summary>The extension of a '/'-separated path, with its dot ("" when there is none), as Path.GetExtension gives it.</summary>
    private static string Extension(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot < 0 || file.IndexOf('/', dot) >= 0 || file.IndexOf('\\', dot) >= 0 ? string.Empty : file.Substring(dot);
    }

    // "packageFolders": { "/srv/nuget/packages/": {}, … }
    private static void ReadNames(BoundedJsonReader json, List<string> names)
    {
        json.Read();
        if (json.TokenKind != JsonTokenType.StartObject)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
        {
            if (json.GetString() is { Length: > 0 } name)
            {
                names.Add(name);
            }

            json.Read();
            json.Skip();
        }
    }
}
