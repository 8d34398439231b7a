using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Tests.Runtime;

/// <summary>
/// Runs <see cref="RuntimeModelAnalyzer"/> over sources compiled against the real AI libraries (<see cref="AiLibraries"/>)
/// and, for the few packages the registry does not serve, the marked stubs in <see cref="LibraryStubs"/>.
/// </summary>
internal sealed class RuntimeModelTest : CSharpAnalyzerTest<RuntimeModelAnalyzer, DefaultVerifier>
{
    public RuntimeModelTest(params string[] sources)
    {
        // The packages' own builds the test process loaded target a newer .NET than 8: compile against the same.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));
        foreach (var source in sources)
        {
            TestState.Sources.Add(source);
        }

        TestState.AdditionalReferences.AddRange(AiLibraries.References);
    }

    /// <summary>Leaves the named assemblies out, as in an app that does not reference them (or references an older version a stub stands for).</summary>
    public RuntimeModelTest Without(params string[] assemblyNames)
    {
        TestState.AdditionalReferences.RemoveAll(reference => Array.IndexOf(assemblyNames, Path.GetFileNameWithoutExtension(reference.Display)) >= 0);
        return this;
    }

    /// <summary>Compiles against an older release of a library (<see cref="AiLibraries.OlderReleases"/>) in place of the current one.</summary>
    public RuntimeModelTest WithOlderRelease(string release)
    {
        TestState.AdditionalReferences.Clear();
        TestState.AdditionalReferences.AddRange(AiLibraries.WithOlderRelease(release));
        return this;
    }

    /// <summary>References none of the AI libraries.</summary>
    public RuntimeModelTest WithoutLibraries()
    {
        TestState.AdditionalReferences.Clear();
        return this;
    }

    /// <summary>A source file with a name of its own, such as a generator's "Client.g.cs".</summary>
    public RuntimeModelTest WithSource(string path, string text)
    {
        TestState.Sources.Add((path, text));
        return this;
    }

    public RuntimeModelTest WithManifest(ModelManifest manifest)
    {
        TestState.AdditionalFiles.Add(("obj/" + ManifestFormat.FileName, ManifestFormat.Write(manifest)));
        return this;
    }

    public RuntimeModelTest WithFile(string path, string text)
    {
        TestState.AdditionalFiles.Add((path, text));
        return this;
    }

    public RuntimeModelTest WithPolicy(string policy)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.ModelLicensePolicy = {policy}\n"));
        return this;
    }

    /// <summary>Compiles the sources as a program, so one of them may hold top-level statements.</summary>
    public RuntimeModelTest AsProgram()
    {
        TestState.OutputKind = OutputKind.ConsoleApplication;
        return this;
    }

    public RuntimeModelTest Expect(params DiagnosticResult[] expected)
    {
        ExpectedDiagnostics.AddRange(expected);
        return this;
    }

    public Task RunAsync() => RunAsync(CancellationToken.None);
}
