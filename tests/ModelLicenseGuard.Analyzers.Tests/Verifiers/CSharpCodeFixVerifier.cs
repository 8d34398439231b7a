using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Tests.Verifiers;

/// <summary>Runs an analyzer and its fix over C# source with a model manifest among the additional files.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public const string ManifestPath = "obj/Debug/net8.0/" + ManifestFormat.FileName;

    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    public static Task VerifyAnalyzerAsync(string source, ModelManifest? manifest, params DiagnosticResult[] expected)
        => VerifyCodeFixAsync(source, manifest, source, expected);

    /// <summary>Several named source files, analysed together (no fix).</summary>
    public static Task VerifyAnalyzerAsync((string Path, string Text)[] sources, ModelManifest? manifest, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        if (manifest is not null)
        {
            test.TestState.AdditionalFiles.Add((ManifestPath, ManifestFormat.Write(manifest)));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task VerifyCodeFixAsync(string source, ModelManifest? manifest, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
        };

        if (manifest is not null)
        {
            test.TestState.AdditionalFiles.Add((ManifestPath, ManifestFormat.Write(manifest)));
            test.FixedState.AdditionalFiles.Add((ManifestPath, ManifestFormat.Write(manifest)));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        }
    }
}
