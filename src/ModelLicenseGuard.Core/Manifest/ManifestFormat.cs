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
/// The last section, <c>[end]</c>, holds a checksum of everything before it, so a manifest that was truncated,
/// emptied or changed after the build wrote it is told apart from one that lists no models
/// (<see cref="ModelManifest.Damage"/>); older readers skip the section as one they do not know.
/// </remarks>
public static class ManifestFormat
{
    public const string Header = "format: modellicenseguard-manifest/1";

    /// <summary>The file name the build writes under <c>obj/</c> and the analyzer looks for.</summary>
    public const string FileName = "ModelLicenseGuard.manifest";

    /// <summary>MLG0025's message, for the analyzer and the build task alike: {0} the manifest's path, {1} what is wrong.</summary>
    public const string DamagedMessageFormat = "The model manifest '{0}' is damaged: {1}. Its models and problems are not checked until it is written again: build the project (dotnet build) to rewrite it";

    private const string EndSection = "[end]";

    // The configuration keys the project sets (ModelManifest.ConfigurationKeys); older readers skip the section.
    private const string ConfigurationSection = "[configuration]";

    public static string DamagedMessage(string path, string damage) => string.Format(CultureInfo.InvariantCulture, DamagedMessageFormat, path, damage);
    private const string ChecksumKey = "checksum: fnv1a64:";

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
            Line(text, "assumed-from", model.AssumedFrom);
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
            Line(text, "file-size", model.FileSize?.ToString(CultureInfo.InvariantCulture));
            Line(text, "header-sha256", model.HeaderSha256);
            Line(text, "license-text-sha256", model.LicenseTextSha256);
            Line(text, "hub-answer", model.HubAnswer);
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

        if (manifest.ConfigurationKeys.Count > 0)
        {
            text.Append('\n').Append(ConfigurationSection).Append('\n');
            foreach (var key in manifest.ConfigurationKeys)
            {
                Line(text, "key", key);
            }
        }

        text.Append('\n').Append(EndSection).Append('\n');
        var body = text.ToString();
        return body + ChecksumKey + Checksum(body, body.Length) + "\n";
    }

    /// <summary>
    /// Reads a manifest; text in another format or version yields an empty manifest, never an exception. Text that is
    /// not a whole manifest as the build wrote it (empty, truncated, edited, another version) has
    /// <see cref="ModelManifest.Damage"/> set, and what could be read of it; a reader that acts on it should act on the
    /// damage alone.
    /// </summary>
    public static ModelManifest Read(string text)
    {
        var manifest = new ModelManifest { Damage = FindDamage(text) };
        using var reader = new StringReader(text);
        if (!string.Equals(reader.ReadLine()?.Trim(), Header, StringComparison.Ordinal))
        {
            return manifest;
        }

        ManifestEntry? model = null;
        Dictionary<string, string>? problem = null;
        var configuration = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (string.Equals(line.Trim(), EndSection, StringComparison.Ordinal))
            {
                break;
            }

            if (line[0] == '[')
            {
                AddProblem(manifest, problem);
                model = null;
                problem = null;
                configuration = string.Equals(line.Trim(), ConfigurationSection, StringComparison.Ordinal);
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
            else if (configuration && key == "key" && value.Length > 0)
            {
                manifest.ConfigurationKeys.Add(value);
            }
        }

        AddProblem(manifest, problem);
        return manifest;
    }

    /// <summary>Why <paramref name="text"/> is not a whole manifest as the build wrote it; null when it is.</summary>
    public static string? FindDamage(string text)
    {
        if (text.Trim().Length == 0)
        {
            return "it is empty";
        }

        var firstLine = text.IndexOf('\n');
        var header = (firstLine < 0 ? text : text.Substring(0, firstLine)).Trim();
        if (!string.Equals(header, Header, StringComparison.Ordinal))
        {
            return header.StartsWith("format: modellicenseguard-manifest/", StringComparison.Ordinal)
                ? $"it is in another version of the format ('{Truncate(header)}')"
                : "it does not start with the manifest's header";
        }

        // The end section is the last thing written: without it the file was cut short.
        var end = text.LastIndexOf("\n" + EndSection + "\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return "it is incomplete (its end section is missing)";
        }

        var bodyLength = end + EndSection.Length + 2;
        var checksumLine = text.Substring(bodyLength).TrimEnd('\r', '\n');
        if (!checksumLine.StartsWith(ChecksumKey, StringComparison.Ordinal)
            || !string.Equals(checksumLine.Substring(ChecksumKey.Length), Checksum(text, bodyLength), StringComparison.Ordinal))
        {
            return "its content does not match its checksum (it was changed or damaged after the build wrote it)";
        }

        return null;
    }

    private static string Truncate(string value) => value.Length <= 80 ? value : value.Substring(0, 80) + "…";

    /// <summary>FNV-1a, 64 bits, over the UTF-16 code units: a check against damage, not against tampering.</summary>
    private static string Checksum(string text, int length)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        for (var i = 0; i < length; i++)
        {
            hash ^= text[i];
            hash *= prime;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
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
            case "assumed-from": model.AssumedFrom = value; break;
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
            case "file-size": model.FileSize = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : null; break;
            case "header-sha256": model.HeaderSha256 = value; break;
            case "license-text-sha256": model.LicenseTextSha256 = value; break;
            case "hub-answer": model.HubAnswer = value; break;
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
