using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ModelLicenseGuard.Policy;

/// <summary>Everything a project's build says about licence policy: the policy, its switch, and the allow and deny lists.</summary>
public sealed class PolicySettings
{
    public PolicySettings(ModelLicensePolicy policy)
    {
        Policy = policy;
    }

    public ModelLicensePolicy Policy { get; }

    /// <summary>The policy that applies when a project sets none, chosen so a new model never breaks a build unannounced.</summary>
    public const ModelLicensePolicy Default = ModelLicensePolicy.Permissive;

    /// <summary>Whether the policy was set by the project, or is <see cref="Default"/> (said in messages).</summary>
    public bool IsDefault { get; set; }

    /// <summary><c>ModelLicenseAllowOpenWeights</c>: OpenSourceOnly then fails only below open weights.</summary>
    public bool AllowOpenWeights { get; set; }

    public List<PolicyListEntry> Allow { get; } = [];

    public List<PolicyListEntry> Deny { get; } = [];

    /// <summary>The build's UTC date: the one place the clock is read.</summary>
    [SuppressMessage("ApiDesign", "RS0030:Do not use banned APIs", Justification = "The one place the clock is read: expiry is judged on the build's date, which the policy file or a test can fix.")]
    public static DateTime CurrentDay => DateTime.UtcNow.Date;

    /// <summary>The day expiry dates are compared with; the build's UTC date unless a test says otherwise.</summary>
    public DateTime Today { get; set; } = CurrentDay;
}
