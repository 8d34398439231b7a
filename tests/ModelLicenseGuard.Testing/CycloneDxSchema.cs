using System;
using System.Collections.Generic;
using System.Linq;
using NJsonSchema;

namespace ModelLicenseGuard.Testing;

/// <summary>The official CycloneDX 1.6 JSON schema (vendored under <c>Schemas/CycloneDX</c>), to validate the ML-BOM against.</summary>
public static class CycloneDxSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Repository.PathOf("tests/ModelLicenseGuard.Testing/Schemas/CycloneDX/bom-1.6.SNAPSHOT.schema.json")).GetAwaiter().GetResult());

    /// <summary>Every schema violation in <paramref name="json"/>, as path and kind; empty when it is a valid CycloneDX 1.6 BOM.</summary>
    public static IReadOnlyList<string> Validate(string json)
        => Schema.Value.Validate(json).Select(error => $"{error.Path}: {error.Kind} {error}").ToList();
}
