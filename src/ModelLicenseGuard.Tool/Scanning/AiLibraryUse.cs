using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Tool.Scanning;

/// <summary>
/// Whether a project's C# uses a .NET AI library, by a cheap text check: models named in code are the analyzer's to
/// find, at build time with the compiler's semantics; the scan only says so. The libraries are the analyzer's own
/// (<see cref="CallShapeTable.NamespacePrefixes"/>), so a library the analyzer learns is one this check knows.
/// </summary>
internal static class AiLibraryUse
{
    // A using directive or a qualified name sits near the top of a file: the first 64 KiB of each file is plenty.
    private const int MaxCharsPerFile = 64 * 1024;

    private static readonly Lazy<Regex> Pattern = new(() => new Regex(
        @"(?<![\w.])(?:" + string.Join("|", CallShapeTable.Default.NamespacePrefixes.OrderByDescending(prefix => prefix.Length).Select(Regex.Escape)) + @")(?:\.\w|\s*;)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1)));

    /// <summary>The first C# file among <paramref name="files"/> that names an AI library's namespace, or null.</summary>
    public static string? FirstUser(IEnumerable<string> files)
    {
        var buffer = new char[MaxCharsPerFile];
        foreach (var file in files)
        {
            if (!file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var reader = new StreamReader(file);
                var read = reader.ReadBlock(buffer, 0, buffer.Length);
                if (Pattern.Value.IsMatch(new string(buffer, 0, read)))
                {
                    return file;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or RegexMatchTimeoutException)
            {
                // A file that cannot be read only costs a note; the models the scan finds do not depend on it.
            }
        }

        return null;
    }
}
