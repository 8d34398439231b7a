using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;
using ModelLicenseGuard.Tool;
using ModelLicenseGuard.Tool.Packages;

namespace ModelLicenseGuard.Benchmarks;

/// <summary>
/// What <c>mlg package</c> costs as the model inside the package grows: packages carrying a GGUF model of 1 MiB and of
/// 2 GiB (a sparse file, packed compressed as <c>dotnet pack</c> packs it), vetted from a folder feed through the
/// tool's whole command. Prints, per package, the bytes the process read (all files: the feed copy included), the
/// bytes of the .nupkg and of the model the readers read, the bytes allocated and the time (medians). Equal columns for
/// both sizes show that only headers are read.
/// <c>dotnet run -c Release --project tests/ModelLicenseGuard.Benchmarks -- tool-package [runs]</c>
/// </summary>
internal static class ToolPackageCost
{
    private static readonly long[] Sizes = [1L << 20, 2L << 30];

    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var root = Directory.CreateTempSubdirectory("mlg-tool-package-").FullName;
        try
        {
            Console.WriteLine($"mlg package on a folder feed, median of {runs} runs after one warm-up.");
            Console.WriteLine();
            Console.WriteLine("| model size | .nupkg size | process bytes read | .nupkg bytes read | model bytes read | bytes allocated | time (ms) | exit |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var size in Sizes)
            {
                var feed = Path.Combine(root, "feed-" + size.ToString(CultureInfo.InvariantCulture));
                var nupkg = WritePackage(root, feed, size);
                Measure(feed, nupkg, size, runs);
                Directory.Delete(feed, recursive: true);
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

    /// <summary>A package with one GGUF model of <paramref name="size"/> bytes: a Llama 3.1 header, then sparse zeros.</summary>
    private static string WritePackage(string root, string feed, long size)
    {
        var model = Path.Combine(root, "model.gguf");
        var header = GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Add("general.basename", "Meta-Llama-3.1").Add("general.size_label", "8B").Build();
        using (var file = new FileStream(model, FileMode.Create))
        {
            file.Write(header);
            file.SetLength(size);
        }

        Directory.CreateDirectory(feed);
        var nupkg = Path.Combine(feed, "acme.bigmodel.1.0.0.nupkg");
        using (var zip = ZipFile.Open(nupkg, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("Acme.BigModel.nuspec").Open()))
            {
                writer.Write("""
                    <?xml version="1.0" encoding="utf-8"?>
                    <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                      <metadata><id>Acme.BigModel</id><version>1.0.0</version><authors>Acme</authors><description>A big model.</description><license type="expression">MIT</license></metadata>
                    </package>
                    """);
            }

            zip.CreateEntryFromFile(model, "models/llama-3.1-8b-instruct.gguf", CompressionLevel.Fastest);
        }

        File.Delete(model);
        return nupkg;
    }

    private static void Measure(string feed, string nupkg, long size, int runs)
    {
        var processRead = new List<long>();
        var allocated = new List<long>();
        var time = new List<double>();
        var exit = 0;
        InspectionCost? cost = null;
        for (var run = 0; run <= runs; run++)
        {
            var readBefore = ProcessBytesRead();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            exit = ToolApp.Run(["package", "Acme.BigModel", "--source", feed, "--format", "json", "--quiet"], new ToolConsole(TextWriter.Null, TextWriter.Null, false, false, feed));
            watch.Stop();
            if (run == 0)
            {
                continue;
            }

            time.Add(watch.Elapsed.TotalMilliseconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
            processRead.Add(ProcessBytesRead() - readBefore);
        }

        // The reader's own account of the same package: what it took from the .nupkg and from the model inside.
        cost = NupkgInspector.Inspect(nupkg, new ToolReport("package", "Acme.BigModel"), new PolicySettings(PolicySettings.Default), new ReadBudget());
        Console.WriteLine($"| {Bytes(size)} | {Bytes(new FileInfo(nupkg).Length)} | {Bytes(Median(processRead))} | {Bytes(cost.PackageBytesRead)} | {Bytes(cost.ModelBytesRead)} | {Bytes(Median(allocated))} | {Median(time).ToString("F0", CultureInfo.InvariantCulture)} | {exit} |");
    }

    /// <summary>Bytes this process has read through read() calls, from /proc/self/io (Linux); -1 elsewhere.</summary>
    private static long ProcessBytesRead()
    {
        const string io = "/proc/self/io";
        if (!File.Exists(io))
        {
            return -1;
        }

        var line = File.ReadLines(io).FirstOrDefault(l => l.StartsWith("rchar:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line["rchar:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static long Median(List<long> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string Bytes(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
