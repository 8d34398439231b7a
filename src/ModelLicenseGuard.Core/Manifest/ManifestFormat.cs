using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Manifest;

/// <summary>
/// Writes and reads the manifest: a small line-based text format, so the analyzer can read it
/// without any JSON or YAML library inside the compiler.
/// </summary>
/// <remarks>
/// The first line names the format and its major version. Sections start with <c>[model]</c> or
/// <c>[problem]</c>; each further line is <c>key: value</c>, with list keys repeated. Values escape
/// backslash, CR and LF. Readers ignore keys and sections they do not know, so minor additions are
/// backward compatible; a new major version is read as an empty manifest.
/// </remarks>
public static class ManifestFormat
{
    public const string Header = "format: modellicenseguard-manifest/1";

    /// <summary>The file name the build writes under <c>obj/</c> and the analyzer looks for.</summary>
    public const string FileName = "ModelLicenseGuard.manifest";

    public static string Write(ModelManifest manifest)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append("# Written by the ModelLicenseGuard build task; regenerated on every change. Do not edit.\n");
        foreach (var model in manifest.Models)
        {
            text.Append("\n[model]\n");
            Line(text, "name", model.Name);
            Line(text, "source", model.Source);
            Line(text, "format", model.Format);
            Line(text, "source-kind", model.SourceKind);
            Line(text, "origin-file", model.OriginFile);
            Line(text, "origin-line", model.OriginLine > 0 ? model.OriginLine.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            Line(text, "origin-column", model.OriginColumn > 0 ? model.OriginColumn.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            Line(text, "license", model.License);
            Line(text, "license-origin", model.LicenseOrigin);
            Line(text, "license-url", model.LicenseUrl);
            Line(text, "catalog-id", model.CatalogId);
            Line(text, "revision", model.Revision);
            Line(text, "tier", model.Tier.ToString());
            Line(text, "training-code", model.TrainingCode);
            Line(text, "training-data", model.TrainingData);
            Line(text, "commercial-use", model.CommercialUse.ToString());
            Line(text, "restrictions", model.Restrictions);
            Line(text, "attribution", model.Attribution);
            foreach (var alias in model.Aliases)
            {
                Line(text, "alias", alias);
            }

            foreach (var baseModel in model.BaseModels)
            {
                Line(text, "base-model", baseModel);
            }

            foreach (var fact in model.Provenance)
            {
                Line(text, "provenance", fact);
            }
        }

        foreach (var problem in manifest.Problems)
        {
            text.Append("\n[problem]\n");
            Line(text, "code", problem.Code);
            Line(text, "file", problem.File);
            Line(text, "message", problem.Message);
            if (problem.Line > 0)
            {
                Line(text, "line", problem.Line.ToString(CultureInfo.InvariantCulture));
                Line(text, "column", problem.Column.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a manifest; text in another format or version yields an empty manifest, never an exception.</summary>
    public static ModelManifest Read(string text)
    {
        var manifest = new ModelManifest();
        using var reader = new StringReader(text);
        if (!string.Equals(reader.ReadLine()?.Trim(), Header, StringComparison.Ordinal))
        {
            return manifest;
        }

        ManifestEntry? model = null;
        Dictionary<string, string>? problem = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                AddProblem(manifest, problem);
                model = null;
                problem = null;
                switch (line.Trim())
                {
                    case "[model]":
                        model = new ManifestEntry();
                        manifest.Models.Add(model);
                        break;
                    case "[problem]":
                        problem = new Dictionary<string, string>(StringComparer.Ordinal);
                        break;
                }

                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line.Substring(0, colon).Trim();

            // Only the one space the writer puts after the colon: a value's own leading spaces are part of it.
            var valueStart = colon + 1 < line.Length && line[colon + 1] == ' ' ? colon + 2 : colon + 1;
            var value = Unescape(line.Substring(valueStart));
            if (model is not null)
            {
                Set(model, key, value);
            }
            else if (problem is not null)
            {
                problem[key] = value;
            }
        }

        AddProblem(manifest, problem);
        return manifest;
    }

    private static void Set(ManifestEntry model, string key, string value)
    {
        switch (key)
        {
            case "name": model.Name = value; break;
            case "source": model.Source = value; break;
            case "format": model.Format = value; break;
            case "source-kind": model.SourceKind = value; break;
            case "origin-file": model.OriginFile = value; break;
            case "origin-line": model.OriginLine = int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var originLine) ? originLine : 0; break;
            case "origin-column": model.OriginColumn = int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var originColumn) ? originColumn : 0; break;
            case "license": model.License = value; break;
            case "license-origin": model.LicenseOrigin = value; break;
            case "license-url": model.LicenseUrl = value; break;
            case "catalog-id": model.CatalogId = value; break;
            case "revision": model.Revision = value; break;
            case "tier": model.Tier = ParseEnum(value, OpennessTier.Unknown); break;
            case "training-code": model.TrainingCode = value; break;
            case "training-data": model.TrainingData = value; break;
            case "commercial-use": model.CommercialUse = ParseEnum(value, CommercialUse.Unknown); break;
            case "restrictions": model.Restrictions = value; break;
            case "attribution": model.Attribution = value; break;
            case "alias": model.Aliases.Add(value); break;
            case "base-model": model.BaseModels.Add(value); break;
            case "provenance": model.Provenance.Add(value); break;
        }
    }

    private static void AddProblem(ModelManifest manifest, Dictionary<string, string>? problem)
    {
        if (problem is not null && problem.TryGetValue("code", out var code))
        {
            problem.TryGetValue("file", out var file);
            problem.TryGetValue("message", out var message);
            var added = new ManifestProblem(code, file ?? string.Empty, message ?? string.Empty);
            if (problem.TryGetValue("line", out var line) && int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                added.Line = number;
                added.Column = problem.TryGetValue("column", out var column) && int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var at) ? at : 0;
            }

            manifest.Problems.Add(added);
        }
    }

    private static T ParseEnum<T>(string value, T fallback)
        where T : struct
        => Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(typeof(T), parsed) ? parsed : fallback;

    private static void Line(StringBuilder text, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        text.Append(key).Append(": ");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                default: text.Append(c); break;
            }
        }

        text.Append('\n');
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] switch
                {
                    'n' => '\n',
                    'r' => '\r',
                    _ => value[i],
                });
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
