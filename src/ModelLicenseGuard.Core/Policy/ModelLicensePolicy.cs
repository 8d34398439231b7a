namespace ModelLicenseGuard.Policy;

/// <summary>The licence policy a project builds under (the <c>ModelLicensePolicy</c> MSBuild property).</summary>
public enum ModelLicensePolicy
{
    /// <summary>No policy: nothing about licences is reported as a policy matter, nothing fails the build.</summary>
    None = 0,

    /// <summary>The default: warns about licences that forbid commercial use and about denied models, never fails the build.</summary>
    Permissive = 1,

    /// <summary>
    /// The product is commercial: non-commercial licences, unknown licences, and user-cap or field-of-use licences not
    /// covered by a justified <c>ModelLicenseAllow</c> fail the build.
    /// </summary>
    Commercial = 2,

    /// <summary>Only open-source AI (OSI Open Source AI Definition) is allowed; with <c>ModelLicenseAllowOpenWeights</c>, open weights too.</summary>
    OpenSourceOnly = 3,
}
