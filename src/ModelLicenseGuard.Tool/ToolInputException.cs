using System;

namespace ModelLicenseGuard.Tool;

/// <summary>
/// An input the tool cannot use: a package that does not exist, a feed that does not answer, a corrupt file. The message
/// is the one line the user sees (exit code 2), so it names the input and says what to do; never a stack trace.
/// </summary>
internal sealed class ToolInputException : Exception
{
    public ToolInputException(string message)
        : base(message)
    {
    }

    public ToolInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
