using System;
using System.Globalization;
using ModelLicenseGuard.Classification;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>Maps the GGUF spec's <c>general.*</c> keys to the facts classification needs.</summary>
public static class GgufFacts
{
    // The GGUF spec's licence and provenance keys, kept in the manifest with where they came from.
    private static readonly string[] RecordedKeys =
    [
        "general.name", "general.basename", "general.license", "general.license.name", "general.license.link",
        "general.author", "general.organization", "general.version", "general.source.url", "general.repo_url", "general.quantized_by",
    ];

    // More base models than this is a corrupt count, not a real merge.
    private const ulong MaxBaseModels = 64;

    public static ModelFacts From(GgufHeader header, string source)
    {
        var facts = new ModelFacts(source, "gguf")
        {
            Name = header.GetString("general.name"),
            License = header.GetString("general.license"),
            LicenseName = header.GetString("general.license.name"),
            LicenseField = "general.license",
            LicenseNameField = "general.license.name",
        };

        foreach (var key in RecordedKeys)
        {
            facts.Record(key, header.GetString(key));
        }

        AddName(facts, header.GetString("general.basename"));
        var count = Math.Min(header.GetUInt("general.base_model.count") ?? 0, MaxBaseModels);
        for (ulong i = 0; i < count; i++)
        {
            var prefix = "general.base_model." + i.ToString(CultureInfo.InvariantCulture) + ".";
            var name = header.GetString(prefix + "name");
            var repo = HubRepositoryId(header.GetString(prefix + "repo_url"));
            var organization = header.GetString(prefix + "organization");
            var id = repo ?? (organization is not null && name is not null ? organization + "/" + name : name);
            if (id is not null)
            {
                facts.Record(prefix + "*", id);
                facts.BaseModels.Add(id);
            }

            AddName(facts, name);
        }

        return facts;
    }

    /// <summary>"https://huggingface.co/meta-llama/Llama-3.1-8B" → "meta-llama/Llama-3.1-8B".</summary>
    internal static string? HubRepositoryId(string? url)
    {
        const string Hub = "https://huggingface.co/";
        if (url is null || !url.StartsWith(Hub, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = url.Substring(Hub.Length).Split('/');
        return parts.Length >= 2 && parts[0].Length > 0 && parts[1].Length > 0 ? parts[0] + "/" + parts[1] : null;
    }

    private static void AddName(ModelFacts facts, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            facts.OtherNames.Add(name!);
        }
    }
}
