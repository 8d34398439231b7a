using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Benchmarks;

/// <summary>
/// The paths that run often: the claim finder on every keystroke (target: a 2,000-line file well under a millisecond,
/// near-zero allocation when nothing mentions "open"), header reading, and catalog look-ups.
/// </summary>
[MemoryDiagnoser]
[InProcess] // The repository's central package pins do not fit a generated benchmark project.
public class HotPathBenchmarks
{
    private string _quietSource = string.Empty;
    private string _claimingSource = string.Empty;
    private ModelAliasIndex _index = null!;
    private byte[] _gguf = [];

    [GlobalSetup]
    public void Setup()
    {
        var quiet = new StringBuilder();
        var claiming = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            quiet.Append("    var message").Append(i).Append(" = \"Hello from line ").Append(i).Append("\"; // a comment\n");
            claiming.Append("    var message").Append(i).Append(" = \"Runs the open-source Llama 3.1 model, line ").Append(i).Append("\";\n");
        }

        _quietSource = quiet.ToString();
        _claimingSource = claiming.ToString();
        var model = ModelClassifier.Classify(new ModelFacts("hf:meta-llama/Llama-3.1-8B-Instruct", "huggingface") { IsReference = true }, new List<ManifestProblem>());
        _index = new ModelAliasIndex([model]);

        var tokens = new string[128_000];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = "tok" + i;
        }

        _gguf = new GgufBuilder().Add("general.name", "Big").AddArray("tokenizer.ggml.tokens", tokens).Add("general.license", "llama3.1").Build();
    }

    [Benchmark]
    public int ClaimFinder_file_without_claims() => ClaimFinder.Find(_quietSource, _index)?.Count ?? 0;

    [Benchmark]
    public int ClaimFinder_file_with_a_claim_per_line() => ClaimFinder.Find(_claimingSource, _index)?.Count ?? 0;

    [Benchmark]
    public string? GgufReader_header_with_128k_token_vocabulary() => GgufReader.Read(new MemoryStream(_gguf)).GetString("general.license");

    private readonly string _fileName = "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf";

    [Benchmark]
    public bool ModelCatalog_lookup_of_a_quantized_file_name() => ModelCatalog.TryFind(_fileName, out _);
}
