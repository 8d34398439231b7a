namespace ModelLicenseGuard.Licenses;

/// <summary>Orders terms from most open to most restrictive — tier first, then commercial terms — wherever terms are weighed.</summary>
internal static class Restrictiveness
{
    public static int Of(LicenseInfo license) => Of(license.Tier, license);

    public static int Of(OpennessTier tier, LicenseInfo? license) => ((int)tier * 10) + (license?.CommercialUse switch
    {
        CommercialUse.Allowed => 0,
        CommercialUse.Conditional => 1,
        CommercialUse.Forbidden => 2,
        _ => 3,
    });
}
