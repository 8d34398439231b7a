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
    internal const int MaxKeptArrayLength = 256;
    internal const int MaxArrayDepth = 8;

    // All values kept from one file together, counted as the memory they take: a header whose general.* arrays are
    // all full would otherwise keep a gigabyte. Past this, values are skipped like any other.
    internal const long MaxKeptBytes = 1024 * 1024;

    // What one kept entry, boxed number, string and list cost beyond their contents, roughly, on a 64-bit runtime.
    private const long EntryCost = 64;
    private const long BoxCost = 24;
    private const long StringCost = 32;
    private const long ListCost = 64;

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

        // Nothing below builds a string unless it is kept or an error is being reported: a header of a million
        // entries costs a million small reads, not a million messages.
        var metadata = new Dictionary<string, object>(StringComparer.Ordinal);
        for (ulong i = 0; i < metadataCount; i++)
        {
            reader.Entry = i;
            reader.Key(MaxKeyLength, out var keyTooLong);
            if (keyTooLong)
            {
                throw new ModelFormatException($"metadata entry {i} has a key longer than the {MaxKeyLength} bytes GGUF allows (ending at byte {reader.Position})");
            }

            var type = (ValueType)reader.UInt32(Cursor.TypeOfKey);
            var keep = reader.KeyStartsWith(KeptPrefix) && reader.Afford(EntryCost + (2L * reader.KeyLength));
            var value = ReadValue(reader, type, keep, depth: 0);
            if (keep && value is not null)
            {
                metadata[reader.KeyName] = value;
            }
        }

        return new GgufHeader(version, tensorCount, metadataCount, metadata);
    }

    /// <summary>Reads one value of the current key; a value not kept is skipped and null, never boxed or decoded.</summary>
    private static object? ReadValue(Cursor reader, ValueType type, bool keep, int depth)
    {
        var size = FixedSize(type);
        if (size > 0 && !(keep && reader.Afford(BoxCost)))
        {
            reader.Skip(size, Cursor.ValueOfKey);
            return null;
        }

        switch (type)
        {
            case ValueType.UInt8: return (ulong)reader.Bytes(1, Cursor.ValueOfKey)[0];
            case ValueType.Int8: return (long)(sbyte)reader.Bytes(1, Cursor.ValueOfKey)[0];
            case ValueType.UInt16: return (ulong)BitConverter.ToUInt16(reader.Bytes(2, Cursor.ValueOfKey), 0);
            case ValueType.Int16: return (long)BitConverter.ToInt16(reader.Bytes(2, Cursor.ValueOfKey), 0);
            case ValueType.UInt32: return (ulong)reader.UInt32(Cursor.ValueOfKey);
            case ValueType.Int32: return (long)BitConverter.ToInt32(reader.Bytes(4, Cursor.ValueOfKey), 0);
            case ValueType.Float32: return (double)BitConverter.ToSingle(reader.Bytes(4, Cursor.ValueOfKey), 0);
            case ValueType.Bool: return reader.Bytes(1, Cursor.ValueOfKey)[0] != 0;
            case ValueType.UInt64: return reader.UInt64(Cursor.ValueOfKey);
            case ValueType.Int64: return BitConverter.ToInt64(reader.Bytes(8, Cursor.ValueOfKey), 0);
            case ValueType.Float64: return BitConverter.ToDouble(reader.Bytes(8, Cursor.ValueOfKey), 0);
            case ValueType.String:
                if (!keep)
                {
                    reader.SkipString(Cursor.ValueOfKey);
                    return null;
                }

                return reader.KeptString(MaxKeptStringLength);
            case ValueType.Array:
                return ReadArray(reader, keep, depth);
            default:
                throw new ModelFormatException($"metadata '{reader.KeyName}' has unknown value type {(uint)type} (at byte {reader.Position})");
        }
    }

    private static List<object>? ReadArray(Cursor reader, bool keep, int depth)
    {
        if (depth >= MaxArrayDepth)
        {
            throw new ModelFormatException($"metadata '{reader.KeyName}' nests arrays more than {MaxArrayDepth} deep (at byte {reader.Position})");
        }

        var elementType = (ValueType)reader.UInt32(Cursor.ValueOfKey);
        var count = reader.UInt64(Cursor.ValueOfKey);
        var fixedSize = FixedSize(elementType);
        if (fixedSize > 0)
        {
            // Checked against the bytes left before skipping, so an absurd count fails here.
            if (count > (ulong)reader.Remaining / (ulong)fixedSize)
            {
                throw new ModelFormatException($"metadata '{reader.KeyName}' claims an array of {count} values, past the end of the file (at byte {reader.Position})");
            }

            if (!keep || count > MaxKeptArrayLength)
            {
                reader.Skip((long)count * fixedSize, Cursor.ValueOfKey);
                return null;
            }
        }
        else if (elementType is not (ValueType.String or ValueType.Array))
        {
            throw new ModelFormatException($"metadata '{reader.KeyName}' is an array of unknown value type {(uint)elementType} (at byte {reader.Position})");
        }
        else if (count > (ulong)reader.Remaining / 8)
        {
            // Every string or array element takes at least 8 bytes.
            throw new ModelFormatException($"metadata '{reader.KeyName}' claims an array of {count} values, past the end of the file (at byte {reader.Position})");
        }

        // Counted and skipped unless short and within what the file may keep; an array cut short by the budget is dropped whole.
        var kept = keep && count <= MaxKeptArrayLength && reader.Afford(ListCost + (8L * (long)count)) ? new List<object>((int)count) : null;
        for (ulong i = 0; i < count; i++)
        {
            var value = ReadValue(reader, elementType, kept is not null, depth + 1);
            if (kept is null)
            {
                continue;
            }

            if (value is not null)
            {
                kept.Add(value);
            }
            else if (reader.Spent)
            {
                kept = null;
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

    /// <summary>
    /// Reads little-endian values, failing with a clear message instead of reading past the end. Keys are read into one
    /// reused buffer and decoded only when kept or named in an error; what is kept is charged to <see cref="MaxKeptBytes"/>.
    /// </summary>
    private sealed class Cursor
    {
        /// <summary>Names the current entry's key in messages: "the key of metadata entry 3".</summary>
        public const string KeyOfEntry = "\0key";

        /// <summary>Names the current entry's type in messages: "the type of 'general.name'".</summary>
        public const string TypeOfKey = "\0type";

        /// <summary>Names the current entry's value in messages by its key: "general.name".</summary>
        public const string ValueOfKey = "\0value";

        private readonly Stream _stream;
        private readonly long _length;
        private readonly byte[] _scratch = new byte[8];
        private byte[] _key = new byte[64];
        private string? _keyName;
        private long _kept;

        public Cursor(Stream stream)
        {
            _stream = stream;
            _length = stream.Length;
        }

        public long Remaining => _length - _stream.Position;

        public long Position => _stream.Position;

        /// <summary>The metadata entry being read, for messages.</summary>
        public ulong Entry { get; set; }

        /// <summary>The length in bytes of the current key.</summary>
        public int KeyLength { get; private set; }

        /// <summary>The current key, decoded on first use.</summary>
        public string KeyName => _keyName ??= Encoding.UTF8.GetString(_key, 0, KeyLength);

        /// <summary>True once something was too large for what is left of <see cref="MaxKeptBytes"/>.</summary>
        public bool Spent { get; private set; }

        /// <summary>Charges <paramref name="bytes"/> of memory kept; false, and nothing charged, when they do not fit.</summary>
        public bool Afford(long bytes)
        {
            if (_kept + bytes > MaxKeptBytes)
            {
                Spent = true;
                return false;
            }

            _kept += bytes;
            return true;
        }

        public uint UInt32(string what) => BitConverter.ToUInt32(Bytes(4, what), 0);

        public ulong UInt64(string what) => BitConverter.ToUInt64(Bytes(8, what), 0);

        public byte[] Bytes(int count, string what)
        {
            Fill(_scratch, count, what);
            return _scratch;
        }

        /// <summary>Reads the next key into the key buffer; one longer than <paramref name="max"/> bytes is skipped and flagged.</summary>
        public void Key(int max, out bool tooLong)
        {
            _keyName = null;
            KeyLength = 0;
            var length = Length(KeyOfEntry);
            tooLong = length > (ulong)max;
            if (tooLong)
            {
                Skip((long)length, KeyOfEntry);
                return;
            }

            if (_key.Length < (int)length)
            {
                _key = new byte[Math.Max((int)length, Math.Min(2 * _key.Length, max))];
            }

            Fill(_key, (int)length, KeyOfEntry);
            KeyLength = (int)length;
        }

        public bool KeyStartsWith(string asciiPrefix)
        {
            if (KeyLength < asciiPrefix.Length)
            {
                return false;
            }

            for (var i = 0; i < asciiPrefix.Length; i++)
            {
                if (_key[i] != asciiPrefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Reads a string value to keep; one longer than <paramref name="max"/> bytes, or than what may still be kept, is skipped and null.</summary>
        public string? KeptString(int max)
        {
            var length = Length(ValueOfKey);
            if (length > (ulong)max || !Afford(StringCost + (2L * (long)length)))
            {
                Skip((long)length, ValueOfKey);
                return null;
            }

            var bytes = new byte[(int)length];
            Fill(bytes, bytes.Length, ValueOfKey);
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
                throw new ModelFormatException($"{Name(what)} claims a string of {length} bytes at byte {_stream.Position - 8}, past the end of the file (truncated or corrupt)");
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

        /// <summary>What is being read, in words; built only for a message.</summary>
        private string Name(string what) => what switch
        {
            KeyOfEntry => $"the key of metadata entry {Entry}",
            TypeOfKey => $"the type of '{KeyName}'",
            ValueOfKey => KeyLength == 0 ? $"the value of metadata entry {Entry}" : KeyName,
            _ => what,
        };

        private ModelFormatException Truncated(string what)
            => new($"the file ends inside {Name(what)}, at byte {_length} (truncated or corrupt)");
    }
}
