namespace ModelLicenseGuard.Claims;

/// <summary>An open-source phrase that makes a claim about a model.</summary>
public readonly struct ClaimMatch
{
    public ClaimMatch(int start, int length, int model)
    {
        Start = start;
        Length = length;
        Model = model;
    }

    /// <summary>Offset of the phrase ("open-source") in the text searched.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>Index of the model in <see cref="ModelAliasIndex.Models"/>.</summary>
    public int Model { get; }
}
