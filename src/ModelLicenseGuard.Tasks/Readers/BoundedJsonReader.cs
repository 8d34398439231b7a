using System;
using System.Globalization;
using System.IO;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>The kinds of token <see cref="BoundedJsonReader"/> yields.</summary>
internal enum JsonTokenKind
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A forward-only JSON tokenizer over exactly <c>length</c> bytes of a stream, read through a small buffer.
/// </summary>
/// <remarks>
/// Made for headers that may be corrupt or hostile: nothing is sized from the input, nesting is bounded, strings are
/// decoded into one reusable buffer that stops growing at a cap (longer strings are still validated, then flagged), and
/// nothing becomes a <see cref="string"/> unless the caller asks. The input is strict JSON (RFC 8259) in strict UTF-8;
/// anything else throws <see cref="ModelFormatException"/> naming the byte offset. Exactly one value is read, and only
/// whitespace may follow it up to the end of the bytes.
/// </remarks>
internal sealed class BoundedJsonReader
{
    private const int InitialCharCapacity = 256;

    private readonly Stream _stream;
    private readonly long _length;
    private readonly string _what;
    private readonly int _maxDepth;
    private readonly int _maxStringLength;
    private readonly byte[] _buffer;
    private readonly bool[] _inObject;
    private readonly bool _allowComments;

    // _buffer[_position.._end) are unread; _bufferStart is the offset of _buffer[0] in the input.
    private long _bufferStart;
    private int _position;
    private int _end;

    private int _depth;
    private Expect _expect = Expect.Value;
    private char[] _chars = new char[InitialCharCapacity];
    private int _charCount;
    private bool _finished;

    /// <param name="stream">The stream, positioned at the first byte of the JSON.</param>
    /// <param name="length">How many bytes of the stream are the JSON; no byte past them is read.</param>
    /// <param name="what">What the bytes are, for messages: "the header" gives "invalid JSON at byte 12 of the header: …".</param>
    /// <param name="maxDepth">How deep objects and arrays may nest.</param>
    /// <param name="maxStringLength">How many UTF-16 characters of a string are kept; longer strings set <see cref="StringTooLong"/>.</param>
    /// <param name="bufferSize">The most bytes read from the stream at a time.</param>
    /// <param name="allowComments">
    /// Accept <c>//</c> and <c>/* */</c> comments and a trailing comma before <c>}</c> or <c>]</c>, as .NET's configuration
    /// reader does for <c>appsettings.json</c>; model headers stay strict.
    /// </param>
    public BoundedJsonReader(Stream stream, long length, string what, int maxDepth, int maxStringLength, int bufferSize = 64 * 1024, bool allowComments = false)
    {
        _allowComments = allowComments;
        _stream = stream;
        _length = length;
        _what = what;
        _maxDepth = maxDepth;
        _maxStringLength = maxStringLength;
        _buffer = new byte[(int)Math.Max(Math.Min(bufferSize, length), 1)];
        _inObject = new bool[Math.Max(maxDepth, 1)];
    }

    private enum Expect
    {
        /// <summary>A value: the root, after a ':' or after a ',' in an array.</summary>
        Value,

        /// <summary>A value or ']': just after '['.</summary>
        ValueOrEndArray,

        /// <summary>A property name or '}': just after '{'.</summary>
        NameOrEndObject,

        /// <summary>A property name: after a ',' in an object.</summary>
        Name,

        /// <summary>A ',' or the end of the container, after a value inside one.</summary>
        CommaOrEnd,

        /// <summary>The root value is complete.</summary>
        Done,
    }

    /// <summary>The token the last <see cref="Read"/> moved to.</summary>
    public JsonTokenKind TokenKind { get; private set; }

    /// <summary>The offset in the input of the first byte of the current token.</summary>
    public long TokenOffset { get; private set; }

    /// <summary>How many objects and arrays enclose the position after the current token (a start token counts itself).</summary>
    public int Depth => _depth;

    /// <summary>The current string or property name was longer than the cap; only its first characters were kept.</summary>
    public bool StringTooLong { get; private set; }

    /// <summary>The offset in the input of the next byte to read.</summary>
    public long Offset => _bufferStart + _position;

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
        SkipWhitespace();
        if (_expect == Expect.Done)
        {
            if (Peek() >= 0)
            {
                throw Invalid(Offset, $"{Describe(Peek())} after the end of the JSON value; only whitespace may follow it");
            }

            _finished = true;
            TokenKind = JsonTokenKind.None;
            return false;
        }

