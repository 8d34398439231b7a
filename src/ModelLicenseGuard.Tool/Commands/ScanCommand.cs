using System.CommandLine;
using System.Threading.Tasks;
using ModelLicenseGuard.Tool.Scanning;

namespace ModelLicenseGuard.Tool.Commands;

/// <summary><c>mlg scan &lt;folder|project|solution&gt;</c>: the models of a tree, without building it.</summary>
internal static class ScanCommand
{
    public static Command Create(ToolConsole console)
    {
        var path = new Argument<string>("path") { Description = "A folder, a project file (.csproj…) or a solution (.sln, .slnx); the current folder by default.", DefaultValueFactory = _ => "." };
        var common = new CommonOptions();
        var command = new Command("scan", "Finds model files, Hugging Face folders, appsettings*.json model keys and ModelReference items without building, and judges them with the same catalog and policy as the build.")
        {
            path,
        };
        common.AddTo(command);
        command.SetAction((result, cancellationToken) => Task.FromResult(TreeScanner.Run(result.GetValue(path)!, common.PolicyOf(result), common.StyleOf(result, console), console, cancellationToken)));
        return command;
    }
}
