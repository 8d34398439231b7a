using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Benchmarks;

/// <summary>
/// What the package costs a user's build, measured the way the user pays it: the package is packed, and a generated app
/// that references real AI libraries (Semantic Kernel, OpenAI, OllamaSharp) with many source files, three model files and
/// an appsettings.json naming two models is built with and without the PackageReference, in pairs whose order alternates.
/// Per pair: build wall time and the compiler's CPU time of two builds run as users run them (default verbosity, no
/// ReportAnalyzer), and, after all pairs, one build with the package and ReportAnalyzer per pair for our analyzers'
/// thread time; ratios with minimum, median, maximum. Without "shared", the compiler's CPU time is user + system of a csc process per build, timed
/// by /usr/bin/time around the SDK's own compiler, so every build loads and JIT-compiles the analyzers: the worst case.
/// <c>dotnet run -c Release --project tests/ModelLicenseGuard.Benchmarks -- package-cost [files] [mention-every] [pairs] [shared]</c>
/// (mention-every 0: no file names a model; 20: every twentieth names one and claims it is open source; 1: every file).
/// With "shared", builds use the shared compiler server, as users' builds do by default: the cold builds warm it, and
/// the compiler CPU time of a build is what the server's processes used during it (from /proc, so Linux only).
/// Linux or macOS, with /usr/bin/time.
/// </summary>
internal static class PackageCost
{
    private const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    public static int Run(string[] args)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/time"))
        {
            Console.Error.WriteLine("package-cost times the compiler with /usr/bin/time: run it on Linux or macOS.");
            return 1;
        }

        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var mentionEvery = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        var pairs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        Shared = args.Length > 3 && args[3] == "shared";

