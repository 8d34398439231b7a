using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ModelLicenseGuard.Tool.Tests.Feeds;

/// <summary>
/// The test credential-provider plugin (tests/ModelLicenseGuard.Tool.Tests.CredentialPlugin), configured for every
/// in-process run. NuGet reads its plugin settings (NUGET_PLUGIN_PATHS, the timeouts) once per process, when a feed first
/// asks for credentials, so they are set before the first run of the tool and stay set: setting them per test would
/// depend on which test happens to run first. The plugin has credentials only for feeds a test gives them to.
/// </summary>
internal static class CredentialPlugin
{
    /// <summary>The folder the plugin reads a feed's credentials from (a file named by the feed's port).</summary>
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "mlg-tool-tests", "plugin-" + Guid.NewGuid().ToString("N"));

    static CredentialPlugin()
    {
        var plugin = typeof(CredentialPlugin).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "CredentialPluginPath").Value!;
        Directory.CreateDirectory(Path.Combine(Folder, "credentials"));
        Environment.SetEnvironmentVariable("NUGET_PLUGIN_PATHS", plugin);
        Environment.SetEnvironmentVariable("MLG_TEST_PLUGIN_CREDENTIALS", Path.Combine(Folder, "credentials"));

        // NuGet records each plugin's claims in a cache folder; the user's is left alone.
        Environment.SetEnvironmentVariable("NUGET_PLUGINS_CACHE_PATH", Path.Combine(Folder, "cache"));

        // A plugin that does not start or answer fails a run within seconds rather than NuGet's minutes.
        Environment.SetEnvironmentVariable("NUGET_PLUGIN_HANDSHAKE_TIMEOUT_IN_SECONDS", "10");
        Environment.SetEnvironmentVariable("NUGET_PLUGIN_REQUEST_TIMEOUT_IN_SECONDS", "5");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete();
    }

    /// <summary>Sets the plugin environment for this process (once, in the static constructor), before the first run of the tool.</summary>
    public static void Configure()
    {
        // The static constructor has done it by the time this runs.
    }

    /// <summary>Has the plugin answer requests for <paramref name="feed"/> with this user and password.</summary>
    /// <returns>What makes the plugin forget them when disposed.</returns>
    public static IDisposable GiveCredentials(LoopbackFeed feed, string user, string password)
    {
        File.WriteAllLines(PathFor(feed), [user, password]);
        return new Answers(feed);
    }

    /// <summary>Has the plugin leave requests for <paramref name="feed"/> unanswered (for a minute).</summary>
    /// <returns>What makes the plugin answer again when disposed.</returns>
    public static IDisposable Hang(LoopbackFeed feed)
    {
        File.WriteAllLines(PathFor(feed), ["hang"]);
        return new Answers(feed);
    }

    /// <summary>Has the plugin answer NotFound for the feed again once the test is done with it.</summary>
    private sealed class Answers(LoopbackFeed feed) : IDisposable
    {
        public void Dispose() => File.Delete(PathFor(feed));
    }

    private static string PathFor(LoopbackFeed feed) => Path.Combine(Folder, "credentials", feed.Port.ToString(CultureInfo.InvariantCulture));

    private static void Delete()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The plugin may still hold its cache file; the temp folder is cleaned by the system eventually.
        }
    }
}
