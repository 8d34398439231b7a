using BenchmarkDotNet.Running;
using ModelLicenseGuard.Benchmarks;

// "compile-share" measures the analyzer inside a real compilation; anything else picks BenchmarkDotNet benchmarks.
if (args is ["compile-share", .. var rest])
{
    return CompileShare.Run(rest);
}

// "package-cost" measures what the packed package costs a real AI app's build, with and without it.
if (args is ["package-cost", .. var costArgs])
{
    return PackageCost.Run(costArgs);
}

// "model-reading" measures the resolve task cold and with its facts cache, on the same app.
if (args is ["model-reading", .. var readingArgs])
{
    return PackageCost.ModelReading(readingArgs);
}

// "hostile-files" reads sparse hostile model files of 1 MB to 1 GB and prints bytes read, allocated and time per file.
if (args is ["hostile-files", .. var hostileArgs])
{
    return HostileFiles.Run(hostileArgs);
}

// "tool-package" runs mlg package on packages carrying a 1 MiB and a 2 GiB model, and prints what each read.
if (args is ["tool-package", .. var toolArgs])
{
    return ToolPackageCost.Run(toolArgs);
}

// "fuzz" mutates the seed corpus in tests/data/fuzz and reads every input, writing crash inputs to tests/data/fuzz/crashes.
if (args is ["fuzz", .. var fuzzArgs])
{
    return Fuzz.Run(fuzzArgs);
}

// "fuzz-seeds" writes the binary seeds of tests/data/fuzz/seeds with the Testing builders.
if (args is ["fuzz-seeds"])
{
    return Fuzz.WriteSeeds();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
