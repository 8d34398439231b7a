using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using NuGet.Common;
using NuGet.Configuration;
using NuGet.Protocol;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>
/// NuGet credential-provider plugins (found through <c>NUGET_PLUGIN_PATHS</c> or NuGet's default plugin folders), wired
/// as <c>dotnet restore</c> wires them: NuGet.Credentials' <c>DefaultCredentialServiceUtility.SetupDefaultCredentialService</c>
/// sets <see cref="HttpHandlerResourceV3.CredentialService"/>, which NuGet asks when a feed answers 401 or 403 to the
/// credentials of NuGet.Config (or to none). Config credentials are sent first, so they keep precedence as in restore.
/// </summary>
/// <remarks>
/// NuGet.Credentials is not published as a package, so the tool cannot reference it; every .NET SDK carries it beside
/// its own NuGet. It is loaded by reflection from an installed SDK whose copy has the same assembly version as the
/// NuGet.Protocol the tool ships: its references (NuGet.Protocol, NuGet.Configuration, NuGet.Common) then have the
/// identities of the tool's own assemblies, so the default load context binds them to those and no second copy of
/// NuGet is loaded. Plugins are always asked non-interactively: the tool runs unattended (CI), and a prompt or a
/// device-code sign-in nobody answers would only stall it until NuGet's plugin timeout.
/// </remarks>
internal sealed class CredentialProviders
{
    private const string AssemblyFileName = "NuGet.Credentials.dll";
    private const string UtilityTypeName = "NuGet.Credentials.DefaultCredentialServiceUtility";
    private const string SetupMethodName = "SetupDefaultCredentialService";

    private readonly RecordingCredentialService? _service;

    private CredentialProviders(RecordingCredentialService? service, string? unavailable)
    {
        _service = service;
        Unavailable = unavailable;
    }

    /// <summary>Why credential providers could not be loaded; null when they were.</summary>
    public string? Unavailable { get; }

    /// <summary>
    /// Finds and loads the SDK's NuGet.Credentials and sets NuGet's credential service for this process; when that fails,
    /// clears it, so the run goes on with NuGet.Config credentials only and can say why.
    /// </summary>
    public static CredentialProviders Enable()
    {
        var nuget = typeof(HttpHandlerResourceV3).Assembly.GetName().Version!;
        var root = DotnetRoot();
        string? failure;
        try
        {
            var path = Locate(root, nuget);
            if (path is null)
            {
                failure = $"no .NET SDK under {root} carries NuGet {Describe(nuget)}";
            }
            else
            {
                var setup = Load(path).GetType(UtilityTypeName, throwOnError: true)!
                    .GetMethod(SetupMethodName, BindingFlags.Public | BindingFlags.Static, [typeof(ILogger), typeof(bool)])
                    ?? throw new MissingMethodException(UtilityTypeName, SetupMethodName);
                setup.Invoke(null, [NullLogger.Instance, true]);
                var loaded = HttpHandlerResourceV3.CredentialService?.Value
                    ?? throw new InvalidOperationException($"{SetupMethodName} set no credential service");
                var recording = new RecordingCredentialService(loaded);
                HttpHandlerResourceV3.CredentialService = new Lazy<ICredentialService>(() => recording);
                return new CredentialProviders(recording, null);
            }
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            failure = $"{AssemblyFileName} failed: {PackageSources.OneLine(exception.InnerException.Message)}";
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or TypeLoadException or MissingMethodException
            or InvalidOperationException or UnauthorizedAccessException or ArgumentException)
        {
            failure = $"{AssemblyFileName} could not be loaded: {PackageSources.OneLine(exception.Message)}";
        }

        // A service set by an earlier run in this process must not outlive the reason it is unavailable now.
        HttpHandlerResourceV3.CredentialService = null;
        return new CredentialProviders(null, failure);
    }

    /// <summary>Whether a credential provider gave credentials for <paramref name="source"/> in this run.</summary>
    public bool GaveCredentialsFor(PackageSource source) => _service?.GaveCredentialsFor(source.SourceUri) == true;

