using System.CommandLine;
using ModelLicenseGuard.Tool.Output;
using ModelLicenseGuard.Tool.Packages;

namespace ModelLicenseGuard.Tool.Commands;

/// <summary><c>mlg package &lt;id&gt;</c>: what models a NuGet package carries, before it is added.</summary>
internal static class PackageCommand
{
    public static Command Create(ToolConsole console)
    {
        var id = new Argument<string>("id") { Description = "The package id." };
        var version = new Option<string?>("--version") { Description = "The version to vet; the latest stable by default (with --prerelease, the latest)." };
        var source = new Option<string[]>("--source", "-s") { Description = "A package source (URL or folder) to use instead of the NuGet.Config sources. Repeatable." };
        var prerelease = new Option<bool>("--prerelease") { Description = "Consider pre-release versions when no --version is given." };
        var dependencies = new Option<bool>("--dependencies") { Description = "Also vet the package's dependency closure for one target framework." };
        var framework = new Option<string?>("--framework") { Description = "The target framework of the dependency closure (e.g. net8.0); the package's newest by default." };
        var configFile = new Option<string?>("--configfile") { Description = "The NuGet.Config to use; by default the configuration 'dotnet restore' would use from the current folder." };
        var common = new CommonOptions();
        var command = new Command("package", "Downloads a NuGet package (without touching the global packages folder) and reports every model it carries, its licence, tier and obligations, and any conflict with the package's own licence.")
        {
            id, version, source, prerelease, dependencies, framework, configFile,
        };
        common.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var request = new PackageRequest(result.GetValue(id)!, result.GetValue(version), result.GetValue(source) ?? [], result.GetValue(prerelease), result.GetValue(dependencies), result.GetValue(framework), result.GetValue(configFile));
            return PackageInspector.RunAsync(request, common.PolicyOf(result), common.StyleOf(result, console), console, cancellationToken);
        });
        return command;
    }
}
