using System;
using System.Diagnostics;
using System.IO;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

/// <summary>
/// Headers built to cost as much as their file allows — full <c>general.*</c> arrays, a million entries, a safetensors
/// header of tiny tokens at the format's maximum length, an ONNX stream of two-byte fields — are read within the
/// documented caps (docs/model-sources.md#limits) whatever the file's size. The files are sparse: the hostile part is
/// written, the rest is a hole, so they cost no disk. A correctness guard, not a benchmark: the time bound is loose,
/// and it is processor time, run alone, so a busy machine does not fail it (tests/ModelLicenseGuard.Benchmarks
/// measures the same files: <c>hostile-files</c>).
/// </summary>
[Collection(Name)]
public sealed class HostileFileTests : IDisposable
{
    /// <summary>Run alone: the time bound is the process's processor time, which tests run beside these would add to.</summary>
    public const string Name = "Hostile model files";

    private const long HalfGigabyte = 512L * 1024 * 1024;
    private const long Gigabyte = 1024L * 1024 * 1024;

    // What one read may allocate: the stream's buffers, the JSON buffer, the kept values (at most 1 MB for GGUF, a few
    // MB of strings for ONNX) and their collections. It does not grow with the file.
    private const long AllocationLimit = 8 * 1024 * 1024;

    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(HostileModelFiles.GgufArrays, HalfGigabyte)]
    [InlineData(HostileModelFiles.GgufArrays, Gigabyte)]
    [InlineData(HostileModelFiles.GgufEntries, HalfGigabyte)]
    [InlineData(HostileModelFiles.GgufEntries, Gigabyte)]
    [InlineData(HostileModelFiles.SafetensorsTokens, HalfGigabyte)]
    [InlineData(HostileModelFiles.SafetensorsTokens, Gigabyte)]
    [InlineData(HostileModelFiles.OnnxFields, HalfGigabyte)]
    [InlineData(HostileModelFiles.OnnxFields, Gigabyte)]
    public void A_hostile_header_is_read_within_the_caps(string kind, long size)
    {
        var path = _folder.PathOf("model" + HostileModelFiles.Extension(kind));
        HostileModelFiles.Write(path, kind, size, ReadBudget.DefaultMaxHeaderBytes + (1024 * 1024));
        Assert.Equal(size, new FileInfo(path).Length);
        var budget = new ReadBudget();

        using var process = Process.GetCurrentProcess();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var processorBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var outcome = Record.Exception(() => ModelFileReader.Read(path, "model", budget));
        clock.Stop();
        process.Refresh();
        var processor = process.TotalProcessorTime - processorBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        // Either the header ended within the caps, or reading stopped at the per-file cap, which the message names.
        if (outcome is not null)
        {
            var exception = Assert.IsType<ReadBudgetExceededException>(outcome);
            Assert.Contains("ModelLicenseGuardMaxHeaderBytes", exception.Message, StringComparison.Ordinal);
            Assert.Contains(ReadBudget.DefaultMaxHeaderBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message, StringComparison.Ordinal);
        }

        Assert.True(budget.TotalBytesRead <= ReadBudget.DefaultMaxHeaderBytes, $"read {budget.TotalBytesRead} bytes");
        Assert.True(allocated < AllocationLimit, $"allocated {allocated} bytes");
        Assert.True(processor < TimeLimit, $"took {processor} of processor time ({clock.Elapsed} elapsed)");
    }

    [Fact]
    public void A_million_entry_gguf_header_ends_within_the_cap_with_its_licence()
    {
        var path = _folder.PathOf("entries.gguf");
        HostileModelFiles.Write(path, HostileModelFiles.GgufEntries, Gigabyte, written: 0);
        var budget = new ReadBudget();

        var facts = ModelFileReader.Read(path, "entries.gguf", budget);

        Assert.Equal("mit", facts.License);
        Assert.Equal("Hostile", facts.Name);
        Assert.True(budget.TotalBytesRead < 14_000_000, $"read {budget.TotalBytesRead} bytes");
    }

    [Fact]
    public void Full_general_arrays_keep_at_most_a_megabyte()
    {
        // Written whole, no hole: 4 MB of general.* arrays at the kept length, read to the end.
        var path = _folder.PathOf("arrays.gguf");
        HostileModelFiles.Write(path, HostileModelFiles.GgufArrays, 4 * 1024 * 1024, written: 4 * 1024 * 1024);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var header = GgufReader.Read(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal("mit", header.GetString("general.license"));
        Assert.InRange(header.Metadata.Count, 3, 200);
        Assert.True(allocated < 3 * GgufReader.MaxKeptBytes, $"allocated {allocated} bytes");
    }

    [Fact]
    public void A_lower_cap_stops_reading_and_names_the_cap()
    {
        var path = _folder.PathOf("tokens.safetensors");
        HostileModelFiles.Write(path, HostileModelFiles.SafetensorsTokens, 64 * 1024 * 1024, written: 2 * 1024 * 1024);
        var budget = new ReadBudget(maxHeaderBytes: 1024 * 1024);

        var exception = Assert.Throws<ReadBudgetExceededException>(() => ModelFileReader.Read(path, "tokens.safetensors", budget));

        Assert.Equal(1024 * 1024, budget.TotalBytesRead);
        Assert.Contains("past 1048576 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ModelLicenseGuardMaxHeaderBytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_past_the_builds_time_are_named_not_read()
    {
        var first = _folder.WriteBytes("a.gguf", GgufBuilder.Model("A", "mit").Build());
        var second = _folder.WriteBytes("b.gguf", GgufBuilder.Model("B", "mit").Build());
        var now = 0L;
        var budget = new ReadBudget(0, 0, timeLimitSeconds: 2, () => now);

        ModelFileReader.Read(first, "a.gguf", budget);
        now += 3 * Stopwatch.Frequency;
        var exception = Assert.Throws<ReadBudgetExceededException>(() => ModelFileReader.Read(second, "b.gguf", budget));

        Assert.Equal("the build's time for reading model headers, 2 s (ModelLicenseGuardModelReadingTimeout), was spent before it was read", exception.Message);
    }

    [Fact]
    public void Files_past_the_builds_byte_budget_are_named_not_read()
    {
        var first = _folder.WriteBytes("a.gguf", GgufBuilder.Model("A", "mit").Build());
        var second = _folder.WriteBytes("b.gguf", GgufBuilder.Model("B", "mit").Build());
        var budget = new ReadBudget(maxTotalHeaderBytes: new FileInfo(first).Length + 8);

        ModelFileReader.Read(first, "a.gguf", budget);
        var exception = Assert.Throws<ReadBudgetExceededException>(() => ModelFileReader.Read(second, "b.gguf", budget));

        Assert.Contains("ModelLicenseGuardMaxTotalHeaderBytes", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the build's budget", exception.Message, StringComparison.Ordinal);
    }
}

/// <summary>The hostile file tests run alone: see <see cref="HostileFileTests.Name"/>.</summary>
[CollectionDefinition(HostileFileTests.Name, DisableParallelization = true)]
public sealed class HostileFilesRunAlone
{
}
