using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;

namespace ModelLicenseGuard.Tasks.Tests;

/// <summary>An <see cref="IBuildEngine"/> that records what a task logs, so tests can assert codes, files and help links.</summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public List<LoggedEvent> Errors { get; } = [];

    public List<LoggedEvent> Warnings { get; } = [];

    public List<string> Messages { get; } = [];

    /// <summary>Errors and warnings, in the order they were logged.</summary>
    public List<LoggedEvent> Diagnostics { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "Fake.csproj";

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        var logged = new LoggedEvent(e.Code, e.File, e.Message ?? string.Empty, e.HelpLink, IsError: true, e.LineNumber, e.ColumnNumber);
        Errors.Add(logged);
        Diagnostics.Add(logged);
    }

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        var logged = new LoggedEvent(e.Code, e.File, e.Message ?? string.Empty, e.HelpLink, IsError: false, e.LineNumber, e.ColumnNumber);
        Warnings.Add(logged);
        Diagnostics.Add(logged);
    }

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public void LogCustomEvent(CustomBuildEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs)
        => throw new NotSupportedException("The ModelLicenseGuard tasks build no projects.");

    /// <summary>Everything logged, for assertion messages.</summary>
    public override string ToString()
        => string.Join(Environment.NewLine, Diagnostics.Select(d => $"{(d.IsError ? "error" : "warning")} {d.Code} {d.File}: {d.Message} ({d.HelpLink})"));

    /// <summary>One error or warning as the task logged it.</summary>
    internal sealed record LoggedEvent(string? Code, string? File, string Message, string? HelpLink, bool IsError, int Line = 0, int Column = 0);
}
