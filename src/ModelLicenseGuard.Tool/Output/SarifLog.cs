using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModelLicenseGuard.Tool.Output;

/// <summary>A SARIF rule: its id, its title when known, where it is documented, and the level it is reported at.</summary>
internal sealed record SarifRule(string Id, string? Title, string HelpUri, string Level);

/// <summary>A SARIF result: what is reported, at which level, where (null: nowhere in a file); a justification when an exception suppresses it.</summary>
internal sealed record SarifResult(string RuleId, string Level, string Message, string? Location)
{
    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>Why the result is excused (a justified allow); the result is then written with an external suppression.</summary>
    public string? Suppression { get; init; }

    /// <summary>Extra facts a script can read without parsing the message (the result's <c>properties</c> bag).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Properties { get; init; } = [];
}

/// <summary>
/// Writes a SARIF 2.1.0 log with one run of the <c>ModelLicenseGuard</c> driver: the one place the tool's SARIF shape
/// is decided, for the report (<c>package</c>, <c>scan</c>) and for <c>diff</c>.
/// </summary>
internal static class SarifLog
{
    public const string ToolName = "ModelLicenseGuard";

    private const string InformationUri = "https://github.com/ModelLicenseGuard/ModelLicenseGuard";

    public static void Write(TextWriter output, IReadOnlyList<SarifRule> rules, IReadOnlyList<SarifResult> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolName);
            json.WriteString("version", ToolVersion.Value);
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            var index = new Dictionary<string, int>();
            foreach (var rule in rules)
            {
                index[rule.Id] = index.Count;
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                if (rule.Title is not null)
                {
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", rule.Title);
                    json.WriteEndObject();
                }

                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", rule.Level);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            // Paths in results are relative to where the command looked; SARIF readers resolve them against the checkout.
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(json, result, index);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteResult(Utf8JsonWriter json, SarifResult result, Dictionary<string, int> index)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        if (index.TryGetValue(result.RuleId, out var ruleIndex))
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", result.Level);
        json.WriteStartObject("message");
        json.WriteString("text", result.Message);
        json.WriteEndObject();
        if (result.Location is not null)
        {
            WriteLocation(json, result);
        }

        if (result.Suppression is not null)
        {
            // "external": the exception lives outside the code the result points at (a ModelLicenseAllow item, --allow).
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("justification", result.Suppression);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (result.Properties.Count > 0)
        {
            json.WriteStartObject("properties");
            foreach (var property in result.Properties)
            {
                if (property.Value is null)
                {
                    json.WriteNull(property.Key);
                }
                else
                {
                    json.WriteString(property.Key, property.Value);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SarifResult result)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", UriOf(result.Location!));
        json.WriteEndObject();
        if (result.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", result.Line);
            if (result.Column > 0)
            {
                json.WriteNumber("startColumn", result.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>
    /// A location as a SARIF artifact URI (a URI reference): a relative path stays relative with '/' separators, a model
    /// reference such as <c>hf:org/name</c> stays a URI of its own scheme, an absolute path becomes a <c>file:</c> URI, and any character a URI may not hold — a
    /// space, '%', '#', '?' or non-ASCII text — is percent-encoded as UTF-8.
    /// </summary>
    public static string UriOf(string location)
    {
        // An absolute path is a file: URI; "C:/x" would otherwise read as a URI of scheme "C".
        if (System.IO.Path.IsPathFullyQualified(location))
        {
            return new System.Uri(location).AbsoluteUri;
        }

        var text = location.Replace('\\', '/');
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~/:@!$&'()*+,;=".Contains(c, System.StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}

/// <summary>The tool's version as a reader can look it up: the package version, without Source Link's "+commit".</summary>
internal static class ToolVersion
{
    public static string Value { get; } = Read();

    private static string Read()
    {
        var assembly = typeof(ToolVersion).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', System.StringComparison.Ordinal);
        return plus > 0 ? version.Substring(0, plus) : version;
    }
}
