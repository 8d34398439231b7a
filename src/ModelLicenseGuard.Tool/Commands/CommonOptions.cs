using System;
using System.CommandLine;
using ModelLicenseGuard.Tool.Output;

namespace ModelLicenseGuard.Tool.Commands;

/// <summary>The options every command has: output format and style, and the policy (as the MSBuild properties state it).</summary>
internal sealed class CommonOptions
{
    public Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "Output: table (default, readable), json, sarif (SARIF 2.1.0) or cyclonedx (CycloneDX 1.6 ML-BOM).",
        DefaultValueFactory = _ => OutputFormat.Table,
        HelpName = "table|json|sarif|cyclonedx",
    };

    public Option<string?> Policy { get; } = new("--policy")
    {
        Description = "ModelLicensePolicy to judge by: None, Permissive (default: warn, never fail), Commercial or OpenSourceOnly.",
    };

    public Option<string[]> Allow { get; } = new("--allow")
    {
        Description = "An exception, as a ModelLicenseAllow item: PATTERN=JUSTIFICATION[@yyyy-MM-dd expiry]; a licence id, model id or glob. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Deny { get; } = new("--deny")
    {
        Description = "A licence or model refused whatever the policy, as a ModelLicenseDeny item: PATTERN[=REASON]. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> AllowOpenWeights { get; } = new("--allow-open-weights")
    {
        Description = "With OpenSourceOnly, accept open-weights models too (ModelLicenseAllowOpenWeights).",
    };

    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "No colour, even on a terminal (NO_COLOR does the same). Colour is never written to a pipe or file.",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Results only: no progress or notes on stderr.",
    };

    public void AddTo(Command command, bool policy = true)
    {
        command.Options.Add(Format);
        if (policy)
        {
            command.Options.Add(Policy);
            command.Options.Add(Allow);
            command.Options.Add(Deny);
            command.Options.Add(AllowOpenWeights);
        }

        command.Options.Add(NoColor);
        command.Options.Add(Quiet);
    }

    public PolicyOptions PolicyOf(ParseResult result)
        => new(result.GetValue(Policy), result.GetValue(Allow) ?? [], result.GetValue(Deny) ?? [], result.GetValue(AllowOpenWeights));

    public OutputStyle StyleOf(ParseResult result, ToolConsole console)
        => new(
            result.GetValue(Format),
            Color: console.OutputIsTerminal && !console.NoColorRequested && !result.GetValue(NoColor),
            Quiet: result.GetValue(Quiet));
}
