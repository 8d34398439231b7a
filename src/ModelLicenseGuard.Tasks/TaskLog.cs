using System;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Tasks;

/// <summary>Logging with codes and help links, shared by the tasks.</summary>
internal static class TaskLog
{
    public static void Warning(TaskLoggingHelper log, string code, string file, string message)
        => log.LogWarning(null, code, null, HelpLinks.For(code), file, 0, 0, 0, 0, message);

    public static void Error(TaskLoggingHelper log, string code, string file, string message)
        => log.LogError(null, code, null, HelpLinks.For(code), file, 0, 0, 0, 0, message);

    /// <summary>A bug of ours must never fail the user's build: report it as a warning and carry on.</summary>
    public static void InternalError(TaskLoggingHelper log, string task, Exception exception)
        => Warning(
            log,
            DiagnosticIds.InternalError,
            string.Empty,
            $"ModelLicenseGuard's {task} failed and was skipped: {exception.GetType().FullName}: {exception.Message}. Please report this with the build log.");
}
