using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>What the build says of a diagnostic id (<see cref="BuildDiagnostics"/>): its title and default level.</summary>
internal static class RuleInfo
{
    /// <summary>The rule's title, or null for an id only the analyzer describes (its help page names it).</summary>
    public static string? TitleOf(string id) => Find(id)?.Title;

    /// <summary>"error" or "warning", as SARIF and the table name levels; an id the build does not list is a warning.</summary>
    public static string LevelOf(string id) => Find(id)?.Severity == BuildDiagnosticSeverity.Error ? "error" : "warning";

    private static BuildDiagnostic? Find(string id)
    {
        foreach (var diagnostic in BuildDiagnostics.All)
        {
            if (diagnostic.Id == id)
            {
                return diagnostic;
            }
        }

        return null;
    }
}
