using System.CommandLine;
using System.Threading.Tasks;
using ModelLicenseGuard.Tool.Diff;

namespace ModelLicenseGuard.Tool.Commands;

/// <summary><c>mlg diff &lt;old&gt; &lt;new&gt;</c>: what changed between two ML-BOMs.</summary>
internal static class DiffCommand
{
    public static Command Create(ToolConsole console)
    {
        var oldPath = new Argument<string>("old") { Description = "The earlier ML-BOM (CycloneDX JSON, as the build or 'mlg --format cyclonedx' writes it)." };
        var newPath = new Argument<string>("new") { Description = "The later ML-BOM." };
        var common = new CommonOptions();
        var command = new Command("diff", "Lists models added, removed, and whose licence, tier or obligations changed between two ML-BOMs: the review a pull request needs.")
        {
            oldPath, newPath,
        };
        common.AddTo(command, policy: false);
        command.SetAction((result, cancellationToken) => Task.FromResult(BomDiffCommand.Run(result.GetValue(oldPath)!, result.GetValue(newPath)!, common.StyleOf(result, console), console)));
        return command;
    }
}
