using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

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

    // The clock is looked at once per this many bytes read, and before each file: cheap, and often enough.
    private const long ClockInterval = 64 * 1024;

    private readonly long _timeLimitTicks;
    private long _startTicks = -1;

    public ReadBudget(long maxHeaderBytes = DefaultMaxHeaderBytes, long maxTotalHeaderBytes = DefaultMaxTotalHeaderBytes, int timeLimitSeconds = DefaultTimeLimitSeconds)
    {
        MaxHeaderBytes = maxHeaderBytes > 0 ? maxHeaderBytes : DefaultMaxHeaderBytes;
        MaxTotalHeaderBytes = maxTotalHeaderBytes > 0 ? maxTotalHeaderBytes : DefaultMaxTotalHeaderBytes;
        TimeLimitSeconds = timeLimitSeconds > 0 ? timeLimitSeconds : DefaultTimeLimitSeconds;
        _timeLimitTicks = (long)(TimeLimitSeconds * (double)Stopwatch.Frequency);
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
    public Stream Open(Stream stream)
    {
        StartClock();
        return new BudgetedStream(stream, this);
    }

    private void StartClock()
    {
        if (_startTicks < 0)
        {
            _startTicks = Stopwatch.GetTimestamp();
        }
    }

    private void CheckClock(string when)
    {
        if (Stopwatch.GetTimestamp() - _startTicks > _timeLimitTicks)
        {
            throw new ReadBudgetExceededException(
                $"the build's time for reading model headers, {Format(TimeLimitSeconds)} s (ModelLicenseGuardModelReadingTimeout), was spent {when}");
        }
    }

    private string TotalBytesMessage(string when)
        => $"the build's budget of {Format(MaxTotalHeaderBytes)} bytes of model headers (ModelLicenseGuardMaxTotalHeaderBytes) was spent {when}";

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Counts what a reader reads and stops it at the first cap reached; never reads past a cap.</summary>
    private sealed class BudgetedStream(Stream inner, ReadBudget budget) : Stream
    {
        private long _fileBytes;
        private long _sinceClock;

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, Allowed(count));
            Charge(read);
            return read;
        }

        public override int ReadByte()
        {
            Allowed(1);
            var b = inner.ReadByte();
            if (b >= 0)
            {
                Charge(1);
            }

            return b;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

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
            }

            base.Dispose(disposing);
        }

        /// <summary>How many of <paramref name="count"/> bytes may still be read; throws when none may.</summary>
        private int Allowed(int count)
        {
            if (count <= 0)
            {
                return count;
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

            return (int)Math.Min(count, Math.Min(file, total));
        }

        private void Charge(int read)
        {
            _fileBytes += read;
            budget.TotalBytesRead += read;
            _sinceClock += read;
            if (_sinceClock >= ClockInterval)
            {
                _sinceClock = 0;
                budget.CheckClock("while it was read");
            }
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
