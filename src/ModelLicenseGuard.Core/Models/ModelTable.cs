using System;
using System.Collections.Generic;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Models;

/// <summary>Parsed model catalogs: every model, its computed tier, and a dictionary from every normalised name to it.</summary>
public sealed class ModelTable
{
    private readonly Dictionary<string, ModelInfo> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelInfo> _byOllamaTag = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ModelInfo> _byDockerName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ModelInfo> _byNamePart = new(StringComparer.Ordinal);
    private readonly List<ModelInfo> _all = [];
    private readonly List<string> _problems = [];

    private ModelTable()
    {
    }

    public IReadOnlyList<ModelInfo> All => _all;

    /// <summary>
    /// Inconsistencies the data has (alias collisions, unknown licences or bases, a stated tier that disagrees with the
    /// computed one). The catalog tests require none; at run time the first entry wins and unknown stays unknown.
    /// </summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Parses catalog files (name → text); structural errors throw <see cref="CatalogFormatException"/>.</summary>
    public static ModelTable Parse(IEnumerable<KeyValuePair<string, string>> files, LicenseTable licenses)
    {
        var table = new ModelTable();

        // Five hundred models share a few dozen licence expressions: each is parsed once.
        var resolved = new Dictionary<string, LicenseInfo?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var block in CatalogText.Parse(file.Value, file.Key))
            {
                table._all.Add(Read(block, licenses, resolved));
            }
        }

        table.Index();
        table.Link();
        foreach (var model in table._all)
        {
            Compute(model, new HashSet<ModelInfo>(), table._problems);
            if (model.StatedTier != model.Tier)
            {
                table._problems.Add($"{model.File}: '{model.Id}' states tier {model.StatedTier} but its licence, code, data and bases give {model.Tier}");
            }
        }

        return table;
    }

    /// <summary>Finds a model by Hugging Face id, Ollama tag, file or folder name, or any alias.</summary>
    public bool TryFind(string? reference, out ModelInfo model)
    {
        model = null!;
        if (string.IsNullOrWhiteSpace(reference))
        {
            return false;
        }

        // An Ollama tag is the model Ollama serves under it, which its normalised name may not say.
        if (reference!.Trim().StartsWith(OllamaPrefix, StringComparison.OrdinalIgnoreCase)
            && _byOllamaTag.TryGetValue(OllamaTag(reference.Trim().Substring(OllamaPrefix.Length)), out model!))
        {
            return true;
        }

        // Docker Model Runner's names (ai/llama3.2:1B-Q8_0) are the instruct models Docker packages, which their
        // normalised names (Llama-3.2-1B) would miss: only its own list answers, and a name not on it stays unknown.
        if (DockerName(reference) is { } docker)
        {
            return _byDockerName.TryGetValue(docker, out model!);
        }

        // The full id or an alias; then a bare name ("Llama-3.1-8B-Instruct"), which is an id without its organisation.
        var key = ModelNames.Key(reference!);
        if (key.Length > 0 && (_byKey.TryGetValue(key, out model!) || _byNamePart.TryGetValue(key, out model!)))
        {
            return true;
        }

        // A re-upload (unsloth/…, bartowski/…-GGUF, lmstudio-community/…) is the model it repackages, by the name part of
        // an id or by an alias written without an organisation (Meta-Llama-3.1-8B-Instruct).
        var name = ModelNames.NamePart(reference!.Trim());
        if (name is null)
        {
            return false;
        }

        var nameKey = ModelNames.Key(name);
        return nameKey.Length > 0 && (_byNamePart.TryGetValue(nameKey, out model!) || _byKey.TryGetValue(nameKey, out model!));
    }

    private void Index()
    {
        foreach (var model in _all)
        {
            AddKey(model.Id, model);
            foreach (var alias in model.Aliases)
            {
                AddKey(alias, model);
            }

            foreach (var tag in model.OllamaTags)
            {
                AddRuntimeName(_byOllamaTag, "Ollama tag", tag, OllamaTag(tag), model);
            }

            foreach (var name in model.DockerNames)
            {
                if (DockerName(name) is { } key && string.Equals(key, name.Trim(), StringComparison.Ordinal))
                {
                    AddRuntimeName(_byDockerName, "Docker model name", name, key, model);
                }
                else
                {
                    _problems.Add($"{model.File}: '{model.Id}' has a docker name '{name}' that is not written ai/<name> or ai/<name>:<size>, in lower case");
                }
            }
        }

        foreach (var model in _all)
        {
            var name = ModelNames.NamePart(model.Id);
            if (name is null)
            {
                continue;
            }

            var key = ModelNames.Key(name);
            if (_byKey.TryGetValue(key, out var other) && !ReferenceEquals(other, model))
            {
                _problems.Add($"{model.File}: the name of '{model.Id}' normalises like '{other.Id}''s alias '{name}'");
            }
            else if (_byNamePart.TryGetValue(key, out other) && !ReferenceEquals(other, model))
            {
                _problems.Add($"{model.File}: '{model.Id}' and '{other.Id}' have the same name after their organisation");
            }
            else
            {
                _byNamePart[key] = model;
            }
        }
    }

    private const string OllamaPrefix = "ollama:";

    private const string DockerNamespace = "ai/";

    private void AddRuntimeName(Dictionary<string, ModelInfo> names, string what, string name, string key, ModelInfo model)
    {
        if (names.TryGetValue(key, out var other))
        {
            _problems.Add($"{model.File}: {what} '{name}' of '{model.Id}' is also a name of '{other.Id}'");
        }
        else
        {
            names[key] = model;
        }
    }

    /// <summary>
    /// A Docker Model Runner name in the form the catalog lists it, or null when <paramref name="reference"/> is not one:
    /// "docker.io/ai/Qwen3:30B-A3B-UD-Q4_K_XL" -> "ai/qwen3:30b-a3b", "ai/llama3.2:latest" -> "ai/llama3.2". The size
    /// parts of the tag stay (they choose the model); quantization and packaging after them go.
    /// </summary>
    internal static string? DockerName(string reference)
    {
        var text = reference.Trim().ToLowerInvariant();
        foreach (var registry in (string[])["docker.io/", "index.docker.io/", "registry-1.docker.io/"])
        {
            if (text.StartsWith(registry, StringComparison.Ordinal))
            {
                text = text.Substring(registry.Length);
                break;
            }
        }

        if (!text.StartsWith(DockerNamespace, StringComparison.Ordinal) || text.Length == DockerNamespace.Length || text.IndexOf('/', DockerNamespace.Length) >= 0)
        {
            return null;
        }

        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return text;
        }

        var size = new System.Text.StringBuilder();
        foreach (var part in text.Substring(colon + 1).Split('-'))
        {
            if (!IsSizePart(part))
            {
                break;
            }

            size.Append(size.Length == 0 ? string.Empty : "-").Append(part);
        }

        return size.Length == 0 ? text.Substring(0, colon) : text.Substring(0, colon + 1) + size;
    }

    // "8b", "0.6b", "360m", "30b" and a mixture of experts' active part "a3b".
    private static bool IsSizePart(string part)
    {
        var start = part.StartsWith("a", StringComparison.Ordinal) ? 1 : 0;
        if (part.Length < start + 2 || part[part.Length - 1] is not ('b' or 'm') || !char.IsDigit(part[start]))
        {
            return false;
        }

        for (var i = start; i < part.Length - 1; i++)
        {
            if (!char.IsDigit(part[i]) && part[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // "Qwen2.5:7B:latest " -> "qwen2.5:7b"; Ollama's own default tag is ":latest".
    private static string OllamaTag(string tag)
    {
        var text = tag.Trim().ToLowerInvariant();
        return text.EndsWith(":latest", StringComparison.Ordinal) ? text.Substring(0, text.Length - ":latest".Length) : text;
    }

    private void AddKey(string name, ModelInfo model)
    {
        var key = ModelNames.Key(name);
        if (key.Length == 0)
        {
            _problems.Add($"{model.File}: '{model.Id}' has an alias '{name}' that normalises to nothing");
        }
        else if (_byKey.TryGetValue(key, out var existing))
        {
            if (!ReferenceEquals(existing, model))
            {
                _problems.Add($"{model.File}: '{name}' of '{model.Id}' normalises like a name of '{existing.Id}' ({existing.File})");
            }
        }
        else
        {
            _byKey[key] = model;
        }
    }

    private void Link()
    {
        var byId = new Dictionary<string, ModelInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in _all)
        {
            if (byId.ContainsKey(model.Id))
            {
                _problems.Add($"{model.File}: '{model.Id}' is defined twice");
                continue;
            }

            byId[model.Id] = model;
        }

        foreach (var model in _all)
        {
            var bases = new List<ModelInfo>();
            foreach (var id in model.BaseIds)
            {
                if (byId.TryGetValue(id, out var found))
                {
                    bases.Add(found);
                }
                else
                {
                    _problems.Add($"{model.File}: '{model.Id}' names base '{id}', which is not in the catalog");
                }
            }

            model.Bases = bases;
            if (model.License is null)
            {
                _problems.Add($"{model.File}: '{model.Id}' names licence '{model.LicenseExpression}', which licenses.catalog does not define");
            }
        }
    }

    /// <summary>Own tier from licence, code and data; then the most restrictive along the base chain.</summary>
    private static void Compute(ModelInfo model, HashSet<ModelInfo> visiting, List<string> problems)
    {
        if (model.GoverningLicense is not null || model.Tier != OpennessTier.Unknown)
        {
            return;
        }

        if (!visiting.Add(model))
        {
            problems.Add($"{model.File}: '{model.Id}' is its own base");
            return;
        }

        var tier = OwnTier(model);
        var governing = model.License;
        foreach (var parent in model.Bases)
        {
            Compute(parent, visiting, problems);
            if (Restrictiveness.Of(parent.Tier, parent.GoverningLicense) > Restrictiveness.Of(tier, governing))
            {
                tier = parent.Tier;
                governing = parent.GoverningLicense;
            }
        }

        model.Tier = tier;
        model.GoverningLicense = governing;
        visiting.Remove(model);
    }

    private static OpennessTier OwnTier(ModelInfo model)
    {
        if (!model.WeightsOpen)
        {
            return OpennessTier.Closed;
        }

        if (model.License is null)
        {
            return OpennessTier.Unknown;
        }

        return model.License.Tier == OpennessTier.OpenWeights && model.TrainingCode == ComponentOpenness.Open && model.TrainingData == ComponentOpenness.Open
            ? OpennessTier.OpenSourceAI
            : model.License.Tier;
    }

    private static ModelInfo Read(CatalogBlock block, LicenseTable licenses, Dictionary<string, LicenseInfo?> resolved)
    {
        var license = LicenseTable.Required(block, "license");
        if (!resolved.TryGetValue(license, out var licenseInfo))
        {
            licenseInfo = licenses.Resolve(license);
            resolved[license] = licenseInfo;
        }

        var model = new ModelInfo(block.Id, LicenseTable.Required(block, "name"), LicenseTable.Required(block, "family"), license, LicenseTable.Required(block, "source"), block.File)
        {
            WeightsOpen = LicenseTable.Required(block, "weights") switch
            {
                "open" => true,
                "closed" => false,
                var other => throw new CatalogFormatException(block.File, block.Line, $"'{block.Id}' weights must be open or closed, not '{other}'"),
            },
            TrainingCode = Component(block, "training-code"),
            TrainingData = Component(block, "training-data"),
            StatedTier = LicenseTable.TryParseTier(LicenseTable.Required(block, "tier"), out var tier)
                ? tier
                : throw new CatalogFormatException(block.File, block.Line, $"'{block.Id}' has an unknown tier"),
            BaseIds = block.GetAll("base"),
            Relation = block.Get("relation"),
            Aliases = block.GetAll("alias"),
            OllamaTags = block.GetAll("ollama"),
            DockerNames = block.GetAll("docker"),
            Note = block.Get("note"),
            License = licenseInfo,
        };

        if (!model.SourceUrl.StartsWith("https://", StringComparison.Ordinal))
        {
            throw new CatalogFormatException(block.File, block.Line, $"model '{block.Id}' needs an https source URL");
        }

        return model;
    }

    private static ComponentOpenness Component(CatalogBlock block, string key) => LicenseTable.Required(block, key) switch
    {
        "open" => ComponentOpenness.Open,
        "partial" => ComponentOpenness.Partial,
        "closed" => ComponentOpenness.Closed,
        var other => throw new CatalogFormatException(block.File, block.Line, $"'{block.Id}' {key} must be open, partial or closed, not '{other}'"),
    };
}
