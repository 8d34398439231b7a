using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tool.Tests;

/// <summary>A fact about Unix file system entries (<see cref="SpecialFiles"/>): skipped, saying why, where they cannot be made.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        Skip = SpecialFiles.Unsupported;
    }
}
