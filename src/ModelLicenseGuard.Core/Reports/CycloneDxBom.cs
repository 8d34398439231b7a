using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Reports;

/// <summary>Writes a CycloneDX 1.6 JSON ML-BOM: one <c>machine-learning-model</c> component per model in the manifest.</summary>
/// <remarks>
/// The output is deterministic (no timestamp; a serial number derived from the content), so an unchanged project
/// writes an identical BOM and reproducible builds stay reproducible.
/// </remarks>
public static class CycloneDxBom
{
    public const string PropertyPrefix = "modellicenseguard:";

    public static string Write(ModelManifest manifest, string projectName, string? projectVersion, string toolVersion)
    {
        var body = Body(manifest, projectName, projectVersion, toolVersion, serialNumber: null);
        return Body(manifest, projectName, projectVersion, toolVersion, SerialNumber(body));
    }

    private static string Body(ModelManifest manifest, string projectName, string? projectVersion, string toolVersion, string? serialNumber)
    {
        var json = new JsonText().BeginObject()
            .String("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json")
            .String("bomFormat", "CycloneDX")
            .String("specVersion", "1.6")
            .String("serialNumber", serialNumber)
            .Number("version", 1);

        json.BeginObject("metadata")
            .BeginObject("tools").BeginArray("components")
            .BeginObject().String("type", "application").String("name", "ModelLicenseGuard").String("version", toolVersion).EndObject()
            .EndArray().EndObject()
            .BeginObject("component").String("type", "application").String("bom-ref", "project").String("name", projectName).String("version", projectVersion).EndObject()
            .EndObject();

        var references = new List<string>();
        json.BeginArray("components");
        foreach (var model in manifest.Models)
        {
            var reference = UniqueReference(references, "model:" + model.Source);
            references.Add(reference);
            Component(json, model, reference);
        }

        json.EndArray();

        json.BeginArray("dependencies").BeginObject().String("ref", "project").BeginArray("dependsOn");
        foreach (var reference in references)
        {
            json.String(null, reference);
        }

        json.EndArray().EndObject();
        foreach (var reference in references)
        {
            json.BeginObject().String("ref", reference).EndObject();
        }

        json.EndArray();
        return json.EndObject().ToString();
    }

    private static void Component(JsonText json, ManifestModel model, string reference)
    {
        var license = LicenseCatalog.Resolve(model.License);
        json.BeginObject()
            .String("type", "machine-learning-model")
            .String("bom-ref", reference)
            .String("name", model.Name.Length > 0 ? model.Name : model.Source)
            .String("version", ModelSources.Version(model.Source) ?? model.Revision)
            .String("purl", WithRevision(ModelSources.Purl(model.Source) ?? RuntimePurl(model), model));

        Licenses(json, model, license);

        // A closed model has no card on the Hub, whatever its catalog id looks like.
        if (model.Tier != OpennessTier.Closed && ModelSources.ModelCardUrl(model.Source, model.CatalogId) is { } card)
        {
            json.BeginArray("externalReferences").BeginObject().String("type", "model-card").String("url", card).EndObject().EndArray();
        }

        if (model.BaseModels.Count > 0)
        {
            json.BeginObject("pedigree").BeginArray("ancestors");
            foreach (var baseModel in model.BaseModels)
            {
                json.BeginObject().String("type", "machine-learning-model").String("name", baseModel).String("purl", ModelSources.Purl("hf:" + baseModel)).EndObject();
            }

            json.EndArray().EndObject();
        }

        // A model named in code or configuration occurs where it is named; a model file, where it lies.
        var path = model.SourceKind is null ? ModelSources.FilePath(model.Source) : model.OriginFile?.Replace('\\', '/');
        if (path is { Length: > 0 })
        {
            json.BeginObject("evidence").BeginArray("occurrences").BeginObject().String("location", path);
            if (model.SourceKind is not null && model.OriginLine > 0)
            {
                json.Number("line", model.OriginLine);
            }

            json.EndObject().EndArray().EndObject();
        }

        json.BeginArray("properties");
        Property(json, "tier", model.Tier.ToString());
        Property(json, "commercial-use", model.CommercialUse.ToString());
        Property(json, "obligations", license is null ? null : string.Join("; ", LicenseObligations.Of(license)) is { Length: > 0 } o ? o : "none recorded");
        Property(json, "source", ModelSources.Kind(model));
        Property(json, "reference", model.Source);
        Property(json, "assumed-from", model.AssumedFrom);
        Property(json, "format", model.Format.Length > 0 ? model.Format : null);
        Property(json, "license-origin", model.LicenseOrigin);
        Property(json, "restrictions", model.Restrictions);
        json.EndArray();

        json.EndObject();
    }

    /// <summary>A Hub purl's version is the model's revision (purl-spec huggingface type), when the reference pins one.</summary>
    private static string? WithRevision(string? purl, ManifestModel model)
        => purl is not null && model.Revision is { Length: > 0 } revision && purl.StartsWith("pkg:huggingface/", System.StringComparison.Ordinal) && purl.IndexOf('@') < 0
            ? purl + "@" + System.Uri.EscapeDataString(revision.ToLowerInvariant())
            : purl;

    /// <summary>A Hub model named in code or configuration: its catalog id is its Hub id.</summary>
    private static string? RuntimePurl(ManifestModel model)
        => model.SourceKind is not null && model.Tier != OpennessTier.Closed && model.CatalogId is { } id && id.IndexOf('/') > 0
            ? ModelSources.Purl("hf:" + id)
            : null;

    /// <summary>The SPDX id where one exists; otherwise the licence's name and the URL of its text; nothing when unknown.</summary>
    private static void Licenses(JsonText json, ManifestModel model, LicenseInfo? license)
    {
        if (license is null && model.License is null or "proprietary")
        {
            return;
        }

        json.BeginArray("licenses").BeginObject().BeginObject("license");
        if (license?.SpdxId is { } spdx)
        {
            json.String("id", spdx);
        }
        else
        {
            json.String("name", license?.Name ?? model.License);
        }

        json.String("url", license?.SourceUrl ?? model.LicenseUrl);
        json.EndObject().EndObject().EndArray();
    }

    private static void Property(JsonText json, string name, string? value)
    {
        if (value is not null)
        {
            json.BeginObject().String("name", PropertyPrefix + name).String("value", value).EndObject();
        }
    }

    private static string UniqueReference(List<string> taken, string wanted)
    {
        var reference = wanted;
        for (var i = 2; taken.Contains(reference); i++)
        {
            reference = wanted + "#" + i.ToString(CultureInfo.InvariantCulture);
        }

        return reference;
    }

    /// <summary>An RFC 4122 name-based (version 5 layout) UUID of the content: same BOM, same serial number.</summary>
    private static string SerialNumber(string body)
    {
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            hash = sha.ComputeHash(Encoding.UTF8.GetBytes(body));
        }

        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = new StringBuilder(36);
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                hex.Append('-');
            }

            hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return "urn:uuid:" + hex;
    }
}
