using System;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>A model file is not what its format says it should be; the message says what and where.</summary>
public class ModelFormatException : Exception
{
    public ModelFormatException(string message)
        : base(message)
    {
    }

    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ModelFormatException()
    {
    }
}
