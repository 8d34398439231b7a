using System;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Reads protobuf wire format straight from a seekable stream, one field at a time, without loading a message.
/// The operations carry the names Google.Protobuf's <c>CodedInputStream</c> gives them.
/// </summary>
/// <remarks>
/// Every length is checked against the bytes left in the enclosing message (the file, at the top level) before
/// anything is read or skipped, skipped fields are passed over by seeking, embedded messages nest at most
/// <see cref="MaxDepth"/> deep, and every failure is a <see cref="ModelFormatException"/> naming what was being
/// read and at which byte offset. Groups are rejected rather than skipped: skipping one means walking it.
/// The cursor knows nothing of the schema it reads; the caller names its messages and fields.
/// </remarks>
internal sealed class ProtobufCursor
{
    /// <summary>The protobuf wire types (https://protobuf.dev/programming-guides/encoding/).</summary>
    internal enum WireType
    {
        Varint = 0,
        Fixed64 = 1,
        LengthDelimited = 2,
        StartGroup = 3,
        EndGroup = 4,
        Fixed32 = 5,
    }

    /// <summary>A varint encodes at most 64 bits in 7-bit groups: 10 bytes.</summary>
    internal const int MaxVarintLength = 10;

    /// <summary>Protobuf field numbers are 29 bits wide.</summary>
    internal const int MaxFieldNumber = (1 << 29) - 1;

    /// <summary>The deepest nesting of embedded messages <see cref="PushLimit"/> allows (CodedInputStream's default recursion limit).</summary>
    internal const int MaxDepth = 100;

    // Invalid bytes become U+FFFD instead of throwing DecoderFallbackException.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Stream _stream;
    private readonly long _length;
    private readonly string _schema;
    private readonly string _malformedHint;
    private long _limit;
    private int _depth;
    private byte[] _buffer = new byte[256];

    /// <param name="stream">A seekable stream positioned at the start of the top-level message.</param>
    /// <param name="schema">The schema the bytes should follow, named in messages, e.g. "a protobuf group, which {schema} never uses".</param>
    /// <param name="malformedHint">What a malformed tag says about the file, e.g. "corrupt or not a … file".</param>
    public ProtobufCursor(Stream stream, string schema, string malformedHint)
    {
        _stream = stream;
        _length = stream.Length;
        _limit = _length;
        _schema = schema;
        _malformedHint = malformedHint;
    }

    public long Position => _stream.Position;

    /// <summary>The bytes left in the message being read (the whole file at the top level).</summary>
    public long Remaining => _limit - _stream.Position;

    public bool IsAtEnd => _stream.Position >= _limit;

    /// <summary>The tag <see cref="ReadTag"/> read last, which <see cref="SkipLastField"/> skips.</summary>
    public ProtobufTag LastTag { get; private set; }

    /// <summary>
    /// Limits reading to the next <paramref name="length"/> bytes (an embedded message, its length from
    /// <see cref="ReadLength"/>); returns the outer limit for <see cref="PopLimit"/>.
    /// </summary>
    public long PushLimit(long length)
    {
        if (length < 0 || length > Remaining)
        {
            throw new InvalidOperationException($"A limit of {length} bytes at byte {_stream.Position} is not within the {Remaining} bytes left; pass a length from ReadLength.");
        }

        if (_depth >= MaxDepth)
        {
            throw new ModelFormatException($"an embedded message at byte {_stream.Position} is nested more than {MaxDepth} deep (corrupt)");
        }

        _depth++;
        var outer = _limit;
        _limit = _stream.Position + length;
        return outer;
    }

    /// <summary>Restores the limit <see cref="PushLimit"/> returned. The embedded message's unread bytes are skipped.</summary>
    public void PopLimit(long outer)
    {
        if (_stream.Position < _limit)
        {
            _stream.Seek(_limit, SeekOrigin.Begin);
        }

        _limit = outer;
        _depth--;
    }

