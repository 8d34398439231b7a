using System;
using System.Collections.Generic;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Tool.Diff;

/// <summary>Which way a change moves a model's terms; only the tier and commercial use have an order.</summary>
internal enum Direction
{
    None,
    MoreRestrictive,
    LessRestrictive,
}

/// <summary>One field of one model that differs: its old and new value (null when the BOM does not state it).</summary>
internal sealed record FieldChange(string Field, string? Old, string? New)
{
    /// <summary>Whether the terms got tighter or looser, for the fields that can say so.</summary>
    public Direction Direction => Field switch
    {
        BomFields.Tier => Compare(Rank<OpennessTier>(Old, (int)OpennessTier.Unknown), Rank<OpennessTier>(New, (int)OpennessTier.Unknown)),

        // Unknown commercial terms rank as the most restrictive, as the policy treats them.
        BomFields.CommercialUse => Compare(CommercialRank(Old), CommercialRank(New)),
        _ => Direction.None,
    };

    private static Direction Compare(int old, int @new) => @new > old ? Direction.MoreRestrictive : @new < old ? Direction.LessRestrictive : Direction.None;

    /// <summary>The enum's order (most open first); a value the tool does not know ranks as <paramref name="unknown"/>.</summary>
    private static int Rank<TEnum>(string? value, int unknown)
        where TEnum : struct, Enum
        => Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? Convert.ToInt32(parsed, System.Globalization.CultureInfo.InvariantCulture) : unknown;

    private static int CommercialRank(string? value) => Rank<CommercialUse>(value, (int)CommercialUse.Unknown) switch
    {
        (int)CommercialUse.Allowed => 0,
        (int)CommercialUse.Conditional => 1,
        (int)CommercialUse.Forbidden => 2,
        _ => 3,
    };
}

/// <summary>A model in both BOMs whose compared fields differ.</summary>
internal sealed record ModelChange(BomModel Old, BomModel New, IReadOnlyList<FieldChange> Changes);

/// <summary>What changed between two ML-BOMs: models added, removed and changed, each list in key order.</summary>
internal sealed record BomDiff(IReadOnlyList<BomModel> Added, IReadOnlyList<BomModel> Removed, IReadOnlyList<ModelChange> Changed, int Unchanged)
{
    public bool HasDifferences => Added.Count + Removed.Count + Changed.Count > 0;

    /// <summary>
    /// Pairs models by <see cref="BomModel.Key"/>: a model at the same place under another licence is a change, a model
    /// at another place is one removed and one added, as a reviewer would read it.
    /// </summary>
    public static BomDiff Compare(IReadOnlyList<BomModel> oldModels, IReadOnlyList<BomModel> newModels)
    {
        var oldByKey = new Dictionary<string, BomModel>(StringComparer.Ordinal);
        foreach (var model in oldModels)
        {
            oldByKey[model.Key] = model;
        }

        var newKeys = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<BomModel>();
        var changed = new List<ModelChange>();
        var unchanged = 0;
        foreach (var model in newModels)
        {
            newKeys.Add(model.Key);
            if (!oldByKey.TryGetValue(model.Key, out var old))
            {
                added.Add(model);
                continue;
            }

            var changes = new List<FieldChange>();
            foreach (var field in BomFields.Compared)
            {
                if (!string.Equals(old[field], model[field], StringComparison.Ordinal))
                {
                    changes.Add(new FieldChange(field, old[field], model[field]));
                }
            }

            if (changes.Count > 0)
            {
                changed.Add(new ModelChange(old, model, changes));
            }
            else
            {
                unchanged++;
            }
        }

        var removed = new List<BomModel>();
        foreach (var model in oldModels)
        {
            if (!newKeys.Contains(model.Key))
            {
                removed.Add(model);
            }
        }

        added.Sort((a, b) => StringComparer.Ordinal.Compare(a.Key, b.Key));
        removed.Sort((a, b) => StringComparer.Ordinal.Compare(a.Key, b.Key));
        changed.Sort((a, b) => StringComparer.Ordinal.Compare(a.New.Key, b.New.Key));
        return new BomDiff(added, removed, changed, unchanged);
    }
}
