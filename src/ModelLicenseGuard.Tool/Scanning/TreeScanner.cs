using System.Threading;
using ModelLicenseGuard.Tool.Output;

namespace ModelLicenseGuard.Tool.Scanning;

/// <summary>Scans a folder, project or solution for models without building it.</summary>
internal static class TreeScanner
{
    public static int Run(string path, PolicyOptions policy, OutputStyle style, ToolConsole console, CancellationToken cancellationToken)
        => throw new ToolInputException("'scan' is being written.");
}
