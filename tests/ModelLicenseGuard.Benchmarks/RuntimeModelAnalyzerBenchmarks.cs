using System.Collections.Immutable;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ModelLicenseGuard.Analyzers.Rules;

namespace ModelLicenseGuard.Benchmarks;

/// <summary>
/// The analyzer's share of compile time with call-site analysis on: a 200-file project that calls an Ollama client and
/// sets a model in every method (8,000 call sites), compiled without analyzers, with an analyzer that registers the
/// same operation actions and does nothing (the cost any operation analyzer pays: the compiler builds the operation
/// trees), and with <see cref="RuntimeModelAnalyzer"/>. Target: RuntimeModelAnalyzer within 10% of the empty analyzer.
/// </summary>
[MemoryDiagnoser]
[InProcess] // The repository's central package pins do not fit a generated benchmark project.
public class RuntimeModelAnalyzerBenchmarks
{
    // The shape of OllamaSharp's client, so the benchmark needs no package: the analyzer binds by metadata name.
    private const string Library = """
        namespace OllamaSharp
        {
            public class OllamaApiClient
            {
                public OllamaApiClient(string uriString, string defaultModel = "") { }
                public string SelectedModel { get; set; } = "";
            }
        }
        """;

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private ImmutableArray<DiagnosticAnalyzer> _emptyAnalyzers;

    [GlobalSetup]
    public void Setup()
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        trees.Add(CSharpSyntaxTree.ParseText(Library, path: "Library.cs"));
        trees.Add(CSharpSyntaxTree.ParseText("static class Models { public const string Chat = \"llama3.1\"; }", path: "Models.cs"));
        for (var file = 0; file < 200; file++)
        {
            var source = new StringBuilder("using OllamaSharp;\nclass C").Append(file).Append("\n{\n");
            for (var method = 0; method < 20; method++)
            {
                source.Append("    int M").Append(method).Append("(int x)\n    {\n")
                    .Append("        var y = x * 2 + ").Append(method).Append(";\n")
                    .Append("        var client = new OllamaApiClient(\"http://localhost:11434\", Models.Chat);\n")
                    .Append("        client.SelectedModel = \"phi3\";\n")
                    .Append("        var text = $\"line {y}\";\n")
                    .Append("        return text.Length + y;\n    }\n");
            }

            trees.Add(CSharpSyntaxTree.ParseText(source.Append("}\n").ToString(), path: $"C{file}.cs"));
        }

        _compilation = CSharpCompilation.Create(
            "Bench",
            trees,
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(System.Reflection.Assembly.Load("System.Runtime").Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _analyzers = [new RuntimeModelAnalyzer()];
        _emptyAnalyzers = [new EmptyOperationAnalyzer()];
    }

    [Benchmark(Baseline = true)]
    public int Compile_without_analyzers() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public Task<int> Compile_with_empty_operation_analyzer() => Analyze(_emptyAnalyzers);

    [Benchmark]
    public Task<int> Compile_with_runtime_model_analyzer() => Analyze(_analyzers);

    private async Task<int> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var analyzed = _compilation.Clone().WithAnalyzers(analyzers);
        return (await analyzed.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }

    /// <summary>Registers what <see cref="RuntimeModelAnalyzer"/> registers, and does nothing.</summary>
#pragma warning disable RS1001, RS1025, RS1026, RS2008 // Not shipped: a measuring stick.
    private sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never", "Never", "Benchmark", DiagnosticSeverity.Info, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
                start.RegisterCompilationEndAction(_ => { });
            });
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS2008
}
