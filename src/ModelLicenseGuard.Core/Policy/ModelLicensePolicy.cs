namespace ModelLicenseGuard.Policy;

/// <summary>The licence policy a project builds under (the <c>ModelLicensePolicy</c> MSBuild property).</summary>
public enum ModelLicensePolicy
{
    /// <summary>No policy: nothing fails the build.</summary>
    None = 0,

    /// <summary>Reports models and their licences but never fails the build.</summary>
    Permissive = 1,

    /// <summary>The product is commercial: licences that forbid commercial use fail the build.</summary>
    Commercial = 2,

    /// <summary>Only open-source AI (OSI Open Source AI Definition) is allowed.</summary>
    OpenSourceOnly = 3,
}
