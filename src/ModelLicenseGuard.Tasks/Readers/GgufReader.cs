using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Reads the metadata section of a GGUF file (versions 2 and 3, little-endian) — and nothing after it.
/// </summary>
/// <remarks>
/// Files are gigabytes and may be corrupt, so every length is checked against the bytes left in the file
/// before anything is allocated, keys outside <c>general.*</c> are skipped by seeking, and large arrays
/// (the tokenizer vocabulary) are never read into memory. Layout: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
/// </remarks>
public static class GgufReader
{
    /// <summary>"GGUF" read as a little-endian uint32.</summary>
    public const uint Magic = 0x46554747;

    // The spec caps keys at 65535 bytes; real files hold a few hundred keys.
    internal const int MaxKeyLength = 65_535;
    internal const ulong MaxMetadataCount = 1_000_000;

    // Values kept in memory are small: names, licence ids, URLs. Longer strings are skipped, not read.
    internal const int MaxKeptStringLength = 64 * 1024;
    internal const int MaxKeptArrayLength = 1024;
    internal const int MaxArrayDepth = 8;

    private const string KeptPrefix = "general.";

    private enum ValueType : uint
    {
        UInt8 = 0,
        Int8 = 1,
        UInt16 = 2,
        Int16 = 3,
        UInt32 = 4,
        Int32 = 5,
        Float32 = 6,
        Bool = 7,
        String = 8,
        Array = 9,
        UInt64 = 10,
        Int64 = 11,
        Float64 = 12,
    }

    /// <summary>True when the stream starts with the GGUF magic; the position is restored.</summary>
    public static bool HasMagic(Stream stream)
    {
        var position = stream.Position;
        try
        {
            var buffer = new byte[4];
            return stream.Read(buffer, 0, 4) == 4 && BitConverter.ToUInt32(buffer, 0) == Magic;
        }
        finally
        {
            stream.Position = position;
        }
    }

