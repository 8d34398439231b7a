using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ModelLicenseGuard.Testing;

/// <summary>What a build printed, with the diagnostics a user would read parsed out of it.</summary>
public sealed partial class BuildResult
{
    public BuildResult(int exitCode, string output)
    {
        ExitCode = exitCode;
        Output = output;
        Diagnostics = output
            .Split('\n')
            .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();
    }

    public int ExitCode { get; }

    public string Output { get; }

    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    public IEnumerable<BuildDiagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id);

    public override string ToString() => $"exit code {ExitCode}\n{Output}";

    // "path/File.cs(4,39): warning MLG0002: message [project.csproj]" and "path/model.gguf : error MLG0020: message [project.csproj]",
    // at normal verbosity after the node's number ("1>path/model.gguf : error …").
    [GeneratedRegex(@"^\s*(\d+>)?(?<file>[^\r\n]*?)(\((?<line>\d+),(?<column>\d+)(,\d+,\d+)?\))?\s*:\s*(?<severity>warning|error)\s+(?<id>[A-Z]+[0-9]+)\s*:\s*(?<message>.*?)(\s+\[[^\]]+\])?$")]
    private static partial Regex DiagnosticLine();
}

public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message);
