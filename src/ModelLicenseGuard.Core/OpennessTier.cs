namespace ModelLicenseGuard;

/// <summary>How open a model is, following the OSI Open Source AI Definition 1.0.</summary>
/// <remarks>Ordered from most to least open so policies can compare tiers.</remarks>
public enum OpennessTier
{
    /// <summary>Weights, training code and training data (or complete data information) under open terms.</summary>
    OpenSourceAI = 0,

    /// <summary>Weights under an OSI-approved licence; training data and/or code not open.</summary>
    OpenWeights = 1,

    /// <summary>Weights available under terms that restrict use, users, field or commerce.</summary>
    RestrictedWeights = 2,

    /// <summary>No weights; API access only.</summary>
    Closed = 3,

    /// <summary>No licence could be determined.</summary>
    Unknown = 4,
}
