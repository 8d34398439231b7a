using System;
using System.Linq;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;

namespace ModelLicenseGuard.Runtime;

/// <summary>Turns a model name found in code or configuration into a classified model, the way a reference is.</summary>
public static class RuntimeModels
{
    /// <summary>The manifest source kind of a model named in code.</summary>
    public const string CodeSource = "code";

    /// <summary>The manifest source kind of a model named in appsettings*.json.</summary>
    public const string ConfigurationSource = "configuration";

    /// <summary>The manifest source kind of a model named in an Aspire AppHost.</summary>
    public const string AppHostSource = "apphost";

    /// <summary>
    /// Properties of the analyzer's MLG0040 diagnostic, which the compiler's SARIF log carries to the reports task: the
    /// analyzer cannot write files, so a model named only in code reaches the ML-BOM and notices this way.
    /// </summary>
    public const string CatalogIdProperty = "CatalogId";

    /// <inheritdoc cref="CatalogIdProperty"/>
    public const string SourceKindProperty = "SourceKind";

    /// <inheritdoc cref="CatalogIdProperty"/>
    public const string LineProperty = "Line";

    /// <summary>Set when the model is not named but assumed, and from what: <see cref="AssumedFromDeploymentName"/>.</summary>
    public const string AssumedFromProperty = "AssumedFrom";

    /// <summary>An Azure deployment named exactly like a model is assumed to deploy that model.</summary>
    public const string AssumedFromDeploymentName = "deployment name";

    // A path's file and this many folders above it: deep enough for the GenAI layouts, short of the user's own folders.
    private const int MaxFoldersUp = 4;

    // Words that mark a value as a stand-in for a model someone will fill in, or a test double.
    private static readonly string[] PlaceholderWords = ["your", "fake", "dummy", "mock", "stub", "placeholder", "changeme", "replace", "todo", "xxx", "example", "sample", "test"];

    /// <summary>
    /// The model <paramref name="value"/> names, classified from the catalog; null when the catalog does not know it.
    /// A path is looked up by its last segment (the file or folder name), then by the folders above it, nearest first:
    /// ONNX Runtime GenAI's own layout puts the model name a few folders up
    /// (<c>Phi-3-mini-4k-instruct-onnx/cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4</c>).
    /// </summary>
    public static ManifestEntry? Classify(string value, ModelValueKind kind)
    {
        if (kind != ModelValueKind.Path)
        {
            return ClassifyReference(Trimmed(value), kind);
        }

        var segments = value.Trim().Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = segments.Length - 1, tried = 0; i >= 0 && tried < MaxFoldersUp; i--)
        {
            if (segments[i] is "." or ".." || segments[i].EndsWith(":", StringComparison.Ordinal))
            {
                continue;
            }

            tried++;
            if (!IsOllamaFamilyName(segments[i]) && ClassifyReference(segments[i], kind) is { } model)
            {
                return model;
            }
        }

