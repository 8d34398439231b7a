using Microsoft.CodeAnalysis;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.Analyzers.Rules;

/// <summary>The analyzer's diagnostics; ids come from <see cref="DiagnosticIds"/>, help links from <see cref="HelpLinks"/>.</summary>
internal static class RuleDescriptors
{
    public const string Category = "ModelLicensing";

    public static readonly DiagnosticDescriptor OpenWeightsModelCalledOpenSource = new(
        DiagnosticIds.OpenWeightsModelCalledOpenSource,
        title: "Open-weights model called open source",
        messageFormat: "'{0}' is called {1}, but only its weights are open (under the '{2}' licence, {3}): {4}, so it is open-weight, not open-source AI; call it {5}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Under the OSI Open Source AI Definition, open-source AI makes the weights, the training code and the training data (or complete data information) available. Weights alone under an open licence are open weights.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.OpenWeightsModelCalledOpenSource));

    public static readonly DiagnosticDescriptor ClosedModelCalledOpenSource = new(
        DiagnosticIds.ClosedModelCalledOpenSource,
        title: "Closed model called open source",
        messageFormat: "'{0}' is called {1}, but it is a closed model: its weights are not published and it is available only through its vendor's API; call it {2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model whose weights are not published is closed, whatever its API's terms.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.ClosedModelCalledOpenSource));

    public static readonly DiagnosticDescriptor AttributionMissing = new(
        DiagnosticIds.AttributionMissing,
        title: "Attribution required by a model licence is missing",
        messageFormat: "'{0}' is used under the '{1}' licence ({2}), which requires the attribution \"{3}\"; the project carries it nowhere: add it to a NOTICE or THIRD-PARTY-NOTICES file, the README or UI text, or record it with [assembly: ModelLicenseGuard.ModelAttribution(\"{4}\", License = \"{1}\", Notice = \"{3}\")]{5}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Some model licences require a fixed attribution (\"Built with Llama\") or notice (Gemma) to be displayed. The project must carry the text where its users will see it. A model the project only names at run time (it ships no weights) is reported at info severity: the duty attaches when the app is distributed with the model or offered as a service containing it.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.AttributionMissing),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor RestrictedModelCalledOpenSource = new(
        DiagnosticIds.RestrictedModelCalledOpenSource,
        title: "Restricted-weights model called open source",
        messageFormat: "'{0}' is called {1}, but its weights are under the '{2}' licence ({3}), which restricts use: {4}; call it {5}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model whose weights are released under terms that restrict use, users, field or commerce is not open source under the OSI Open Source AI Definition. Call it what it is.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.RestrictedModelCalledOpenSource));

    public static readonly DiagnosticDescriptor PackageMetadataConflict = new(
        DiagnosticIds.PackageMetadataConflict,
        title: "Package metadata conflicts with a bundled model",
        messageFormat: "{0} '{1}' conflicts with the model the package carries, '{2}' ({3}): {4}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A package that carries model files is distributed under their terms too. Its licence expression must cover the models' licences, which a custom model licence cannot be in an SPDX expression, and its tags must not call it open source when a model it carries is not.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.PackageMetadataConflict));

    public static readonly DiagnosticDescriptor RuntimeModelFound = new(
        DiagnosticIds.RuntimeModelFound,
        title: "Model used at run time",
        messageFormat: "Model '{0}' is used here ({1}): {2}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The project names this model when it calls an AI library. It is judged like a model the project ships: claims, attribution and policy apply to it.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.RuntimeModelFound));

    public static readonly DiagnosticDescriptor RuntimeModelUnresolved = new(
        DiagnosticIds.RuntimeModelUnresolved,
        title: "Model reference cannot be resolved",
        messageFormat: "The model used here cannot be told from the code: {0}",
        Category,
        DiagnosticSeverity.Hidden,
        isEnabledByDefault: true,
        description: "A library is told which model to use, but the value is not a constant the analyzer can fold, or it is an Azure deployment name, which does not say which model is deployed. Such models are not judged.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.RuntimeModelUnresolved));

    public static readonly DiagnosticDescriptor ManifestDamaged = new(
        DiagnosticIds.ManifestDamaged,
        title: "The model manifest is damaged",
        messageFormat: ModelLicenseGuard.Manifest.ManifestFormat.DamagedMessageFormat,
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The build writes the manifest of the project's models for the analyzer. A manifest that is empty, cut short or changed after it was written holds no models the analyzer can trust, so no other ModelLicenseGuard rule can fire; a build writes it again.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.ManifestDamaged));

    public static readonly DiagnosticDescriptor RuntimeModelLicenseUnknown = new(
        DiagnosticIds.LicenseUnknown,
        title: "Model licence cannot be determined",
        messageFormat: "The licence of the model used here ({0}) cannot be determined offline: ModelLicenseGuard's catalog has no entry for it; see docs/knowledge-base.md to add it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model's licence decides what may be said about it and whether the project may use it. A model the catalog does not know cannot be judged.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.LicenseUnknown));

    public static readonly DiagnosticDescriptor RuntimeModelPolicyViolation = new(
        DiagnosticIds.PolicyViolation,
        title: "Model licence violates the project's policy",
        messageFormat: "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The project's ModelLicensePolicy does not allow this model's licence.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.PolicyViolation));
}
