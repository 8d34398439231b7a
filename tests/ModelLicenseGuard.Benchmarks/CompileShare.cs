using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Benchmarks;

/// <summary>
/// The analyzer's share of compile time (target: at most 1 %): builds a generated project of many files with the
/// analyzers and without, with <c>-p:ReportAnalyzer=true</c>, and prints what the compiler reports.
/// <c>dotnet run -c Release --project tests/ModelLicenseGuard.Benchmarks -- compile-share [files] [mention-every]</c>
/// </summary>
internal static class CompileShare
{
    private const double TargetPercent = 1.0;

    public static int Run(string[] args)
    {
        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;

        // Every file mentions "open" and a model by default, the worst case for the claim search; "20" makes one in 20 do.
        var mentionEvery = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        var analyzers = Path.Combine(Repository.Root, "src", "ModelLicenseGuard.Analyzers", "bin", "Release", "netstandard2.0");
        Run("dotnet", $"build \"{Path.Combine(Repository.Root, "src", "ModelLicenseGuard.Analyzers")}\" -c Release -nodeReuse:false", Repository.Root);

        var folder = Path.Combine(Path.GetTempPath(), "mlg-compile-share-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Generate(folder, files, mentionEvery, analyzers);
            var with = Build(folder, "true");
            var without = Build(folder, "false");
            // The compiler lists each analyzer assembly's total, then its analyzers: count the assembly line only.
            var ours = Regex.Matches(with, @"^\s*(?<seconds><?[0-9.]+)\s+\S+\s+ModelLicenseGuard\.Analyzers, Version=", RegexOptions.Multiline)
                .Sum(m => double.Parse(m.Groups["seconds"].Value.TrimStart('<'), CultureInfo.InvariantCulture));
            foreach (Match line in Regex.Matches(with, @"^\s*<?[0-9.]+\s.*ModelLicenseGuard\.Analyzers.*$", RegexOptions.Multiline))
            {
                Console.WriteLine(line.Value.Trim());
            }

            var compileWith = CscSeconds(with);
            var compileWithout = CscSeconds(without);
            var share = 100 * ours / compileWith;
            Console.WriteLine($"{files} files, one in {mentionEvery} mentioning 'open' and a model: compile {compileWith:0.000} s with the analyzers, {compileWithout:0.000} s without; ModelLicenseGuard analyzers {ours:0.000} s = {share:0.00} % of compile time (target <= {TargetPercent} %)");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Generate(string folder, int files, int mentionEvery, string analyzers)
    {
        File.WriteAllText(Path.Combine(folder, "Generated.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup Condition="'$(WithAnalyzers)' == 'true'">
                <Analyzer Include="{analyzers}/ModelLicenseGuard.Analyzers.dll;{analyzers}/ModelLicenseGuard.Core.dll" />
                <AdditionalFiles Include="ModelLicenseGuard.manifest" />
                <AdditionalFiles Include="README.md" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        var manifest = new ModelManifest();
        manifest.Models.Add(ModelClassifier.Classify(new ModelFacts("hf:meta-llama/Llama-3.1-8B-Instruct", "reference") { IsReference = true }, out _));
        File.WriteAllText(Path.Combine(folder, "ModelLicenseGuard.manifest"), ManifestFormat.Write(manifest));
        File.WriteAllText(Path.Combine(folder, "README.md"), "# Generated\n\nBuilt with Llama. Opens files, streams and sessions.\n");
        for (var i = 0; i < files; i++)
        {
            // Ordinary code; the mentioning files carry the words a claim search must look at and dismiss: "open", model
            // names, in comments and strings.
            var mentions = i % mentionEvery == 0;
            var source = new StringBuilder()
                .AppendLine("namespace Generated;")
                .AppendLine(mentions ? $"/// <summary>Handles session {i}: opens a stream and sends prompts to Llama 3.1.</summary>" : $"/// <summary>Handles session {i}: reads a stream and sends prompts.</summary>")
                .AppendLine($"public sealed class Session{i}")
                .AppendLine("{")
                .AppendLine(mentions ? "    // Keep the channel open until the model answers." : "    // Keep the channel alive until the answer arrives.")
                .AppendLine($"    private const string Prompt = \"Summarize document {i} in three sentences.\";")
                .AppendLine(mentions ? "    public string Describe(int count) => $\"{count} open sessions, model llama3.1, prompt {Prompt}\";" : "    public string Describe(int count) => $\"{count} sessions, prompt {Prompt}\";")
                .AppendLine($"    public int Add(int a, int b) => a + b + {i};")
                .AppendLine("}");
            File.WriteAllText(Path.Combine(folder, $"Session{i}.cs"), source.ToString());
        }
    }

    private static string Build(string folder, string withAnalyzers)
        => Run("dotnet", $"build Generated.csproj -nodeReuse:false --no-incremental -p:WithAnalyzers={withAnalyzers} -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary", folder);

    private static double CscSeconds(string log)
    {
        var match = Regex.Match(log, @"^\s*(?<ms>[0-9]+) ms\s+Csc\s", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture) / 1000 : double.NaN;
    }

    private static string Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed:\n{output}\n{error.Result}");
        }

        return output;
    }
}
