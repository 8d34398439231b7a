using System;

namespace ModelLicenseGuard.Catalog;

/// <summary>A catalog file is malformed or inconsistent; the message names the file and line.</summary>
public sealed class CatalogFormatException : Exception
{
    public CatalogFormatException(string file, int line, string message)
        : base($"{file}({line}): {message}")
    {
    }

    public CatalogFormatException(string message)
        : base(message)
    {
    }

    public CatalogFormatException()
    {
    }

    public CatalogFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
