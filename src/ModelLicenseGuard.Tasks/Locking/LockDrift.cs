using System;
using System.Collections.Generic;
using System.Linq;

namespace ModelLicenseGuard.Tasks.Locking;

/// <summary>How a model differs from its entry in the lock file.</summary>
public enum LockDriftKind
{
    /// <summary>Its licence, tier, obligations or identity (size, header or licence-text hash, revision) changed.</summary>
    Changed,

    /// <summary>The build found a model the lock does not list.</summary>
    Added,

    /// <summary>The lock lists a model the build no longer found.</summary>
    Removed,
}

/// <summary>One model that drifted from the lock: the entry locked (null when added), the entry found (null when removed), and what differs.</summary>
public sealed record LockDrift(LockDriftKind Kind, LockEntry? Locked, LockEntry? Found, IReadOnlyList<string> Differences)
{
    /// <summary>The entry either side, for its key and name.</summary>
    public LockEntry Entry => Found ?? Locked!;

    /// <summary>
    /// What drifted between <paramref name="locked"/> and <paramref name="found"/>, in the lock's order. Fields that say
    /// where a fact was read or how the model is named (name, licence origin and link, catalog id, Hub answer, catalog
    /// version) are not drift: a normal build updates them, locked mode leaves them.
    /// </summary>
    public static IReadOnlyList<LockDrift> Between(LockFile locked, LockFile found)
    {
        var lockedByKey = new Dictionary<string, LockEntry>(StringComparer.Ordinal);
        foreach (var entry in locked.Models)
        {
            lockedByKey[entry.Key] = entry;
        }

        var drifts = new List<LockDrift>();
        var foundKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in found.Models)
        {
            foundKeys.Add(entry.Key);
            if (!lockedByKey.TryGetValue(entry.Key, out var before))
            {
                drifts.Add(new LockDrift(LockDriftKind.Added, null, entry, []));
                continue;
            }

            var differences = Compare(before, entry);
            if (differences.Count > 0)
            {
                drifts.Add(new LockDrift(LockDriftKind.Changed, before, entry, differences));
            }
        }

        drifts.AddRange(locked.Models
            .Where(entry => !foundKeys.Contains(entry.Key))
            .Select(entry => new LockDrift(LockDriftKind.Removed, entry, null, [])));
        return drifts.OrderBy(drift => drift.Entry.Key, StringComparer.Ordinal).ToList();
    }

    private static List<string> Compare(LockEntry before, LockEntry after)
    {
        var differences = new List<string>();
        if (!string.Equals(before.License, after.License, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"licence '{before.License ?? "unknown"}' is now '{after.License ?? "unknown"}'");
        }

        if (!string.Equals(before.Tier, after.Tier, StringComparison.Ordinal))
        {
            differences.Add($"tier {before.TierWords()} is now {after.TierWords()}");
        }

        Compare(differences, "commercial use", before.CommercialUse, after.CommercialUse);
        Compare(differences, "restrictions", before.Restrictions, after.Restrictions);
        Compare(differences, "attribution", before.Attribution, after.Attribution);
        if (before.FileSize != after.FileSize)
        {
            differences.Add($"size {LockEntry.Size(before.FileSize)} is now {LockEntry.Size(after.FileSize)}");
        }

        Compare(differences, "header SHA-256", before.HeaderSha256, after.HeaderSha256);
        Compare(differences, "revision", before.Revision, after.Revision);
        Compare(differences, "licence text SHA-256", before.LicenseTextSha256, after.LicenseTextSha256);
        return differences;
    }

    private static void Compare(List<string> differences, string what, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            differences.Add($"{what} '{before ?? "none"}' is now '{after ?? "none"}'");
        }
    }
}
