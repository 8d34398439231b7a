using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ModelLicenseGuard.Classification;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Reads what a Hugging Face model folder says about its model — a snapshot as <c>huggingface-cli download</c> leaves
/// it, or an ONNX Runtime GenAI folder: the model card's front matter (<c>README.md</c>), the <c>LICENSE</c> file,
/// <c>config.json</c> and <c>genai_config.json</c>, and the folder's own name.
/// </summary>
/// <remarks>
/// Only small text files are read, each within a fixed limit; weights are never opened, and pickle-based checkpoints
/// (<c>.bin</c>, <c>.pt</c>, <c>.pth</c>, <c>.ckpt</c>) — which run code when loaded — only show that the folder holds a
/// model. A folder with no licence information yields facts without a licence; malformed content throws
/// <see cref="ModelFormatException"/> naming the file.
/// </remarks>
public static class HuggingFaceFolderReader
{
    public const string Format = "huggingface-folder";

    /// <summary>Where the licence came from when only the LICENSE file gives it.</summary>
    public const string LicenseFileField = "LICENSE (identified by its text)";

    private const string CacheRepositoryPrefix = "models--";
    private const string CacheSnapshots = "snapshots";

    /// <summary>Licence files in the order they are looked for (the name is matched ignoring case).</summary>
    private static readonly string[] LicenseFileNames = ["LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "LICENCE.txt", "LICENCE.md"];

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static readonly string[] ModelExtensions = [".gguf", ".onnx", ".safetensors", ".bin", ".pt", ".pth", ".ckpt"];

    /// <summary>
    /// True when <paramref name="folder"/> has a README.md with YAML front matter, a config.json or genai_config.json, or a
    /// model file (<c>.gguf</c>, <c>.onnx</c>, <c>.safetensors</c>, <c>.bin</c>, <c>.pt</c>, <c>.pth</c>, <c>.ckpt</c>)
    /// directly inside. Never throws: a folder that cannot be listed is not a model folder.
    /// </summary>
    public static bool LooksLikeModelFolder(string folder)
    {
        try
        {
            if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
            {
                return false;
            }

            foreach (var path in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(path);
                if (Is(name, ModelConfigReader.ConfigFileName) || Is(name, ModelConfigReader.GenAiConfigFileName))
                {
                    return true;
                }

                var extension = Path.GetExtension(name);
                if (Array.Exists(ModelExtensions, e => Is(extension, e)))
                {
                    return true;
                }

                if (Is(name, ModelCardReader.FileName) && ReadmeHasFrontMatter(path))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return false;
        }
    }

    /// <summary>Reads the facts the folder's files give; <paramref name="source"/> names it in the facts' evidence.</summary>
    /// <exception cref="ModelFormatException">A file in the folder is malformed; the message names it.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ModelFacts Read(string folder, string source)
    {
        var full = TrimSeparators(Path.GetFullPath(folder));
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The model folder '{folder}' does not exist.");
        }

        var files = Files(full);
        var facts = new ModelFacts(source, Format) { FolderName = Path.GetFileName(full) };

        var card = files.TryGetValue(ModelCardReader.FileName, out var readme) ? ReadPart(readme, ModelCardReader.Read) : ModelCard.None;
        ModelCardFacts.Apply(facts, card, ModelCardReader.FileName);

        string? licenseFileId = null;
        var licenseFile = FindLicenseFile(files);
        if (licenseFile is not null)
        {
            var licenseText = ReadPart(licenseFile, ReadLicenseText);
            licenseFileId = LicenseTextIdentifier.Identify(licenseText);
            facts.LicenseTextSha256 = ContentHash.Sha256(licenseText);
            facts.Record("LICENSE text", licenseFileId);
        }

        var cardStatesLicense = facts.License is not null
            && (!string.Equals(facts.License, "other", StringComparison.OrdinalIgnoreCase) || facts.LicenseName is not null);
        if (!cardStatesLicense && licenseFileId is not null)
        {
            facts.License = licenseFileId;
            facts.LicenseField = LicenseFileField;
        }

        // The Hub id the cache path gives is the repository's own name; config.json's _name_or_path may be its base model's.
        var repositoryId = CacheRepositoryId(full);

        string? configName = null;
        if (files.TryGetValue(ModelConfigReader.ConfigFileName, out var configPath))
        {
            var config = ReadPart(configPath, ModelConfigReader.ReadConfig);
            facts.Record("config.json _name_or_path", config.NameOrPath);
            facts.Record("config.json architectures", Join(config.Architectures));
            facts.Record("config.json model_type", config.ModelType);
            if (IsModelName(config.NameOrPath))
            {
                configName = config.NameOrPath!.Trim();
            }
        }

        if (files.TryGetValue(ModelConfigReader.GenAiConfigFileName, out var genAiPath))
        {
            var genAi = ReadPart(genAiPath, ModelConfigReader.ReadGenAiConfig);
            facts.Record("genai_config.json", "ONNX Runtime GenAI model folder");
            facts.Record("genai_config.json model.type", genAi.ModelType);
        }

        if (repositoryId is not null)
        {
            facts.Record("Hugging Face cache folder", repositoryId);
            AddName(facts, repositoryId);
        }

        if (configName is not null)
        {
            AddName(facts, configName);
        }

        return facts;
    }

    /// <summary>The first name becomes <see cref="ModelFacts.Name"/>; later ones are further names.</summary>
    internal static void AddName(ModelFacts facts, string name)
    {
        if (facts.Name is null)
        {
            facts.Name = name;
        }
        else if (!string.Equals(facts.Name, name, StringComparison.Ordinal) && !facts.OtherNames.Contains(name))
        {
            facts.OtherNames.Add(name);
        }
    }

    /// <summary>
    /// "…/models--meta-llama--Llama-3.1-8B/snapshots/&lt;hash&gt;[/sub/folder]" → "meta-llama/Llama-3.1-8B"; null for other paths.
    /// </summary>
    internal static string? CacheRepositoryId(string fullPath)
    {
        var parts = fullPath.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 3; i >= 0; i--)
        {
            var name = parts[i];
            if (!name.StartsWith(CacheRepositoryPrefix, StringComparison.Ordinal) || parts[i + 1] != CacheSnapshots)
            {
                continue;
            }

            // The cache writes the repository id with '/' as "--"; Hub ids cannot contain "--" themselves.
            var id = name.Substring(CacheRepositoryPrefix.Length);
            var separator = id.IndexOf("--", StringComparison.Ordinal);
            if (id.Length == 0 || (separator >= 0 && (separator == 0 || separator == id.Length - 2)))
            {
                return null;
            }

            return separator < 0 ? id : id.Remove(separator, 2).Insert(separator, "/");
        }

        return null;
    }

