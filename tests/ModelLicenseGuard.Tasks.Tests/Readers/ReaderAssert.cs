using System;
using System.IO;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

/// <summary>What every reader test checks the same way: how much a read allocates, and that bad bytes fail cleanly.</summary>
internal static class ReaderAssert
{
    public static (T Result, long Allocated) ReadMeasured<T>(byte[] bytes, Func<Stream, T> read)
    {
        using var stream = new MemoryStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read(stream);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>The read fails with the reader's own error, a message, and no allocation beyond <paramref name="limit"/>.</summary>
    public static ModelFormatException ThrowsWithoutHugeAllocation<T>(byte[] bytes, Func<Stream, T> read, long limit)
    {
        using var stream = new MemoryStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var exception = Assert.Throws<ModelFormatException>(() => read(stream));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < limit, $"allocated {allocated} bytes before failing: {exception.Message}");
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        return exception;
    }
}
