namespace ModelLicenseGuard.Diagnostics;

/// <summary>Where each diagnostic's documentation page lives: <c>docs/rules/&lt;id&gt;.md</c> in the repository.</summary>
public static class HelpLinks
{
    public const string RulesBaseUrl = "https://github.com/ModelLicenseGuard/ModelLicenseGuard/blob/main/docs/rules/";

    public static string For(string id) => RulesBaseUrl + id + ".md";
}
