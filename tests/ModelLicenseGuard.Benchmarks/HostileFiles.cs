using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Benchmarks;

/// <summary>
/// What reading a hostile header costs as the file grows: sparse GGUF, safetensors and ONNX files of 1 MB to 1 GB
/// (HostileModelFiles), each read as the build reads it, through ModelFileReader with the default ReadBudget. Prints,
/// per file, the bytes read, the bytes allocated and the time (medians), and how reading ended. Past the per-file
/// cap the three columns stop growing.
/// <c>dotnet run -c Release --project tests/ModelLicenseGuard.Benchmarks -- hostile-files [runs]</c>
/// </summary>
internal static class HostileFiles
{
    private static readonly long[] Sizes = [1L << 20, 16L << 20, 256L << 20, 1L << 30];

    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var root = Directory.CreateTempSubdirectory("mlg-hostile-files-").FullName;
        try
        {
            Console.WriteLine($"Hostile headers read through ModelFileReader with the default caps ({ReadBudget.DefaultMaxHeaderBytes} bytes per file); median of {runs} runs.");
            Console.WriteLine();
            Console.WriteLine("| file | size | bytes read | bytes allocated | time (ms) | outcome |");
            Console.WriteLine("|---|---:|---:|---:|---:|---|");
            foreach (var kind in HostileModelFiles.Kinds)
            {
                foreach (var size in Sizes)
                {
                    var path = Path.Combine(root, kind + HostileModelFiles.Extension(kind));
                    HostileModelFiles.Write(path, kind, size, ReadBudget.DefaultMaxHeaderBytes + (1024 * 1024));
                    Measure(path, kind, size, runs);
                    File.Delete(path);
                }
            }

            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the benchmark for.
            }
        }
    }

    private static void Measure(string path, string kind, long size, int runs)
    {
        var read = new List<long>();
        var allocated = new List<long>();
        var milliseconds = new List<double>();
        var outcome = string.Empty;

        // One run first, not counted, so the code is compiled before it is timed.
        for (var run = -1; run < runs; run++)
        {
            var budget = new ReadBudget();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            try
            {
                var facts = ModelFileReader.Read(path, kind, budget);
                outcome = "read, licence " + (facts.License ?? "none");
            }
            catch (ReadBudgetExceededException)
            {
                outcome = "stopped at the per-file cap (MLG0032)";
            }
            catch (ModelFormatException exception)
            {
                outcome = "unreadable (MLG0032): " + (exception.Message.Length > 60 ? exception.Message.Remove(60) + "…" : exception.Message);
            }

            clock.Stop();
            if (run >= 0)
            {
                milliseconds.Add(clock.Elapsed.TotalMilliseconds);
                allocated.Add(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
                read.Add(budget.TotalBytesRead);
            }
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {kind} | {Size(size)} | {Median(read):N0} | {Median(allocated):N0} | {Median(milliseconds):F1} | {outcome} |"));
    }

    private static string Size(long bytes) => bytes >= 1L << 30 ? $"{bytes >> 30} GB" : $"{bytes >> 20} MB";

    private static T Median<T>(List<T> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
