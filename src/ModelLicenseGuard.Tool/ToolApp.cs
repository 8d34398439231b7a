using System;
using System.CommandLine;
using System.IO;
using ModelLicenseGuard.Tool.Commands;

namespace ModelLicenseGuard.Tool;

/// <summary>
/// The command line: <c>package</c>, <c>scan</c> and <c>diff</c>, each with <c>--help</c>, the shared output and policy
/// options, and exit codes a CI can use (<see cref="ExitCodes"/>). Parsed with System.CommandLine.
/// </summary>
internal static class ToolApp
{
    public static RootCommand CreateCommand(ToolConsole console)
    {
        var root = new RootCommand(
            "ModelLicenseGuard: what AI models a NuGet package, folder, project or solution carries, under which licence, and "
            + "whether your policy allows them. Exit codes: 0 clean, 1 a model the policy fails, 2 a usage or input error.");
        root.Subcommands.Add(PackageCommand.Create(console));
        root.Subcommands.Add(ScanCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, ToolConsole console)
    {
        try
        {
            var root = CreateCommand(console);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // A usage error is exit code 2 (System.CommandLine's own is 1, which means a policy violation here).
                foreach (var error in parsed.Errors)
                {
                    console.Error.WriteLine("error: " + error.Message);
                }

                console.Error.WriteLine("Run 'mlg --help' (or 'mlg <command> --help') for usage.");
                return ExitCodes.UsageOrInputError;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (ToolInputException exception)
        {
            console.Error.WriteLine("error: " + exception.Message);
            return ExitCodes.UsageOrInputError;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("error: cancelled.");
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("error: " + exception.Message);
            return ExitCodes.UsageOrInputError;
        }
    }
}
