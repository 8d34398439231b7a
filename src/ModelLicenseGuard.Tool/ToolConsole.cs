using System;
using System.IO;

namespace ModelLicenseGuard.Tool;

/// <summary>Where the tool writes and what it knows of its terminal: the real console, or a test's writers.</summary>
internal sealed class ToolConsole
{
    public ToolConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal, string currentDirectory)
    {
        Output = output;
        Error = error;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        CurrentDirectory = currentDirectory;
    }

    /// <summary>Results: a table, JSON, SARIF or CycloneDX.</summary>
    public TextWriter Output { get; }

    /// <summary>Progress, warnings about the tool's own input, and the one line an error gets.</summary>
    public TextWriter Error { get; }

    /// <summary>Colour only on a terminal, never in a pipe or a file.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Progress is drawn only on a terminal.</summary>
    public bool ErrorIsTerminal { get; }

    public string CurrentDirectory { get; }

    /// <summary>The NO_COLOR convention (no-color.org): any value turns colour off.</summary>
    public bool NoColorRequested { get; init; }

    public static ToolConsole FromSystem()
        => new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected, Environment.CurrentDirectory)
        {
            NoColorRequested = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        };
}
