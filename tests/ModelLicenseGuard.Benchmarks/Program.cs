using BenchmarkDotNet.Running;
using ModelLicenseGuard.Benchmarks;

// "compile-share" measures the analyzer inside a real compilation; anything else picks BenchmarkDotNet benchmarks.
if (args is ["compile-share", .. var rest])
{
    return CompileShare.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
