using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Tool.Output;

namespace ModelLicenseGuard.Tool.Diff;

/// <summary>Writes a <see cref="BomDiff"/> as a table, JSON or SARIF.</summary>
internal static class BomDiffWriter
{
    /// <summary>
    /// The SARIF rule ids of a diff, under the <c>diff/</c> prefix so they are never taken for a build diagnostic (MLGnnnn).
    /// </summary>
    public const string AddedRule = "diff/model-added";

    public const string RemovedRule = "diff/model-removed";

    public const string ChangedRule = "diff/model-changed";

    // A value longer than this is written on lines of its own (old, then new) rather than "old -> new" on one.
    private const int InlineValueWidth = 40;

    private static readonly TextColumn[] ModelColumns =
    [
        new("LOCATION", 48, Keep.End),
        new("MODEL", 32),
        new("LICENCE", 28),
        new("TIER", 17),
        new("COMMERCIAL USE", 14),
    ];

    /// <summary>Where a diff's rules are documented: the diff section of the tool's page, beside the rule pages.</summary>
    private static string HelpUri { get; } = new Uri(new Uri(HelpLinks.RulesBaseUrl), "../tool.md#diff").ToString();

    public static void WriteTable(BomDiff diff, string oldName, string newName, TextWriter output, bool color)
    {
        var header = TextTable.Clean($"{oldName} -> {newName}: ");
        if (!diff.HasDifferences)
        {
            output.WriteLine(header + $"no differences ({TableReportWriter.Count(diff.Unchanged, "model")}).");
            return;
        }

        output.WriteLine(header + $"{diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.Unchanged} unchanged");
        WriteModels("Added", diff.Added, output, color);
        WriteModels("Removed", diff.Removed, output, color);
        if (diff.Changed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Changed ({diff.Changed.Count}):");
            foreach (var change in diff.Changed)
            {
                var name = change.New.Name.Length > 0 && change.New.Name != change.New.Location ? $" ({change.New.Name})" : string.Empty;
                output.WriteLine(TextTable.Clean("  " + change.New.Location + name));
                foreach (var field in change.Changes)
                {
                    WriteFieldChange(field, output, color);
                }
            }
        }
    }

