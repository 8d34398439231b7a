namespace ModelLicenseGuard.Testing;

/// <summary>
/// The <c>Category</c> trait that splits the suite into tiers (README, "Build and test"): <c>dotnet test --filter
/// "Category!=EndToEnd"</c> is the fast loop, <c>--filter "Category=EndToEnd"</c> the tier that packs the package.
/// </summary>
public static class TestCategory
{
    public const string Name = "Category";

    /// <summary>Packs the package and builds real projects with it from a local feed: minutes.</summary>
    public const string EndToEnd = "EndToEnd";

    /// <summary>Runs the repository's build/ModelLicenseGuard.props and .targets with the freshly built task assembly, unpacked: seconds.</summary>
    public const string Targets = "Targets";
}
