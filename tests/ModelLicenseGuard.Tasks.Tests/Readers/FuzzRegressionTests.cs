using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

/// <summary>
/// Every seed of the fuzz corpus and every crash input once fixed (tests/data/fuzz/seeds and regressions, one folder per
/// reader) gives a result or a <see cref="ModelFormatException"/>, quickly and without a large allocation, as the fuzz
/// runner requires (tests/data/fuzz/README.md).
/// </summary>
public class FuzzRegressionTests : IDisposable
{
    // The fuzz runner's bounds.
    private const long AllocationLimit = 64L * 1024 * 1024;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    private readonly string scratch = Directory.CreateTempSubdirectory("mlg-fuzz-regressions-").FullName;

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var reader in FuzzTargets.Names)
        {
            foreach (var kind in new[] { "seeds", "regressions" })
            {
                var folder = Repository.PathOf($"tests/data/fuzz/{kind}/{reader}");
                var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
                foreach (var file in files.Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
                {
                    data.Add(reader, $"{kind}/{reader}/{Path.GetFileName(file)}");
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_reader_has_seeds_and_a_regressions_folder()
    {
        foreach (var reader in FuzzTargets.Names)
        {
            Assert.NotEmpty(Directory.GetFiles(Repository.PathOf($"tests/data/fuzz/seeds/{reader}")));
            Assert.True(Directory.Exists(Repository.PathOf($"tests/data/fuzz/regressions/{reader}")), reader);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void An_input_gives_a_result_or_a_model_format_exception_within_the_bounds(string reader, string input)
    {
        var bytes = File.ReadAllBytes(Repository.PathOf("tests/data/fuzz/" + input));
        var read = FuzzTargets.For(reader, this.scratch);
        ReadOrRefuse(read, bytes); // once to compile the code, so the bounds measure the read alone

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var refusal = ReadOrRefuse(read, bytes);
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < AllocationLimit, $"{input} allocated {allocated} bytes");
        Assert.True(clock.Elapsed < TimeLimit, $"{input} took {clock.Elapsed}");

        // Seeds are valid inputs: mutating what a reader refuses anyway finds less.
        if (input.StartsWith("seeds/", StringComparison.Ordinal))
        {
            Assert.Null(refusal?.Message);
        }
    }

    private static ModelFormatException? ReadOrRefuse(Action<byte[]> read, byte[] bytes)
    {
        try
        {
            read(bytes);
            return null;
        }
        catch (ModelFormatException exception)
        {
            Assert.False(string.IsNullOrWhiteSpace(exception.Message));
            return exception;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(this.scratch, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }

        GC.SuppressFinalize(this);
    }
}
