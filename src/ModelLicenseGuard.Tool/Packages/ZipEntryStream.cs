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
internal sealed class ZipEntryStream : ReadOnlyWindowStream
{
    private readonly ZipArchiveEntry _entry;
    private readonly byte[] _discard = new byte[81920];
    private Stream _inner;

    public ZipEntryStream(ZipArchiveEntry entry)
        : base(entry.Length)
    {
        _entry = entry;
        _inner = entry.Open();
    }

    protected override int ReadAt(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    protected override void MoveTo(long target)
    {
        // Past the end is allowed, as on a file: the next read returns nothing and the reader reports a short file.
        target = Math.Min(target, Length);
        if (target < Current)
        {
            _inner.Dispose();
            _inner = _entry.Open();
            Current = 0;
        }

        while (Current < target)
        {
            var read = _inner.Read(_discard, 0, (int)Math.Min(_discard.Length, target - Current));
            if (read == 0)
            {
                throw new InvalidDataException($"The package entry '{_entry.FullName}' ends before its stated length.");
            }

            Current += read;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
