using System;
using System.IO;
using System.Runtime.CompilerServices;
using Snapshooter.Xunit;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>Snapshot matching that cannot pass vacuously in CI: there, a missing snapshot is a failure, not a new file.</summary>
internal static class Snapshots
{
    public static void Match<T>(T value, string testClass, [CallerMemberName] string test = "", [CallerFilePath] string source = "")
    {
        var expected = Path.Combine(Path.GetDirectoryName(source)!, "__snapshots__", $"{testClass}.{test}.snap");
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.True(File.Exists(expected), $"No committed snapshot {expected}: run the test locally and commit the file.");
        }

        Snapshot.Match(value);
    }
}
