using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Analyzers.Tests.Rules;

/// <summary>
/// The rules obey the .NET ways of turning diagnostics off: #pragma, SuppressMessage, .editorconfig. Raising a severity is
/// applied by the compiler, so the end-to-end tests check that through a real build.
/// </summary>
public sealed class SuppressionAndSeverityTests
{
    private const string Claim = "\"Powered by the open-source Llama 3.1 model\"";

    [Fact]
    public async Task Pragma_warning_disable_suppresses_the_claim()
        => await VerifyAsync($$"""
            class Banner
            {
            #pragma warning disable MLG0002 // Quoting the vendor.
                const string Text = {{Claim}};
            #pragma warning restore MLG0002
            }
            """);

    [Fact]
    public async Task SuppressMessage_suppresses_the_claim()
        => await VerifyAsync($$"""
            class Banner
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("ModelLicensing", "MLG0002", Justification = "Quoting the vendor.")]
                string Text() => {{Claim}};
            }
            """);

    [Fact]
    public async Task Editorconfig_severity_none_turns_the_rule_off()
        => await VerifyAsync(
            $$"""
            class Banner
            {
                const string Text = {{Claim}};
            }
            """,
            "dotnet_diagnostic.MLG0002.severity = none");

    private static Task VerifyAsync(string source, string? editorconfig = null, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<OpenSourceClaimAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add(("obj/" + ManifestFormat.FileName, ManifestFormat.Write(Manifests.Llama31())));
        if (editorconfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\n{editorconfig}\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
