using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Online;

/// <summary>
/// What the Hugging Face Hub's model API (<c>GET /api/models/{org}/{name}</c>) says about a model's licence: the card
/// metadata (<c>cardData</c>: <c>license</c>, <c>license_name</c>, <c>license_link</c>, <c>base_model</c>), the tags the
/// Hub derives from it (<c>license:apache-2.0</c>, <c>base_model:finetune:org/name</c>), whether it is gated, and the
/// commit (<c>sha</c>) the answer describes.
/// </summary>
/// <remarks>
/// <see cref="ToJson"/> writes the same shape the Hub answers with, reduced to these fields, so <see cref="Parse"/> reads
/// both the Hub's answer and the one a cache file or the lock file recorded. Nothing is guessed: a licence the card does
/// not state stays unstated, and <see cref="ToCard"/> hands the fields to the same code a folder's README.md goes through.
/// </remarks>
internal sealed record HubModelInfo(
    string Id,
    string? Revision,
    IReadOnlyList<string> Licenses,
    string? LicenseName,
    string? LicenseLink,
    IReadOnlyList<string> BaseModels,
    string? BaseModelRelation,
    IReadOnlyList<string> Tags,
    string? Gated)
{
    /// <summary>The most of an answer that is read; the Hub's answers for real models are tens of kilobytes.</summary>
    public const int MaxAnswerBytes = 4 * 1024 * 1024;

    /// <summary>Real answers nest a few levels (<c>cardData.model-index[0].results[0].metrics</c>).</summary>
    public const int MaxDepth = 64;

    private const int MaxText = 1024;
    private const int MaxItems = 256;

    private const string LicenseTag = "license:";
    private const string BaseModelTag = "base_model:";
    private static readonly string[] Relations = ["adapter:", "merge:", "quantized:", "finetune:"];

    /// <summary>Where the classifier's evidence says the fields came from.</summary>
    public const string Origin = "Hugging Face Hub";

    /// <summary>The card the answer amounts to, for <see cref="ModelCardFacts.Apply"/>.</summary>
    public ModelCard ToCard()
    {
        var card = new ModelCard(hasFrontMatter: true)
        {
            LicenseName = LicenseName,
            LicenseLink = LicenseLink,
            BaseModelRelation = BaseModelRelation,
        };
        card.Licenses.AddRange(Licenses);
        card.BaseModels.AddRange(BaseModels);
        return card;
    }

    /// <summary>The answer as compact JSON in the Hub's own shape, keys in a fixed order (what HubAnswer and the cache hold).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", Id);
            WriteOptional(json, "sha", Revision);
            if (Gated is null)
            {
                json.WriteBoolean("gated", false);
            }
            else
            {
                json.WriteString("gated", Gated);
            }

            json.WriteStartArray("tags");
            foreach (var tag in Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteStartObject("cardData");
            WriteList(json, "license", Licenses);
            WriteOptional(json, "license_name", LicenseName);
            WriteOptional(json, "license_link", LicenseLink);
            WriteList(json, "base_model", BaseModels);
            WriteOptional(json, "base_model_relation", BaseModelRelation);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads an answer from its text (a recorded answer).</summary>
    /// <exception cref="FormatException">The text is not JSON, not an object, or has no model id.</exception>
    public static HubModelInfo Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    /// <summary>Reads an answer from at most <see cref="MaxAnswerBytes"/> bytes of UTF-8 JSON.</summary>
    /// <exception cref="FormatException">The bytes are too many, not JSON, not an object, or have no model id.</exception>
    public static HubModelInfo Parse(byte[] utf8)
    {
        if (utf8.Length > MaxAnswerBytes)
        {
            throw new FormatException($"the answer is larger than {MaxAnswerBytes / (1024 * 1024)} MiB");
        }

        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return From(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"the answer is not valid JSON ({exception.Message})", exception);
        }
    }

    private static HubModelInfo From(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"the answer is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
        }

        var id = Text(Property(root, "id")) ?? Text(Property(root, "modelId"));
        if (id is null)
        {
            throw new FormatException("the answer names no model (no 'id')");
        }

        var tags = new List<string>();
        AddStrings(tags, Property(root, "tags"));

        var card = Property(root, "cardData");
        if (card is { ValueKind: not JsonValueKind.Object })
        {
            card = null;
        }

        var licenses = new List<string>();
        var baseModels = new List<string>();
        AddStrings(licenses, card is { } c1 ? Property(c1, "license") : null);
        AddStrings(baseModels, card is { } c2 ? Property(c2, "base_model") : null);

        // The Hub tags a model with what its card says; an answer without cardData still has them.
        foreach (var tag in tags)
        {
            if (licenses.Count == 0 && tag.StartsWith(LicenseTag, StringComparison.OrdinalIgnoreCase) && tag.Length > LicenseTag.Length)
            {
                licenses.Add(tag.Substring(LicenseTag.Length));
            }
        }

        if (baseModels.Count == 0)
        {
            foreach (var tag in tags)
            {
                if (BaseModelOfTag(tag) is { } baseModel && !baseModels.Contains(baseModel))
                {
                    baseModels.Add(baseModel);
                }
            }
        }

        var gated = Property(root, "gated") switch
        {
            { ValueKind: JsonValueKind.String } text => Text(text),
            { ValueKind: JsonValueKind.True } => "true",
            _ => null,
        };

        return new HubModelInfo(
            id,
            Text(Property(root, "sha")),
            licenses,
            card is { } c3 ? Text(Property(c3, "license_name")) : null,
            card is { } c4 ? Text(Property(c4, "license_link")) : null,
            baseModels,
            card is { } c5 ? Text(Property(c5, "base_model_relation")) : null,
            tags,
            gated);
    }

    /// <summary>"base_model:org/name" or "base_model:finetune:org/name" → "org/name".</summary>
    private static string? BaseModelOfTag(string tag)
    {
        if (!tag.StartsWith(BaseModelTag, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = tag.Substring(BaseModelTag.Length);
        foreach (var relation in Relations)
        {
            if (rest.StartsWith(relation, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest.Substring(relation.Length);
                break;
            }
        }

        return rest.Length > 0 && rest.IndexOf(':') < 0 ? rest : null;
    }

    private static JsonElement? Property(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    /// <summary>A string's text, trimmed and at most <see cref="MaxText"/> characters; null for anything else or blank.</summary>
    private static string? Text(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.String } element)
        {
            return null;
        }

        var text = element.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text!.Trim();
        return text.Length > MaxText ? text.Substring(0, MaxText) : text;
    }

    /// <summary>Adds a string, or each string of an array (at most <see cref="MaxItems"/>); anything else is ignored.</summary>
    private static void AddStrings(List<string> target, JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (target.Count >= MaxItems)
                {
                    break;
                }

                if (Text(item) is { } text)
                {
                    target.Add(text);
                }
            }
        }
        else if (Text(value) is { } text)
        {
            target.Add(text);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        if (values.Count == 1)
        {
            json.WriteString(name, values[0]);
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
