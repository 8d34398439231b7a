using Microsoft.CodeAnalysis;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Analyzers.Rules;

/// <summary>The analyzer's diagnostics; ids come from <see cref="DiagnosticIds"/>, help links from <see cref="HelpLinks"/>.</summary>
internal static class RuleDescriptors
{
    public const string Category = "ModelLicensing";

    public static readonly DiagnosticDescriptor RestrictedModelCalledOpenSource = new(
        DiagnosticIds.RestrictedModelCalledOpenSource,
        title: "Restricted-weights model called open source",
        messageFormat: "'{0}' is called {1}, but its weights are under the '{2}' licence ({3}), which restricts use: {4}; call it {5}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model whose weights are released under terms that restrict use, users, field or commerce is not open source under the OSI Open Source AI Definition. Call it what it is.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.RestrictedModelCalledOpenSource));
}
