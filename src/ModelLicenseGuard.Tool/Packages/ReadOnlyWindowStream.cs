using System;
using System.IO;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>
/// What the package's read-only, seekable views share (a package entry, a resource inside an assembly): a fixed length,
/// a position, reads that stop at the end, and a seek that may not go before the start. Subclasses read and move.
/// </summary>
internal abstract class ReadOnlyWindowStream(long length) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => Current;
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <summary>Where the next read starts.</summary>
    protected long Current { get; set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var want = (int)Math.Min(count, Math.Max(0, length - Current));
        if (want == 0)
        {
            return 0;
        }

        var read = ReadAt(buffer, offset, want);
        Current += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Current + offset,
            SeekOrigin.End => length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (target < 0)
        {
            throw new IOException("An attempt was made to move the position before the beginning of the stream.");
        }

        MoveTo(target);
        return Current;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Reads up to <paramref name="count"/> bytes (never past the end) at <see cref="Current"/>.</summary>
    protected abstract int ReadAt(byte[] buffer, int offset, int count);

    /// <summary>Moves to <paramref name="target"/> (not before the start; past the end is allowed, as on a file) and sets <see cref="Current"/>.</summary>
    protected abstract void MoveTo(long target);
}
