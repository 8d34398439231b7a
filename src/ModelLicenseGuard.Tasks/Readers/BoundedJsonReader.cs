using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Streams exactly <c>length</c> bytes of a stream through <see cref="Utf8JsonReader"/>, a token at a time, within
/// fixed bounds.
/// </summary>
/// <remarks>
/// <see cref="Utf8JsonReader"/> does the JSON: syntax, escapes, nesting, comments and trailing commas where allowed.
/// It is a <c>ref struct</c> over a span, so this class owns what it cannot: the buffer refilled from the stream (the
/// reader's state carries over between spans), the bounds (no token longer than <see cref="MaxTokenBytes"/>, at most
/// <c>maxStringLength</c> characters of a string kept, nothing sized from the input), strict UTF-8 in strings, and
/// messages that name the byte offset in the input, so a reader can say "invalid JSON at byte 12 of the header".
/// Exactly one value is read, and only whitespace (or comments, where allowed) may follow it.
/// </remarks>
internal sealed class BoundedJsonReader
{
    /// <summary>The longest single token (a string with its quotes, a number, a literal) the reader accepts.</summary>
    public const int MaxTokenBytes = 1024 * 1024;

    private const int InitialCharCapacity = 256;

    private readonly Stream _stream;
    private readonly long _length;
    private readonly string _what;
    private readonly int _maxDepth;
    private readonly int _maxStringLength;
    private readonly int _maxBuffer;

    private byte[] _buffer;

    // _buffer[_start.._end) are unread; _bufferStart is the offset in the input of _buffer[0].
    private long _bufferStart;
    private int _start;
    private int _end;
    private bool _finalBlock;
    private JsonReaderState _state;

    // Where lines start, to turn the line and column of Utf8JsonReader's errors into a byte offset.
    private long _lineNumber;
    private long _lineStart;

    private char[] _chars = new char[InitialCharCapacity];
    private int _charCount;
    private bool _finished;

    /// <param name="stream">The stream, positioned at the first byte of the JSON.</param>
    /// <param name="length">How many bytes of the stream are the JSON; no byte past them is read.</param>
    /// <param name="what">What the bytes are, for messages: "the header" gives "invalid JSON at byte 12 of the header: …".</param>
    /// <param name="maxDepth">How deep objects and arrays may nest.</param>
    /// <param name="maxStringLength">How many UTF-16 characters of a string are kept; longer strings set <see cref="StringTooLong"/>.</param>
    /// <param name="bufferSize">The most bytes read from the stream at a time (the buffer grows only for a longer token).</param>
    /// <param name="allowComments">
    /// Accept <c>//</c> and <c>/* */</c> comments and a trailing comma before <c>}</c> or <c>]</c>, as .NET's configuration
    /// reader does for <c>appsettings.json</c>; model headers stay strict.
    /// </param>
    public BoundedJsonReader(Stream stream, long length, string what, int maxDepth, int maxStringLength, int bufferSize = 64 * 1024, bool allowComments = false)
    {
        _stream = stream;
        _length = length;
        _what = what;
        _maxDepth = maxDepth;
        _maxStringLength = maxStringLength;
        _maxBuffer = (int)Math.Max(Math.Min(MaxTokenBytes, length), 1);
        _buffer = new byte[(int)Math.Max(Math.Min(bufferSize, length), 1)];

        // One more level than allowed, so the reader's own depth check never fires before ours, which names the byte.
        _state = new JsonReaderState(new JsonReaderOptions
        {
            MaxDepth = maxDepth + 1,
            CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
            AllowTrailingCommas = allowComments,
        });
        _finalBlock = length <= 0;
    }

    /// <summary>The token the last <see cref="Read"/> moved to.</summary>
    public JsonTokenType TokenKind { get; private set; }

    /// <summary>The offset in the input of the first byte of the current token (a string's opening quote).</summary>
    public long TokenOffset { get; private set; }

    /// <summary>How many objects and arrays enclose the position after the current token (a start token counts itself).</summary>
    public int Depth { get; private set; }

