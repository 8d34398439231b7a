using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Tasks.Readers;

// Finding the front matter: reading at most the cap of README.md and the lines between its '---' fences.
internal static partial class ModelCardReader
{
    private const string Fence = "---";

    /// <summary>
    /// The text between the opening <c>---</c> line and the closing one; null when the text does not start (after
    /// blank lines) with <c>---</c>. <paramref name="firstLine"/> is the number of the front matter's first line.
    /// </summary>
    private static string? FindFrontMatter(string text, bool truncated, out int firstLine)
    {
        var lines = new LineCursor(text);
        if (!lines.SkipToOpeningFence())
        {
            firstLine = 0;
            return null;
        }

        firstLine = lines.LineNumber;
        var start = lines.Position;
        int end;
        while (true)
        {
            if (!lines.Next(out var line))
            {
                throw truncated
                    ? new ModelFormatException($"{FileName}: the YAML front matter is longer than 1 MB (no closing '---' line in the first {MaxReadmeBytes.ToString(CultureInfo.InvariantCulture)} bytes)")
                    : new ModelFormatException($"{FileName}: the YAML front matter opened by '---' on line {(firstLine - 1).ToString(CultureInfo.InvariantCulture)} has no closing '---' line");
            }

            if (IsFence(line))
            {
                end = lines.LineStart;
                break;
            }
        }

        return text.Substring(start, end - start);
    }

    private static bool IsFence(string line) => line.TrimEnd(' ', '\t') == Fence;

    private static byte[] ReadAtMost(Stream stream, int max, out bool more)
    {
        // A README is usually a few kilobytes: a seekable stream's length sizes the buffer, never above the cap.
        var size = stream.CanSeek ? (int)Math.Max(0, Math.Min(max, stream.Length - stream.Position)) : max;
        var buffer = new byte[size];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                more = false;
                Array.Resize(ref buffer, read);
                return buffer;
            }

            read += n;
        }

        more = stream.ReadByte() >= 0;
        return buffer;
    }

    /// <summary>UTF-8 (a byte order mark is dropped); invalid bytes become U+FFFD rather than failing.</summary>
    private static string Decode(byte[] bytes)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes, offset, bytes.Length - offset);
    }

    /// <summary>Walks the lines of a text, tracking their 1-based numbers and offsets.</summary>
    private sealed class LineCursor
    {
        private readonly string _text;

        public LineCursor(string text)
        {
            _text = text;
        }

        /// <summary>The offset just after the last line read.</summary>
        public int Position { get; private set; }

        /// <summary>The offset of the start of the last line read.</summary>
        public int LineStart { get; private set; }

        /// <summary>The number of the next line to read.</summary>
        public int LineNumber { get; private set; } = 1;

        public bool Next(out string line)
        {
            if (Position >= _text.Length)
            {
                line = string.Empty;
                return false;
            }

            LineStart = Position;
            var newline = _text.IndexOf('\n', Position);
            var stop = newline < 0 ? _text.Length : newline;
            line = _text.Substring(Position, stop - Position).TrimEnd('\r');
            Position = newline < 0 ? _text.Length : newline + 1;
            LineNumber++;
            return true;
        }

        /// <summary>Skips blank lines; true when the first other line is <c>---</c> (it is consumed).</summary>
        public bool SkipToOpeningFence()
        {
            while (Next(out var line))
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                return IsFence(line);
            }

            return false;
        }
    }
}
