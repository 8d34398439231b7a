using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Tests.Rules;

public sealed class ManifestAnalyzerTests
{
    private const string ManifestPath = "obj/Debug/net8.0/" + ManifestFormat.FileName;

    private const string Claim = """
        class C
        {
            const string Text = "Powered by the open-source Llama 3.1 model";
        }
        """;

    public static TheoryData<string, string> DamagedManifests()
    {
        var whole = ManifestFormat.Write(Manifests.Llama31());
        return new()
        {
            { string.Empty, "it is empty" },
            { whole.Substring(0, whole.Length / 2), "it is incomplete (its end section is missing)" },
            { whole.Replace("RestrictedWeights", "OpenSourceAI", StringComparison.Ordinal), "its content does not match its checksum (it was changed or damaged after the build wrote it)" },
            { "\0\0\0\0\0\0\0\0", "it does not start with the manifest's header" },
        };
    }

    [Theory]
    [MemberData(nameof(DamagedManifests))]
    public async Task A_damaged_manifest_is_reported_on_the_manifest_with_what_is_wrong(string manifest, string damage)
        => await VerifyAsync<ManifestAnalyzer>(
            manifest,
            new DiagnosticResult(RuleDescriptors.ManifestDamaged).WithSpan(ManifestPath, 1, 1, 1, 1).WithArguments(ManifestPath, damage));

    [Fact]
    public async Task A_whole_manifest_is_not_reported_even_with_no_models()
    {
        await VerifyAsync<ManifestAnalyzer>(ManifestFormat.Write(Manifests.Llama31()));
        await VerifyAsync<ManifestAnalyzer>(ManifestFormat.Write(new ModelManifest()));
    }

    [Fact]
    public async Task Nothing_in_a_damaged_manifest_is_trusted_by_the_other_rules()
    {
        var changed = ManifestFormat.Write(Manifests.Llama31()).Replace("# Written", "# written", StringComparison.Ordinal);

        await VerifyAsync<OpenSourceClaimAnalyzer>(changed);
    }

    private static Task VerifyAsync<TAnalyzer>(string manifest, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = Claim,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add((ManifestPath, manifest));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
