using System;
using System.Collections.Generic;
using System.Diagnostics;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Tasks.Online;

/// <summary>How a build may ask the Hub (docs/online.md); none at all means offline.</summary>
internal sealed record HubSettings(Uri Endpoint, string? Token, TimeSpan Budget, string? CacheDirectory, TimeSpan CacheMaxAge)
{
    public const string DefaultEndpoint = "https://huggingface.co";

    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan DefaultCacheMaxAge = TimeSpan.FromHours(24);
}

/// <summary>
/// Finds the Hub's answer about a model for the resolver. Offline (no <see cref="HubSettings"/>), only the answers the
/// lock file recorded are used, and no socket is ever opened. Online: a fresh cached answer, else the Hub, else the
/// recorded answer. A question that fails becomes an MLG0035 problem naming the model and the reason, and the model is
/// judged on what is known without the Hub, as offline.
/// </summary>
/// <remarks>
/// One time budget covers the whole build: each request gets what is left of it, and once it is spent the models still
/// to ask about are named in a single problem (<see cref="Finish"/>), not one each.
/// </remarks>
internal sealed class HubLookup : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> _locked;
    private readonly HubSettings? _settings;
    private readonly HubCache? _cache;
    private readonly Func<HubClient> _createClient;
    private readonly Func<DateTime> _utcNow;
    private readonly Stopwatch _clock = new();
    private readonly List<string> _notAsked = [];
    private HubClient? _client;
    private bool _spent;

    public HubLookup(IReadOnlyDictionary<string, string> locked, HubSettings? settings, Func<DateTime>? utcNow = null)
    {
        _locked = locked;
        _settings = settings;
        _utcNow = utcNow ?? (() => DateTime.UtcNow);
        if (settings is not null)
        {
            _cache = new HubCache(settings.CacheDirectory, settings.CacheMaxAge);
            _createClient = () => new HubClient(settings.Endpoint, settings.Token);
        }
        else
        {
            _createClient = () => throw new InvalidOperationException("Offline builds never ask the Hub.");
        }
    }

    /// <summary>Models asked about over the network (for the build log: ids only).</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Models answered from the per-user cache.</summary>
    public List<string> FromCache { get; } = [];

    /// <summary>Models answered from the lock file.</summary>
    public List<string> FromLock { get; } = [];

    public HubSettings? Settings => _settings;

    /// <summary>
    /// The answer to use for <paramref name="repositoryId"/> (at <paramref name="revision"/>), or null when there is none;
    /// what went wrong asking is added to <paramref name="problems"/> against <paramref name="source"/>.
    /// </summary>
    public HubModelInfo? Find(string repositoryId, string? revision, string source, ICollection<ManifestProblem> problems)
    {
        if (_settings is null)
        {
            return Locked(repositoryId);
        }

        var now = _utcNow();
        if (_cache!.TryGet(_settings.Endpoint, repositoryId, revision, now) is { } cached)
        {
            FromCache.Add(repositoryId);
            return cached;
        }

        var left = _settings.Budget - _clock.Elapsed;
        if (_spent || left <= TimeSpan.Zero)
        {
            _notAsked.Add(source);
            return Locked(repositoryId);
        }

        _client ??= _createClient();
        Asked.Add(repositoryId);
        _clock.Start();
        HubFetch fetch;
        try
        {
            fetch = _client.Fetch(repositoryId, revision, left);
        }
        finally
        {
            _clock.Stop();
        }

        // A request times out when what was left of the budget ran out: the budget is spent, whatever the clock says.
        _spent |= fetch.TimedOut;
        if (fetch.Answer is { } answer)
        {
            _cache.Put(_settings.Endpoint, repositoryId, revision, answer);
            return answer;
        }

        var reason = fetch.TimedOut ? $"timed out after {HubClient.Seconds(_settings.Budget)}, the look-up budget of the build (ModelLicenseGuardOnlineTimeout)" : fetch.Failure;
        var locked = Locked(repositoryId);
        var fallback = locked is null
            ? "The model is judged on what is known offline."
            : "The answer the lock file recorded is used.";
        problems.Add(new ManifestProblem(
            DiagnosticIds.OnlineLookupFailed,
            source,
            $"The Hugging Face Hub look-up for model '{repositoryId}'{At(revision)} at {_settings.Endpoint.GetLeftPart(UriPartial.Authority)} failed: {reason}. {fallback}"));
        return locked;
    }

    /// <summary>One problem naming every model the spent budget left unasked.</summary>
    public void Finish(ICollection<ManifestProblem> problems)
    {
        if (_settings is null || _notAsked.Count == 0)
        {
            return;
        }

        problems.Add(new ManifestProblem(
            DiagnosticIds.OnlineLookupFailed,
            _notAsked[0],
            $"The Hugging Face Hub was not asked about {_notAsked.Count} model(s) ('{string.Join("', '", _notAsked)}'): the build's look-up budget of {HubClient.Seconds(_settings.Budget)} (ModelLicenseGuardOnlineTimeout) was spent. They are judged on what is known offline; raise the budget or build again to ask."));
        _notAsked.Clear();
    }

    private HubModelInfo? Locked(string repositoryId)
    {
        if (!_locked.TryGetValue(repositoryId, out var json) || string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var answer = HubModelInfo.Parse(json);
            FromLock.Add(repositoryId);
            return answer;
        }
        catch (FormatException)
        {
            // The lock file's own checks report a damaged lock; a recorded answer that cannot be read is no answer.
            return null;
        }
    }

    private static string At(string? revision) => string.IsNullOrWhiteSpace(revision) ? string.Empty : $" at revision '{revision!.Trim()}'";

    public void Dispose() => _client?.Dispose();
}