        // Named options after the positional ones: how many full-build pairs and ReportAnalyzer builds (by default half
        // the pairs, and as many as the pairs), and --keep to leave the generated apps for a look afterwards.
        var fullCount = Option(args, "--full") ?? Math.Max(1, pairs / 2);
        var reportCount = Option(args, "--reports") ?? pairs;
        var keep = args.Contains("--keep");
        var root = Directory.CreateTempSubdirectory("mlg-package-cost-").FullName;
        try
        {
            var version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
            var feed = Path.Combine(root, "feed");
            Run("dotnet", ["pack", Repository.PathOf("src/ModelLicenseGuard/ModelLicenseGuard.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version, "-nodeReuse:false"], Repository.Root, root);

            var with = Generate(Path.Combine(root, "with"), files, mentionEvery, version, feed);
            var without = Generate(Path.Combine(root, "without"), files, mentionEvery, null, feed);
            var csc = CompilerWrapper(root, with);
            foreach (var app in new[] { with, without })
            {
                Run("dotnet", ["restore", "App.csproj", "-nodeReuse:false"], app, root);
            }

            // Cold: the first build of each, which also reads the model files (the package's task time is printed).
            var cold = Build(with, csc, root, incremental: false, report: true);
            Build(without, csc, root, incremental: false);
            Console.WriteLine($"Cold build with the package: ResolveModelArtifacts {cold.ResolveMilliseconds:0} ms, CheckModelLicenses {cold.CheckMilliseconds:0} ms (task times from the performance summary)");

            // Warm-up pairs, not recorded: a new compiler server takes about fifteen builds of this app to settle (its
            // tiered JIT: 6.7 s of CPU for the first touch build, 1.5 s from about the fifteenth on), and while it settles
            // the first build of each pair pays for the second.
            for (var pair = 0; pair < WarmUpPairs; pair++)
            {
                Pair(pair, () => Touch(with, -1 - pair, csc, root), () => Touch(without, -1 - pair, csc, root));
            }

            // The timed pairs first, with nothing between them; the ReportAnalyzer builds after, so that no build of one
            // side only (which would warm that side's files for the pair after it) sits between two pairs.
            var touchPairs = new List<(Sample With, Sample Without)>();
            for (var pair = 0; pair < pairs; pair++)
            {
                touchPairs.Add(Pair(pair, () => Touch(with, pair, csc, root), () => Touch(without, pair, csc, root)));
            }

            var fullPairs = new List<(Sample With, Sample Without)>();
            for (var pair = 0; pair < fullCount; pair++)
            {
                fullPairs.Add(Pair(pair, () => Build(with, csc, root, incremental: false), () => Build(without, csc, root, incremental: false)));
            }

            var touchReports = Enumerable.Range(0, Math.Max(1, Math.Min(reportCount, pairs))).Select(i => Touch(with, 1000 + i, csc, root, report: true)).ToList();
            var fullReports = Enumerable.Range(0, Math.Max(1, Math.Min(reportCount, fullCount))).Select(_ => Build(with, csc, root, incremental: false, report: true)).ToList();

            Console.WriteLine(Shared
                ? "Compiler: the shared compiler server, as builds use by default (its CPU time read from /proc; analyzers loaded and compiled once per server)"
                : "Compiler: a new compiler process per build (UseSharedCompilation=false; every build loads and JIT-compiles the analyzers)");
            var setting = mentionEvery == 0 ? "no file names a model" : mentionEvery == 1 ? "every file names a model and claims it is open source" : $"every {mentionEvery}th file names a model and claims it is open source";
            Console.WriteLine($"{files} files, {setting}; {pairs} touch-one-file pairs and {fullPairs.Count} full-build pairs, order alternating:");
            Report("touch one file", touchPairs, touchReports);
            Report("full build", fullPairs, fullReports);
            Console.WriteLine("  our analyzers in the last build with the package (ReportAnalyzer):\n" + LastBreakdown);
            return 0;
        }
        finally
        {
            if (keep)
            {
                Run("dotnet", ["build-server", "shutdown"], root, root, check: false);
                Console.WriteLine("Kept: " + root);
            }
            else
            {
                CleanUp(root);
            }
        }
    }

    private static int? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Model reading as a build pays it: the generated app (three model files, an appsettings.json, the packages Semantic
    /// Kernel, OpenAI, OllamaSharp, Azure OpenAI, Microsoft.Extensions.AI and Hosting bring: 86 with today's versions) is
    /// built with the package, and the resolve target is made to run again before each build, alternately cold (manifest,
    /// stamp and facts cache deleted) and with the facts cache kept (stamp deleted only). Given an older build of the
    /// package (a .nupkg), a copy of the app that references it runs cold too, interleaved with the others, so the two are
    /// compared on the same machine in the same minutes. Prints ResolveModelArtifacts's task time from the performance
    /// summary, min/median/max of each, and the number of packages the assets file lists.
    /// <c>dotnet run -c Release --project tests/ModelLicenseGuard.Benchmarks -- model-reading [runs] [extra model files] [baseline .nupkg]</c>
    /// </summary>
    public static int ModelReading(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        var extraModels = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        var baselinePackage = args.Length > 2 ? Path.GetFullPath(args[2]) : null;
        var root = Directory.CreateTempSubdirectory("mlg-model-reading-").FullName;
        try
        {
            var version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
            var feed = Path.Combine(root, "feed");
            Run("dotnet", ["pack", Repository.PathOf("src/ModelLicenseGuard/ModelLicenseGuard.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version, "-nodeReuse:false"], Repository.Root, root);
            var apps = new List<(string Name, string Folder)> { ("this build", Generate(Path.Combine(root, "with"), 10, 0, version, feed, ReadingPackages)) };
            if (baselinePackage is not null)
            {
                // ModelLicenseGuard.<version>.nupkg, as dotnet pack names it.
                var baselineVersion = Path.GetFileNameWithoutExtension(baselinePackage)["ModelLicenseGuard.".Length..];
                File.Copy(baselinePackage, Path.Combine(feed, Path.GetFileName(baselinePackage)));
                apps.Add(("baseline " + baselineVersion, Generate(Path.Combine(root, "baseline"), 10, 0, baselineVersion, feed, ReadingPackages)));
            }

            var packages = 0;
            foreach (var (_, app) in apps)
            {
                for (var model = 0; model < extraModels; model++)
                {
                    File.WriteAllBytes(Path.Combine(app, "models", $"extra-{model}-q4_0.gguf"), GgufBuilder.Model($"Qwen2.5 0.5B Instruct {model}", "apache-2.0").Build());
                }

                Run("dotnet", ["restore", "App.csproj", "-nodeReuse:false"], app, root);
                packages = Regex.Count(File.ReadAllText(Path.Combine(app, "obj", "project.assets.json")), "\"type\":\\s*\"package\"");
                Directory.CreateDirectory(Path.Combine(app, "obj", "Debug", "net10.0"));
            }

            var cold = apps.Select(_ => new List<double>()).ToArray();
            var cached = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                // Each round: every app cold, in an order that rotates, then this build again with its facts cache.
                for (var turn = 0; turn < apps.Count; turn++)
                {
                    var index = (run + turn) % apps.Count;
                    cold[index].Add(ResolveOnce(apps[index].Folder, root, keepCache: false));
                }

                cached.Add(ResolveOnce(apps[0].Folder, root, keepCache: true));
            }

            Console.WriteLine($"ResolveModelArtifacts, {3 + extraModels} model files, an appsettings.json and {packages} packages; {runs} runs of each, interleaved:");
            for (var index = 0; index < apps.Count; index++)
            {
                Console.WriteLine($"  {apps[index].Name}, cold (no manifest, no facts cache): {Milliseconds(cold[index])}");
            }

            Console.WriteLine($"  this build, re-run with the facts cache: {Milliseconds(cached)}");
            if (apps.Count > 1)
            {
                // Each round's two cold runs were minutes apart at most: their ratio is what one machine state says.
                var ratios = cold[0].Zip(cold[1], (ours, baseline) => ours / baseline).OrderBy(r => r).ToArray();
                Console.WriteLine($"  this build / baseline, cold, paired by round: median {ratios[ratios.Length / 2]:0.00} (min {ratios[0]:0.00}, max {ratios[^1]:0.00})");
            }

            return 0;
        }
        finally
        {
            CleanUp(root);
        }
    }

    // The libraries of the model-reading app: an AI app's usual set, 86 packages in its assets file.
    private static readonly string[] ReadingPackages = ["Microsoft.SemanticKernel", "OpenAI", "OllamaSharp", "Azure.AI.OpenAI", "Microsoft.Extensions.AI.OpenAI", "Microsoft.Extensions.Hosting"];

    /// <summary>Builds the app after deleting what makes the resolve target run again; returns its task time.</summary>
    private static double ResolveOnce(string app, string root, bool keepCache)
    {
        var intermediate = Path.Combine(app, "obj", "Debug", "net10.0");
        foreach (var name in keepCache ? ["ModelLicenseGuard.resolve.stamp"] : new[] { "ModelLicenseGuard.resolve.stamp", "ModelLicenseGuard.manifest", "ModelLicenseGuard.files.cache" })
        {
            File.Delete(Path.Combine(intermediate, name));
        }

        var log = Run("dotnet", ["build", "App.csproj", "--no-restore", "-nodeReuse:false", "-m:1", "-v:detailed", "-clp:PerformanceSummary"], app, root);
        return TaskMilliseconds(log, "ResolveModelArtifacts");
    }

    /// <summary>Stops the build servers the builds started and deletes the benchmark's folder.</summary>
    private static void CleanUp(string root)
    {
        Run("dotnet", ["build-server", "shutdown"], root, root, check: false);
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing the benchmark for.
        }
    }

    private static string Milliseconds(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return $"median {sorted[sorted.Length / 2]:0} ms (min {sorted[0]:0}, max {sorted[^1]:0})";
    }

    private const int WarmUpPairs = 10;

    private static string LastBreakdown = string.Empty;

    // Whether builds use the shared compiler server (the default for users) rather than a compiler process per build.
    private static bool Shared;

    /// <summary>
    /// The user and system CPU time every compiler server process has used so far, from /proc/&lt;pid&gt;/stat (fields 14
    /// and 15, in clock ticks of 1/100 s on Linux). A server started during a build counts from zero.
    /// </summary>
    private static double ServerCpuSeconds()
    {
        var seconds = 0.0;
        foreach (var process in Process.GetProcesses())
        {
            try
            {
                var stat = $"/proc/{process.Id}/stat";
                var command = File.Exists($"/proc/{process.Id}/cmdline") ? File.ReadAllText($"/proc/{process.Id}/cmdline") : string.Empty;
                if (!command.Contains("VBCSCompiler", StringComparison.Ordinal) || !File.Exists(stat))
                {
                    continue;
                }

                // The command name in parentheses may hold spaces: count fields after the closing one.
                var text = File.ReadAllText(stat);
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                seconds += (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
            }
            finally
            {
                process.Dispose();
            }
        }

        return seconds;
    }

    private sealed record Sample(double WallSeconds, double CompilerCpuSeconds, double OurAnalyzerSeconds, double AllAnalyzerSeconds, double ResolveMilliseconds, double CheckMilliseconds);

    private static (Sample With, Sample Without) Pair(int pair, Func<Sample> with, Func<Sample> without)
    {
        if (pair % 2 == 0)
        {
            var a = with();
            return (a, without());
        }

        var b = without();
        return (with(), b);
    }

    /// <summary>
    /// Prints a kind of build's pairs (timed as users build: default verbosity, no ReportAnalyzer, whose per-callback
    /// timing costs more the more analyzers there are) and its ReportAnalyzer builds with the package (our analyzers'
    /// share). Each ratio's median comes with a 95 % interval for it, by bootstrap: the pairs resampled 2,000 times with a
    /// fixed seed, the 2.5th and 97.5th percentiles of the resampled medians. A pair's two builds ran back to back, so
    /// their ratio cancels what the machine was doing in those seconds; the interval says how far the median of so many
    /// pairs can be trusted, which the min and max do not.
    /// </summary>
    private static void Report(string kind, List<(Sample With, Sample Without)> pairs, List<Sample> reports)
    {
        static double Median(IReadOnlyList<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        static string Spread(IEnumerable<double> source)
        {
            var values = source.ToArray();
            var sorted = values.OrderBy(v => v).ToArray();
            var random = new Random(20261207);
            var medians = new double[2000];
            var sample = new double[values.Length];
            for (var round = 0; round < medians.Length; round++)
            {
                for (var i = 0; i < sample.Length; i++)
                {
                    sample[i] = values[random.Next(values.Length)];
                }

                medians[round] = Median(sample);
            }

            Array.Sort(medians);
            return $"median {Median(values):0.000} (95 % interval {medians[50]:0.000}–{medians[1949]:0.000}; min {sorted[0]:0.000}, max {sorted[^1]:0.000}; mean {values.Average():0.000})";
        }

        Console.WriteLine($"  {kind}, per pair (wall ratio, compiler CPU ratio): " + string.Join(", ", pairs.Select(p => $"{p.With.WallSeconds / p.Without.WallSeconds:0.00}/{p.With.CompilerCpuSeconds / p.Without.CompilerCpuSeconds:0.00}")));
        Console.WriteLine($"  {kind}: wall with/without {Spread(pairs.Select(p => p.With.WallSeconds / p.Without.WallSeconds))}");
        Console.WriteLine($"  {kind}: compiler CPU with/without {Spread(pairs.Select(p => p.With.CompilerCpuSeconds / p.Without.CompilerCpuSeconds))}");
        Console.WriteLine($"  {kind}: our analyzers' thread time / compiler CPU time ({reports.Count} ReportAnalyzer builds), % {Spread(reports.Select(r => 100 * r.OurAnalyzerSeconds / r.CompilerCpuSeconds))}");
        Console.WriteLine($"  {kind}: our analyzers' thread time / all analyzers' thread time ({reports.Count} ReportAnalyzer builds), % {Spread(reports.Select(r => 100 * r.OurAnalyzerSeconds / r.AllAnalyzerSeconds))}");
        Console.WriteLine($"  {kind}: seconds, with: wall {Spread(pairs.Select(p => p.With.WallSeconds))}, compiler CPU {Spread(pairs.Select(p => p.With.CompilerCpuSeconds))}, ours {Spread(reports.Select(r => r.OurAnalyzerSeconds))}");
        Console.WriteLine($"  {kind}: seconds, without: wall {Spread(pairs.Select(p => p.Without.WallSeconds))}, compiler CPU {Spread(pairs.Select(p => p.Without.CompilerCpuSeconds))}");
    }

    private static Sample Touch(string app, int pair, string csc, string root, bool report = false)
    {
        File.AppendAllText(Path.Combine(app, "Session1.cs"), $"// edit {pair}\n");
        return Build(app, csc, root, incremental: true, report);
    }

    private static Sample Build(string app, string csc, string root, bool incremental, bool report = false)
    {
        var times = Path.Combine(root, "csc-times-" + Guid.NewGuid().ToString("N"));
        var arguments = new List<string> { "build", "App.csproj", "--no-restore", "-nodeReuse:false", "-m:1" };
        if (report)
        {
            arguments.AddRange(["-p:ReportAnalyzer=true", "-v:detailed", "-clp:PerformanceSummary"]);
        }

        // Said either way: a machine may set UseSharedCompilation in its environment.
        arguments.AddRange(Shared
            ? ["-p:UseSharedCompilation=true"]
            : ["-p:UseSharedCompilation=false", "-p:CscToolPath=" + Path.GetDirectoryName(csc), "-p:CscToolExe=" + Path.GetFileName(csc)]);

        if (!incremental)
        {
            arguments.Add("--no-incremental");
        }

        var serverBefore = Shared ? ServerCpuSeconds() : 0;
        var clock = Stopwatch.StartNew();
        var log = Run("dotnet", arguments, app, root, environment: ("MLG_CSC_TIMES", times));
        clock.Stop();
        var cpu = Shared ? ServerCpuSeconds() - serverBefore : File.Exists(times)
            ? File.ReadAllLines(times).Select(line => line.Split(' ')).Where(cells => cells.Length >= 2 && double.TryParse(cells[0], CultureInfo.InvariantCulture, out _))
                .Sum(cells => double.Parse(cells[0], CultureInfo.InvariantCulture) + double.Parse(cells[1], CultureInfo.InvariantCulture))
            : double.NaN;
        if (report)
        {
            LastBreakdown = string.Join("\n", Regex.Matches(log, @"^\s*<?[0-9.]+\s+\S+\s+ModelLicenseGuard\..*$", RegexOptions.Multiline).Select(m => "    " + m.Value.Trim()));
        }

        var ours = Regex.Matches(log, @"^\s*(?<seconds><?[0-9.]+)\s+\S+\s+ModelLicenseGuard\.(Analyzers|CodeFixes), Version=", RegexOptions.Multiline)
            .Sum(m => double.Parse(m.Groups["seconds"].Value.TrimStart('<'), CultureInfo.InvariantCulture));
        var all = Regex.Match(log, @"Total analyzer execution time: (?<seconds>[0-9.]+) seconds");
        return new Sample(
            clock.Elapsed.TotalSeconds,
            cpu,
            ours,
            all.Success ? double.Parse(all.Groups["seconds"].Value, CultureInfo.InvariantCulture) : double.NaN,
            TaskMilliseconds(log, "ResolveModelArtifacts"),
            TaskMilliseconds(log, "CheckModelLicenses"));
    }

    private static double TaskMilliseconds(string log, string task)
    {
        var match = Regex.Match(log, @"^\s*(?<ms>[0-9]+) ms\s+" + task + @"\s", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>A script that runs the SDK's own compiler under /usr/bin/time, appending its CPU time to $MLG_CSC_TIMES.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string CompilerWrapper(string root, string app)
    {
        var roslyn = Run("dotnet", ["msbuild", "App.csproj", "-getProperty:RoslynTargetsPath"], app, root).Trim();
        var script = Path.Combine(root, "csc-timed.sh");
        File.WriteAllText(script, $"#!/bin/sh\nexec /usr/bin/time -a -o \"$MLG_CSC_TIMES\" -f \"%U %S %e\" dotnet exec \"{Path.Combine(roslyn, "bincore", "csc.dll")}\" \"$@\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    private static string Generate(string folder, int files, int mentionEvery, string? version, string feed, IReadOnlyList<string>? libraries = null)
    {
        Directory.CreateDirectory(folder);
        var pins = XDocument.Load(Repository.PathOf("Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.Ordinal);
        var references = string.Join("\n    ", (libraries ?? ["Microsoft.SemanticKernel", "OpenAI", "OllamaSharp"]).Select(id => $"<PackageReference Include=\"{id}\" Version=\"{pins[id]}\" />"));
        var ours = version is null ? string.Empty : $"\n    <PackageReference Include=\"ModelLicenseGuard\" Version=\"{version}\" PrivateAssets=\"all\" />";
        File.WriteAllText(Path.Combine(folder, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <NoWarn>$(NoWarn);SKEXP0001;SKEXP0010;SKEXP0070;NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                {references}{ours}
              </ItemGroup>
              <ItemGroup>
                <None Include="models/*.gguf" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{System.Security.SecurityElement.Escape(feed)}" />
                <add key="nuget" value="{NuGetOrg}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), "{ \"Ollama\": { \"ModelId\": \"llama3.1\" }, \"OpenAI\": { \"ChatModelId\": \"gpt-4o-mini\" } }\n");
        File.WriteAllText(Path.Combine(folder, "NOTICE"), "Built with Llama\n");
        Directory.CreateDirectory(Path.Combine(folder, "models"));
        File.WriteAllBytes(Path.Combine(folder, "models", "llama-3.2-1b-instruct.Q4_0.gguf"), GgufBuilder.Model("Llama 3.2 1B Instruct", "llama3.2").Build());
        File.WriteAllBytes(Path.Combine(folder, "models", "qwen2.5-0.5b-instruct-q4_k_m.gguf"), GgufBuilder.Model("Qwen2.5 0.5B Instruct", "apache-2.0").Build());
        File.WriteAllBytes(Path.Combine(folder, "models", "phi-3-mini-4k-instruct-q4.gguf"), GgufBuilder.Model("Phi 3 Mini 4k Instruct", "mit").Build());
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using Microsoft.SemanticKernel;

            var builder = Kernel.CreateBuilder();
            Console.WriteLine(builder.Build().GetType().Name + new Generated.Session0().Add(1, 2) + Chat(new OpenAI.OpenAIClient("key"), "gpt-4o-mini"));

            static object Chat(OpenAI.OpenAIClient client, string model) => client.GetChatClient(model);
            """);
        for (var i = 0; i < files; i++)
        {
            var mentions = mentionEvery > 0 && i % mentionEvery == 0;
            var source = new StringBuilder()
                .AppendLine("using OllamaSharp;")
                .AppendLine("using OpenAI;")
                .AppendLine("namespace Generated;")
                .AppendLine($"/// <summary>Handles session {i}: reads a stream and sends prompts.</summary>")
                .AppendLine($"public sealed class Session{i}")
                .AppendLine("{")
                .AppendLine($"    private const string Prompt = \"Summarize document {i} in three sentences.\";")
                .AppendLine(mentions
                    ? "    public const string Banner = \"Powered by the open-source Llama 3.1\";\n    public object Client() => new OllamaApiClient(new Uri(\"http://localhost:11434\"), \"llama3.1\");"
                    : "    public int Length(string text) => text.Length;")
                .AppendLine("    public string Describe(int count) => $\"{count} sessions, prompt {Prompt}\";")
                .AppendLine($"    public int Add(int a, int b) => a + b + {i};")
                .AppendLine("}");
            File.WriteAllText(Path.Combine(folder, $"Session{i}.cs"), source.ToString());
        }

        return folder;
    }

    private static string Run(string file, IEnumerable<string> arguments, string directory, string root, bool check = true, (string Name, string Value)? environment = null)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (directory != Repository.Root)
        {
            // The generated apps restore into a folder of their own, so no stale copy of the package is ever used.
            start.Environment["NUGET_PACKAGES"] = Path.Combine(root, "packages");
        }
        if (environment is { } variable)
        {
            start.Environment[variable.Name] = variable.Value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed:\n{output}\n{error.Result}");
        }

        return output;
    }
}
