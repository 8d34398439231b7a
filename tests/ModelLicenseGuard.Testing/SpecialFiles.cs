using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Runtime.Versioning;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Entries that are not regular files, made where a test wants them: a named pipe, a bound Unix domain socket,
/// symbolic links (to a device, in a loop) and a file this process may not read. Unix only.
/// </summary>
public static class SpecialFiles
{
    /// <summary>Why these entries cannot be made here, or null when they can.</summary>
    public static string? Unsupported { get; } = OperatingSystem.IsWindows() ? "named pipes, Unix sockets and /dev/zero are Unix file system entries" : null;

    /// <summary>
    /// Why a file with no read permission can still be read by this process — it runs as root, or the file system
    /// ignores modes — or null when taking the permission away stops reads.
    /// </summary>
    public static string? PermissionsDoNotStopReads { get; } = ProbePermissions();

    /// <summary>A named pipe (FIFO) that no one writes to: opening it for reading waits for a writer.</summary>
    public static string Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var start = new ProcessStartInfo("mkfifo") { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo '{path}' failed: {error}");
        }

        return path;
    }

    /// <summary>A Unix domain socket bound to <paramref name="path"/>; the entry exists while the socket is open.</summary>
    public static Socket UnixSocket(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        socket.Listen(1);
        return socket;
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/> (which need not exist).</summary>
    public static string Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>Two symbolic links that point at each other; <paramref name="path"/> is the first.</summary>
    public static string LinkLoop(string path)
    {
        var other = path + ".loop";
        Link(path, Path.GetFileName(other));
        Link(other, Path.GetFileName(path));
        return path;
    }

    /// <summary>Takes every permission away from the file (mode 000).</summary>
    public static string Unreadable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(Unsupported);
        }

        File.SetUnixFileMode(path, UnixFileMode.None);
        return path;
    }

    private static string? ProbePermissions() => OperatingSystem.IsWindows() ? "Unix file modes do not apply on Windows" : ProbeUnixPermissions();

    [UnsupportedOSPlatform("windows")]
    private static string? ProbeUnixPermissions()
    {
        var path = Path.Combine(Path.GetTempPath(), "mlg-permission-probe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, "probe");
        try
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
            File.ReadAllBytes(path);
            return "a file with mode 000 is still readable here (the tests run as root, or the file system ignores modes)";
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(path);
        }
    }
}
