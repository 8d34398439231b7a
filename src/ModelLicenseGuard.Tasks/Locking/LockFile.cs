using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelLicenseGuard.Tasks.Locking;

/// <summary>
/// <c>models.lock.json</c>: the models a project uses, as a build judged them, committed beside the project so that a
/// change of any model's terms shows in review and locked mode can fail a build on it (docs/lock-file.md).
/// </summary>
public sealed class LockFile
{
    /// <summary>The format version this code writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The default file name, beside the project.</summary>
    public const string DefaultFileName = "models.lock.json";

    /// <summary>The knowledge base that judged the models (<see cref="Catalog.CatalogVersion"/>).</summary>
    public string? CatalogVersion { get; set; }

    /// <summary>The models, one entry per model and source.</summary>
    public List<LockEntry> Models { get; } = [];

    /// <summary>A lock file for the models a build found: one entry per key (the first wins), in the lock's order.</summary>
    public static LockFile For(IEnumerable<Manifest.ManifestEntry> models, string catalogVersion)
    {
        var lockFile = new LockFile { CatalogVersion = catalogVersion };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            var entry = LockEntry.From(model);
            if (seen.Add(entry.Key))
            {
                lockFile.Models.Add(entry);
            }
        }

        lockFile.Sort();
        return lockFile;
    }

    /// <summary>The Hugging Face Hub answers the lock records, by repository id (<c>hf:org/name</c> without the prefix).</summary>
    public IReadOnlyDictionary<string, string> HubAnswers()
    {
        var answers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Models.Where(e => e.HubAnswer is not null && e.Source.StartsWith("hf:", StringComparison.OrdinalIgnoreCase)))
        {
            var id = entry.Source.Substring(3);
            var at = id.IndexOf('@');
            answers[at < 0 ? id : id.Substring(0, at)] = entry.HubAnswer!;
        }

        return answers;
    }

    /// <summary>The stable order: by source, then how and where it is named, ordinal.</summary>
    public void Sort() => Models.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
}
