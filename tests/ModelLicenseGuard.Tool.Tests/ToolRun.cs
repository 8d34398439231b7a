using System.IO;
using System.Threading;

namespace ModelLicenseGuard.Tool.Tests;

/// <summary>The tool run in-process, as a user would run it, with its output, error stream and exit code captured.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    // The tool reads the environment (NO_COLOR, NuGet's variables); runs are serialised so one test's settings never leak.
    private static readonly Lock Gate = new();

    static ToolRun() => Feeds.CredentialPlugin.Configure();

    public static ToolRun Of(string currentDirectory, params string[] args) => Of(currentDirectory, errorIsTerminal: false, args);

    /// <summary>A run whose error stream is a terminal, as when someone watches it: progress may be drawn there.</summary>
    public static ToolRun OnTerminal(string currentDirectory, params string[] args) => Of(currentDirectory, errorIsTerminal: true, args);

    private static ToolRun Of(string currentDirectory, bool errorIsTerminal, string[] args)
    {
        lock (Gate)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = ToolApp.Run(args, new ToolConsole(output, error, outputIsTerminal: false, errorIsTerminal, currentDirectory));
            return new ToolRun(exitCode, output.ToString(), error.ToString());
        }
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
