namespace ModelLicenseGuard.Licenses;

/// <summary>Whether a licence lets the weights be used in a commercial product.</summary>
public enum CommercialUse
{
    Unknown = 0,
    Allowed = 1,

    /// <summary>Allowed below a threshold or under conditions (user caps, separate licence above them).</summary>
    Conditional = 2,
    Forbidden = 3,
}
