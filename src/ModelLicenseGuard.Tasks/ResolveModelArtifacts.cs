using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Caching;
using ModelLicenseGuard.Tasks.Locking;
using ModelLicenseGuard.Tasks.Online;
using ModelLicenseGuard.Tasks.Resolution;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Finds the project's models, reads licence and provenance from their headers, classifies them, and writes
/// the manifest the analyzer and <see cref="CheckModelLicenses"/> read. Problems go into the manifest rather
/// than the log, so that an incremental build that skips this task still reports them.
/// </summary>
/// <remarks>The MSBuild face of <see cref="ModelResolver"/>, which the command-line tool shares.</remarks>
public sealed class ResolveModelArtifacts : Microsoft.Build.Utilities.Task
{
    /// <summary>Model files found among the project's items (<c>None</c>, <c>Content</c>, <c>EmbeddedResource</c>).</summary>
    public ITaskItem[] ModelFiles { get; set; } = [];

    /// <summary>Items with generic extensions (<c>.bin</c>…): models only when their first bytes are a GGUF or safetensors header.</summary>
    public ITaskItem[] CandidateFiles { get; set; } = [];

    /// <summary><c>ModelReference</c> items: a file path, or a reference such as <c>hf:org/name</c>.</summary>
    public ITaskItem[] ModelReferences { get; set; } = [];

    /// <summary><c>appsettings*.json</c> files, read for the models the application is configured to use.</summary>
    public ITaskItem[] ConfigurationFiles { get; set; } = [];

    /// <summary><c>ModelConfigurationKey</c> items: further configuration keys that name a model (metadata <c>Kind</c>).</summary>
    public ITaskItem[] ModelConfigurationKeys { get; set; } = [];

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    /// <summary>The project's <c>project.assets.json</c>, whose packages are searched for model files (optional).</summary>
    public string? ProjectAssetsFile { get; set; }

    /// <summary>File extensions that mark model files inside packages (<c>ModelLicenseGuardModelExtensions</c>).</summary>
    public string? ModelExtensions { get; set; }

    /// <summary>Where headers already read are remembered between builds (optional).</summary>
    public string? CachePath { get; set; }

    /// <summary>
    /// The lock file, when the project uses one (docs/lock-file.md): the Hub answers it records are what an offline build
    /// knows of models the catalog does not. A lock that cannot be read gives none; the lock's own check reports it.
    /// </summary>
    public string? LockFilePath { get; set; }

    [Output]
    public int ModelCount { get; set; }

    private FactsCache _cache = FactsCache.Load(null);

    public override bool Execute()
    {
        try
        {
            ModelResolver.StartLoadingCatalog();
            _cache = FactsCache.Load(CachePath);
            var manifest = Resolve();
            ModelCount = manifest.Models.Count;
            // The compiler reads the manifest: rewriting identical content would make every build recompile.
            OwnedFile.WriteIfChanged(ManifestPath, ManifestFormat.Write(manifest));

            _cache.Save(CachePath);
        }
        catch (Exception exception)
        {
            TaskLog.InternalError(Log, nameof(ResolveModelArtifacts), exception);
            EnsureManifestExists();
        }

        return true;
    }

    /// <summary>The compiler fails on a missing additional file (CS2001): after a failure, an empty manifest keeps the build going.</summary>
    private void EnsureManifestExists()
    {
        try
        {
            if (!string.IsNullOrEmpty(ManifestPath) && !File.Exists(ManifestPath))
            {
                OwnedFile.Write(ManifestPath, ManifestFormat.Write(new ModelManifest()));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Nothing more can be done; the warning already says the tool failed.
        }
    }

    /// <summary>How a model file is read: <see cref="ModelFileReader.Read(string, string, ReadBudget)"/>, replaced only by tests.</summary>
    internal Func<string, string, ReadBudget, ModelFacts> ReadModelFile { get; set; } = ModelFileReader.Read;

    /// <summary>The most bytes read from one model file (<c>ModelLicenseGuardMaxHeaderBytes</c>); unset or 0 is the default.</summary>
    public long MaxHeaderBytes { get; set; }

    /// <summary>The most bytes read from all model files of the build (<c>ModelLicenseGuardMaxTotalHeaderBytes</c>).</summary>
    public long MaxTotalHeaderBytes { get; set; }

    /// <summary>The most seconds spent reading model files in the build (<c>ModelLicenseGuardModelReadingTimeout</c>).</summary>
    public int ModelReadingTimeout { get; set; }

    /// <summary><c>ModelLicenseGuardOnline</c>: true lets the build ask the Hugging Face Hub (docs/online.md). Off by default.</summary>
    public bool Online { get; set; }

    /// <summary><c>DesignTimeBuild</c>: the IDE's builds never go online, whatever <see cref="Online"/> says.</summary>
    public bool DesignTimeBuild { get; set; }

    /// <summary><c>ModelLicenseGuardHubEndpoint</c>; unset takes <c>HF_ENDPOINT</c>, then https://huggingface.co.</summary>
    public string? HubEndpoint { get; set; }

    /// <summary><c>ModelLicenseGuardOnlineTimeout</c>: seconds all the build's Hub requests may take together (default 10).</summary>
    public string? OnlineTimeout { get; set; }

    /// <summary><c>ModelLicenseGuardOnlineCacheDirectory</c>; unset is the per-user cache folder.</summary>
    public string? OnlineCacheDirectory { get; set; }

    /// <summary><c>ModelLicenseGuardOnlineCacheHours</c>: how long a Hub answer is reused (default 24; 0 never reuses).</summary>
    public string? OnlineCacheHours { get; set; }

    /// <summary>The process environment (<c>HF_TOKEN</c>, <c>HF_ENDPOINT</c>, the cache folders), replaced only by tests.</summary>
    internal Func<string, string?> GetEnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>The online settings, or null when the build stays offline; a setting that cannot be read is a warning and its default.</summary>
    internal HubSettings? OnlineSettings()
    {
        if (!Online || DesignTimeBuild)
        {
            return null;
        }

        var endpointText = FirstSet(HubEndpoint, GetEnvironmentVariable("HF_ENDPOINT")) ?? HubSettings.DefaultEndpoint;
        if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp) || endpoint.UserInfo.Length > 0)
        {
            // An address with credentials in it is not repeated: the log is no place for them.
            var shown = endpointText.IndexOf('@') < 0 ? $" '{endpointText}'" : string.Empty;
            TaskLog.Warning(Log, DiagnosticIds.OnlineLookupFailed, string.Empty, $"The Hugging Face Hub endpoint{shown} (ModelLicenseGuardHubEndpoint or HF_ENDPOINT) is not an http or https address without credentials; no model is looked up online.");
            return null;
        }

