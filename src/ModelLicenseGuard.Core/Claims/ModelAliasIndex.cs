using System.Collections.Generic;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Claims;

/// <summary>The names of the models a claim can be about, tokenized once so matching allocates nothing.</summary>
public sealed class ModelAliasIndex
{
    private readonly List<Alias> _aliases = [];

    public ModelAliasIndex(IReadOnlyList<ManifestModel> models)
        : this(models, genericModel: -1)
    {
    }

    private ModelAliasIndex(IReadOnlyList<ManifestModel> models, int genericModel)
    {
        Models = models;
        GenericModel = genericModel;
        for (var i = 0; i < models.Count; i++)
        {
            foreach (var name in models[i].Aliases)
            {
                var words = Words(name);
                if (words.Length > 0)
                {
                    _aliases.Add(new Alias(words, i));
                }
            }
        }

        // Longest first, so "Llama 3.1" wins over "Llama" at the same place.
        _aliases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public IReadOnlyList<ManifestModel> Models { get; }

    /// <summary>
    /// The model "our model", "its weights" and "our LLM" refer to, or -1 when such words could mean more than one kind of
    /// model: the project's models must all be judged and share one tier for a generic mention to be a claim.
    /// </summary>
    public int GenericModel { get; }

    public bool IsEmpty => _aliases.Count == 0 && GenericModel < 0;

    /// <summary>
    /// The index for a project's manifest: the models claims are judged about (open weights, restricted weights, closed;
    /// open-source AI may be called open source and an unknown licence is not judged).
    /// </summary>
    public static ModelAliasIndex ForProject(IReadOnlyList<ManifestModel> manifestModels)
    {
        var judged = new List<ManifestModel>();
        var oneTier = true;
        foreach (var model in manifestModels)
        {
            if (model.Tier is OpennessTier.OpenWeights or OpennessTier.RestrictedWeights or OpennessTier.Closed)
            {
                oneTier &= judged.Count == 0 || judged[0].Tier == model.Tier;
                judged.Add(model);
            }
            else
            {
                oneTier = false;
            }
        }

        return new ModelAliasIndex(judged, oneTier && judged.Count > 0 ? 0 : -1);
    }

    /// <summary>Finds the longest model name starting at token <paramref name="index"/>; returns the model index or -1.</summary>
    internal int Match(string text, List<TextToken> tokens, int index, out int tokenCount)
    {
        foreach (var alias in _aliases)
        {
            if (index + alias.Words.Length > tokens.Count)
            {
                continue;
            }

            var matched = true;
            for (var w = 0; w < alias.Words.Length && matched; w++)
            {
                var token = tokens[index + w];
                matched = (w == 0 || !token.BreakBefore) && TextTokenizer.Is(text, token, alias.Words[w]);
            }

            if (matched && !ContinuesAsAnotherName(text, tokens[index + alias.Words.Length - 1].End))
            {
                tokenCount = alias.Words.Length;
                return alias.Model;
            }
        }

        tokenCount = 0;
        return -1;
    }

    /// <summary>
    /// True when the name goes on as a file, package or identifier ("llama.cpp", "gemma.cpp", "llama_index"): those
    /// name software around the model, not the model.
    /// </summary>
    private static bool ContinuesAsAnotherName(string text, int end)
        => end + 1 < text.Length && (text[end] == '.' || text[end] == '_') && char.IsLetter(text[end + 1]);

    private static string[] Words(string name)
    {
        var tokens = TextTokenizer.Tokenize(name);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = name.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant();
        }

        return words;
    }

    private sealed class Alias
    {
        public Alias(string[] words, int model)
        {
            Words = words;
            Model = model;
        }

        public string[] Words { get; }

        public int Model { get; }
    }
}
