using System;
using System.IO;

namespace ModelLicenseGuard.Tasks.Online;

/// <summary>
/// The Hub's answers, remembered per user for <see cref="MaxAge"/>: one file per endpoint, model and revision, named by
/// a hash of them, holding only the answer's <see cref="HubModelInfo.ToJson"/> (never a token or a header).
/// </summary>
/// <remarks>
/// Builds run in parallel, so files are written whole or not at all — to a temporary file beside them, then renamed
/// over the old one — and read defensively: a file that cannot be read or parsed is no answer, and is fetched again.
/// Nothing here fails a build: a cache that cannot be written is a cache that remembers nothing.
/// </remarks>
internal sealed class HubCache
{
    private readonly string? _directory;

    public HubCache(string? directory, TimeSpan maxAge)
    {
        _directory = string.IsNullOrWhiteSpace(directory) ? null : directory;
        MaxAge = maxAge;
    }

    public TimeSpan MaxAge { get; }

    /// <summary>The default folder: <c>%LOCALAPPDATA%\ModelLicenseGuard\hub</c> on Windows, else <c>$XDG_CACHE_HOME/ModelLicenseGuard/hub</c> or <c>~/.cache/ModelLicenseGuard/hub</c>.</summary>
    public static string? DefaultDirectory(Func<string, string?> environment)
    {
        string? root;
        if (Path.DirectorySeparatorChar == '\\')
        {
            root = environment("LOCALAPPDATA");
        }
        else
        {
            root = environment("XDG_CACHE_HOME");
            if (string.IsNullOrWhiteSpace(root))
            {
                var home = environment("HOME");
                root = string.IsNullOrWhiteSpace(home) ? null : Path.Combine(home, ".cache");
            }
        }

        return string.IsNullOrWhiteSpace(root) ? null : Path.Combine(root, "ModelLicenseGuard", "hub");
    }

    /// <summary>The file that holds the answer for <paramref name="repositoryId"/> at <paramref name="revision"/> from <paramref name="endpoint"/>.</summary>
    public string? PathOf(Uri endpoint, string repositoryId, string? revision)
    {
        if (_directory is null)
        {
            return null;
        }

        // Ids ignore case on the Hub; revisions (commit hashes, branch names) do not.
        var key = endpoint.AbsoluteUri.TrimEnd('/') + "\n" + repositoryId.ToLowerInvariant() + "\n" + (revision ?? string.Empty).Trim();
        return Path.Combine(_directory, ContentHash.Sha256(key) + ".json");
    }

    /// <summary>A fresh answer remembered for the model, or null (none, too old, unreadable or corrupt).</summary>
    public HubModelInfo? TryGet(Uri endpoint, string repositoryId, string? revision, DateTime utcNow)
    {
        var path = PathOf(endpoint, repositoryId, revision);
        if (path is null)
        {
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > HubModelInfo.MaxAnswerBytes || utcNow - info.LastWriteTimeUtc > MaxAge || info.LastWriteTimeUtc > utcNow.AddMinutes(5))
            {
                return null;
            }

            var answer = HubModelInfo.Parse(File.ReadAllBytes(path));
            return string.Equals(answer.Id, repositoryId, StringComparison.OrdinalIgnoreCase) ? answer : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or NotSupportedException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>Remembers an answer; true when it was written.</summary>
    public bool Put(Uri endpoint, string repositoryId, string? revision, HubModelInfo answer)
    {
        var path = PathOf(endpoint, repositoryId, revision);
        if (path is null)
        {
            return false;
        }

        try
        {
            // Whole or not at all, as every file the package writes: parallel builds share this folder.
            OwnedFile.Write(path, answer.ToJson());
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            return false;
        }
    }
}
