using System;
using System.IO;

namespace ModelLicenseGuard.Tasks.Tests;

/// <summary>A fresh folder under the system temp path, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        FullPath = Directory.CreateTempSubdirectory("mlg-tests-").FullName;
    }

    public string FullPath { get; }

    /// <summary>The full path of <paramref name="relativePath"/> (forward slashes) inside the folder.</summary>
    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(FullPath, relativePath));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the system cleans its temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
