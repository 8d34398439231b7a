using System;
using System.Collections.Generic;
using ModelLicenseGuard.Catalog;

namespace ModelLicenseGuard.Licenses;

/// <summary>The licences the product can classify: the embedded <c>Catalog/licenses.catalog</c>, parsed once.</summary>
/// <remarks>
/// Identifiers follow the Hugging Face Hub vocabulary, because llama.cpp copies a card's <c>license</c>
/// into <c>general.license</c> verbatim; SPDX ids and common spellings are accepted as aliases.
/// </remarks>
public static class LicenseCatalog
{
    private static readonly Lazy<LicenseTable> Table = new(() => LicenseTable.Parse(CatalogResources.Licenses(), "licenses.catalog"));

    public static LicenseTable Default => Table.Value;

    public static IReadOnlyList<LicenseInfo> All => Default.All;

    /// <summary>Finds a licence by Hugging Face id, SPDX id or a known alias, ignoring case and punctuation.</summary>
    public static bool TryGet(string? identifier, out LicenseInfo license) => Default.TryGet(identifier, out license);

    /// <summary>Resolves a licence id or expression to the licence whose terms bind (see <see cref="LicenseTable.Resolve"/>).</summary>
    public static LicenseInfo? Resolve(string? expression) => Default.Resolve(expression);

    internal static string Squash(string identifier) => LicenseTable.Squash(identifier);
}