    /// <summary>The current string or property name was longer than the cap; only its first characters were kept.</summary>
    public bool StringTooLong { get; private set; }

    /// <summary>
    /// Moves to the next token. Returns false once the root value is complete and only whitespace follows it.
    /// </summary>
    /// <exception cref="ModelFormatException">The bytes are not valid JSON, nest too deep, or the stream ends early.</exception>
    public bool Read()
    {
        if (_finished)
        {
            return false;
        }

        StringTooLong = false;
        _charCount = 0;
        while (true)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _finalBlock, _state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException e)
            {
                throw Invalid(OffsetOf(e), Describe(e));
            }

            if (read)
            {
                Take(ref reader);
                Consume((int)reader.BytesConsumed);
                _state = reader.CurrentState;
                return true;
            }

            Consume((int)reader.BytesConsumed);
            _state = reader.CurrentState;
            if (_finalBlock)
            {
                _finished = true;
                TokenKind = JsonTokenType.None;
                return false;
            }

            Fill();
        }
    }

    /// <summary>When on a start token, reads past the matching end token; otherwise does nothing.</summary>
    public void Skip()
    {
        if (TokenKind is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        // One Utf8JsonReader per buffer, not one per token: a header of millions of tiny tokens is skipped in a tight
        // loop. Every token still goes through Take, so nesting and strings are checked as Read checks them.
        var depth = Depth;
        while (!_finished)
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _finalBlock, _state);
            try
            {
                while (reader.Read())
                {
                    Take(ref reader);
                    if (Depth < depth)
                    {
                        Consume((int)reader.BytesConsumed);
                        _state = reader.CurrentState;
                        return;
                    }
                }
            }
            catch (JsonException e)
            {
                throw Invalid(OffsetOf(e), Describe(e));
            }

            Consume((int)reader.BytesConsumed);
            _state = reader.CurrentState;
            if (_finalBlock)
            {
                _finished = true;
                TokenKind = JsonTokenType.None;
                return;
            }

            Fill();
        }
    }

    /// <summary>
    /// Moves past a UTF-8 byte order mark at the stream's position, which is not JSON but which editors write; returns how
    /// many of the <paramref name="length"/> bytes from there are left for the JSON.
    /// </summary>
    public static long SkipByteOrderMark(Stream stream, long length)
    {
        var position = stream.Position;
        if (length >= 3 && stream.ReadByte() == 0xEF && stream.ReadByte() == 0xBB && stream.ReadByte() == 0xBF)
        {
            return length - 3;
        }

        stream.Position = position;
        return length;
    }

    /// <summary>Reads the value after a property name: its text when it is a string, otherwise null (and it is skipped).</summary>
    public string? ReadStringValue()
    {
        Read();
        if (TokenKind == JsonTokenType.String)
        {
            return GetString();
        }

        Skip();
        return null;
    }

    /// <summary>The current string or property name; null when it was longer than the cap.</summary>
    public string? GetString() => StringTooLong ? null : new string(_chars, 0, _charCount);

    /// <summary>True when the current string or property name is exactly <paramref name="value"/>, without allocating.</summary>
    public bool StringEquals(string value)
        => !StringTooLong && _charCount == value.Length && new ReadOnlySpan<char>(_chars, 0, _charCount).SequenceEqual(value.AsSpan());

    /// <summary>Copies the start of the current string into <paramref name="destination"/>, without allocating; returns the characters copied.</summary>
    public int CopyStart(char[] destination)
    {
        var count = Math.Min(_charCount, destination.Length);
        Array.Copy(_chars, destination, count);
        return count;
    }

    /// <summary>"invalid JSON at byte 12 of the header: …".</summary>
    public ModelFormatException Invalid(long offset, string message)
        => new($"invalid JSON at byte {offset.ToString(CultureInfo.InvariantCulture)} of {_what}: {message}");

    private static string Describe(JsonException e)
    {
        // Utf8JsonReader ends its messages with " LineNumber: 0 | BytePositionInLine: 8."; the offset says that better.
        var message = e.Message;
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message.Substring(0, at) : message;
    }

    private void Take(ref Utf8JsonReader reader)
    {
        TokenKind = reader.TokenType;
        TokenOffset = _bufferStart + _start + reader.TokenStartIndex;
        Depth = reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0);
        if (Depth > _maxDepth)
        {
            throw Invalid(TokenOffset, $"objects and arrays nest more than {_maxDepth} deep");
        }

        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            TakeString(ref reader);
        }
    }

    private void TakeString(ref Utf8JsonReader reader)
    {
        // A string's characters are never more than its bytes; the token is bounded by MaxTokenBytes.
        var bytes = reader.ValueSpan.Length;
        if (_chars.Length < bytes)
        {
            _chars = new char[Math.Max(bytes, Math.Min(_chars.Length * 2, MaxTokenBytes))];
        }

        try
        {
            _charCount = reader.CopyString(_chars);
        }
        catch (InvalidOperationException e)
        {
            // CopyString decodes strictly: invalid UTF-8, or a \u escape that leaves a lone surrogate.
            var at = TokenOffset + 1 + (e.InnerException is System.Text.DecoderFallbackException { Index: >= 0 } bad && !reader.ValueIsEscaped ? bad.Index : 0);
            var what = e.InnerException is System.Text.DecoderFallbackException ? "a string that is not valid UTF-8" : "a string with an invalid escape";
            throw Invalid(at, $"{what} ({e.Message})");
        }

        if (_charCount > _maxStringLength)
        {
            _charCount = _maxStringLength;
            StringTooLong = true;
        }
    }

    /// <summary>Marks bytes as read, keeping track of where the current line starts.</summary>
    private void Consume(int count)
    {
        var span = new ReadOnlySpan<byte>(_buffer, _start, count);
        var at = span.LastIndexOf((byte)'\n');
        if (at >= 0)
        {
            _lineStart = _bufferStart + _start + at + 1;
            var lines = 0;
            foreach (var b in span)
            {
                lines += b == '\n' ? 1 : 0;
            }

            _lineNumber += lines;
        }

        _start += count;
    }

    /// <summary>The byte offset of an error Utf8JsonReader reports by line and byte position in that line.</summary>
    private long OffsetOf(JsonException e)
    {
        var lineStart = _lineStart;
        var lines = (e.LineNumber ?? _lineNumber) - _lineNumber;
        var span = new ReadOnlySpan<byte>(_buffer, _start, _end - _start);
        var from = 0;
        while (lines-- > 0)
        {
            var newline = span.Slice(from).IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            from += newline + 1;
            lineStart = _bufferStart + _start + from;
        }

        return Math.Min(lineStart + (e.BytePositionInLine ?? 0), _length);
    }

    /// <summary>Moves the unread bytes to the front, growing the buffer for a long token, and reads more of the stream.</summary>
    private void Fill()
    {
        var unread = _end - _start;
        if (unread == _buffer.Length)
        {
            if (_buffer.Length >= _maxBuffer)
            {
                throw Invalid(_bufferStart + _start, $"a single JSON token is longer than {MaxTokenBytes.ToString(CultureInfo.InvariantCulture)} bytes");
            }

            var larger = new byte[(int)Math.Min((long)_buffer.Length * 2, _maxBuffer)];
            Buffer.BlockCopy(_buffer, _start, larger, 0, unread);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        }

        _bufferStart += _start;
        _start = 0;
        _end = unread;

        var want = (int)Math.Min(_buffer.Length - _end, _length - _bufferStart - _end);
        while (want > 0)
        {
            var read = _stream.Read(_buffer, _end, want);
            if (read == 0)
            {
                throw new ModelFormatException(
                    $"the file ends at byte {(_bufferStart + _end).ToString(CultureInfo.InvariantCulture)} of {_what}, before its {_length.ToString(CultureInfo.InvariantCulture)} bytes (truncated or corrupt)");
            }

            _end += read;
            want -= read;
        }

        _finalBlock = _bufferStart + _end >= _length;
    }
}
