using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// What reading model headers may cost: bytes read from one file, bytes read in the whole build, and time.
/// </summary>
/// <remarks>
/// A header says how long it is, and a hostile or corrupt one can claim a gigabyte of tiny fields that are all
/// well-formed. The readers bound what they keep; this bounds what they read. Bytes count when they are read, not
/// when they are passed over by seeking: the weights, the ONNX graph and long values the readers skip cost nothing.
/// Every reader loop reads at least one byte per step, so a cap on bytes read is also a cap on the steps taken.
/// One budget serves one build: <see cref="Open"/> wraps each model file's stream, and the time limit runs from the
/// first file read. Past a cap, reading stops with a <see cref="ReadBudgetExceededException"/> naming the cap.
/// </remarks>
public sealed class ReadBudget
{
    /// <summary>The most bytes read from one model file (<c>ModelLicenseGuardMaxHeaderBytes</c>): 16 MiB.</summary>
    public const long DefaultMaxHeaderBytes = 16L * 1024 * 1024;

    /// <summary>The most bytes read from all model files of one build (<c>ModelLicenseGuardMaxTotalHeaderBytes</c>): 256 MiB.</summary>
    public const long DefaultMaxTotalHeaderBytes = 256L * 1024 * 1024;

    /// <summary>The most time spent reading model files in one build (<c>ModelLicenseGuardModelReadingTimeout</c>), in seconds.</summary>
    public const int DefaultTimeLimitSeconds = 30;

    // The clock is looked at once per this many bytes read (a block), and before each file: cheap, and often enough.
    private const long ClockInterval = 64 * 1024;

    private readonly long _timeLimitTicks;
    private readonly Func<long> _timestamp;
    private long _startTicks = -1;

    /// <summary>Caps of 0 or less are the defaults.</summary>
    public ReadBudget(long maxHeaderBytes = DefaultMaxHeaderBytes, long maxTotalHeaderBytes = DefaultMaxTotalHeaderBytes, int timeLimitSeconds = DefaultTimeLimitSeconds)
        : this(maxHeaderBytes, maxTotalHeaderBytes, timeLimitSeconds, Stopwatch.GetTimestamp)
    {
    }

    /// <param name="timestamp">The clock, in <see cref="Stopwatch.Frequency"/> ticks; tests pass their own.</param>
    internal ReadBudget(long maxHeaderBytes, long maxTotalHeaderBytes, int timeLimitSeconds, Func<long> timestamp)
    {
        MaxHeaderBytes = maxHeaderBytes > 0 ? maxHeaderBytes : DefaultMaxHeaderBytes;
        MaxTotalHeaderBytes = maxTotalHeaderBytes > 0 ? maxTotalHeaderBytes : DefaultMaxTotalHeaderBytes;
        TimeLimitSeconds = timeLimitSeconds > 0 ? timeLimitSeconds : DefaultTimeLimitSeconds;
        _timeLimitTicks = (long)(TimeLimitSeconds * (double)Stopwatch.Frequency);
        _timestamp = timestamp;
    }

    public long MaxHeaderBytes { get; }

    public long MaxTotalHeaderBytes { get; }

    public int TimeLimitSeconds { get; }

    /// <summary>Bytes read so far from every file opened through this budget.</summary>
    public long TotalBytesRead { get; private set; }

    /// <summary>
    /// Called before each file is opened: throws when the build's bytes or time are already spent, so a file past the
    /// budget is named rather than silently skipped. The time limit runs from the first call.
    /// </summary>
    /// <exception cref="ReadBudgetExceededException">The build's bytes or time were spent before this file.</exception>
    public void ThrowIfSpent()
    {
        StartClock();
        if (TotalBytesRead >= MaxTotalHeaderBytes)
        {
            throw new ReadBudgetExceededException(TotalBytesMessage("before it was read"));
        }

        CheckClock("before it was read");
    }

    /// <summary>Wraps a model file's stream: reads are counted against the file's and the build's caps.</summary>
    public Stream Open(Stream stream) => OpenHashed(stream);

    /// <summary>
    /// As <see cref="Open"/>, and the stream hashes every block it reads, in the order read: see
    /// <see cref="BudgetedStream.Sha256OfBytesRead"/>.
    /// </summary>
    internal BudgetedStream OpenHashed(Stream stream)
    {
        StartClock();
        return new BudgetedStream(stream, this);
    }

