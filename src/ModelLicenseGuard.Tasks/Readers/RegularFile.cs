using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Tells a regular file from everything else a path can name, without opening it. Only regular files are read: opening
/// a named pipe waits for a writer that may never come, a socket cannot be read as a file, and a device such as
/// <c>/dev/zero</c> never ends. Symbolic links are followed, at most <see cref="MaxLinks"/> of them in a chain.
/// </summary>
internal static class RegularFile
{
    /// <summary>A longer chain of symbolic links is taken for a loop, as the operating system's own limit does.</summary>
    internal const int MaxLinks = 32;

    // File types as the runtime's native library reports them (its own constants, the same on every Unix).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>True when <paramref name="fullPath"/> is a symbolic link, whether or not it leads anywhere.</summary>
    public static bool IsLink(string fullPath)
    {
#if NET
        try
        {
            return new FileInfo(fullPath).LinkTarget is not null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
#else
        return false;
#endif
    }

    /// <summary>
    /// Null when <paramref name="fullPath"/> is a regular file, after following its links; otherwise why it is not, to
    /// follow "it": "is a named pipe (FIFO), not a regular file".
    /// </summary>
    public static string? WhyNot(string fullPath)
    {
        var target = fullPath;
        var through = string.Empty;
#if NET
        var link = string.Empty;
        try
        {
            var links = 0;
            while (new FileInfo(target).LinkTarget is { } next)
            {
                if (++links > MaxLinks)
                {
                    return $"is a symbolic link that reaches no file within {MaxLinks} links (a loop), not a regular file";
                }

                through = $" (a symbolic link to '{next}')";
                link = next;
                target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(target) ?? string.Empty, next));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"is a symbolic link that cannot be followed ({exception.Message})";
        }

        if (through.Length > 0 && !File.Exists(target) && !System.IO.Directory.Exists(target))
        {
            return $"is a symbolic link to '{link}', which does not exist";
        }
#endif

        var type = FileType(target);
        if (type is null && !IsWindows && Length(target) == 0)
        {
            // The type is unknown: an empty entry holds no model, and may be a pipe, a socket or a device.
            return "is empty, or not a regular file";
        }

        return type switch
        {
            null or Regular => null,
            Fifo => $"is a named pipe (FIFO){through}, not a regular file",
            Socket => $"is a socket{through}, not a regular file",
            CharacterDevice => $"is a character device{through}, not a regular file",
            BlockDevice => $"is a block device{through}, not a regular file",
            Directory => $"is a folder{through}, not a regular file",
            _ => $"is not a regular file{through}",
        };
    }

    private static bool IsWindows => Path.DirectorySeparatorChar == '\\';

    private static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return -1;
        }
    }

    /// <summary>The type bits of the file's mode, or null where they cannot be known (Windows, or no native library).</summary>
    private static int? FileType(string path)
    {
#if NET
        if (IsWindows)
        {
            return null;
        }

        // .NET tells only folders and links apart (FileAttributes.Directory, ReparsePoint): a pipe, a socket and a device
        // are all "Normal", and File.GetUnixFileMode gives only the permission bits. So the type comes from stat(2), as the
        // runtime's own native library gives it: its status record is the same on every Unix and architecture, where
        // libc's struct stat is not, and it follows links like stat(2).
        var status = new byte[512];
        try
        {
            if (SystemNativeStat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return BitConverter.ToInt32(status, 4) & TypeMask;
#else
        // Windows has no pipes, sockets or devices among a folder's files.
        _ = path;
        return null;
#endif
    }

#if NET
    // int32_t SystemNative_Stat(const char* path, FileStatus* output), the path in UTF-8 and ending in a zero byte;
    // struct FileStatus { int32_t Flags; int32_t Mode; ... }, and the buffer is larger than it is.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int SystemNativeStat(byte[] path, [Out] byte[] status);
#endif
}
