namespace ModelLicenseGuard.Claims;

/// <summary>An open-source phrase that makes a claim about one or more of the project's models.</summary>
public readonly struct ClaimMatch
{
    public ClaimMatch(int start, int length, int[] models)
    {
        Start = start;
        Length = length;
        Models = models;
    }

    /// <summary>Offset of the phrase ("open-source") in the text searched.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>
    /// Indexes in <see cref="ModelAliasIndex.Models"/> of the models the claim is about: one when the text names one, several
    /// when it names a family that spans several of the project's models or lists several models.
    /// </summary>
    public int[] Models { get; }

    /// <summary>The first (most specific) model the claim is about.</summary>
    public int Model => Models[0];
}
