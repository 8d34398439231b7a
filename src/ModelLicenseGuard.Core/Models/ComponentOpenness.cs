namespace ModelLicenseGuard.Models;

/// <summary>Whether a model's training code or training data is published under open terms.</summary>
public enum ComponentOpenness
{
    Closed = 0,

    /// <summary>Some of it is published; not enough to count as open.</summary>
    Partial = 1,

    /// <summary>Published (for data: the data, or complete information about it) under open terms.</summary>
    Open = 2,
}
