using System;
using System.Globalization;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Policy;

/// <summary>
/// Turns an allow or deny as written (an MSBuild item, or the command-line tool's <c>--allow</c>/<c>--deny</c>) into a
/// list entry, or into the problem that makes it allow nothing (MLG0021–MLG0023). A bad allow is dropped, never guessed
/// at, so the violation it meant to excuse still shows. One reader for both, so the build and the tool agree.
/// </summary>
public static class PolicyListReader
{
    public const string AllowItem = "ModelLicenseAllow";
    public const string DenyItem = "ModelLicenseDeny";

    /// <summary>
    /// The pattern an item stands for: its <c>Match</c> metadata, else its <c>Include</c>. MSBuild expands wildcards in
    /// Include against files, so a glob goes in Match (or is escaped as %2A).
    /// </summary>
    public static string ItemPattern(string include, string? match)
    {
        var trimmed = match?.Trim() ?? string.Empty;
        return trimmed.Length > 0 ? trimmed : include.Trim();
    }

    /// <summary>A deny item's reason: its <c>Reason</c> metadata, else its <c>Justification</c>, which people write out of habit.</summary>
    public static string? DenyReason(string? reason, string? justification)
        => string.IsNullOrWhiteSpace(reason) ? justification : reason;

    /// <summary>An allow: a pattern with a justification, optionally an <c>Expires</c> date (yyyy-MM-dd).</summary>
    /// <returns>The entry, or null with <paramref name="code"/> and <paramref name="message"/> saying why it allows nothing.</returns>
    public static PolicyListEntry? Allow(string pattern, string? justification, string? expires, DateTime today, out string? code, out string? message)
    {
        var entry = Read(AllowItem, pattern, justification, expires, out code, out message);
        if (entry is null)
        {
            return null;
        }

        if (entry.Justification is null)
        {
            code = DiagnosticIds.AllowWithoutJustification;
            message = $"{AllowItem} '{entry.Pattern}' has no Justification metadata, so it allows nothing. Say why the exception was granted: <{AllowItem} Include=\"{entry.Pattern}\" Justification=\"approved by legal, ticket LEGAL-123\" />.";
            return null;
        }

        if (entry.IsExpired(today))
        {
            code = DiagnosticIds.AllowExpired;
            message = $"{AllowItem} '{entry.Pattern}' expired on {entry.Expires:yyyy-MM-dd} and no longer allows anything ({entry.Justification}). Review the exception again and set a new Expires date, or remove the item.";
            return null;
        }

        return entry;
    }

    /// <summary>A deny: a pattern with an optional reason and <c>Expires</c> date.</summary>
    public static PolicyListEntry? Deny(string pattern, string? reason, string? expires, out string? code, out string? message)
        => Read(DenyItem, pattern, reason, expires, out code, out message);

    private static PolicyListEntry? Read(string itemType, string pattern, string? justification, string? expiresText, out string? code, out string? message)
    {
        code = null;
        message = null;
        DateTime? expires = null;
        expiresText = expiresText?.Trim() ?? string.Empty;
        if (expiresText.Length > 0)
        {
            if (!DateTime.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                code = DiagnosticIds.PolicyItemMalformed;
                message = $"{itemType} '{pattern.Trim()}' has Expires=\"{expiresText}\", which is not a date in the form yyyy-MM-dd (e.g. 2027-01-01); the item is ignored.";
                return null;
            }

            expires = parsed;
        }

        return new PolicyListEntry(pattern, justification, expires);
    }
}