        return null;
    }

    /// <summary>
    /// A folder or file named like an Ollama model with no tag ("phi3", "llama3.2", "gemma2"): Ollama reads such a name as
    /// its default tag, but in a path it names a family whose folder may hold any of its builds, so it names no model.
    /// </summary>
    private static bool IsOllamaFamilyName(string segment)
    {
        if (segment.IndexOf(':') >= 0 || !Models.ModelCatalog.TryFind(segment, out var model))
        {
            return false;
        }

        var tagged = false;
        var exact = false;
        foreach (var alias in model.Aliases.Concat(model.OllamaTags))
        {
            exact |= string.Equals(alias, segment, StringComparison.OrdinalIgnoreCase);
            tagged |= alias.Length > segment.Length && alias[segment.Length] == ':' && alias.StartsWith(segment, StringComparison.OrdinalIgnoreCase);
        }

        return exact && tagged;
    }

    private static ManifestEntry? ClassifyReference(string reference, ModelValueKind kind)
    {
        var prefixed = kind switch
        {
            ModelValueKind.HubId => "hf:" + reference,
            ModelValueKind.OllamaTag => "ollama:" + reference,
            _ => reference,
        };

        if (reference.Length == 0)
        {
            return null;
        }

        // A runtime's short alias names the chat build it serves: Foundry Local's "qwen2.5-0.5b" is
        // qwen2.5-0.5b-instruct-generic-cpu, Qwen2.5 0.5B Instruct, not the base model the bare name would find.
        if (kind == ModelValueKind.Alias && reference.IndexOf("instruct", StringComparison.OrdinalIgnoreCase) < 0
            && ModelClassifier.Classify(new ModelFacts(reference + "-instruct", Format(kind)) { IsReference = true }, out _) is { CatalogId: not null } instruct)
        {
            return instruct;
        }

        var facts = new ModelFacts(prefixed, Format(kind)) { IsReference = true };
        var model = ModelClassifier.Classify(facts, out _);
        if (model.CatalogId is null && kind is ModelValueKind.ApiModel or ModelValueKind.Deployment && BedrockModelName(reference, out var provider) is { } name)
        {
            // "deepseek.r1-v1:0": the provider's name may be left out of its model's.
            model = ModelClassifier.Classify(new ModelFacts(name, Format(kind)) { IsReference = true }, out _);
            if (model.CatalogId is null)
            {
                model = ModelClassifier.Classify(new ModelFacts(provider + "-" + name, Format(kind)) { IsReference = true }, out _);
            }
        }

        // Azure OpenAI's own name for a model ("whisper" for whisper-1): a deployment named exactly so is assumed to be it.
        if (model.CatalogId is null && kind == ModelValueKind.Deployment && Models.ModelCatalog.TryFindAzureName(reference, out var azure))
        {
            model = ModelClassifier.Classify(new ModelFacts(azure.Id, Format(kind)) { IsReference = true }, out _);
        }

        if (model.CatalogId is null)
        {
            return null;
        }

        // A deployment named exactly like a model is assumed to deploy it; reports say so.
        if (kind == ModelValueKind.Deployment)
        {
            model.AssumedFrom = AssumedFromDeploymentName;
        }

        return model;
    }

    // Amazon Bedrock's model ids: "anthropic.claude-3-5-sonnet-20240620-v1:0", with a cross-region inference profile's
    // prefix ("us.", "eu.", "apac.", "global.") and the version suffix "-v1:0" around the provider's own model name.
    private static readonly string[] BedrockProviders = ["anthropic", "meta", "mistral", "amazon", "cohere", "ai21", "deepseek", "qwen", "openai", "writer", "google", "moonshot", "moonshotai", "minimax", "nvidia"];

    private static readonly string[] BedrockRegions = ["us", "eu", "apac", "global", "us-gov", "jp", "au", "ca"];

    /// <summary>
    /// The provider's model name in an Amazon Bedrock model id, without Bedrock's version suffix ("-v1:0", "-1:0"); a
    /// "-v0:2" suffix is the model's own version (Mistral 7B Instruct v0.2) and stays as "-v0.2". Null when the value is
    /// not a Bedrock id.
    /// </summary>
    internal static string? BedrockModelName(string value, out string provider)
    {
        provider = string.Empty;
        var parts = value.Split('.');
        var at = parts.Length > 2 && Array.IndexOf(BedrockRegions, parts[0].ToLowerInvariant()) >= 0 ? 1 : 0;
        if (parts.Length - at < 2 || Array.IndexOf(BedrockProviders, parts[at].ToLowerInvariant()) < 0)
        {
            return null;
        }

        provider = parts[at].ToLowerInvariant();

        // The model name may hold dots of its own ("llama3.1"): everything after the provider.
        var name = string.Join(".", parts, at + 1, parts.Length - at - 1);
        var colon = name.LastIndexOf(':');
        var dash = colon > 0 ? name.LastIndexOf('-', colon) : -1;
        if (dash > 0 && colon < name.Length - 1 && IsDigits(name, colon + 1, name.Length))
        {
            var versioned = name[dash + 1] is 'v' or 'V' ? dash + 2 : dash + 1;
            if (IsDigits(name, versioned, colon))
            {
                var major = name.Substring(versioned, colon - versioned);
                name = major == "0" && versioned == dash + 2
                    ? name.Substring(0, dash) + "-v0." + name.Substring(colon + 1)
                    : name.Substring(0, dash);
            }
        }

        return name.Length > 0 ? name : null;
    }

    private static bool IsDigits(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return from < to;
    }

    /// <summary>
    /// True for values that stand in for a model rather than name one: <c>YOUR_DEPLOYMENT</c>, <c>&lt;model&gt;</c>,
    /// <c>fake-model</c>, <c>test-model</c>. They are not inventory, and not worth a warning.
    /// </summary>
    public static bool IsPlaceholder(string value)
    {
        var text = VertexModel(value.Trim());
        if (text.Length == 0 || text[0] is '<' or '{' or '$' or '%' || text.IndexOf("...", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var lower = text.ToLowerInvariant();

        // Anthropic's API version on Amazon Bedrock and Vertex AI ("bedrock-2023-05-31"), which some clients carry in
        // the request's model field.
        if ((lower.StartsWith("bedrock-", StringComparison.Ordinal) || lower.StartsWith("vertex-", StringComparison.Ordinal))
            && lower.Length == lower.IndexOf('-') + 11 && DateTime.TryParseExact(lower.Substring(lower.IndexOf('-') + 1), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            return true;
        }

        if (lower is "model" or "modelid" or "model-id" or "model_id" or "model-name" or "deployment" or "deployment-name" or "my-model" or "my-deployment" or "none" or "default")
        {
            return true;
        }

        foreach (var word in lower.Split(['-', '_', ' ', '.', ':', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(PlaceholderWords, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The model of a Vertex AI resource name ("projects/{project}/locations/{location}/publishers/google/models/{model}"):
    /// the project and location around it are the user's own, often placeholders in samples, and say nothing of the model.
    /// Any other value is returned as it is.
    /// </summary>
    internal static string VertexModel(string value)
    {
        var publishers = value.IndexOf("publishers/", StringComparison.OrdinalIgnoreCase);
        var models = publishers < 0 ? -1 : value.IndexOf("/models/", publishers, StringComparison.OrdinalIgnoreCase);
        return models < 0 || (publishers > 0 && value[publishers - 1] != '/') ? value : value.Substring(models + "/models/".Length);
    }

    /// <summary>What the value is, in words, for messages: "Ollama tag 'llama3.1'".</summary>
    public static string Describe(string value, ModelValueKind kind) => kind switch
    {
        ModelValueKind.HubId => $"Hugging Face id '{value}'",
        ModelValueKind.OllamaTag => $"Ollama tag '{value}'",
        ModelValueKind.ApiModel => $"API model name '{value}'",
        ModelValueKind.Path => $"model path '{value}'",
        ModelValueKind.Alias => $"model alias '{value}'",
        _ => $"deployment name '{value}'",
    };

    private static string Format(ModelValueKind kind) => kind switch
    {
        ModelValueKind.HubId => "huggingface",
        ModelValueKind.OllamaTag => "ollama",
        ModelValueKind.Path => "file",
        _ => "api",
    };

    private static string Trimmed(string value) => value.Trim();
}