    /// <summary>Whether NuGet gave up waiting for a credential provider's answer for <paramref name="source"/> in this run.</summary>
    public bool TimedOutFor(PackageSource source) => _service?.TimedOutFor(source.SourceUri) == true;

    /// <summary>
    /// The folder of the dotnet installation: DOTNET_ROOT, as the dotnet host reads it, else the one whose runtime runs
    /// this tool (its runtime directory is <c>root/shared/Microsoft.NETCore.App/version/</c>).
    /// </summary>
    internal static string DotnetRoot()
    {
        var variable = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrWhiteSpace(variable))
        {
            return Path.GetFullPath(variable);
        }

        return Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
    }

    /// <summary>
    /// The NuGet.Credentials.dll of the newest SDK under <paramref name="root"/> whose assembly version is
    /// <paramref name="version"/>; null when there is none (no SDK, or SDKs of another NuGet).
    /// </summary>
    internal static string? Locate(string root, Version version)
    {
        var sdks = Path.Combine(root, "sdk");
        if (!Directory.Exists(sdks))
        {
            return null;
        }

        return Directory.EnumerateDirectories(sdks)
            .Select(folder => Path.Combine(folder, AssemblyFileName))
            .Where(File.Exists)
            .OrderByDescending(path => SdkVersion(path))
            .FirstOrDefault(path => AssemblyVersion(path) == version);

        static NuGet.Versioning.NuGetVersion SdkVersion(string path)
            => NuGet.Versioning.NuGetVersion.TryParse(Path.GetFileName(Path.GetDirectoryName(path)), out var parsed) ? parsed : new NuGet.Versioning.NuGetVersion(0, 0, 0);
    }

    private static Version? AssemblyVersion(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path).Version;
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            // Not a readable assembly: not a candidate.
            return null;
        }
    }

    private static Assembly Load(string path)
    {
        // Loaded once per process: a second load from another path would be refused, and the first serves as well.
        var name = Path.GetFileNameWithoutExtension(AssemblyFileName);
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(assembly => string.Equals(assembly.GetName().Name, name, StringComparison.OrdinalIgnoreCase));
        return loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }

    private static string Describe(Version version) => version.ToString(3);

    /// <summary>NuGet's credential service, noting which sources it gave credentials for, so a 401 can be explained.</summary>
    private sealed class RecordingCredentialService(ICredentialService inner) : ICredentialService
    {
        private readonly ConcurrentDictionary<string, bool> _given = new(StringComparer.OrdinalIgnoreCase);
        private readonly ConcurrentDictionary<string, bool> _timedOut = new(StringComparer.OrdinalIgnoreCase);

        public bool HandlesDefaultCredentials => inner.HandlesDefaultCredentials;

        public async Task<ICredentials?> GetCredentialsAsync(Uri uri, IWebProxy? proxy, CredentialRequestType type, string message, CancellationToken cancellationToken)
        {
            ICredentials? credentials;
            try
            {
                credentials = await inner.GetCredentialsAsync(uri, proxy, type, message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                // NuGet gave up on a plugin (its request timeout); the failure surfaces as a timeout of the feed.
                _timedOut[uri.AbsoluteUri] = true;
                throw;
            }

            if (credentials is not null && type != CredentialRequestType.Proxy)
            {
                _given[uri.AbsoluteUri] = true;
            }

            return credentials;
        }

        public bool TryGetLastKnownGoodCredentialsFromCache(Uri uri, bool isProxy, [NotNullWhen(true)] out ICredentials? credentials)
            => inner.TryGetLastKnownGoodCredentialsFromCache(uri, isProxy, out credentials);

        public bool GaveCredentialsFor(Uri uri) => _given.ContainsKey(uri.AbsoluteUri);

        public bool TimedOutFor(Uri uri) => _timedOut.ContainsKey(uri.AbsoluteUri);
    }
}
