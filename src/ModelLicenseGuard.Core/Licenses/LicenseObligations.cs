using System.Collections.Generic;
using System.Globalization;

namespace ModelLicenseGuard.Licenses;

/// <summary>What a licence asks of a project that uses or redistributes the weights, in short sentences for reports.</summary>
public static class LicenseObligations
{
    public static IReadOnlyList<string> Of(LicenseInfo license)
    {
        var obligations = new List<string>();
        if (license.Attribution is { } attribution)
        {
            obligations.Add($"display \"{attribution}\"{(license.AttributionWhere is { } where ? " " + where : string.Empty)}");
        }

        if (license.Notice)
        {
            obligations.Add(license.NoticeText is { } text
                ? $"distribute a copy of the licence and this notice with the weights: \"{text}\""
                : "distribute a copy of the licence (and any NOTICE) with the weights");
        }

        if (license.DerivativeNamePrefix is { } prefix)
        {
            obligations.Add($"names of derived models must start with \"{prefix}\"");
        }

        if (license.UsePolicyPassThrough)
        {
            obligations.Add($"pass the use restrictions on to your users as enforceable terms{(license.UsePolicyUrl is { } url ? " (" + url + ")" : string.Empty)}");
        }
        else if (license.UsePolicyUrl is { } url)
        {
            obligations.Add($"comply with the use policy ({url})");
        }

        if (license.UserCap is { } cap)
        {
            obligations.Add($"obtain a separate licence above {cap.ToString("N0", CultureInfo.InvariantCulture)} monthly active users");
        }

        if (license.CommercialUse == CommercialUse.Forbidden)
        {
            obligations.Add($"no commercial use ({license.Restrictions ?? "non-commercial use only"})");
        }

        if (license.FieldOfUse is { } field)
        {
            obligations.Add($"use only for: {field}");
        }

        if (license.ShareAlike)
        {
            obligations.Add("share adaptations under the same licence");
        }

        return obligations;
    }
}
