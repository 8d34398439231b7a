using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Tasks.Reports;

/// <summary>Writes a CycloneDX 1.6 JSON ML-BOM: one <c>machine-learning-model</c> component per model in the manifest.</summary>
/// <remarks>
/// The output is deterministic (no timestamp; a serial number derived from the content), so an unchanged project
/// writes an identical BOM and reproducible builds stay reproducible.
/// </remarks>
public static class CycloneDxBom
{
    public const string PropertyPrefix = "modellicenseguard:";

    // Indented for people reading the file; escaping only what JSON requires, so licence names and model names stay readable.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ModelManifest manifest, string projectName, string? projectVersion, string toolVersion)
    {
        var body = Body(manifest, projectName, projectVersion, toolVersion, serialNumber: null);
        return Body(manifest, projectName, projectVersion, toolVersion, SerialNumber(body));
    }

    private static string Body(ModelManifest manifest, string projectName, string? projectVersion, string toolVersion, string? serialNumber)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
            json.WriteString("bomFormat", "CycloneDX");
            json.WriteString("specVersion", "1.6");
            String(json, "serialNumber", serialNumber);
            json.WriteNumber("version", 1);

            json.WriteStartObject("metadata");
            json.WriteStartObject("tools");
            json.WriteStartArray("components");
            json.WriteStartObject();
            json.WriteString("type", "application");
            json.WriteString("name", "ModelLicenseGuard");
            json.WriteString("version", toolVersion);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("component");
            json.WriteString("type", "application");
            json.WriteString("bom-ref", "project");
            json.WriteString("name", projectName);
            String(json, "version", projectVersion);
            json.WriteEndObject();
            json.WriteEndObject();

            var references = new List<string>();
            json.WriteStartArray("components");
            foreach (var model in manifest.Models)
            {
                var reference = UniqueReference(references, "model:" + model.Source);
                references.Add(reference);
                Component(json, model, reference);
            }

            json.WriteEndArray();

            json.WriteStartArray("dependencies");
            json.WriteStartObject();
            json.WriteString("ref", "project");
            json.WriteStartArray("dependsOn");
            foreach (var reference in references)
            {
                json.WriteStringValue(reference);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var reference in references)
            {
                json.WriteStartObject();
                json.WriteString("ref", reference);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // The writer's line ends are the platform's; the BOM's are '\n' everywhere, so a build writes the same bytes on any OS.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void Component(Utf8JsonWriter json, ManifestEntry model, string reference)
    {
        var license = LicenseCatalog.Resolve(model.License);
        json.WriteStartObject();
        json.WriteString("type", "machine-learning-model");
        json.WriteString("bom-ref", reference);
        json.WriteString("name", model.Name.Length > 0 ? model.Name : model.Source);
        String(json, "version", ModelSources.Version(model.Source) ?? model.Revision);
        String(json, "purl", WithRevision(ModelSources.Purl(model.Source) ?? RuntimePurl(model), model));

        Licenses(json, model, license);

        // A closed model has no card on the Hub, whatever its catalog id looks like.
        if (model.Tier != OpennessTier.Closed && ModelSources.ModelCardUrl(model.Source, model.CatalogId) is { } card)
        {
            json.WriteStartArray("externalReferences");
            json.WriteStartObject();
            json.WriteString("type", "model-card");
            json.WriteString("url", card);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (model.BaseModels.Count > 0)
        {
            json.WriteStartObject("pedigree");
            json.WriteStartArray("ancestors");
            foreach (var baseModel in model.BaseModels)
            {
                json.WriteStartObject();
                json.WriteString("type", "machine-learning-model");
                json.WriteString("name", baseModel);
                String(json, "purl", ModelSources.Purl("hf:" + baseModel));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // A model named in code or configuration occurs where it is named; a model file, where it lies.
        var path = model.SourceKind is null ? ModelSources.FilePath(model.Source) : model.OriginFile?.Replace('\\', '/');
        if (path is { Length: > 0 })
        {
            json.WriteStartObject("evidence");
            json.WriteStartArray("occurrences");
            json.WriteStartObject();
            json.WriteString("location", path);
            if (model.SourceKind is not null && model.OriginLine > 0)
            {
                json.WriteNumber("line", model.OriginLine);
            }

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteStartArray("properties");
        Property(json, "tier", model.Tier.ToString());
        Property(json, "commercial-use", model.CommercialUse.ToString());
        Property(json, "obligations", license is null ? null : string.Join("; ", LicenseObligations.Of(license)) is { Length: > 0 } o ? o : "none recorded");
        Property(json, "source", ModelSources.Kind(model));
        Property(json, "reference", model.Source);
        Property(json, "assumed-from", model.AssumedFrom);
        Property(json, "format", model.Format.Length > 0 ? model.Format : null);
        Property(json, "license-origin", model.LicenseOrigin);
        Property(json, "restrictions", model.Restrictions);
        json.WriteEndArray();

        json.WriteEndObject();
    }

    /// <summary>A Hub purl's version is the model's revision (purl-spec huggingface type), when the reference pins one.</summary>
    private static string? WithRevision(string? purl, ManifestEntry model)
        => purl is not null && model.Revision is { Length: > 0 } revision && purl.StartsWith("pkg:huggingface/", System.StringComparison.Ordinal) && purl.IndexOf('@') < 0
            ? purl + "@" + System.Uri.EscapeDataString(revision.ToLowerInvariant())
            : purl;

    /// <summary>A Hub model named in code or configuration: its catalog id is its Hub id.</summary>
    private static string? RuntimePurl(ManifestEntry model)
        => model.SourceKind is not null && model.Tier != OpennessTier.Closed && model.CatalogId is { } id && id.IndexOf('/') > 0
            ? ModelSources.Purl("hf:" + id)
            : null;

    /// <summary>The SPDX id where one exists; otherwise the licence's name and the URL of its text; nothing when unknown.</summary>
    private static void Licenses(Utf8JsonWriter json, ManifestEntry model, LicenseInfo? license)
    {
        if (license is null && model.License is null or "proprietary")
        {
            return;
        }

        json.WriteStartArray("licenses");
        json.WriteStartObject();
        json.WriteStartObject("license");
        if (license?.SpdxId is { } spdx)
        {
            json.WriteString("id", spdx);
        }
        else
        {
            String(json, "name", license?.Name ?? model.License);
        }

        String(json, "url", license?.SourceUrl ?? model.LicenseUrl);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void Property(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteStartObject();
            json.WriteString("name", PropertyPrefix + name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }
    }

    /// <summary>Writes <c>"name": "value"</c>, or nothing when the value is null: absent beats empty in a BOM.</summary>
    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
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
#if NET
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(body));
#else
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            hash = sha.ComputeHash(Encoding.UTF8.GetBytes(body));
        }
#endif

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