    /// <summary>"…/models--org--name/snapshots/&lt;commit&gt;[/sub/folder]" → the commit; null for other paths.</summary>
    internal static string? CacheRevision(string fullPath)
    {
        var parts = fullPath.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 2; i >= 1; i--)
        {
            if (parts[i] == CacheSnapshots && parts[i - 1].StartsWith(CacheRepositoryPrefix, StringComparison.Ordinal))
            {
                return parts[i + 1];
            }
        }

        return null;
    }

    /// <summary>A Hub id ("org/name") or bare name; local paths ("/home/…", "./out", "C:\…") name nothing.</summary>
    private static bool IsModelName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value!.Trim();
        return text[0] is not ('/' or '.' or '~' or '\\')
            && text.IndexOf('\\') < 0
            && text.IndexOf(':') < 0
            && text.Split('/').Length <= 2;
    }

    /// <summary>The files directly inside the folder, by name ignoring case (the first of names differing only in case).</summary>
    private static Dictionary<string, string> Files(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(Directory.EnumerateFiles(folder));
        names.Sort(StringComparer.Ordinal);
        foreach (var path in names)
        {
            var name = Path.GetFileName(path);
            if (!files.TryGetValue(name, out _))
            {
                files[name] = path;
            }
        }

        return files;
    }

    private static string? FindLicenseFile(Dictionary<string, string> files)
    {
        foreach (var name in LicenseFileNames)
        {
            if (files.TryGetValue(name, out var path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>The first <see cref="LicenseTextIdentifier.MaxLength"/> bytes of the file as text (UTF-8 unless a byte order mark says otherwise).</summary>
    private static string ReadLicenseText(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(stream.Length, LicenseTextIdentifier.MaxLength)];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        using var reader = new StreamReader(new MemoryStream(buffer, 0, read), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// True when the card has front matter, and when it cannot be read at all: <see cref="Read"/> then reports it by name,
    /// rather than the folder passing for one with no card.
    /// </summary>
    private static bool ReadmeHasFrontMatter(string path)
    {
        if (RegularFile.WhyNot(path) is not null)
        {
            return true;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1024);
            return ModelCardReader.HasFrontMatter(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>Reads one of the folder's files, which must be a regular file; what stops it is a <see cref="ModelFormatException"/> naming the file.</summary>
    private static T ReadPart<T>(string path, Func<string, T> read)
    {
        var name = Path.GetFileName(path);
        if (RegularFile.WhyNot(path) is { } notRegular)
        {
            throw new ModelFormatException($"its {name} {notRegular}");
        }

        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException($"its {name} cannot be read ({e.Message})", e);
        }
    }

    private static string? Join(List<string> values) => values.Count == 0 ? null : string.Join(", ", values);

    private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string TrimSeparators(string path)
    {
        var root = Path.GetPathRoot(path) ?? string.Empty;
        var trimmed = path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return trimmed.Length < root.Length ? root : trimmed;
    }
}
