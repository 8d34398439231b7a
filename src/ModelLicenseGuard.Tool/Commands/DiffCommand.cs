using System.CommandLine;
using System.Threading.Tasks;
using ModelLicenseGuard.Tool.Diff;

namespace ModelLicenseGuard.Tool.Commands;

/// <summary><c>mlg diff &lt;old&gt; &lt;new&gt;</c>: what changed between two ML-BOMs or two lock files.</summary>
internal static class DiffCommand
{
    public static Command Create(ToolConsole console)
    {
        var oldPath = new Argument<string>("old") { Description = "The earlier ML-BOM (CycloneDX JSON, as the build or 'mlg scan|package --format cyclonedx' writes it), or lock file (models.lock.json)." };
        var newPath = new Argument<string>("new") { Description = "The later ML-BOM or lock file." };
        var failOnChange = new Option<bool>("--fail-on-change")
        {
            Description = "Exit with 1 when a model was added or changed (removals alone do not count); without it, diff exits with 0 whatever changed.",
        };
        var common = new CommonOptions();
        var command = new Command(
            "diff",
            "Lists models added, removed, and whose licence, tier, obligations, restrictions, commercial use, base models or identity changed "
            + "between two ML-BOMs (CycloneDX JSON) or two lock files (models.lock.json): the review a pull request needs. "
            + "Models are matched by their reference or file.")
        {
            oldPath, newPath, failOnChange,
        };
        common.AddTo(command, policy: false);
        command.SetAction((result, cancellationToken) => Task.FromResult(BomDiffCommand.Run(
            result.GetValue(oldPath)!, result.GetValue(newPath)!, common.StyleOf(result, console), console, result.GetValue(failOnChange))));
        return command;
    }
}
