namespace ModelLicenseGuard.Policy;

/// <summary>The kind of licence term (or missing knowledge) that made a model fail a policy.</summary>
public enum PolicyClause
{
    /// <summary>The licence forbids commercial use (CC-BY-NC, research-only licences).</summary>
    NonCommercial = 0,

    /// <summary>Rights end above a number of monthly active users (Llama, Qwen).</summary>
    UserCap = 1,

    /// <summary>Uses, fields or users are restricted: an acceptable-use policy, a RAIL attachment, a hosting carve-out.</summary>
    FieldOfUse = 2,

    /// <summary>Commercial use depends on a condition the catalog cannot settle (an unspecified Creative Commons licence).</summary>
    ConditionalCommercialUse = 3,

    /// <summary>No licence could be determined, or it is not in the catalog, so its terms are unknown.</summary>
    UnknownLicense = 4,

    /// <summary>The model's openness tier is below the one the policy requires.</summary>
    OpennessTier = 5,

    /// <summary>A <c>ModelLicenseDeny</c> item matches the model.</summary>
    Denied = 6,
}
