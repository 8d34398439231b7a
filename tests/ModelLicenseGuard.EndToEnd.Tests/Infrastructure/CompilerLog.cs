using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The compiler's SARIF log the package turns on (<c>obj/Debug/&lt;tfm&gt;/ModelLicenseGuard.sarif</c>): where info-level
/// diagnostics, which <c>dotnet build</c> does not print but the IDE shows, can be checked.
/// </summary>
internal static class CompilerLog
{
    /// <summary>The results of rule <paramref name="id"/>: level (error, warning, note) and start line.</summary>
    public static List<(string Level, int Line, string Message)> Results(string projectDirectory, string id, string targetFramework = "net10.0")
    {
        var path = Path.Combine(projectDirectory, "obj", "Debug", targetFramework, "ModelLicenseGuard.sarif");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.GetProperty("results").EnumerateArray())
            .Where(result => result.GetProperty("ruleId").GetString() == id)
            .Select(result => (
                result.TryGetProperty("level", out var level) ? level.GetString()! : "warning",
                result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                result.GetProperty("message").GetProperty("text").GetString()!))
            .ToList();
    }
}
