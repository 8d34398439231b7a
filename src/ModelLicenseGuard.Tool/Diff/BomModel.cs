using System.Collections.Generic;

namespace ModelLicenseGuard.Tool.Diff;

/// <summary>
/// One machine-learning-model component of an ML-BOM, as the diff compares it: how it is identified, how it is shown,
/// and the values of <see cref="BomFields.Compared"/>.
/// </summary>
/// <param name="Key">What identifies the model across two BOMs: its reference (the build's source), else where it occurs, else its purl or name.</param>
/// <param name="Location">Where the model is, for people: the file it occurs in, else its reference, else its name.</param>
/// <param name="Name">The component's name.</param>
/// <param name="Fields">Each compared field's value, null when the BOM does not state it.</param>
internal sealed record BomModel(string Key, string Location, string Name, IReadOnlyDictionary<string, string?> Fields)
{
    public string? this[string field] => Fields.TryGetValue(field, out var value) ? value : null;
}

/// <summary>The fields the diff compares, by the names the JSON diff uses, in the order every format lists them.</summary>
internal static class BomFields
{
    /// <summary>The licence: the SPDX id, else the licence's name, else the expression; every licence when there are several.</summary>
    public const string License = "license";

    /// <summary>The openness tier (the <c>modellicenseguard:tier</c> property).</summary>
    public const string Tier = "tier";

    public const string CommercialUse = "commercialUse";

    /// <summary>What the licence obliges, attribution and notices among them (<c>modellicenseguard:obligations</c>).</summary>
    public const string Obligations = "obligations";

    public const string Restrictions = "restrictions";

    /// <summary>The models this one derives from (the component's pedigree ancestors).</summary>
    public const string BaseModels = "baseModels";

    /// <summary>
    /// The package URL: a Hub model's id and pinned revision. The BOM does not state the catalog id itself; the purl and
    /// the model card carry it, so a model identified as another catalog entry shows here.
    /// </summary>
    public const string Purl = "purl";

    public const string ModelCard = "modelCard";

    public const string Name = "name";

    public const string Version = "version";

    public const string Format = "format";

    /// <summary>What the model was assumed from, when it was assumed rather than named (an Azure deployment's name).</summary>
    public const string AssumedFrom = "assumedFrom";

    public static IReadOnlyList<string> Compared { get; } =
        [License, Tier, CommercialUse, Obligations, Restrictions, BaseModels, Purl, ModelCard, Name, Version, Format, AssumedFrom];
}