    public static GgufHeader Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        return Read(stream);
    }

    /// <summary>Reads the header from a seekable stream positioned at the start of the file.</summary>
    /// <exception cref="ModelFormatException">The bytes are not a readable GGUF header.</exception>
    public static GgufHeader Read(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The GGUF reader needs a seekable stream.", nameof(stream));
        }

        var reader = new Cursor(stream);
        var magic = reader.UInt32("the magic number");
        if (magic != Magic)
        {
            throw new ModelFormatException("not a GGUF file: it does not start with the bytes 'GGUF'");
        }

        var version = reader.UInt32("the version");
        if (version is < 2 or > 3)
        {
            var swapped = (version >> 24) | ((version >> 8) & 0xFF00) | ((version << 8) & 0xFF0000) | (version << 24);
            throw new ModelFormatException(swapped is 2 or 3
                ? "big-endian GGUF files are not supported"
                : $"unsupported GGUF version {version} (versions 2 and 3 are read)");
        }

        var tensorCount = reader.UInt64("the tensor count");
        var metadataCount = reader.UInt64("the metadata count");
        if (metadataCount > MaxMetadataCount)
        {
            throw new ModelFormatException($"the header claims {metadataCount} metadata entries, more than any real GGUF file holds (at byte {reader.Position - 8})");
        }

        var metadata = new Dictionary<string, object>(StringComparer.Ordinal);
        for (ulong i = 0; i < metadataCount; i++)
        {
            var key = reader.String($"the key of metadata entry {i}", MaxKeyLength, out var keyTooLong);
            if (keyTooLong)
            {
                throw new ModelFormatException($"metadata entry {i} has a key longer than the {MaxKeyLength} bytes GGUF allows (ending at byte {reader.Position})");
            }

            var type = (ValueType)reader.UInt32($"the type of '{key}'");
            var keep = key!.StartsWith(KeptPrefix, StringComparison.Ordinal);
            var value = ReadValue(reader, type, key, keep, depth: 0);
            if (keep && value is not null)
            {
                metadata[key] = value;
            }
        }

        return new GgufHeader(version, tensorCount, metadataCount, metadata);
    }

    private static object? ReadValue(Cursor reader, ValueType type, string key, bool keep, int depth)
    {
        switch (type)
        {
            case ValueType.UInt8: return (ulong)reader.Bytes(1, key)[0];
            case ValueType.Int8: return (long)(sbyte)reader.Bytes(1, key)[0];
            case ValueType.UInt16: return (ulong)BitConverter.ToUInt16(reader.Bytes(2, key), 0);
            case ValueType.Int16: return (long)BitConverter.ToInt16(reader.Bytes(2, key), 0);
            case ValueType.UInt32: return (ulong)reader.UInt32(key);
            case ValueType.Int32: return (long)BitConverter.ToInt32(reader.Bytes(4, key), 0);
            case ValueType.Float32: return (double)BitConverter.ToSingle(reader.Bytes(4, key), 0);
            case ValueType.Bool: return reader.Bytes(1, key)[0] != 0;
            case ValueType.UInt64: return reader.UInt64(key);
            case ValueType.Int64: return BitConverter.ToInt64(reader.Bytes(8, key), 0);
            case ValueType.Float64: return BitConverter.ToDouble(reader.Bytes(8, key), 0);
            case ValueType.String:
                if (!keep)
                {
                    reader.SkipString(key);
                    return null;
                }

                var text = reader.String(key, MaxKeptStringLength, out var tooLong);
                return tooLong ? null : text;
            case ValueType.Array:
                return ReadArray(reader, key, keep, depth);
            default:
                throw new ModelFormatException($"metadata '{key}' has unknown value type {(uint)type} (at byte {reader.Position})");
        }
    }

    private static List<object>? ReadArray(Cursor reader, string key, bool keep, int depth)
    {
        if (depth >= MaxArrayDepth)
        {
            throw new ModelFormatException($"metadata '{key}' nests arrays more than {MaxArrayDepth} deep (at byte {reader.Position})");
        }

        var elementType = (ValueType)reader.UInt32(key);
        var count = reader.UInt64(key);
        var fixedSize = FixedSize(elementType);
        if (fixedSize > 0)
        {
            // Checked against the bytes left before skipping, so an absurd count fails here.
            if (count > (ulong)reader.Remaining / (ulong)fixedSize)
            {
                throw new ModelFormatException($"metadata '{key}' claims an array of {count} values, past the end of the file (at byte {reader.Position})");
            }

            if (!keep || count > MaxKeptArrayLength)
            {
                reader.Skip((long)count * fixedSize, key);
                return null;
            }
        }
        else if (elementType is not (ValueType.String or ValueType.Array))
        {
            throw new ModelFormatException($"metadata '{key}' is an array of unknown value type {(uint)elementType} (at byte {reader.Position})");
        }
        else if (count > (ulong)reader.Remaining / 8)
        {
            // Every string or array element takes at least 8 bytes.
            throw new ModelFormatException($"metadata '{key}' claims an array of {count} values, past the end of the file (at byte {reader.Position})");
        }

        var kept = keep && count <= MaxKeptArrayLength ? new List<object>((int)count) : null;
        for (ulong i = 0; i < count; i++)
        {
            var value = ReadValue(reader, elementType, key, kept is not null, depth + 1);
            if (kept is not null && value is not null)
            {
                kept.Add(value);
            }
        }

        return kept;
    }

    private static int FixedSize(ValueType type) => type switch
    {
        ValueType.UInt8 or ValueType.Int8 or ValueType.Bool => 1,
        ValueType.UInt16 or ValueType.Int16 => 2,
        ValueType.UInt32 or ValueType.Int32 or ValueType.Float32 => 4,
        ValueType.UInt64 or ValueType.Int64 or ValueType.Float64 => 8,
        _ => 0,
    };

    /// <summary>Reads little-endian values, failing with a clear message instead of reading past the end.</summary>
    private sealed class Cursor
    {
        private readonly Stream _stream;
        private readonly long _length;
        private readonly byte[] _scratch = new byte[8];

        public Cursor(Stream stream)
        {
            _stream = stream;
            _length = stream.Length;
        }

        public long Remaining => _length - _stream.Position;

        public long Position => _stream.Position;

        public uint UInt32(string what) => BitConverter.ToUInt32(Bytes(4, what), 0);

        public ulong UInt64(string what) => BitConverter.ToUInt64(Bytes(8, what), 0);

        public byte[] Bytes(int count, string what)
        {
            Fill(_scratch, count, what);
            return _scratch;
        }

        /// <summary>Reads a GGUF string; one longer than <paramref name="max"/> bytes is skipped and flagged.</summary>
        public string? String(string what, int max, out bool tooLong)
        {
            var length = Length(what);
            tooLong = length > (ulong)max;
            if (tooLong)
            {
                Skip((long)length, what);
                return null;
            }

            var bytes = new byte[(int)length];
            Fill(bytes, bytes.Length, what);
            return Encoding.UTF8.GetString(bytes);
        }

        public void SkipString(string what) => Skip((long)Length(what), what);

        public void Skip(long count, string what)
        {
            if (count > Remaining)
            {
                throw Truncated(what);
            }

            _stream.Seek(count, SeekOrigin.Current);
        }

        private ulong Length(string what)
        {
            var length = UInt64(what);
            if (length > (ulong)Remaining)
            {
                throw new ModelFormatException($"{what} claims a string of {length} bytes at byte {_stream.Position - 8}, past the end of the file (truncated or corrupt)");
            }

            return length;
        }

        private void Fill(byte[] buffer, int count, string what)
        {
            var read = 0;
            while (read < count)
            {
                var n = _stream.Read(buffer, read, count - read);
                if (n == 0)
                {
                    throw Truncated(what);
                }

                read += n;
            }
        }

        private ModelFormatException Truncated(string what)
            => new($"the file ends inside {what}, at byte {_length} (truncated or corrupt)");
    }
}
