namespace ModelLicenseGuard.Diagnostics;

/// <summary>
/// Every diagnostic id the product reports, from the analyzer or the build task, in one place. What each is (severity,
/// title, who reports it) is in the analyzer's descriptors and in <see cref="BuildDiagnostics"/>.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>Text calls an open-weights model (weights open, data or code not) open source.</summary>
    public const string OpenWeightsModelCalledOpenSource = "MLG0001";

    /// <summary>Text calls a restricted-weights model open source.</summary>
    public const string RestrictedModelCalledOpenSource = "MLG0002";

    /// <summary>Text calls a closed, API-only model open source.</summary>
    public const string ClosedModelCalledOpenSource = "MLG0003";

    /// <summary>A licence requires attribution that the project does not carry.</summary>
    public const string AttributionMissing = "MLG0010";

    /// <summary>Package metadata (licence expression, tags) conflicts with a model the package carries.</summary>
    public const string PackageMetadataConflict = "MLG0011";

    /// <summary>A model's licence violates the project's policy.</summary>
    public const string PolicyViolation = "MLG0020";

    /// <summary>A <c>ModelLicenseAllow</c> item has no <c>Justification</c>, so it allows nothing.</summary>
    public const string AllowWithoutJustification = "MLG0021";

    /// <summary>A <c>ModelLicenseAllow</c> item's <c>Expires</c> date has passed, so it allows nothing any more.</summary>
    public const string AllowExpired = "MLG0022";

    /// <summary>A <c>ModelLicenseAllow</c> or <c>ModelLicenseDeny</c> item cannot be read (e.g. an <c>Expires</c> that is not a date).</summary>
    public const string PolicyItemMalformed = "MLG0023";

    /// <summary>A report (ML-BOM, third-party notices) could not be written.</summary>
    public const string ReportNotWritten = "MLG0024";

    /// <summary>The model manifest the build wrote is damaged (empty, cut short, changed, not a file); a build writes it again.</summary>
    public const string ManifestDamaged = "MLG0025";

    /// <summary>The <c>ModelLicensePolicy</c> property has a value the product does not know.</summary>
    public const string UnknownPolicy = "MLG0029";

    /// <summary>A model artifact's licence cannot be determined.</summary>
    public const string LicenseUnknown = "MLG0030";

    /// <summary>Licence sources disagree, or a derivative claims looser terms than its base.</summary>
    public const string LicenseConflict = "MLG0031";

    /// <summary>A model file is corrupt or unreadable.</summary>
    public const string UnreadableModel = "MLG0032";

    /// <summary>A model's licence, tier or obligations differ from its entry in the lock file (models.lock.json), or locked mode finds a model added or gone.</summary>
    public const string LockDrift = "MLG0033";

    /// <summary>The lock file (models.lock.json) cannot be read: malformed JSON, another format version, merge conflict markers.</summary>
    public const string LockFileUnreadable = "MLG0034";

    /// <summary>An opt-in online look-up (Hugging Face Hub) failed or ran out of time; the build goes on with what it knows.</summary>
    public const string OnlineLookupFailed = "MLG0035";

    /// <summary>A model the project names at run time (in code, configuration or an Aspire AppHost), with its tier.</summary>
    public const string RuntimeModelFound = "MLG0040";

    /// <summary>A place a library is told which model to use whose value cannot be resolved to a model.</summary>
    public const string RuntimeModelUnresolved = "MLG0041";

    /// <summary>An appsettings file that names models cannot be read (malformed JSON, too large).</summary>
    public const string ConfigurationUnreadable = "MLG0042";

    /// <summary>The tool itself failed; reported as a warning so a build never crashes on it.</summary>
    public const string InternalError = "MLG9000";
}
