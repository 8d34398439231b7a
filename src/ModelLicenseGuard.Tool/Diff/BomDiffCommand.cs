using ModelLicenseGuard.Tool.Output;

namespace ModelLicenseGuard.Tool.Diff;

/// <summary>Compares two ML-BOMs: reads both, pairs their models, writes what changed.</summary>
/// <remarks>
/// A diff has no policy, so exit code 1 (a policy violation) is not its to give: it returns 0 whatever changed, and 2
/// when an input cannot be read. <c>--fail-on-change</c> asks for 1 when a model was added or changed — a removal
/// alone cannot bring new licence terms, so it does not count.
/// </remarks>
internal static class BomDiffCommand
{
    public static int Run(string oldPath, string newPath, OutputStyle style, ToolConsole console, bool failOnChange = false)
    {
        // Refused before any file is read: the answer does not depend on them.
        if (style.Format == OutputFormat.CycloneDx)
        {
            throw new ToolInputException("--format cyclonedx is not available for 'diff': a diff is not a bill of materials; use table, json or sarif.");
        }

        var oldModels = BomReader.Read(oldPath, console.CurrentDirectory);
        var newModels = BomReader.Read(newPath, console.CurrentDirectory);
        var diff = BomDiff.Compare(oldModels, newModels);
        switch (style.Format)
        {
            case OutputFormat.Json:
                BomDiffWriter.WriteJson(diff, oldPath, newPath, console.Output);
                break;
            case OutputFormat.Sarif:
                BomDiffWriter.WriteSarif(diff, console.Output);
                break;
            default:
                BomDiffWriter.WriteTable(diff, oldPath, newPath, console.Output, style.Color);
                break;
        }

        return failOnChange && diff.Added.Count + diff.Changed.Count > 0 ? ExitCodes.PolicyViolation : ExitCodes.Clean;
    }
}
