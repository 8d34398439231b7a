using System;
using System.Collections.Generic;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Models;

/// <summary>Parsed model catalogs: every model, its computed tier, and a dictionary from every normalised name to it.</summary>
public sealed class ModelTable
{
    // Each name maps to a model's place in the catalog: _all's index, which a table loaded from the index materialises on
    // first use.
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byOllamaTag = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byDockerName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byAzureName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byNamePart = new(StringComparer.Ordinal);
    private readonly List<ModelInfo> _all = [];
    private readonly List<string> _problems = [];

    // A table loaded from the index (Load) knows each model's id and file, and reads a model's block when it is asked for.
    private readonly IndexedModels? _indexed;

    private ModelTable()
    {
    }

    private ModelTable(IndexedModels indexed)
    {
        _indexed = indexed;
    }

    /// <summary>Every model, in catalog order (a table loaded from the index reads them all first).</summary>
    public IReadOnlyList<ModelInfo> All
    {
        get
        {
            if (_indexed is null)
            {
                return _all;
            }

            if (_indexed.All is { } read)
            {
                return read;
            }

            var all = new ModelInfo[_indexed.Ids.Length];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = ModelAt(i);
            }

            _indexed.All = all;
            return all;
        }
    }

    /// <summary>
    /// Inconsistencies the data has (alias collisions, unknown licences or bases, a stated tier that disagrees with the
    /// computed one). The catalog tests require none; at run time the first entry wins and unknown stays unknown.
    /// </summary>
    public IReadOnlyList<string> Problems => _indexed is null ? _problems : _indexed.Full.Value.Problems;

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

    /// <summary>
    /// A table that reads the catalog only as far as a look-up needs: the index (<see cref="WriteIndex"/>) gives every
    /// name's model, and a model's block is read, its licence resolved and its tier computed the first time it is found.
    /// In a fresh build process that is a few milliseconds rather than the tens that reading every model costs.
    /// </summary>
    /// <param name="index">The text <see cref="WriteIndex"/> wrote for the same catalog files.</param>
    /// <param name="readFile">The text of a catalog file, by the name the index gives.</param>
    /// <param name="licenses">The licence table, asked for when the first model is read.</param>
    /// <param name="full">The whole catalog parsed, for <see cref="Problems"/>.</param>
    public static ModelTable Load(string index, Func<string, string> readFile, Func<LicenseTable> licenses, Func<ModelTable> full)
    {
        var ids = new List<string>();
        var files = new List<string>();
        var table = new ModelTable(new IndexedModels(readFile, licenses, full));
        string? file = null;
        var number = 0;
        var position = 0;
        while (position < index.Length)
        {
            number++;
            var end = index.IndexOf('\n', position);
            end = end < 0 ? index.Length : end;
            var lineEnd = end > position && index[end - 1] == '\r' ? end - 1 : end;
            var line = position;
            position = end + 1;
            if (lineEnd == line || index[line] == '#')
            {
                continue;
            }

            var tab = index.IndexOf('\t', line, lineEnd - line);
            if (tab < 0)
            {
                throw new CatalogFormatException(IndexFile, number, "expected a kind, a tab and a value");
            }

            var kind = index.Substring(line, tab - line);
            if (kind == "file")
            {
                file = index.Substring(tab + 1, lineEnd - tab - 1);
                continue;
            }

            if (kind == "model")
            {
                ids.Add(index.Substring(tab + 1, lineEnd - tab - 1));
                files.Add(file ?? throw new CatalogFormatException(IndexFile, number, "a model before any file"));
                continue;
            }

            var names = kind switch
            {
                "key" => table._byKey,
                "name" => table._byNamePart,
                "ollama" => table._byOllamaTag,
                "docker" => table._byDockerName,
                "azure" => table._byAzureName,
                _ => throw new CatalogFormatException(IndexFile, number, $"unknown kind '{kind}'"),
            };
            var secondTab = index.LastIndexOf('\t', lineEnd - 1, lineEnd - tab - 1);
            if (secondTab <= tab || !int.TryParse(index.Substring(secondTab + 1, lineEnd - secondTab - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var model) || model >= ids.Count)
            {
                throw new CatalogFormatException(IndexFile, number, "expected a name, a tab and the number of a model listed before");
            }

            names[index.Substring(tab + 1, secondTab - tab - 1)] = model;
        }

        table._indexed!.SetModels(ids.ToArray(), files.ToArray());
        return table;
    }

    /// <summary>The name the index's problems are reported under.</summary>
    internal const string IndexFile = "models.index";

    /// <summary>
    /// The index <see cref="Load"/> reads: every model's id and file, and every look-up name with the model it finds,
    /// in a stable order. A test compares the embedded index with this, for the embedded catalog files.
    /// </summary>
    internal string WriteIndex()
    {
        var text = new System.Text.StringBuilder();
        text.Append("# The look-up names of Catalog/Models/*.catalog (ModelTable.WriteIndex). Do not edit: the catalog tests\n");
        text.Append("# rewrite this file when a catalog file changes.\n");
        string? file = null;
        foreach (var model in _all)
        {
            if (!string.Equals(model.File, file, StringComparison.Ordinal))
            {
                file = model.File;
                text.Append("file\t").Append(file).Append('\n');
            }

            text.Append("model\t").Append(model.Id).Append('\n');
        }

        foreach (var (kind, names) in new[] { ("key", _byKey), ("name", _byNamePart), ("ollama", _byOllamaTag), ("docker", _byDockerName), ("azure", _byAzureName) })
        {
            var keys = new List<string>(names.Keys);
            keys.Sort(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                text.Append(kind).Append('\t').Append(key).Append('\t').Append(names[key].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    private ModelInfo ModelAt(int index) => _indexed is null ? _all[index] : _indexed.Get(index);

    /// <summary>The models of a table loaded from the index, each read from its catalog file when first asked for.</summary>
    private sealed class IndexedModels
    {
        private readonly object _gate = new();
        private readonly Func<string, string> _readFile;
        private readonly Func<LicenseTable> _licenses;
        private readonly Dictionary<string, Dictionary<string, CatalogBlock>> _blocks = new(StringComparer.Ordinal);
        private readonly Dictionary<string, LicenseInfo?> _resolved = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byId = new(StringComparer.OrdinalIgnoreCase);
        private ModelInfo?[] _models = [];
        private string[] _files = [];

        public IndexedModels(Func<string, string> readFile, Func<LicenseTable> licenses, Func<ModelTable> full)
        {
            _readFile = readFile;
            _licenses = licenses;
            Full = new Lazy<ModelTable>(full);
        }

        public Lazy<ModelTable> Full { get; }

        public string[] Ids { get; private set; } = [];

        /// <summary>Every model, once all have been read (the same objects look-ups return).</summary>
        public ModelInfo[]? All { get; set; }

        public void SetModels(string[] ids, string[] files)
        {
            Ids = ids;
            _files = files;
            _models = new ModelInfo?[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (!_byId.ContainsKey(ids[i]))
                {
                    _byId[ids[i]] = i;
                }
            }
        }

        public ModelInfo Get(int index)
        {
            // Look-ups come from the compiler's threads too; a model is read once, and its bases with it.
            lock (_gate)
            {
                if (_models[index] is { } known)
                {
                    return known;
                }

                var file = _files[index];
                if (!_blocks.TryGetValue(file, out var blocks))
                {
                    blocks = new Dictionary<string, CatalogBlock>(StringComparer.Ordinal);
                    foreach (var block in CatalogText.Parse(_readFile(file), file))
                    {
                        if (!blocks.ContainsKey(block.Id))
                        {
                            blocks[block.Id] = block;
                        }
                    }

                    _blocks[file] = blocks;
                }

                if (!blocks.TryGetValue(Ids[index], out var own))
                {
                    throw new CatalogFormatException(IndexFile, 0, $"the index places '{Ids[index]}' in {file}, which does not hold it");
                }

                // Stored before its bases are read, so that a base chain that comes back to it ends.
                var model = Read(own, _licenses(), _resolved);
                _models[index] = model;
                var bases = new List<ModelInfo>();
                foreach (var id in model.BaseIds)
                {
                    if (_byId.TryGetValue(id, out var parent))
                    {
                        bases.Add(Get(parent));
                    }
                }

                model.Bases = bases;
                Compute(model, new HashSet<ModelInfo>(), []);
                return model;
            }
        }
    }

    /// <summary>
    /// The model Azure OpenAI serves under <paramref name="name"/> when Azure names it otherwise than its vendor does
    /// (<c>whisper</c>, <c>tts</c>): for a deployment named exactly so, which <see cref="TryFind"/> does not answer.
    /// </summary>
    public bool TryFindAzureName(string? name, out ModelInfo model)
    {
        var index = name is null ? -1 : _byAzureName.TryGetValue(name.Trim(), out var found) ? found : -1;
        model = index >= 0 ? ModelAt(index) : null!;
        return index >= 0;
    }

    /// <summary>Finds a model by Hugging Face id, Ollama tag, file or folder name, or any alias.</summary>
    public bool TryFind(string? reference, out ModelInfo model)
    {
        var index = Find(reference);
        model = index >= 0 ? ModelAt(index) : null!;
        return index >= 0;
    }

    private int Find(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return -1;
        }

        // An Ollama tag is the model Ollama serves under it, which its normalised name may not say.
        if (reference!.Trim().StartsWith(OllamaPrefix, StringComparison.OrdinalIgnoreCase)
            && _byOllamaTag.TryGetValue(OllamaTag(reference.Trim().Substring(OllamaPrefix.Length)), out var index))
        {
            return index;
        }

        // Docker Model Runner's names (ai/llama3.2:1B-Q8_0) are the instruct models Docker packages, which their
        // normalised names (Llama-3.2-1B) would miss: only its own list answers, and a name not on it stays unknown.
        if (DockerName(reference) is { } docker)
        {
            return _byDockerName.TryGetValue(docker, out index) ? index : -1;
        }

        // The full id or an alias; then a bare name ("Llama-3.1-8B-Instruct"), which is an id without its organisation.
        var key = ModelNames.Key(reference!);
        if (key.Length > 0 && (_byKey.TryGetValue(key, out index) || _byNamePart.TryGetValue(key, out index)))
        {
            return index;
        }

        // A re-upload (unsloth/…, bartowski/…-GGUF, lmstudio-community/…) is the model it repackages, by the name part of
        // an id or by an alias written without an organisation (Meta-Llama-3.1-8B-Instruct).
        var name = ModelNames.NamePart(reference!.Trim());
        if (name is null)
        {
            return -1;
        }

        var nameKey = ModelNames.Key(name);
        return nameKey.Length > 0 && (_byNamePart.TryGetValue(nameKey, out index) || _byKey.TryGetValue(nameKey, out index)) ? index : -1;
    }

    private void Index()
    {
        for (var i = 0; i < _all.Count; i++)
        {
            var model = _all[i];
            AddKey(model.Id, i);
            foreach (var alias in model.Aliases)
            {
                AddKey(alias, i);
            }

            foreach (var tag in model.OllamaTags)
            {
                AddRuntimeName(_byOllamaTag, "Ollama tag", tag, OllamaTag(tag), i);
            }

            foreach (var name in model.AzureNames)
            {
                AddRuntimeName(_byAzureName, "Azure OpenAI model name", name, name.Trim(), i);
            }

            foreach (var name in model.DockerNames)
            {
                if (DockerName(name) is { } key && string.Equals(key, name.Trim(), StringComparison.Ordinal))
                {
                    AddRuntimeName(_byDockerName, "Docker model name", name, key, i);
                }
                else
                {
                    _problems.Add($"{model.File}: '{model.Id}' has a docker name '{name}' that is not written ai/<name> or ai/<name>:<size>, in lower case");
                }
            }
        }

        for (var i = 0; i < _all.Count; i++)
        {
            var model = _all[i];
            var name = ModelNames.NamePart(model.Id);
            if (name is null)
            {
                continue;
            }

            var key = ModelNames.Key(name);
            if (_byKey.TryGetValue(key, out var other) && other != i)
            {
                _problems.Add($"{model.File}: the name of '{model.Id}' normalises like '{_all[other].Id}''s alias '{name}'");
            }
            else if (_byNamePart.TryGetValue(key, out other) && other != i)
            {
                _problems.Add($"{model.File}: '{model.Id}' and '{_all[other].Id}' have the same name after their organisation");
            }
            else
            {
                _byNamePart[key] = i;
            }
        }
    }

    private const string OllamaPrefix = "ollama:";

    private const string DockerNamespace = "ai/";

    private void AddRuntimeName(Dictionary<string, int> names, string what, string name, string key, int index)
    {
        if (names.TryGetValue(key, out var other))
        {
            _problems.Add($"{_all[index].File}: {what} '{name}' of '{_all[index].Id}' is also a name of '{_all[other].Id}'");
        }
        else
        {
            names[key] = index;
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

    private void AddKey(string name, int index)
    {
        var model = _all[index];
        var key = ModelNames.Key(name);
        if (key.Length == 0)
        {
            _problems.Add($"{model.File}: '{model.Id}' has an alias '{name}' that normalises to nothing");
        }
        else if (_byKey.TryGetValue(key, out var existing))
        {
            if (existing != index)
            {
                _problems.Add($"{model.File}: '{name}' of '{model.Id}' normalises like a name of '{_all[existing].Id}' ({_all[existing].File})");
            }
        }
        else
        {
            _byKey[key] = index;
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
            AzureNames = block.GetAll("azure"),
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
