using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModelLicenseGuard.Tasks.Locking;

/// <summary>
/// Writes and reads <c>models.lock.json</c>. The text is indented JSON with one property per line, fields in a fixed
/// order, entries sorted by source and <c>\n</c> line ends on every system, so the same models always give the same
/// bytes and a review diff shows exactly the lines of the model that changed.
/// </summary>
public static class LockFileFormat
{
    /// <summary>The largest lock file read: far beyond any real project's, small enough to read whole.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] ConflictMarkers = ["<<<<<<<", "=======", ">>>>>>>", "|||||||"];

    /// <summary>The lock file's text.</summary>
    public static string Write(LockFile lockFile)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            // Licence names, restrictions and URLs are read by people in reviews: only what JSON requires is escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", LockFile.CurrentVersion);
            Write(json, "catalogVersion", lockFile.CatalogVersion);
            json.WriteStartArray("models");
            foreach (var entry in lockFile.Models)
            {
                WriteEntry(json, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // Utf8JsonWriter ends lines as the system does; string values escape their line breaks, so every CR here is one.
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteEntry(Utf8JsonWriter json, LockEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("source", entry.Source);
        Write(json, "sourceKind", entry.SourceKind);
        Write(json, "originFile", entry.OriginFile);
        Write(json, "name", entry.Name);
        Write(json, "format", entry.Format);
        if (entry.FileSize is { } size)
        {
            json.WriteNumber("fileSize", size);
        }

        Write(json, "headerSha256", entry.HeaderSha256);
        Write(json, "revision", entry.Revision);
        Write(json, "license", entry.License);
        Write(json, "licenseUrl", entry.LicenseUrl);
        Write(json, "licenseOrigin", entry.LicenseOrigin);
        Write(json, "licenseTextSha256", entry.LicenseTextSha256);
        Write(json, "tier", entry.Tier);
        Write(json, "commercialUse", entry.CommercialUse);
        Write(json, "restrictions", entry.Restrictions);
        Write(json, "attribution", entry.Attribution);
        Write(json, "catalogId", entry.CatalogId);
        Write(json, "hubAnswer", entry.HubAnswer);
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Reads the lock file at <paramref name="path"/>; <see cref="LockFileUnreadableException"/> says why it cannot be.</summary>
    public static LockFile ReadFile(string path) => Read(ReadText(path));

    /// <summary>The text of the lock file at <paramref name="path"/>, at most <see cref="MaxBytes"/>; <see cref="LockFileUnreadableException"/> says why it cannot be read.</summary>
    public static string ReadText(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxBytes)
            {
                throw new LockFileUnreadableException($"it is {stream.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the {MaxBytes.ToString(CultureInfo.InvariantCulture)} a lock file may be");
            }

            using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new LockFileUnreadableException(exception.Message.TrimEnd('.'), exception);
        }
    }

    /// <summary>Reads a lock file's text; <see cref="LockFileUnreadableException"/> says why it cannot be.</summary>
    public static LockFile Read(string text)
    {
        if (text.Length > MaxBytes)
        {
            throw new LockFileUnreadableException($"it is longer than the {MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes a lock file may be");
        }

        if (ConflictMarkerLine(text) is { } line)
        {
            throw new LockFileUnreadableException($"it holds merge conflict markers (line {line.ToString(CultureInfo.InvariantCulture)})");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            throw new LockFileUnreadableException("it is not valid JSON (" + exception.Message.TrimEnd('.') + ")", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new LockFileUnreadableException("it is not a JSON object");
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
            {
                throw new LockFileUnreadableException("it has no format version");
            }

            if (number != LockFile.CurrentVersion)
            {
                throw new LockFileUnreadableException($"it is format version {number.ToString(CultureInfo.InvariantCulture)}, and this ModelLicenseGuard reads version {LockFile.CurrentVersion.ToString(CultureInfo.InvariantCulture)}");
            }

            var lockFile = new LockFile { CatalogVersion = String(root, "catalogVersion") };
            if (!root.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
            {
                throw new LockFileUnreadableException("it has no \"models\" array");
            }

            var index = 0;
            foreach (var model in models.EnumerateArray())
            {
                lockFile.Models.Add(ReadEntry(model, index++));
            }

            return lockFile;
        }
    }

    private static LockEntry ReadEntry(JsonElement model, int index)
    {
        if (model.ValueKind != JsonValueKind.Object || String(model, "source") is not { Length: > 0 } source)
        {
            throw new LockFileUnreadableException($"its model {index.ToString(CultureInfo.InvariantCulture)} has no \"source\"");
        }

        long? size = null;
        if (model.TryGetProperty("fileSize", out var sizeValue))
        {
            size = sizeValue.ValueKind == JsonValueKind.Number && sizeValue.TryGetInt64(out var n) && n >= 0
                ? n
                : throw new LockFileUnreadableException($"the \"fileSize\" of '{source}' is not a size");
        }

        return new LockEntry
        {
            Source = source,
            SourceKind = String(model, "sourceKind"),
            OriginFile = String(model, "originFile"),
            Name = String(model, "name"),
            Format = String(model, "format"),
            FileSize = size,
            HeaderSha256 = String(model, "headerSha256"),
            Revision = String(model, "revision"),
            License = String(model, "license"),
            LicenseUrl = String(model, "licenseUrl"),
            LicenseOrigin = String(model, "licenseOrigin"),
            LicenseTextSha256 = String(model, "licenseTextSha256"),
            Tier = String(model, "tier"),
            CommercialUse = String(model, "commercialUse"),
            Restrictions = String(model, "restrictions"),
            Attribution = String(model, "attribution"),
            CatalogId = String(model, "catalogId"),
            HubAnswer = String(model, "hubAnswer"),
        };
    }

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new LockFileUnreadableException($"its \"{name}\" is not a string");
    }

    /// <summary>The 1-based line of the first merge conflict marker (a line that starts with one), or null.</summary>
    private static int? ConflictMarkerLine(string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            foreach (var marker in ConflictMarkers)
            {
                if (string.CompareOrdinal(text, start, marker, 0, marker.Length) == 0)
                {
                    return line;
                }
            }

            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                return null;
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>The 1-based line of each entry's <c>"source"</c> in a lock file's text, by key; for messages that point at the entry.</summary>
    public static IReadOnlyDictionary<string, int> EntryLines(string text)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            var lockFile = Read(text);
            var sources = text.Split('\n');
            var at = 0;
            foreach (var entry in lockFile.Models)
            {
                var wanted = "\"source\": " + JsonSerializer.Serialize(entry.Source, StringOptions);
                while (at < sources.Length && !sources[at].TrimStart().StartsWith(wanted, StringComparison.Ordinal))
                {
                    at++;
                }

                if (at == sources.Length)
                {
                    break;
                }

                lines[entry.Key] = at + 1;
                at++;
            }
        }
        catch (LockFileUnreadableException)
        {
            lines.Clear();
        }

        return lines;
    }
}

/// <summary>A lock file cannot be read; the message says why, as the end of "The lock file … cannot be read: …".</summary>
public sealed class LockFileUnreadableException : Exception
{
    public LockFileUnreadableException(string message)
        : base(message)
    {
    }

    public LockFileUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LockFileUnreadableException()
    {
    }
}