    public static void WriteJson(BomDiff diff, string oldName, string newName, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old", oldName);
            json.WriteString("new", newName);
            json.WriteBoolean("hasDifferences", diff.HasDifferences);
            json.WriteStartObject("summary");
            json.WriteNumber("added", diff.Added.Count);
            json.WriteNumber("removed", diff.Removed.Count);
            json.WriteNumber("changed", diff.Changed.Count);
            json.WriteNumber("unchanged", diff.Unchanged);
            json.WriteEndObject();
            json.WriteStartArray("added");
            foreach (var model in diff.Added)
            {
                WriteModel(json, model);
            }

            json.WriteEndArray();
            json.WriteStartArray("removed");
            foreach (var model in diff.Removed)
            {
                WriteModel(json, model);
            }

            json.WriteEndArray();
            json.WriteStartArray("changed");
            foreach (var change in diff.Changed)
            {
                json.WriteStartObject();
                json.WriteString("key", change.New.Key);
                json.WriteString("location", change.New.Location);
                json.WriteString("name", change.New.Name);
                json.WriteStartArray("changes");
                foreach (var field in change.Changes)
                {
                    json.WriteStartObject();
                    json.WriteString("field", field.Field);
                    WriteValue(json, "old", field.Old);
                    WriteValue(json, "new", field.New);
                    if (DirectionWord(field.Direction) is { } direction)
                    {
                        json.WriteString("direction", direction);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// One result per model added, removed or changed, at level <c>note</c>: a diff states facts, not a policy's verdict
    /// (that is what <c>scan</c>, <c>package</c> and the build report as MLG0020), so nothing in it is an error or a warning.
    /// A change that makes the terms more restrictive says so in its message and its <c>moreRestrictive</c> property.
    /// </summary>
    public static void WriteSarif(BomDiff diff, TextWriter output)
    {
        var results = new List<SarifResult>();
        foreach (var model in diff.Added)
        {
            results.Add(new SarifResult(AddedRule, "note", $"Model added: {Describe(model)}.", model.Location) { Properties = PropertiesOf(model) });
        }

        foreach (var model in diff.Removed)
        {
            results.Add(new SarifResult(RemovedRule, "note", $"Model removed: {Describe(model)}.", model.Location) { Properties = PropertiesOf(model) });
        }

        foreach (var change in diff.Changed)
        {
            var parts = new List<string>();
            var tighter = false;
            foreach (var field in change.Changes)
            {
                var direction = field.Direction == Direction.None ? string.Empty : " (" + DirectionWord(field.Direction)!.Replace('-', ' ') + ")";
                parts.Add($"{field.Field} '{field.Old ?? "none"}' -> '{field.New ?? "none"}'{direction}");
                tighter |= field.Direction == Direction.MoreRestrictive;
            }

            var properties = new List<KeyValuePair<string, string?>>(PropertiesOf(change.New))
            {
                new("moreRestrictive", tighter ? "true" : "false"),
            };
            results.Add(new SarifResult(ChangedRule, "note", $"Model changed: {Describe(change.New)}: {string.Join("; ", parts)}.", change.New.Location) { Properties = properties });
        }

        var rules = new List<SarifRule>
        {
            new(AddedRule, "A model is in the new ML-BOM and not in the old", HelpUri, "note"),
            new(RemovedRule, "A model is in the old ML-BOM and not in the new", HelpUri, "note"),
            new(ChangedRule, "A model's licence, tier, obligations or identity changed between the ML-BOMs", HelpUri, "note"),
        };
        SarifLog.Write(output, rules, results);
    }

    private static void WriteModels(string heading, IReadOnlyList<BomModel> models, TextWriter output, bool color)
    {
        if (models.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{heading} ({models.Count}):");
        var table = new TextTable(ModelColumns);
        foreach (var model in models)
        {
            table.Add([model.Location, model.Name, model[BomFields.License] ?? "unknown", model[BomFields.Tier], model[BomFields.CommercialUse]]);
        }

        table.Write(output, "  ", color);
    }

    private static void WriteFieldChange(FieldChange field, TextWriter output, bool color)
    {
        var old = TextTable.Clean(field.Old ?? "(none)");
        var @new = TextTable.Clean(field.New ?? "(none)");
        var direction = field.Direction switch
        {
            Direction.MoreRestrictive => " " + TextTable.Colored("(more restrictive)", Paint.Yellow, color),
            Direction.LessRestrictive => " " + TextTable.Colored("(less restrictive)", Paint.Green, color),
            _ => string.Empty,
        };

        if (old.Length <= InlineValueWidth && @new.Length <= InlineValueWidth)
        {
            output.WriteLine($"    {field.Field}: {old} -> {@new}{direction}");
            return;
        }

        // Obligations and restrictions run to sentences: whole, one per line, old above new as in a unified diff.
        output.WriteLine($"    {field.Field}:{direction}");
        output.WriteLine("      - " + old);
        output.WriteLine("      + " + @new);
    }

    private static void WriteModel(Utf8JsonWriter json, BomModel model)
    {
        json.WriteStartObject();
        json.WriteString("key", model.Key);
        json.WriteString("location", model.Location);
        foreach (var field in BomFields.Compared)
        {
            WriteValue(json, field, model[field]);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Describe(BomModel model)
    {
        var name = model.Name.Length > 0 && model.Name != model.Location ? $"'{model.Name}' at {model.Location}" : model.Location;
        var tier = Enum.TryParse<OpennessTier>(model[BomFields.Tier], out var parsed) && Enum.IsDefined(parsed) ? TierWords.Noun(parsed) : model[BomFields.Tier] ?? "tier unknown";
        return string.Create(CultureInfo.InvariantCulture, $"{name} ({model[BomFields.License] ?? "licence unknown"}; {tier})");
    }

    private static List<KeyValuePair<string, string?>> PropertiesOf(BomModel model)
        =>
        [
            new("key", model.Key),
            new(BomFields.License, model[BomFields.License]),
            new(BomFields.Tier, model[BomFields.Tier]),
        ];

    private static string? DirectionWord(Direction direction) => direction switch
    {
        Direction.MoreRestrictive => "more-restrictive",
        Direction.LessRestrictive => "less-restrictive",
        _ => null,
    };
}
