using System;
using System.IO;
using System.Text;
using System.Threading;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Writes the files the package owns (manifest, policy file, caches, reports) so that no reader ever sees half of one:
/// the text goes to a temporary file in the same folder, which then replaces the file in one move. Two builds of one
/// project at once each leave a whole file; the last move wins.
/// </summary>
internal static class OwnedFile
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> unless the file already holds exactly it (the compiler reads some of these files,
    /// and a newer one would make it run again). Returns whether it wrote.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written, or a non-empty folder stands at its path.</exception>
    public static bool WriteIfChanged(string path, string text)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && string.Equals(ReadOrNull(full), text, StringComparison.Ordinal))
        {
            return false;
        }

        Write(full, text);
        return true;
    }

    /// <inheritdoc cref="WriteIfChanged"/>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        RemoveEmptyFolderAt(full);

        var temporary = Path.Combine(directory, $"{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            MoveOver(temporary, full);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// A folder where the package's file belongs (made by hand or by a tool) would fail the compile (CS1504): an empty
    /// one is removed; one with content is left for its owner, and the write fails naming it.
    /// </summary>
    private static void RemoveEmptyFolderAt(string full)
    {
        if (!Directory.Exists(full))
        {
            return;
        }

        try
        {
            Directory.Delete(full, recursive: false);
        }
        catch (IOException exception)
        {
            throw new IOException($"a folder that is not empty stands where ModelLicenseGuard writes the file '{full}'; delete it", exception);
        }
    }

    private static void MoveOver(string temporary, string full)
    {
        // On Windows a move over a file another process has open fails; the other build is done with it in moments.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
#if NET
                File.Move(temporary, full, overwrite: true);
#else
                if (File.Exists(full))
                {
                    File.Replace(temporary, full, destinationBackupFileName: null, ignoreMetadataErrors: true);
                }
                else
                {
                    File.Move(temporary, full);
                }
#endif
                return;
            }
            catch (Exception exception) when (attempt < 10 && exception is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(20 * attempt);
            }
        }
    }

    private static string? ReadOrNull(string full)
    {
        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the next write uses another name.
        }
    }
}
