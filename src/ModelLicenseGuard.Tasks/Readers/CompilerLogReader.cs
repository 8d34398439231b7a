using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>A model the analyzer found named in code (MLG0040), as the compiler's SARIF log records it.</summary>
internal sealed class LoggedRuntimeModel
{
    public LoggedRuntimeModel(string catalogId, string sourceKind, string? file, int line, string? assumedFrom = null)
    {
        CatalogId = catalogId;
        SourceKind = sourceKind;
        File = file;
        Line = line;
        AssumedFrom = assumedFrom;
    }

    /// <summary>What the model was assumed from, when the code does not name it (an Azure deployment's name).</summary>
    public string? AssumedFrom { get; }

    public string CatalogId { get; }

    public string SourceKind { get; }

    /// <summary>The source file, as a local path; null when the log gives none.</summary>
    public string? File { get; }

    public int Line { get; }
}

/// <summary>
/// Reads the models named in code from the compiler's SARIF 2.1 log (<c>ErrorLog</c>): the MLG0040 results and the
/// properties the analyzer put on them. Streamed through <see cref="BoundedJsonReader"/>; the log can be large, the
/// results kept are few.
/// </summary>
internal static class CompilerLogReader
{
    private const string RuleId = "MLG0040";
    private const int MaxDepth = 64;
    private const int MaxKeptStringLength = 64 * 1024;

    // Far more models than any app names; a log claiming more is not one the compiler wrote.
    private const int MaxModels = 10_000;

    /// <exception cref="ModelFormatException">The file is not valid JSON.</exception>
    public static List<LoggedRuntimeModel> Read(string path)
    {
        var models = new List<LoggedRuntimeModel>();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var json = new BoundedJsonReader(stream, stream.Length, Path.GetFileName(path), MaxDepth, MaxKeptStringLength);

        // The containers from the root to here, each named by the property that holds it ("[]" inside an array).
        var containers = new List<string>();
        string? name = null;
        Result? result = null;
        while (json.Read() && models.Count < MaxModels)
        {
            switch (json.TokenKind)
            {
                case JsonTokenType.PropertyName:
                    name = json.GetString();
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    containers.Add(name ?? "[]");
                    name = null;
                    if (json.TokenKind == JsonTokenType.StartObject && IsResult(containers))
                    {
                        result = new Result();
                    }

                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (json.TokenKind == JsonTokenType.EndObject && IsResult(containers) && result?.ToModel() is { } model)
                    {
                        models.Add(model);
                    }

                    if (containers.Count > 0)
                    {
                        containers.RemoveAt(containers.Count - 1);
                    }

                    name = null;
                    break;
                case JsonTokenType.String when result is not null && name is not null:
                    result.Set(name, containers, json.GetString());
                    name = null;
                    break;
                default:
                    name = null;
                    break;
            }
        }

        return models;
    }

    // runs[] -> results[] -> one result object.
    private static bool IsResult(List<string> path)
        => path.Count >= 2 && path[path.Count - 1] == "[]" && path[path.Count - 2] == "results";

    private sealed class Result
    {
        private string? _ruleId;
        private string? _uri;
        private string? _catalogId;
        private string? _sourceKind;
        private string? _assumedFrom;
        private int _line;

        public void Set(string name, List<string> path, string? value)
        {
            var inCustom = path.Count > 0 && path[path.Count - 1] == "customProperties";
            switch (name)
            {
                case "ruleId" when path[path.Count - 1] == "[]":
                    _ruleId = value;
                    break;
                case "uri" when _uri is null:
                    _uri = value;
                    break;
                case Runtime.RuntimeModels.CatalogIdProperty when inCustom:
                    _catalogId = value;
                    break;
                case Runtime.RuntimeModels.SourceKindProperty when inCustom:
                    _sourceKind = value;
                    break;
                case Runtime.RuntimeModels.AssumedFromProperty when inCustom:
                    _assumedFrom = value;
                    break;
                case Runtime.RuntimeModels.LineProperty when inCustom:
                    int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _line);
                    break;
            }
        }

        public LoggedRuntimeModel? ToModel()
            => _ruleId == RuleId && !string.IsNullOrWhiteSpace(_catalogId)
                ? new LoggedRuntimeModel(_catalogId!, _sourceKind ?? Runtime.RuntimeModels.CodeSource, LocalPath(_uri), _line, _assumedFrom)
                : null;

        private static string? LocalPath(string? uri)
            => uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
    }
}
