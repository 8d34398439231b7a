using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ModelLicenseGuard.Tasks.Locking;
using ModelLicenseGuard.Tasks.Reports;

namespace ModelLicenseGuard.Tool.Diff;

/// <summary>
/// Reads the machine-learning-model components of a CycloneDX JSON BOM as <see cref="CycloneDxBom"/> writes them (the
/// <c>modellicenseguard:</c> properties), and of other CycloneDX BOMs as far as the standard fields go; and the entries
/// of a lock file (models.lock.json), with the same fields.
/// </summary>
/// <remarks>
/// A BOM is input from anywhere (a pull request, an artifact), so what is read is bounded: the file's size, the JSON's
/// depth, and a file that is not a BOM is one line naming it (<see cref="ToolInputException"/>), never a stack trace.
/// </remarks>
internal static class BomReader
{
    /// <summary>Far above any real ML-BOM (a few KiB per model), far below what would exhaust memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    // CycloneDX nests components in components; 64 levels of JSON is deeper than any BOM and shallow enough for the stack.
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    /// <param name="path">The file as the user named it, relative to <paramref name="currentDirectory"/>; messages name it so.</param>
    public static IReadOnlyList<BomModel> Read(string path, string currentDirectory)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path, currentDirectory);
        }
        catch (ArgumentException exception)
        {
            throw new ToolInputException($"'{path}' is not a path: {exception.Message}", exception);
        }

        if (Directory.Exists(full))
        {
            throw new ToolInputException($"'{path}' is a folder; diff takes two ML-BOM files (CycloneDX JSON) or two lock files (models.lock.json).");
        }

        if (!File.Exists(full))
        {
            throw new ToolInputException($"'{path}' does not exist.");
        }

        // A named pipe, a socket or a device reports no length, and opening one could wait for a writer (a pipe) or never
        // end (/dev/zero); an empty regular file is no BOM either. So a file of no length is refused without being opened.
        if (new FileInfo(full).Length == 0)
        {
            throw new ToolInputException($"'{path}' is empty, or not a regular file; diff takes two ML-BOM files (CycloneDX JSON) or two lock files (models.lock.json).");
        }

        var bytes = Load(path, full);
        using var document = Parse(path, bytes);
        var root = document.RootElement;
        if (LooksLikeLockFile(root))
        {
            return LockFileModels(path, bytes);
        }

        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("bomFormat", out var format)
            || format.ValueKind != JsonValueKind.String
            || format.GetString() != "CycloneDX")
        {
            throw new ToolInputException($"'{path}' is not a CycloneDX BOM (it has no \"bomFormat\": \"CycloneDX\").");
        }

        if (!root.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
        {
            throw new ToolInputException($"'{path}' has no components section; an ML-BOM lists its models under \"components\".");
        }

        var models = new List<BomModel>();
        Collect(components, models, new KeySet());
        return models;
    }

    /// <summary>
    /// The file's bytes, read up to one byte past the limit: the length a file system reports is not trusted (a device or
    /// a pipe reports none), what arrives is counted.
    /// </summary>
    private static byte[] Load(string path, string full)
    {
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new ToolInputException($"'{path}' is larger than {(MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MiB; that is not an ML-BOM this tool reads.");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A lock file (models.lock.json, docs/lock-file.md): a format version and a models array, and no bomFormat.</summary>
    private static bool LooksLikeLockFile(JsonElement root)
        => root.ValueKind == JsonValueKind.Object
            && !root.TryGetProperty("bomFormat", out _)
            && root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number
            && root.TryGetProperty("models", out var models) && models.ValueKind == JsonValueKind.Array;

    /// <summary>A lock file's entries as the diff compares them: the same fields, keyed by the entry's source.</summary>
    private static List<BomModel> LockFileModels(string path, byte[] bytes)
    {
        LockFile lockFile;
        try
        {
            lockFile = LockFileFormat.Read(new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (LockFileUnreadableException exception)
        {
            throw new ToolInputException($"'{path}' is a lock file that cannot be read: {exception.Message}.", exception);
        }

        var keys = new KeySet();
        return lockFile.Models.Select(entry => new BomModel(
            keys.Take(entry.OriginFile is null ? entry.Source : entry.Source + " in " + entry.OriginFile),
            entry.OriginFile ?? entry.Source,
            entry.Name ?? entry.Source,
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                [BomFields.License] = entry.License,
                [BomFields.Tier] = entry.Tier,
                [BomFields.CommercialUse] = entry.CommercialUse,
                [BomFields.Obligations] = entry.Attribution,
                [BomFields.Restrictions] = entry.Restrictions,
                [BomFields.Name] = entry.Name,
                [BomFields.Version] = entry.Revision,
                [BomFields.Format] = entry.Format,
            })).ToList();
    }

    private static JsonDocument Parse(string path, byte[] bytes)
    {
        // The build writes UTF-8 without a byte order mark; an editor may have added one.
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return JsonDocument.Parse(bytes.AsMemory(start), ParseOptions);
        }
        catch (JsonException exception)
        {
            throw new ToolInputException($"'{path}' is not JSON: {exception.Message}", exception);
        }
    }

    private static void Collect(JsonElement components, List<BomModel> models, KeySet keys)
    {
        foreach (var component in components.EnumerateArray())
        {
            if (component.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (Text(component, "type") == "machine-learning-model")
            {
                models.Add(Model(component, keys));
            }

            // An assembly or a package component may hold the models it carries.
            if (component.TryGetProperty("components", out var nested) && nested.ValueKind == JsonValueKind.Array)
            {
                Collect(nested, models, keys);
            }
        }
    }

    private static BomModel Model(JsonElement component, KeySet keys)
    {
        var properties = Properties(component);
        var name = Text(component, "name") ?? string.Empty;
        var purl = Text(component, "purl");
        var occurrence = Occurrence(component);
        properties.TryGetValue("reference", out var reference);

        // The build's reference is the model's source (a path in the project, hf:org/name…): what stays the same when
        // the model's licence or name changes. A BOM from another tool has none; where the model occurs, or its purl, or
        // its name is the next best thing.
        var key = reference ?? occurrence ?? purl ?? (name.Length > 0 ? name : Text(component, "bom-ref")) ?? "(unnamed model)";
        if (keys.Contains(key) && occurrence is not null && occurrence != key)
        {
            // One model named in two places (two appsettings files): each place is its own entry.
            key += " in " + occurrence;
        }

        key = keys.Take(key);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [BomFields.License] = Licenses(component),
            [BomFields.Tier] = properties.GetValueOrDefault("tier"),
            [BomFields.CommercialUse] = properties.GetValueOrDefault("commercial-use"),
            [BomFields.Obligations] = properties.GetValueOrDefault("obligations"),
            [BomFields.Restrictions] = properties.GetValueOrDefault("restrictions"),
            [BomFields.BaseModels] = BaseModels(component),
            [BomFields.Purl] = purl,
            [BomFields.ModelCard] = ModelCard(component),
            [BomFields.Name] = name.Length > 0 ? name : null,
            [BomFields.Version] = Text(component, "version"),
            [BomFields.Format] = properties.GetValueOrDefault("format"),
            [BomFields.AssumedFrom] = properties.GetValueOrDefault("assumed-from"),
        };
        return new BomModel(key, occurrence ?? reference ?? purl ?? key, name, fields);
    }

    /// <summary>
    /// The keys taken so far. A key taken again gets an ordinal ("#2"), as the build makes bom-refs unique; the next
    /// ordinal of each key is remembered, so a hostile BOM of many equal names costs linear time, not quadratic.
    /// </summary>
    private sealed class KeySet
    {
        private readonly HashSet<string> taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> next = new(StringComparer.Ordinal);

        public bool Contains(string key) => taken.Contains(key);

        public string Take(string key)
        {
            if (taken.Add(key))
            {
                return key;
            }

            var ordinal = next.GetValueOrDefault(key, 2);
            string candidate;
            do
            {
                candidate = key + "#" + ordinal.ToString(CultureInfo.InvariantCulture);
                ordinal++;
            }
            while (!taken.Add(candidate));

            next[key] = ordinal;
            return candidate;
        }
    }

    /// <summary>The <c>modellicenseguard:</c> properties, by name without the prefix; the first of a name wins.</summary>
    private static Dictionary<string, string> Properties(JsonElement component)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (component.TryGetProperty("properties", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var property in list.EnumerateArray())
            {
                if (Text(property, "name") is { } name
                    && name.StartsWith(CycloneDxBom.PropertyPrefix, StringComparison.Ordinal)
                    && Text(property, "value") is { } value)
                {
                    properties.TryAdd(name.Substring(CycloneDxBom.PropertyPrefix.Length), value);
                }
            }
        }

        return properties;
    }

    /// <summary>Where the model occurs: the evidence's first occurrence, which the build writes for files and named models.</summary>
    private static string? Occurrence(JsonElement component)
        => component.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.Object
            && evidence.TryGetProperty("occurrences", out var occurrences) && occurrences.ValueKind == JsonValueKind.Array
            && occurrences.GetArrayLength() > 0
            ? Text(occurrences[0], "location")
            : null;

    /// <summary>Every licence, as "id", "name" or "expression", joined with " AND " as a licence expression would be.</summary>
    private static string? Licenses(JsonElement component)
    {
        if (!component.TryGetProperty("licenses", out var licenses) || licenses.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var found = new List<string>();
        foreach (var choice in licenses.EnumerateArray())
        {
            if (choice.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (Text(choice, "expression") is { } expression)
            {
                found.Add(expression);
            }
            else if (choice.TryGetProperty("license", out var license) && license.ValueKind == JsonValueKind.Object
                && (Text(license, "id") ?? Text(license, "name")) is { } id)
            {
                found.Add(id);
            }
        }

        return found.Count == 0 ? null : string.Join(" AND ", found);
    }

    private static string? BaseModels(JsonElement component)
    {
        if (!component.TryGetProperty("pedigree", out var pedigree) || pedigree.ValueKind != JsonValueKind.Object
            || !pedigree.TryGetProperty("ancestors", out var ancestors) || ancestors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var ancestor in ancestors.EnumerateArray())
        {
            if (ancestor.ValueKind == JsonValueKind.Object && (Text(ancestor, "name") ?? Text(ancestor, "purl")) is { } name)
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? ModelCard(JsonElement component)
    {
        if (component.TryGetProperty("externalReferences", out var references) && references.ValueKind == JsonValueKind.Array)
        {
            foreach (var reference in references.EnumerateArray())
            {
                if (Text(reference, "type") == "model-card")
                {
                    return Text(reference, "url");
                }
            }
        }

        return null;
    }

    private static string? Text(JsonElement element, string property)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
