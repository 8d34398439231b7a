using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Tests.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Benchmarks;

/// <summary>
/// Mutates the seed corpus in tests/data/fuzz/seeds/&lt;reader&gt;/ (<see cref="Mutator"/>) and reads every input with
/// the entry point the resolve task uses for that format. A reader may return a result or throw
/// <see cref="ModelFormatException"/>; anything else is a crash: another exception, a read slower than
/// <see cref="TimeLimit"/>, one allocating more than <see cref="AllocationLimit"/> bytes, or one that never returns.
/// Each crash input is written to tests/data/fuzz/crashes/&lt;reader&gt;/&lt;hash&gt;.bin with &lt;hash&gt;.txt saying
/// what went wrong; the command exits 1 when there is any.
/// <c>dotnet run -c Release --project tests/ModelLicenseGuard.Benchmarks -- fuzz [reader|all] [inputs-per-reader] [seed]</c>
/// </summary>
internal static class Fuzz
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    public const long AllocationLimit = 64L * 1024 * 1024;

    // A read still running after this long is taken to hang; its thread is left behind and the reader's run ends.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    // Past this many crash files per reader, crashes are counted but not written.
    private const int MaxCrashFiles = 50;

    public static int Run(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "all";
        var inputs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        var readers = which == "all" ? FuzzTargets.Names : FuzzTargets.Names.Where(name => name == which).ToArray();
        if (readers.Length == 0)
        {
            Console.Error.WriteLine($"Unknown reader '{which}': use all or one of {string.Join(", ", FuzzTargets.Names)}.");
            return 2;
        }

        Console.WriteLine($"Fuzzing {string.Join(", ", readers)}: {inputs:N0} inputs each, seed {seed}; a crash is any exception but ModelFormatException, over {TimeLimit.TotalSeconds:0} s or over {AllocationLimit >> 20} MB allocated.");
        var total = 0;
        using var scratch = new ScratchFolder();
        foreach (var reader in readers)
        {
            total += FuzzOne(reader, inputs, seed, scratch.Path);
        }

        Console.WriteLine(total == 0 ? "No crashes." : $"{total} crashes; inputs in {Repository.PathOf("tests/data/fuzz/crashes")}.");
        return total == 0 ? 0 : 1;
    }

    /// <summary>
    /// Writes the seed corpus: small valid inputs per reader, the binary ones from the Testing builders.
    /// <c>dotnet run -c Release --project tests/ModelLicenseGuard.Benchmarks -- fuzz-seeds</c>
    /// </summary>
    public static int WriteSeeds()
    {
        var seeds = new Dictionary<string, byte[]>
        {
            ["gguf/llama.gguf"] = GgufBuilder.Model("Meta Llama 3.1 8B Instruct", "llama3.1")
                .AddBaseModel("Llama 3.1 8B", "Meta Llama", "https://huggingface.co/meta-llama/Llama-3.1-8B")
                .AddArray("general.tags", ["text-generation", "llama"])
                .Add("llama.context_length", 8192u)
                .AddArray("tokenizer.ggml.tokens", ["<s>", "</s>", "a", "b"])
                .AddTensor("token_embd.weight", [1f, 2f, 3f, 4f])
                .Build(),
            ["gguf/tiny-v2.gguf"] = GgufBuilder.Model("Tiny", "mit", version: 2).Add("general.license.name", "MIT License").Build(),
            ["gguf/no-licence.gguf"] = new GgufBuilder().Add("general.architecture", "phi3").Add("general.file_type", 15u).Build(),
            ["safetensors/llama.safetensors"] = SafetensorsBuilder.Model("Llama 3.1 8B \"Instruct\" 🦙", "llama3.1")
                .AddMetadata("base_model", "a/b,c/d")
                .AddMetadata("format", "pt")
                .AddTensor("nested", [1, 2, 1], [1f, 2f])
                .Build(),
            ["safetensors/escaped.safetensors"] = new SafetensorsBuilder { EscapeNonAscii = true, MetadataLast = true }
                .AddMetadata("license", "apache-2.0")
                .AddMetadata("name", "Modèle")
                .AddTensor("w", [1f])
                .Build(),
            ["safetensors/no-metadata.safetensors"] = new SafetensorsBuilder().AddTensor("w", [1f, 2f]).Build(),
            ["onnx/tiny.onnx"] = OnnxBuilder.Model("Tiny", "apache-2.0", weightBytes: 64).Build(),
            ["onnx/full.onnx"] = OnnxBuilder.EveryFieldKind().Build(),
            ["onnx/no-licence.onnx"] = OnnxBuilder.Model(null, null, weightBytes: 16).Build(),
        };

        foreach (var (name, bytes) in seeds)
        {
            var path = Repository.PathOf("tests/data/fuzz/seeds/" + name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            Console.WriteLine($"{name}: {bytes.Length:N0} bytes");
        }

        return 0;
    }

    private static int FuzzOne(string reader, int inputs, int seed, string scratch)
    {
        var seeds = Directory.GetFiles(Repository.PathOf("tests/data/fuzz/seeds/" + reader))
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
        var read = FuzzTargets.For(reader, scratch);
        // The same seed replays the same inputs for every reader, run alone or with the others.
        var mutator = new Mutator(seed);
        var crashes = new List<(byte[] Input, string What)>();
        var clock = Stopwatch.StartNew();
        var done = 0;
        var results = 0;

        // The reads run on a thread of their own so that one which never returns can be reported and left behind.
        byte[]? current = null;
        long currentStart = 0;
        var worker = new Thread(() =>
        {
            for (var i = 0; i < inputs; i++)
            {
                var input = i < seeds.Length ? seeds[i] : mutator.Mutate(seeds[mutator.Random.Next(seeds.Length)], seeds[mutator.Random.Next(seeds.Length)]);
                Volatile.Write(ref currentStart, Stopwatch.GetTimestamp());
                Volatile.Write(ref current, input);
                var what = ReadOnce(read, input, out var result);
                Volatile.Write(ref current, null);
                results += result ? 1 : 0;
                if (what is not null)
                {
                    lock (crashes)
                    {
                        crashes.Add((input, what));
                    }
                }

                Volatile.Write(ref done, i + 1);
            }
        })
        {
            IsBackground = true,
            Name = "fuzz " + reader,
        };

        worker.Start();
        while (!worker.Join(TimeSpan.FromMilliseconds(200)))
        {
            var input = Volatile.Read(ref current);
            if (input is not null && Stopwatch.GetElapsedTime(Volatile.Read(ref currentStart)) > HangLimit)
            {
                lock (crashes)
                {
                    crashes.Add((input, $"hang: no result after {HangLimit.TotalSeconds:0} s"));
                }

                break;
            }
        }

        List<(byte[] Input, string What)> found;
        lock (crashes)
        {
            found = [.. crashes];
        }

        var folder = Repository.PathOf("tests/data/fuzz/crashes/" + reader);
        foreach (var (input, what) in found.Take(MaxCrashFiles))
        {
            Directory.CreateDirectory(folder);
            var hash = Convert.ToHexStringLower(SHA256.HashData(input))[..16];
            File.WriteAllBytes(Path.Combine(folder, hash + ".bin"), input);
            File.WriteAllText(Path.Combine(folder, hash + ".txt"), what + Environment.NewLine);
            Console.WriteLine($"  {reader}/{hash}.bin: {what}");
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{reader,-13} {Volatile.Read(ref done),9:N0} inputs {Volatile.Read(ref results),9:N0} read {found.Count,5} crashes {clock.Elapsed.TotalSeconds,7:F1} s"));
        return found.Count;
    }

    /// <summary>
    /// Null when the reader returned (<paramref name="result"/>) or threw <see cref="ModelFormatException"/> within the
    /// bounds; else what went wrong.
    /// </summary>
    private static string? ReadOnce(Action<byte[]> read, byte[] input, out bool result)
    {
        result = false;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        string? what = null;
        try
        {
            read(input);
            result = true;
        }
        catch (ModelFormatException exception) when (!string.IsNullOrWhiteSpace(exception.Message))
        {
            // The expected way to refuse an input.
        }
#pragma warning disable CA1031 // Any other exception is exactly what the fuzzer is looking for.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var frame = new StackTrace(exception).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("ModelLicenseGuard", StringComparison.Ordinal) == true);
            var where = frame?.GetMethod() is { } method ? $" at {method.DeclaringType?.Name}.{method.Name}" : string.Empty;
            what = $"{exception.GetType().Name}: {exception.Message}{where}".ReplaceLineEndings(" ");
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (what is null && elapsed > TimeLimit)
        {
            what = string.Create(CultureInfo.InvariantCulture, $"slow: {elapsed.TotalSeconds:F1} s");
        }

        if (what is null && allocated > AllocationLimit)
        {
            what = string.Create(CultureInfo.InvariantCulture, $"allocation: {allocated:N0} bytes");
        }

        return what;
    }

    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("mlg-fuzz-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(this.Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the run for.
            }
        }
    }
}