        if (_expect == Expect.CommaOrEnd)
        {
            var b = Peek();
            if (b == ',')
            {
                _position++;
                _expect = _inObject[_depth - 1] ? Expect.Name : Expect.Value;
                SkipWhitespace();
                if (_allowComments && (_inObject[_depth - 1] ? Peek() == '}' : Peek() == ']'))
                {
                    EndContainer();
                    return true;
                }
            }
            else if (_inObject[_depth - 1] ? b == '}' : b == ']')
            {
                EndContainer();
                return true;
            }
            else
            {
                throw Invalid(Offset, $"expected ',' or '{(_inObject[_depth - 1] ? '}' : ']')}' but found {Describe(b)}");
            }
        }

        TokenOffset = Offset;
        var next = Peek();
        switch (_expect)
        {
            case Expect.NameOrEndObject when next == '}':
            case Expect.ValueOrEndArray when next == ']':
                EndContainer();
                return true;
            case Expect.NameOrEndObject:
            case Expect.Name:
                if (next != '"')
                {
                    throw Invalid(Offset, $"expected a property name in double quotes but found {Describe(next)}");
                }

                ReadString();
                TokenKind = JsonTokenKind.PropertyName;
                SkipWhitespace();
                if (Peek() != ':')
                {
                    throw Invalid(Offset, $"expected ':' after a property name but found {Describe(Peek())}");
                }

                _position++;
                _expect = Expect.Value;
                return true;
            default:
                ReadValue(next);
                return true;
        }
    }

    /// <summary>When on a start token, reads past the matching end token; otherwise does nothing.</summary>
    public void Skip()
    {
        if (TokenKind is not (JsonTokenKind.StartObject or JsonTokenKind.StartArray))
        {
            return;
        }

        var depth = _depth;
        while (Read() && _depth >= depth)
        {
        }
    }

    /// <summary>The current string or property name; null when it was longer than the cap.</summary>
    public string? GetString() => StringTooLong ? null : new string(_chars, 0, _charCount);

    /// <summary>True when the current string or property name is exactly <paramref name="value"/>, without allocating.</summary>
    public bool StringEquals(string value)
    {
        if (StringTooLong || _charCount != value.Length)
        {
            return false;
        }

        for (var i = 0; i < _charCount; i++)
        {
            if (_chars[i] != value[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The start of the current string, for messages; at most <paramref name="max"/> characters.</summary>
    public string Excerpt(int max)
    {
        var text = new string(_chars, 0, Math.Min(_charCount, max));
        return StringTooLong || _charCount > max ? text + "…" : text;
    }

    /// <summary>"invalid JSON at byte 12 of the header: …".</summary>
    public ModelFormatException Invalid(long offset, string message)
        => new($"invalid JSON at byte {offset.ToString(CultureInfo.InvariantCulture)} of {_what}: {message}");

    private void ReadValue(int b)
    {
        switch (b)
        {
            case '{':
                StartContainer(inObject: true);
                return;
            case '[':
                StartContainer(inObject: false);
                return;
            case '"':
                ReadString();
                TokenKind = JsonTokenKind.String;
                break;
            case 't':
                ReadLiteral("true");
                TokenKind = JsonTokenKind.True;
                break;
            case 'f':
                ReadLiteral("false");
                TokenKind = JsonTokenKind.False;
                break;
            case 'n':
                ReadLiteral("null");
                TokenKind = JsonTokenKind.Null;
                break;
            default:
                if (b == '-' || (b >= '0' && b <= '9'))
                {
                    ReadNumber();
                    TokenKind = JsonTokenKind.Number;
                    break;
                }

                throw Invalid(Offset, $"expected a value but found {Describe(b)}");
        }

        AfterValue();
    }

    private void StartContainer(bool inObject)
    {
        if (_depth >= _maxDepth)
        {
            throw Invalid(Offset, $"objects and arrays nest more than {_maxDepth} deep");
        }

        _position++;
        _inObject[_depth++] = inObject;
        _expect = inObject ? Expect.NameOrEndObject : Expect.ValueOrEndArray;
        TokenKind = inObject ? JsonTokenKind.StartObject : JsonTokenKind.StartArray;
    }

    private void EndContainer()
    {
        TokenOffset = Offset;
        _position++;
        TokenKind = _inObject[--_depth] ? JsonTokenKind.EndObject : JsonTokenKind.EndArray;
        AfterValue();
    }

    private void AfterValue() => _expect = _depth == 0 ? Expect.Done : Expect.CommaOrEnd;

    private void ReadLiteral(string literal)
    {
        foreach (var expected in literal)
        {
            var b = Peek();
            if (b != expected)
            {
                throw Invalid(Offset, $"expected '{literal}' but found {Describe(b)}");
            }

            _position++;
        }
    }

    /// <summary>Validates <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>; the value is not needed.</summary>
    private void ReadNumber()
    {
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else
        {
            Digits("a digit");
        }

        if (Peek() == '.')
        {
            _position++;
            Digits("a digit after the decimal point");
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            Digits("a digit in the exponent");
        }
    }

    private void Digits(string what)
    {
        if (!IsDigit(Peek()))
        {
            throw Invalid(Offset, $"expected {what} but found {Describe(Peek())}");
        }

        do
        {
            _position++;
        }
        while (IsDigit(Peek()));
    }

    private static bool IsDigit(int b) => b >= '0' && b <= '9';

    /// <summary>Reads a string from its opening quote, decoding escapes and UTF-8 into the character buffer.</summary>
    private void ReadString()
    {
        var start = Offset;
        _position++;
        _charCount = 0;
        StringTooLong = false;
        while (true)
        {
            var at = Offset;
            var b = Next(start);
            if (b == '"')
            {
                return;
            }

            if (b == '\\')
            {
                ReadEscape(start, at);
            }
            else if (b < 0x20)
            {
                throw Invalid(at, $"control character 0x{b:X2} inside a string; it must be escaped");
            }
            else if (b < 0x80)
            {
                Append((char)b);
            }
            else
            {
                ReadUtf8(start, at, b);
            }
        }
    }

    private void ReadEscape(long start, long at)
    {
        var b = Next(start);
        switch (b)
        {
            case '"': Append('"'); return;
            case '\\': Append('\\'); return;
            case '/': Append('/'); return;
            case 'b': Append('\b'); return;
            case 'f': Append('\f'); return;
            case 'n': Append('\n'); return;
            case 'r': Append('\r'); return;
            case 't': Append('\t'); return;
            case 'u':
                break;
            default:
                throw Invalid(at, b is >= 0x21 and < 0x7F
                    ? $"invalid escape '\\{(char)b}' in a string"
                    : $"invalid escape: '\\' followed by {Describe(b)} in a string");
        }

        var unit = Hex4(start);
        if (unit is >= 0xDC00 and <= 0xDFFF)
        {
            throw Invalid(at, $"the escape \\u{unit:X4} is a low surrogate with no high surrogate before it");
        }

        if (unit is >= 0xD800 and <= 0xDBFF)
        {
            var lowAt = Offset;
            if (Next(start) != '\\' || Next(start) != 'u')
            {
                throw Invalid(at, $"the escape \\u{unit:X4} is a high surrogate not followed by a \\u escape of a low surrogate");
            }

            var low = Hex4(start);
            if (low is < 0xDC00 or > 0xDFFF)
            {
                throw Invalid(lowAt, $"the escape \\u{unit:X4} is a high surrogate followed by \\u{low:X4}, which is not a low surrogate");
            }

            Append((char)unit, (char)low);
            return;
        }

        Append((char)unit);
    }

    private int Hex4(long start)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var at = Offset;
            var b = Next(start);
            int digit;
            if (b >= '0' && b <= '9')
            {
                digit = b - '0';
            }
            else if (b >= 'a' && b <= 'f')
            {
                digit = b - 'a' + 10;
            }
            else if (b >= 'A' && b <= 'F')
            {
                digit = b - 'A' + 10;
            }
            else
            {
                throw Invalid(at, $"expected a hex digit in a \\u escape but found {Describe(b)}");
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    /// <summary>Decodes one UTF-8 sequence whose lead byte is <paramref name="lead"/>, rejecting anything not strict UTF-8.</summary>
    private void ReadUtf8(long start, long at, int lead)
    {
        int count;
        int codePoint;
        int min;
        if (lead is >= 0xC2 and <= 0xDF)
        {
            (count, codePoint, min) = (1, lead & 0x1F, 0x80);
        }
        else if (lead is >= 0xE0 and <= 0xEF)
        {
            (count, codePoint, min) = (2, lead & 0x0F, 0x800);
        }
        else if (lead is >= 0xF0 and <= 0xF4)
        {
            (count, codePoint, min) = (3, lead & 0x07, 0x10000);
        }
        else
        {
            throw Invalid(at, $"byte 0x{lead:X2} is not valid UTF-8");
        }

        for (var i = 0; i < count; i++)
        {
            var b = Next(start);
            if ((b & 0xC0) != 0x80)
            {
                throw Invalid(at, $"byte 0x{lead:X2} starts a UTF-8 sequence that is cut short");
            }

            codePoint = (codePoint << 6) | (b & 0x3F);
        }

        if (codePoint < min || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
        {
            throw Invalid(at, $"invalid UTF-8 sequence (code point U+{codePoint:X4} is overlong, a surrogate or out of range)");
        }

        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
        }
        else
        {
            codePoint -= 0x10000;
            Append((char)(0xD800 + (codePoint >> 10)), (char)(0xDC00 + (codePoint & 0x3FF)));
        }
    }

    private void Append(char c)
    {
        if (StringTooLong || !Reserve(1))
        {
            return;
        }

        _chars[_charCount++] = c;
    }

    private void Append(char high, char low)
    {
        if (StringTooLong || !Reserve(2))
        {
            return;
        }

        _chars[_charCount++] = high;
        _chars[_charCount++] = low;
    }

    /// <summary>Makes room for <paramref name="count"/> more characters, or flags the string too long.</summary>
    private bool Reserve(int count)
    {
        if (_charCount + count > _maxStringLength)
        {
            StringTooLong = true;
            return false;
        }

        if (_charCount + count > _chars.Length)
        {
            var grown = new char[Math.Min(Math.Max(_chars.Length * 2, _charCount + count), _maxStringLength)];
            Array.Copy(_chars, grown, _charCount);
            _chars = grown;
        }

        return true;
    }

    private void SkipWhitespace()
    {
        while (true)
        {
            if (_position == _end && !Fill())
            {
                return;
            }

            var b = _buffer[_position];
            if (_allowComments && b == '/')
            {
                SkipComment();
                continue;
            }

            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return;
            }

            _position++;
        }
    }

    /// <summary>Skips a <c>//</c> comment to the end of its line, or a <c>/* */</c> comment to its end.</summary>
    private void SkipComment()
    {
        var start = Offset;
        _position++;
        var kind = Peek();
        if (kind is not ('/' or '*'))
        {
            throw Invalid(start, $"expected a comment after '/' but found {Describe(kind)}");
        }

        _position++;
        var previous = -1;
        while (true)
        {
            var b = Peek();
            if (b < 0)
            {
                if (kind == '*')
                {
                    throw Invalid(start, "a /* comment is not closed");
                }

                return;
            }

            _position++;
            if ((kind == '/' && b == '\n') || (kind == '*' && previous == '*' && b == '/'))
            {
                return;
            }

            previous = b;
        }
    }

    /// <summary>The next byte without consuming it, or -1 at the end of the input.</summary>
    private int Peek() => _position < _end || Fill() ? _buffer[_position] : -1;

    /// <summary>Consumes the next byte of a string that started at <paramref name="start"/>.</summary>
    private int Next(long start)
    {
        if (_position == _end && !Fill())
        {
            throw Invalid(Offset, $"{_what} ends inside the string that starts at byte {start.ToString(CultureInfo.InvariantCulture)}");
        }

        return _buffer[_position++];
    }

    /// <summary>Refills the buffer when it is used up; false at the end of the input.</summary>
    private bool Fill()
    {
        if (_position < _end)
        {
            return true;
        }

        _bufferStart += _end;
        _position = 0;
        _end = 0;
        var left = _length - _bufferStart;
        if (left <= 0)
        {
            return false;
        }

        var want = (int)Math.Min(_buffer.Length, left);
        while (_end < want)
        {
            var read = _stream.Read(_buffer, _end, want - _end);
            if (read == 0)
            {
                throw new ModelFormatException(
                    $"the file ends at byte {(_bufferStart + _end).ToString(CultureInfo.InvariantCulture)} of {_what}, before its {_length.ToString(CultureInfo.InvariantCulture)} bytes (truncated or corrupt)");
            }

            _end += read;
        }

        return true;
    }

    private string Describe(int b) => b switch
    {
        -1 => "the end of " + _what,
        >= 0x21 and < 0x7F => $"'{(char)b}'",
        _ => $"byte 0x{b:X2}",
    };
}
