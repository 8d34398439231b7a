using System;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Tasks;

/// <summary>Logging with codes and help links, shared by the tasks.</summary>
internal static class TaskLog
{
    // The console logger does not print an event's help link, so the message carries it too, as the compiler's do.
    public static void Warning(TaskLoggingHelper log, string code, string file, string message, int line = 0, int column = 0)
        => log.LogWarning(null, code, null, HelpLinks.For(code), file, line, column, 0, 0, WithLink(code, message));

    public static void Error(TaskLoggingHelper log, string code, string file, string message, int line = 0, int column = 0)
        => log.LogError(null, code, null, HelpLinks.For(code), file, line, column, 0, 0, WithLink(code, message));

    private static string WithLink(string code, string message) => $"{message} ({HelpLinks.For(code)})";

    /// <summary>A bug of ours must never fail the user's build: report it as a warning and carry on.</summary>
    public static void InternalError(TaskLoggingHelper log, string task, Exception exception)
        => Warning(
            log,
            DiagnosticIds.InternalError,
            string.Empty,
            $"ModelLicenseGuard's {task} failed and was skipped: {exception.GetType().FullName}: {exception.Message}. Please report this with the build log.");
}
