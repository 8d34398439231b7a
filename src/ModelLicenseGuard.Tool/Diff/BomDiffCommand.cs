using ModelLicenseGuard.Tool.Output;

namespace ModelLicenseGuard.Tool.Diff;

/// <summary>Compares two ML-BOMs.</summary>
internal static class BomDiffCommand
{
    public static int Run(string oldPath, string newPath, OutputStyle style, ToolConsole console)
        => throw new ToolInputException("'diff' is being written.");
}
