using System;
using System.Collections.Generic;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Models;

/// <summary>
/// The models the product knows: the embedded <c>Catalog/Models/*.catalog</c> files, found through their embedded index
/// and each model read the first time it is found (<see cref="ModelTable.Load"/>).
/// </summary>
public static class ModelCatalog
{
    private static readonly Lazy<ModelTable> Table = new(() => ModelTable.Load(
        CatalogResources.ModelIndex(),
        CatalogResources.Model,
        () => LicenseCatalog.Default,
        () => ModelTable.Parse(CatalogResources.Models(), LicenseCatalog.Default)));

    public static ModelTable Default => Table.Value;

    public static IReadOnlyList<ModelInfo> All => Default.All;

    /// <summary>Finds a model by Hugging Face id, Ollama tag, file or folder name, or any alias.</summary>
    public static bool TryFind(string? reference, out ModelInfo model) => Default.TryFind(reference, out model);

    /// <inheritdoc cref="ModelTable.TryFindAzureName"/>
    public static bool TryFindAzureName(string? name, out ModelInfo model) => Default.TryFindAzureName(name, out model);
}
