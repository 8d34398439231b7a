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

    internal ModelManifest Resolve()
        => new ModelResolver(ProjectDirectory)
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
        }.Resolve();

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
