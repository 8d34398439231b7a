using System;
using System.IO;
using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>Snapshot matching that cannot pass vacuously in CI: there, a missing snapshot is a failure, not a new file.</summary>
internal static class Snapshots
{
    /// <summary>Matches the test's snapshot; <paramref name="extension"/> names a second snapshot of the same test.</summary>
    public static void Match<T>(T value, string testClass, string? extension = null, [CallerMemberName] string test = "", [CallerFilePath] string source = "")
    {
        var expected = Path.Combine(Path.GetDirectoryName(source)!, "__snapshots__", $"{testClass}.{test}{(extension is null ? string.Empty : "_" + extension)}.snap");
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.True(File.Exists(expected), $"No committed snapshot {expected}: run the test locally and commit the file.");
        }

        if (extension is null)
        {
            Snapshot.Match(value);
        }
        else
        {
            Snapshot.Match(value, SnapshotNameExtension.Create(extension));
        }
    }
}