        var budget = Number(OnlineTimeout, "ModelLicenseGuardOnlineTimeout", HubSettings.DefaultBudget.TotalSeconds);
        var hours = Number(OnlineCacheHours, "ModelLicenseGuardOnlineCacheHours", HubSettings.DefaultCacheMaxAge.TotalHours);
        return new HubSettings(
            endpoint,
            FirstSet(GetEnvironmentVariable("HF_TOKEN")),
            TimeSpan.FromSeconds(budget),
            FirstSet(OnlineCacheDirectory) ?? HubCache.DefaultDirectory(GetEnvironmentVariable),
            TimeSpan.FromHours(hours));
    }

    private double Number(string? text, string property, double fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (double.TryParse(text!.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= 24 * 365)
        {
            return value;
        }

        TaskLog.Warning(Log, DiagnosticIds.OnlineLookupFailed, string.Empty, $"{property} '{text}' is not a number of 0 or more; {fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)} is used.");
        return fallback;
    }

    private static string? FirstSet(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value!.Trim();
            }
        }

        return null;
    }

    private void LogHub(HubLookup? hub)
    {
        if (hub is null || (hub.Asked.Count == 0 && hub.FromCache.Count == 0 && hub.FromLock.Count == 0))
        {
            return;
        }

        var where = hub.Settings is { } settings ? settings.Endpoint.GetLeftPart(UriPartial.Authority) : "the Hub";
        Log.LogMessage(
            MessageImportance.Normal,
            "{0}",
            $"ModelLicenseGuard: Hugging Face Hub answers: {hub.Asked.Count} asked of {where}{List(hub.Asked)}, {hub.FromCache.Count} from the cache{List(hub.FromCache)}, {hub.FromLock.Count} from the lock file{List(hub.FromLock)}.");
    }

    private static string List(List<string> ids) => ids.Count == 0 ? string.Empty : " (" + string.Join(", ", ids) + ")";

    internal ModelManifest Resolve()
    {
        var resolver = new ModelResolver(ProjectDirectory)
        {
            ModelFiles = Array.ConvertAll(ModelFiles, item => item.ItemSpec),
            CandidateFiles = Array.ConvertAll(CandidateFiles, item => item.ItemSpec),
            ModelReferences = Array.ConvertAll(ModelReferences, item => new ModelReferenceInput(item.ItemSpec, item.GetMetadata("Revision"))),
            ConfigurationFiles = Array.ConvertAll(ConfigurationFiles, item => item.ItemSpec),
            ConfigurationKeys = Array.ConvertAll(ModelConfigurationKeys, item => new ConfigurationKeyInput(item.ItemSpec, item.GetMetadata("Kind"))),
            ProjectAssetsFile = ProjectAssetsFile,
            ModelExtensions = ModelExtensions,
            Cache = _cache,
            ReadModelFile = ReadModelFile,
            Budget = new ReadBudget(MaxHeaderBytes, MaxTotalHeaderBytes, ModelReadingTimeout),
            LockedHubAnswers = ReadLockedHubAnswers(),
            Online = OnlineSettings(),
        };
        var manifest = resolver.Resolve();
        LogHub(resolver.Hub);
        return manifest;
    }

    internal IReadOnlyDictionary<string, string> ReadLockedHubAnswers()
    {
        if (!string.IsNullOrEmpty(LockFilePath))
        {
            var path = Path.Combine(ProjectDirectory, LockFilePath);
            try
            {
                if (File.Exists(path))
                {
                    return LockFileFormat.ReadFile(path).HubAnswers();
                }
            }
            catch (LockFileUnreadableException)
            {
            }
        }

        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }
}
