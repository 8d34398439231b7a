using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Reads the JSON header of a safetensors file — and nothing after it.
/// </summary>
/// <remarks>
/// Layout (https://github.com/huggingface/safetensors): an 8-byte little-endian header length N, then N bytes of UTF-8
/// JSON — an object mapping tensor names to <c>{"dtype","shape","data_offsets"}</c>, plus an optional
/// <c>"__metadata__"</c> object of strings — padded with spaces, then the tensor data. Headers of large models run to
/// megabytes, so the JSON is parsed as it streams through a small buffer: tensor entries are validated and counted but
/// never kept, and only <c>__metadata__</c> strings become strings, within fixed limits. The tensor data is never read.
/// </remarks>
public static class SafetensorsReader
{
    /// <summary>The largest header the reference implementation accepts.</summary>
    public const long MaxHeaderLength = 100_000_000;

    internal const string MetadataKey = "__metadata__";

    // Real headers nest three deep (root, tensor entry, shape); deeper is garbage and should fail fast.
    internal const int MaxDepth = 64;

    // Kept values are small: licence ids, names, URLs. Longer strings are validated and skipped, not kept.
    internal const int MaxKeptStringLength = 64 * 1024;
    internal const int MaxKeptMetadataEntries = 1024;
    internal const int MaxKeptMetadataCharacters = 1024 * 1024;

    private const int PrefixLength = 8;

    // How much of a key a message quotes.
    private const int ExcerptLength = 64;
    private const string What = "the header";

    /// <summary>
    /// True when the stream starts like a safetensors file: a header length from 2 to <see cref="MaxHeaderLength"/>
    /// that fits in the stream, followed by '{'. The position is restored.
    /// </summary>
    public static bool HasMagic(Stream stream)
    {
        var position = stream.Position;
        try
        {
            var available = stream.Length - position;
            if (available < PrefixLength + 2)
            {
                return false;
            }

            var buffer = new byte[PrefixLength + 1];
            if (!TryFill(stream, buffer))
            {
                return false;
            }

            var length = ToUInt64(buffer);
            return length >= 2 && length <= MaxHeaderLength && (long)length <= available - PrefixLength && buffer[PrefixLength] == (byte)'{';
        }
        finally
        {
            stream.Position = position;
        }
    }

    public static SafetensorsHeader Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        return Read(stream);
    }

    /// <summary>Reads the header from a seekable stream positioned at the start of the file; stops at the end of the header.</summary>
    /// <exception cref="ModelFormatException">The bytes are not a readable safetensors header.</exception>
    public static SafetensorsHeader Read(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The safetensors reader needs a seekable stream.", nameof(stream));
        }

        var available = stream.Length - stream.Position;
        var prefix = new byte[PrefixLength];
        if (available < PrefixLength || !TryFill(stream, prefix))
        {
            throw new ModelFormatException(
                $"the file is {Format(Math.Max(available, 0))} bytes long, too short for the 8-byte header length that starts a safetensors file (truncated or corrupt)");
        }

        var length = ToUInt64(prefix);
        if (length > MaxHeaderLength)
        {
            throw new ModelFormatException(
                $"the header length at byte 0 claims {length.ToString(CultureInfo.InvariantCulture)} bytes, more than the {Format(MaxHeaderLength)} bytes safetensors allows (corrupt, or not a safetensors file)");
        }

        if (length < 2)
        {
            throw new ModelFormatException(
                $"the header length at byte 0 claims {length.ToString(CultureInfo.InvariantCulture)} bytes, too few for the JSON object a safetensors header is");
        }

        var headerLength = (long)length;
        if (headerLength > available - PrefixLength)
        {
            throw new ModelFormatException(
                $"the header length at byte 0 claims {Format(headerLength)} bytes, past the end of the file: only {Format(available - PrefixLength)} bytes follow it (truncated or corrupt)");
        }

        var json = new BoundedJsonReader(stream, headerLength, What, MaxDepth, MaxKeptStringLength);
        json.Read();
        if (json.TokenKind != JsonTokenType.StartObject)
        {
            throw new ModelFormatException($"the header is {Kind(json.TokenKind)}, not the JSON object a safetensors header must be");
        }

        if (json.TokenOffset != 0)
        {
            throw json.Invalid(0, "a safetensors header must start with '{', not with whitespace");
        }

        IReadOnlyDictionary<string, string> metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var tensorCount = 0;
        while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
        {
            var keyOffset = json.TokenOffset;
            if (json.StringEquals(MetadataKey))
            {
                metadata = ReadMetadata(json, keyOffset);
                continue;
            }

            json.Read();
            if (json.TokenKind != JsonTokenType.StartObject)
            {
                throw new ModelFormatException(
                    $"the tensor entry whose name starts at byte {Format(keyOffset)} of the header is {Kind(json.TokenKind)}, not an object");
            }

            json.Skip();
            tensorCount++;
        }

        // Only whitespace (the spec pads with spaces) may follow the object; Read checks it up to the last byte.
        if (json.Read())
        {
            throw json.Invalid(json.TokenOffset, "more JSON after the header object");
        }

        return new SafetensorsHeader(headerLength, tensorCount, metadata);
    }

    private static Dictionary<string, string> ReadMetadata(BoundedJsonReader json, long keyOffset)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        json.Read();
        if (json.TokenKind == JsonTokenType.Null)
        {
            // The reference implementation reads "__metadata__" as an optional map: null is no metadata.
            return metadata;
        }

        if (json.TokenKind != JsonTokenType.StartObject)
        {
            throw new ModelFormatException(
                $"'{MetadataKey}' at byte {Format(keyOffset)} of the header is {Kind(json.TokenKind)}, not an object of strings");
        }

        var kept = 0;

        // The start of each key, for a message about its value, copied into one buffer: entries past the kept limits
        // allocate nothing, however many the header holds.
        var excerpt = new char[ExcerptLength + 1];
        while (json.Read() && json.TokenKind == JsonTokenType.PropertyName)
        {
            var entryOffset = json.TokenOffset;
            var keyTooLong = json.StringTooLong;
            var excerptLength = json.CopyStart(excerpt);
            var key = keyTooLong || metadata.Count >= MaxKeptMetadataEntries ? null : json.GetString();
            json.Read();
            if (json.TokenKind != JsonTokenType.String)
            {
                var name = keyTooLong || excerptLength > ExcerptLength ? new string(excerpt, 0, ExcerptLength) + "…" : new string(excerpt, 0, excerptLength);
                throw new ModelFormatException(
                    $"'{MetadataKey}' entry '{name}' at byte {Format(entryOffset)} of the header is {Kind(json.TokenKind)}, not a string");
            }

            if (key is null || json.StringTooLong)
            {
                continue;
            }

            var value = json.GetString()!;
            var previous = metadata.TryGetValue(key, out var old) ? key.Length + old.Length : 0;
            if (kept - previous + key.Length + value.Length > MaxKeptMetadataCharacters)
            {
                continue;
            }

            kept += key.Length + value.Length - previous;
            metadata[key] = value;
        }

        return metadata;
    }

    private static bool TryFill(Stream stream, byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }

    private static ulong ToUInt64(byte[] bytes)
    {
        ulong value = 0;
        for (var i = PrefixLength - 1; i >= 0; i--)
        {
            value = (value << 8) | bytes[i];
        }

        return value;
    }

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Kind(JsonTokenType kind) => kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "not a value",
    };
}
