using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Tasks.Caching;
using ModelLicenseGuard.Tasks.Online;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Resolution;

/// <summary>A <c>ModelReference</c>: a file or folder path, or a reference such as <c>hf:org/name</c>, with its pinned revision.</summary>
internal sealed record ModelReferenceInput(string Reference, string? Revision = null);

/// <summary>A <c>ModelConfigurationKey</c>: a configuration key that names a model, and what kind of name its value is.</summary>
internal sealed record ConfigurationKeyInput(string Key, string Kind);

/// <summary>
/// Finds a project's models from plain inputs, reads licence and provenance from their headers, and classifies them
/// into a manifest. Knows nothing of MSBuild, so the build task and the command-line tool resolve models alike; problems
/// go into the manifest, one input's failure never costing the others.
/// </summary>
/// <remarks>
/// Each source of models has its own file: model files and folders (<c>ModelResolver.Files.cs</c>), hub and registry
/// references (<c>.References.cs</c>), NuGet packages (<c>.Packages.cs</c>) and the application's configuration
/// (<c>.Configuration.cs</c>).
/// </remarks>
internal sealed partial class ModelResolver
{
    // Windows paths ignore case. Elsewhere "Model.gguf" and "model.gguf" can be two files, and taking one for a
    // duplicate of the other would leave its licence unchecked; reading one file twice only repeats a report.
    internal static readonly StringComparer PathComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public ModelResolver(string projectDirectory)
    {
        ProjectDirectory = projectDirectory;
    }

    /// <summary>The folder relative paths are resolved against.</summary>
    public string ProjectDirectory { get; }

    /// <summary>Model files (paths relative to <see cref="ProjectDirectory"/>, or full).</summary>
    public IReadOnlyList<string> ModelFiles { get; set; } = [];

    /// <summary>Files with generic extensions (<c>.bin</c>…): models only when their first bytes are a GGUF or safetensors header.</summary>
    public IReadOnlyList<string> CandidateFiles { get; set; } = [];

    public IReadOnlyList<ModelReferenceInput> ModelReferences { get; set; } = [];

    /// <summary><c>appsettings*.json</c> files, read for the models the application is configured to use.</summary>
    public IReadOnlyList<string> ConfigurationFiles { get; set; } = [];

    public IReadOnlyList<ConfigurationKeyInput> ConfigurationKeys { get; set; } = [];

    /// <summary>A <c>project.assets.json</c>, whose packages are searched for model files (optional).</summary>
    public string? ProjectAssetsFile { get; set; }

    /// <summary>File extensions that mark model files inside packages (<c>ModelLicenseGuardModelExtensions</c>).</summary>
    public string? ModelExtensions { get; set; }

    /// <summary>What reading headers may cost in this run (docs/model-sources.md#limits): one budget for every model file.</summary>
    public ReadBudget Budget { get; set; } = new();

    /// <summary>Headers already read, remembered between runs; an empty cache remembers nothing.</summary>
    public FactsCache Cache { get; set; } = FactsCache.Load(null);

    /// <summary>
    /// Hub answers the lock file recorded (opt-in online look-ups), by repository id (<c>org/name</c>, case ignored); the
    /// value is <see cref="ManifestEntry.HubAnswer"/>'s JSON. Offline builds take an unknown model's licence from here.
    /// </summary>
    public IReadOnlyDictionary<string, string> LockedHubAnswers { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How this build may ask the Hugging Face Hub about models the catalog and the files cannot settle (docs/online.md);
    /// null, the default, is offline: only <see cref="LockedHubAnswers"/> are used and no request is made.
    /// </summary>
    public HubSettings? Online { get; set; }

    /// <summary>What the last <see cref="Resolve"/> took from the Hub, the cache and the lock file, for the build log.</summary>
    public HubLookup? Hub { get; private set; }

    /// <summary>How a model file is read: <see cref="ModelFileReader.Read(string, string, ReadBudget)"/>, replaced only by tests.</summary>
    public Func<string, string, ReadBudget, ModelFacts> ReadModelFile { get; set; } = ModelFileReader.Read;

    /// <summary>
    /// Resolves one input — a model file, folder, reference, package file or configuration file — in its own guard: what
    /// goes wrong becomes a problem about that input alone, and every other input's models still reach the manifest.
    /// </summary>
    internal static void Isolated(ModelManifest manifest, string input, Action resolve)
    {
        try
        {
            resolve();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, input, $"'{input}' cannot be read: {exception.Message}"));
        }
        catch (Exception exception)
        {
            // A bug of ours, met on this input only: name it, skip it, and go on with the others.
            manifest.Problems.Add(new ManifestProblem(
                DiagnosticIds.InternalError,
                input,
                $"ModelLicenseGuard failed on '{input}' and skipped it: {exception.GetType().FullName}: {exception.Message.TrimEnd('.')}. The other models were checked. Please report this with the build log."));
        }
    }

    public ModelManifest Resolve()
    {
        StartLoadingCatalog();
        var manifest = new ModelManifest();
        var seen = new HashSet<string>(PathComparer);
        using var hub = new HubLookup(LockedHubAnswers, Online);
        Hub = hub;

        // The assets file and the configuration are read first, while the catalog loads; what they find joins the
        // manifest in its usual place.
        var packages = ScanPackages();
        var configuration = ScanConfiguration();
        ResolveModelFiles(manifest, seen);
        ResolveReferences(manifest, seen);
        ResolveCandidates(manifest, seen);
        Isolated(manifest, ProjectAssetsFile ?? string.Empty, () => ResolvePackages(manifest, seen, packages));
        ResolveConfiguration(manifest, seen, configuration);
        hub.Finish(manifest.Problems);
        return manifest;
    }

    private static int _catalogStarted;

    /// <summary>
    /// Starts loading the catalog on the thread pool. In a fresh MSBuild process that takes tens of milliseconds, and
    /// what the resolver does before its first classification (the facts cache, the assets file, the first headers)
    /// needs no catalog; the first look-up waits for the load (the catalog is a <see cref="Lazy{T}"/>) rather than
    /// starting a second one. Once per process.
    /// </summary>
    internal static void StartLoadingCatalog()
    {
        if (Interlocked.Exchange(ref _catalogStarted, 1) == 0)
        {
            ThreadPool.QueueUserWorkItem(_ =>
            {
                try
                {
                    // The index, then the licences the first model read needs.
                    _ = ModelCatalog.Default;
                    _ = LicenseCatalog.Default;
                }
                catch (Exception)
                {
                    // The catalog keeps its exception, and the first look-up on the build's own thread reports it.
                }
            });
        }
    }

    /// <summary>
    /// Classifies a model again with the Hub's answer weighed like its card (the same licence table and tier rules), for
    /// an <c>hf:</c> reference and a Hub cache snapshot alike; <paramref name="problems"/> are replaced by the new ones.
    /// </summary>
    private static ManifestEntry ClassifyWithHubAnswer(ModelFacts facts, HubModelInfo answer, List<ManifestProblem> problems)
    {
        ModelCardFacts.Apply(facts, answer.ToCard(), HubModelInfo.Origin);
        facts.Record(HubModelInfo.Origin + " sha", answer.Revision);
        facts.Record(HubModelInfo.Origin + " gated", answer.Gated);
        problems.Clear();
        var model = ModelClassifier.Classify(facts, problems);
        model.HubAnswer = answer.ToJson();
        return model;
    }
}
