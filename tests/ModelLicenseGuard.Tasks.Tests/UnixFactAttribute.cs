using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests;

/// <summary>
/// A fact about Unix file system entries (<see cref="SpecialFiles"/>): skipped, saying why, where they cannot be made,
/// or — for <paramref name="needsReadPermissionToCount"/> — where taking the read permission away does not stop reads.
/// </summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute(bool needsReadPermissionToCount = false)
    {
        Skip = SpecialFiles.Unsupported ?? (needsReadPermissionToCount ? SpecialFiles.PermissionsDoNotStopReads : null);
    }
}
