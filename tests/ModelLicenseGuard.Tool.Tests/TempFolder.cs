using System;
using System.IO;

namespace ModelLicenseGuard.Tool.Tests;

/// <summary>A folder of its own for one test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mlg-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder; returns the name, as a user would type it there.</summary>
    public string Write(string name, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name), text);
        return name;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temp folder is cleaned by the system eventually.
        }
    }
}
