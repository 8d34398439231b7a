namespace ModelLicenseGuard.Tool;

/// <summary>What the tool's exit code tells a CI script.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing the policy fails.</summary>
    public const int Clean = 0;

    /// <summary>A model the policy fails: what would fail <c>dotnet build</c> (an MLG0020 error).</summary>
    public const int PolicyViolation = 1;

    /// <summary>The command line, or an input it names (a package, feed, file), could not be used.</summary>
    public const int UsageOrInputError = 2;
}