    private void StartClock()
    {
        if (_startTicks < 0)
        {
            _startTicks = _timestamp();
        }
    }

    private void CheckClock(string when)
    {
        if (_timestamp() - _startTicks > _timeLimitTicks)
        {
            throw new ReadBudgetExceededException(
                $"the build's time for reading model headers, {Format(TimeLimitSeconds)} s (ModelLicenseGuardModelReadingTimeout), was spent {when}");
        }
    }

    private string TotalBytesMessage(string when)
        => $"the build's budget of {Format(MaxTotalHeaderBytes)} bytes of model headers (ModelLicenseGuardMaxTotalHeaderBytes) was spent {when}";

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads the file in blocks, counts every block against the caps and serves the reader from the block: readers
    /// that take a byte or eight at a time and seek over short values make one virtual call each, not a file access.
    /// Never reads past a cap; a seek within the block moves in it, a seek beyond drops it.
    /// </summary>
    internal sealed class BudgetedStream(Stream inner, ReadBudget budget) : Stream
    {
        private const int BlockSize = 64 * 1024;

        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        private readonly byte[] _block = new byte[BlockSize];
        private readonly long _length = inner.Length;
        private long _blockStart = inner.Position;
        private int _blockLength;
        private int _offset;
        private long _fileBytes;
        private long _sinceClock;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => _length;

        public override long Position
        {
            get => _blockStart + _offset;
            set => Seek(value, SeekOrigin.Begin);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (count <= 0)
            {
                return 0;
            }

            if (_offset >= _blockLength && !Refill())
            {
                return 0;
            }

            var n = Math.Min(count, _blockLength - _offset);
            Buffer.BlockCopy(_block, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override int ReadByte() => _offset < _blockLength || Refill() ? _block[_offset++] : -1;

        public override long Seek(long offset, SeekOrigin origin)
        {
            var target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => Position + offset,
                _ => _length + offset,
            };
            if (target < 0)
            {
                throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            }

            if (target >= _blockStart && target <= _blockStart + _blockLength)
            {
                _offset = (int)(target - _blockStart);
            }
            else
            {
                _blockStart = target;
                _blockLength = 0;
                _offset = 0;
            }

            return target;
        }

        /// <summary>
        /// SHA-256 (lower-case hex) of the blocks read so far, in the order read: the header, never the weights the
        /// readers seek over. The same file read by the same readers gives the same hash; the lock file records it.
        /// </summary>
        public string Sha256OfBytesRead() => ContentHash.Hex(_hash.GetHashAndReset());

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>Reads the next block at the current position, within the caps; false at the end of the file.</summary>
        private bool Refill()
        {
            var position = Position;
            if (position >= _length)
            {
                return false;
            }

            var file = budget.MaxHeaderBytes - _fileBytes;
            if (file <= 0)
            {
                throw new ReadBudgetExceededException(
                    $"its header goes on past {Format(budget.MaxHeaderBytes)} bytes, the most read of one model file (ModelLicenseGuardMaxHeaderBytes); the file is corrupt, hostile or larger than any real header, and the cap can be raised");
            }

            var total = budget.MaxTotalHeaderBytes - budget.TotalBytesRead;
            if (total <= 0)
            {
                throw new ReadBudgetExceededException(budget.TotalBytesMessage("while it was read"));
            }

            if (inner.Position != position)
            {
                inner.Seek(position, SeekOrigin.Begin);
            }

            var want = (int)Math.Min(BlockSize, Math.Min(file, total));
            var read = inner.Read(_block, 0, want);
            _blockStart = position;
            _blockLength = read;
            _offset = 0;
            _hash.AppendData(_block, 0, read);
            _fileBytes += read;
            budget.TotalBytesRead += read;
            _sinceClock += read;
            if (_sinceClock >= ClockInterval)
            {
                _sinceClock = 0;
                budget.CheckClock("while it was read");
            }

            return read > 0;
        }
    }
}

/// <summary>Reading a model file stopped at one of the <see cref="ReadBudget"/>'s caps; the message names the cap.</summary>
public sealed class ReadBudgetExceededException : ModelFormatException
{
    public ReadBudgetExceededException(string message)
        : base(message)
    {
    }

    public ReadBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReadBudgetExceededException()
    {
    }
}