    /// <summary>Reads the next field's tag; <see cref="ProtobufTag.IsEnd"/> at the end of the current message.</summary>
    /// <param name="message">The message being read, named in error messages.</param>
    public ProtobufTag ReadTag(string message)
    {
        var offset = _stream.Position;
        if (IsAtEnd)
        {
            return LastTag = new ProtobufTag(0, WireType.Varint, offset);
        }

        var tag = ReadRawVarint64(new ProtobufName(message).After("a field tag of "));
        var number = tag >> 3;
        if (number == 0)
        {
            throw new ModelFormatException($"{message} has a field with number 0 at byte {offset}, which protobuf does not allow ({_malformedHint})");
        }

        if (number > MaxFieldNumber)
        {
            throw new ModelFormatException($"{message} has a field tag at byte {offset} whose number {number} is beyond protobuf's largest, {MaxFieldNumber} ({_malformedHint})");
        }

        var field = (int)number;
        var wireType = (WireType)(tag & 7);
        switch (wireType)
        {
            case WireType.StartGroup:
            case WireType.EndGroup:
                throw new ModelFormatException($"field {field} of {message} at byte {offset} has wire type {(int)wireType}, a protobuf group, which {_schema} never uses ({_malformedHint})");
            case WireType.Varint:
            case WireType.Fixed64:
            case WireType.LengthDelimited:
            case WireType.Fixed32:
                return LastTag = new ProtobufTag(field, wireType, offset);
            default:
                throw new ModelFormatException($"field {field} of {message} at byte {offset} has wire type {(int)wireType}, which protobuf does not define ({_malformedHint})");
        }
    }

    public ulong ReadRawVarint64(ProtobufName what)
    {
        var start = _stream.Position;
        ulong value = 0;
        for (var i = 0; i < MaxVarintLength; i++)
        {
            var b = ReadRawByte(what, start);

            // The tenth byte holds the 64th bit; protobuf parsers drop any higher bits, and so does this one.
            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new ModelFormatException($"{what} at byte {start} is a varint longer than {MaxVarintLength} bytes (corrupt)");
    }

    /// <summary>An <c>int64</c> field: a varint taken as two's complement, so ten bytes make a negative number.</summary>
    public long ReadInt64(ProtobufName what) => (long)ReadRawVarint64(what);

    /// <summary>Reads a length prefix and checks it against the bytes left before anything trusts it.</summary>
    public long ReadLength(ProtobufName what)
    {
        var start = _stream.Position;
        var length = ReadRawVarint64(what.After("the length of "));
        if (length > (ulong)Remaining)
        {
            throw new ModelFormatException(_limit == _length
                ? $"{what} at byte {start} claims {length} bytes, past the end of the file (truncated or corrupt)"
                : $"{what} at byte {start} claims {length} bytes, past the end of the message that holds it (corrupt)");
        }

        return (long)length;
    }

    /// <summary>Reads a length-delimited string; one longer than <paramref name="max"/> bytes is skipped and null is returned.</summary>
    /// <param name="length">The string's length in bytes, whether it was kept or skipped.</param>
    public string? ReadString(ProtobufName what, long max, out long length)
    {
        length = ReadLength(what);
        if (length > max)
        {
            _stream.Seek(length, SeekOrigin.Current);
            return null;
        }

        // One buffer, grown to the longest string kept, serves every string.
        var count = (int)length;
        if (_buffer.Length < count)
        {
            _buffer = new byte[Math.Max(count, (int)Math.Min(2L * _buffer.Length, max))];
        }

        var start = _stream.Position;
        var read = 0;
        while (read < count)
        {
            var n = _stream.Read(_buffer, read, count - read);
            if (n == 0)
            {
                throw Truncated(what, start);
            }

            read += n;
        }

        return Utf8.GetString(_buffer, 0, count);
    }

    /// <summary>Skips the value of the field whose tag <see cref="ReadTag"/> read last, without reading it into memory.</summary>
    public void SkipLastField(ProtobufName what)
    {
        var wireType = LastTag.WireType;
        switch (wireType)
        {
            case WireType.Varint:
                ReadRawVarint64(what);
                break;
            case WireType.Fixed64:
                SkipRawBytes(8, what);
                break;
            case WireType.Fixed32:
                SkipRawBytes(4, what);
                break;
            case WireType.LengthDelimited:
                _stream.Seek(ReadLength(what), SeekOrigin.Current);
                break;
            default:
                // ReadTag rejects every other wire type.
                throw new ModelFormatException($"{what} has wire type {(int)wireType}, which cannot be skipped");
        }
    }

    private void SkipRawBytes(long count, ProtobufName what)
    {
        var start = _stream.Position;
        if (count > Remaining)
        {
            throw Truncated(what, start);
        }

        _stream.Seek(count, SeekOrigin.Current);
    }

    private int ReadRawByte(ProtobufName what, long start)
    {
        if (_stream.Position >= _limit)
        {
            throw Truncated(what, start);
        }

        var b = _stream.ReadByte();
        if (b < 0)
        {
            throw Truncated(what, start);
        }

        return b;
    }

    private ModelFormatException Truncated(ProtobufName what, long start) => new(_limit == _length
        ? $"the file ends inside {what} at byte {start} (truncated or corrupt)"
        : $"{what} at byte {start} runs past the end of the message that holds it (corrupt)");
}
