using System;

namespace ModelLicenseGuard.Policy;

/// <summary>One <c>ModelLicenseAllow</c> or <c>ModelLicenseDeny</c> item: a licence id, a model id or a glob.</summary>
public sealed class PolicyListEntry
{
    public PolicyListEntry(string pattern, string? justification = null, DateTime? expires = null)
    {
        Pattern = pattern.Trim();
        Justification = string.IsNullOrWhiteSpace(justification) ? null : justification!.Trim();
        Expires = expires?.Date;
    }

    /// <summary>What the item matches, as written in its <c>Include</c>.</summary>
    public string Pattern { get; }

    /// <summary>Why the exception was granted (allow) or the licence refused (deny); required on allows.</summary>
    public string? Justification { get; }

    /// <summary>The first day on which the item no longer applies.</summary>
    public DateTime? Expires { get; }

    /// <summary>An allow needs a justification and must not have expired; a deny needs only to be unexpired.</summary>
    public bool IsValidAllow(DateTime today) => Justification is not null && !IsExpired(today);

    public bool IsExpired(DateTime today) => Expires is { } expires && today.Date >= expires;

    public override string ToString() => Pattern;
}
