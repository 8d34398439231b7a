using System;
using System.IO;
using System.IO.Compression;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>
/// A package entry read in place, never extracted: the model readers seek (GGUF checks its magic and starts again, ONNX
/// passes over the graph), and a compressed entry's stream cannot. A forward seek decompresses and discards up to the
/// new position; a backward one opens the entry again. Readers look at the first kilobytes and pass over little, so a
/// model of gigabytes costs a few reads of the package, not its size in memory or on disk.
/// </summary>
/// <remarks>
/// System.IO.Compression gives no seekable stream over a deflated entry (and the format allows none without an index);
/// this adapter is the least that lets the build's readers, which take any seekable stream, read a package's models.
/// </remarks>
internal sealed class ZipEntryStream : Stream
{
    private readonly ZipArchiveEntry _entry;
    private readonly byte[] _discard = new byte[81920];
    private Stream _inner;
    private long _position;

    public ZipEntryStream(ZipArchiveEntry entry)
    {
        _entry = entry;
        _inner = entry.Open();
        Length = entry.Length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var want = (int)Math.Min(count, Math.Max(0, Length - _position));
        if (want == 0)
        {
            return 0;
        }

        var read = _inner.Read(buffer, offset, want);
        _position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (target < 0)
        {
            throw new IOException("An attempt was made to move the position before the beginning of the package entry.");
        }

        // Past the end is allowed, as on a file: the next read returns nothing and the reader reports a short file.
        target = Math.Min(target, Length);
        if (target < _position)
        {
            _inner.Dispose();
            _inner = _entry.Open();
            _position = 0;
        }

        while (_position < target)
        {
            var read = _inner.Read(_discard, 0, (int)Math.Min(_discard.Length, target - _position));
            if (read == 0)
            {
                throw new InvalidDataException($"The package entry '{_entry.FullName}' ends before its stated length.");
            }

            _position += read;
        }

        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
