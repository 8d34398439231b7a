using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace ModelLicenseGuard.Testing;

/// <summary>Runs the dotnet CLI as a user would, with no build server or node left behind.</summary>
public static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static BuildResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => RunProgram("dotnet", workingDirectory, environment, arguments);

    /// <summary>Runs <paramref name="program"/> (the CLI, or a .NET tool it installed) with the same clean environment.</summary>
    public static BuildResult RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside MSBuild-aware tooling; its MSBuild variables would leak into the child build.
        foreach (var key in new List<string>(start.Environment.Keys))
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // One compiler server for the run's builds, as on a developer's machine, rather than a compiler process (and a
        // fresh JIT of the compiler and the analyzers) per project; ShutDownCompilerServer ends it with the run.
        start.Environment["UseSharedCompilation"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' did not finish in {Timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new BuildResult(process.ExitCode, output.ToString());
        }
    }

    /// <summary>Ends the compiler server the run's builds shared, so nothing a test started outlives the run.</summary>
    public static void ShutDownCompilerServer(string workingDirectory) => Run(workingDirectory, null, "build-server", "shutdown", "--vbcscompiler");

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
