using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ModelLicenseGuard.Tool.Output;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>What <c>mlg package</c> was asked.</summary>
internal sealed record PackageRequest(string Id, string? Version, IReadOnlyList<string> Sources, bool Prerelease, bool Dependencies, string? Framework, string? ConfigFile);

/// <summary>Finds, downloads and vets a package (NuGet.Protocol).</summary>
internal static class PackageInspector
{
    public static Task<int> RunAsync(PackageRequest request, PolicyOptions policy, OutputStyle style, ToolConsole console, CancellationToken cancellationToken)
        => throw new ToolInputException("'package' is being written.");
}
