using System.Collections.Generic;

namespace ModelLicenseGuard.Diagnostics;

/// <summary>The severity a build-task diagnostic is logged with by default.</summary>
public enum BuildDiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>A diagnostic the build task logs. MSBuild logging has no <c>DiagnosticDescriptor</c>, so this says what one would.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Severity">Its default severity.</param>
/// <param name="Title">The rule's title, as its page's heading gives it; an id the analyzer reports too has the same title there.</param>
/// <param name="SeverityNote">When the severity is not always <paramref name="Severity"/>: said beside it in the rules index.</param>
public sealed record BuildDiagnostic(string Id, BuildDiagnosticSeverity Severity, string Title, string? SeverityNote = null);

/// <summary>
/// Every diagnostic the build task reports (resolving models, checking them against the policy, writing reports).
/// With the analyzer's descriptors this is what the rules index, <c>docs/rules/README.md</c>, is rendered from; an id
/// both report is listed here and in a descriptor, with the same severity and title.
/// </summary>
public static class BuildDiagnostics
{
    public static IReadOnlyList<BuildDiagnostic> All { get; } =
    [
        new(DiagnosticIds.PolicyViolation, BuildDiagnosticSeverity.Error, "Model licence violates the project's policy", SeverityNote: "warning under `Permissive`"),
        new(DiagnosticIds.AllowWithoutJustification, BuildDiagnosticSeverity.Warning, "Licence exception without a justification"),
        new(DiagnosticIds.AllowExpired, BuildDiagnosticSeverity.Warning, "Licence exception has expired"),
        new(DiagnosticIds.PolicyItemMalformed, BuildDiagnosticSeverity.Warning, "Licence allow or deny item cannot be read"),
        new(DiagnosticIds.ReportNotWritten, BuildDiagnosticSeverity.Warning, "A model report could not be written"),
        new(DiagnosticIds.ManifestDamaged, BuildDiagnosticSeverity.Warning, "The model manifest is damaged"),
        new(DiagnosticIds.UnknownPolicy, BuildDiagnosticSeverity.Warning, "Unknown ModelLicensePolicy value"),
        new(DiagnosticIds.LicenseUnknown, BuildDiagnosticSeverity.Warning, "Model licence cannot be determined"),
        new(DiagnosticIds.LicenseConflict, BuildDiagnosticSeverity.Warning, "Licence sources disagree"),
        new(DiagnosticIds.UnreadableModel, BuildDiagnosticSeverity.Warning, "Model file is corrupt or unreadable"),
        new(DiagnosticIds.ConfigurationUnreadable, BuildDiagnosticSeverity.Warning, "Configuration file cannot be read for models"),
        new(DiagnosticIds.LockDrift, BuildDiagnosticSeverity.Warning, "Model terms differ from the lock file", SeverityNote: "error in locked mode"),
        new(DiagnosticIds.LockFileUnreadable, BuildDiagnosticSeverity.Warning, "The lock file cannot be read", SeverityNote: "error in locked mode"),
        new(DiagnosticIds.OnlineLookupFailed, BuildDiagnosticSeverity.Warning, "Online model look-up failed"),
        new(DiagnosticIds.InternalError, BuildDiagnosticSeverity.Warning, "ModelLicenseGuard failed internally"),
    ];
}
