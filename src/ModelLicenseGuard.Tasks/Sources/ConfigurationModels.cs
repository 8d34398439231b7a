using System;
using System.Collections.Generic;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Runtime;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Sources;

/// <summary>
/// Which settings of an <c>appsettings*.json</c> file name a model: the keys the .NET AI libraries' samples and templates
/// use (<c>*:ModelId</c>, <c>*:Model</c>, <c>*:ChatModelId</c>, <c>*:EmbeddingModelId</c>, <c>*:ModelPath</c>, Kernel Memory's <c>*:TextModel</c> and <c>*:TextModelDir</c>, any <c>*…ModelId</c>,
/// <c>*…ModelName</c>, <c>*…ModelPath</c>, <c>*…ModelFilePath</c> or <c>*…ModelDir</c>), keys written as environment
/// variables are (<c>OLLAMA_MODEL</c>, <c>OAI_CHATMODEL_NANO</c>, <c>AZURE_OPENAI_DEPLOYMENT</c>), a connection
/// string's <c>Model=</c> part (Aspire), and keys the project names in <c>ModelConfigurationKey</c> items.
/// </summary>
/// <remarks>
/// Deployment names (<c>*:Deployment*</c>) are read but not taken for models: whoever deployed the model chose the name,
/// and it does not say which model is deployed, however much it looks like one.
/// </remarks>
internal static class ConfigurationModels
{
    // A section of one model per task ("ModelIds": { "ChatCompletion": "gpt-4o" }). Plain "Models" is left out: it as
    // often holds paths, counts or options as names.
    private static readonly string[] ModelListSections = ["ModelIds", "ModelNames", "ChatModelIds"];

    private static readonly string[] DeploymentListSections = ["DeploymentNames", "Deployments"];

    // TextModel and TextModelDir are Kernel Memory's (its OpenAI and ONNX services' settings); DefaultModel and
    // DefaultEmbeddingModel are what client libraries such as ChatGptNet bind from their own section.
    private static readonly string[] ModelKeys = ["ModelId", "Model", "ModelName", "ChatModelId", "ChatModel", "EmbeddingModelId", "EmbeddingModel", "DefaultModel", "DefaultChatModel", "DefaultEmbeddingModel", "ModelPath", "TextModel", "TextModelDir"];

    /// <summary>A model named in a configuration file.</summary>
    public sealed class Found
    {
        public Found(string key, string value, ModelValueKind kind, int line, int column)
        {
            Key = key;
            Value = value;
            Kind = kind;
            Line = line;
            Column = column;
        }

        public string Key { get; }

        public string Value { get; }

        public ModelValueKind Kind { get; }

        public int Line { get; }

        public int Column { get; }
    }

    /// <param name="settings">The file's string settings.</param>
    /// <param name="extraKeys">Keys the project declares (<c>ModelConfigurationKey</c>), with the kind of value each holds.</param>
    public static List<Found> Find(IEnumerable<AppSetting> settings, IReadOnlyDictionary<string, ModelValueKind> extraKeys)
    {
        var all = settings as IReadOnlyList<AppSetting> ?? new List<AppSetting>(settings);
        var found = new List<Found>();
        var declaredKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in all)
        {
            var value = setting.Value.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (extraKeys.TryGetValue(setting.Key, out var declared))
            {
                Add(found, setting, value, declared);
                declaredKeys.Add(setting.Key);
                continue;
            }

            var name = LastSegment(setting.Key);
            var section = LastSegment(Parent(setting.Key));
            if (Array.Exists(ModelKeys, key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) || IsModelIdKey(name))
            {
                Add(found, setting, value, KindOf(setting.Key, name));
            }
            else if (IsDeploymentKey(name))
            {
                Add(found, setting, value, ModelValueKind.Deployment);
            }
            else if (EnvironmentStyleKind(name) is { } environmentKind)
            {
                Add(found, setting, value, environmentKind == ModelValueKind.ApiModel ? KindOf(setting.Key, "Model") : environmentKind);
            }
            else if (Array.Exists(ModelListSections, list => string.Equals(list, section, StringComparison.OrdinalIgnoreCase)))
            {
                // "ModelIds": { "ChatCompletion": "gpt-4o", "Embeddings": "text-embedding-3-large" }: one model per task.
                Add(found, setting, value, KindOf(setting.Key, "Model"));
            }
            else if (Array.Exists(DeploymentListSections, list => string.Equals(list, section, StringComparison.OrdinalIgnoreCase)))
            {
                Add(found, setting, value, ModelValueKind.Deployment);
            }
            else if (ConnectionStringModel(value, out var deployment) is { } model)
            {
                Add(found, setting, model, deployment ? ModelValueKind.Deployment : KindOf(setting.Key, "Model"));
            }
        }

        return WithoutUnselectedGroups(WithoutUnselected(found, all, declaredKeys), all, declaredKeys);
    }

    /// <summary>
    /// The same choice among keys written as environment variables, where a prefix stands for a section: with
    /// <c>"AIHost": "azureOpenAI"</c> beside <c>AZURE_OPENAI_ENDPOINT</c>, <c>GITHUB_TOKEN</c> and <c>GITHUB_MODEL_NAME</c>,
    /// <c>LOCAL_ENDPOINT</c> and <c>LOCAL_MODEL_NAME</c>, the GitHub and local models are choices the configuration does not
    /// make. A prefix is a service when a key of its own says how to reach it (<c>…_ENDPOINT</c>, <c>…_KEY</c>,
    /// <c>…_TOKEN</c>, <c>…_URL</c>); a setting selects one when its value is the prefix's name without the underscores.
    /// </summary>
    private static List<Found> WithoutUnselectedGroups(List<Found> found, IReadOnlyList<AppSetting> settings, HashSet<string> declaredKeys)
    {
        if (found.Count < 2 || !found.Exists(f => EnvironmentStyleKind(LastSegment(f.Key)) is not null))
        {
            return found;
        }

        // The services, by parent section and prefix without underscores ("AZUREOPENAI", "GITHUB").
        var services = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings)
        {
            var name = LastSegment(setting.Key);
            var underscore = name.LastIndexOf('_');
            if (underscore > 0 && IsEnvironmentStyle(name)
                && name.Substring(underscore + 1) is "ENDPOINT" or "KEY" or "APIKEY" or "TOKEN" or "URL" or "URI")
            {
                services.Add(Parent(setting.Key) + ":" + Compact(WithoutModelWord(name.Substring(0, underscore))));
            }
        }

        var selected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings)
        {
            var value = setting.Value.Trim();
            if (value.Length is > 0 and <= 64 && value.IndexOf(':') < 0 && services.Contains(Parent(setting.Key) + ":" + Compact(value)))
            {
                selected.Add(Parent(setting.Key) + ":" + Compact(value));
            }
        }

        if (selected.Count == 0)
        {
            return found;
        }

        return found.FindAll(f =>
        {
            var name = LastSegment(f.Key);
            if (declaredKeys.Contains(f.Key) || EnvironmentStyleKind(name) is null)
            {
                return true;
            }

            var group = Parent(f.Key) + ":" + Compact(GroupOf(name));
            return !services.Contains(group) || selected.Contains(group);
        });
    }

    // The words of an environment-style key before its model word: "GITHUB" of GITHUB_MODEL_NAME, "AZURE_OPENAI" of
    // AZURE_OPENAI_DEPLOYMENT.
    private static string GroupOf(string name)
    {
        var words = name.Split(['_'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join("_", words, 0, Math.Max(LastModelWord(words), 0));
    }

    // The last word of an environment-style key that is the model or deployment word (MODEL, CHATMODEL, MODELID,
    // DEPLOYMENT), or -1.
    private static int LastModelWord(string[] words)
        => Array.FindLastIndex(words, word => word.EndsWith("MODEL", StringComparison.Ordinal) || word is "DEPLOYMENT" or "MODELID" or "MODELNAME");

    // "AZURE_MODEL" of AZURE_MODEL_ENDPOINT is the group "AZURE".
    private static string WithoutModelWord(string prefix)
        => prefix.EndsWith("_MODEL", StringComparison.Ordinal) ? prefix.Substring(0, prefix.Length - "_MODEL".Length) : prefix;

    // Letters and digits only, upper case: "azureOpenAI" and "AZURE_OPENAI" are one name.
    private static string Compact(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(char.ToUpperInvariant(c));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Drops the models of sections a setting does not select: with <c>"ConnectorType": "GitHubModels"</c>, the model in
    /// <c>GitHubModels</c> is the one the app uses, and those in its sibling sections (<c>Ollama</c>, <c>OpenAI</c>…) are
    /// choices the configuration as written does not make. The setting may stand beside the sections or elsewhere
    /// (<c>"Rag": { "AIChatService": "OpenAI" }</c>). Keys the project declares always count.
    /// </summary>
    private static List<Found> WithoutUnselected(List<Found> found, IReadOnlyList<AppSetting> settings, HashSet<string> declaredKeys)
    {
        if (found.Count < 2)
        {
            return found;
        }

        // The sections that hold a model, by their full path ("Embeddings:Local").
        var modelSections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in found)
        {
            for (var colon = model.Key.IndexOf(':'); colon > 0; colon = model.Key.IndexOf(':', colon + 1))
            {
                modelSections.Add(model.Key.Substring(0, colon));
            }
        }

        // A selector is a setting whose value is the name of a section that holds a model: a sibling of the setting
        // ("ConnectorType": "GitHubModels" beside "GitHubModels"), or a section elsewhere ("Rag": { "AIChatService": "OpenAI" }
        // beside "AIServices": { "OpenAI": …, "AzureOpenAI": … }). Several settings may each select one section of the
        // same parent (a chat service and an embedding service).
        var byName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in modelSections)
        {
            var name = LastSegment(section);
            if (!byName.TryGetValue(name, out var paths))
            {
                byName[name] = paths = [];
            }

            paths.Add(section);
        }

        var selected = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings)
        {
            var value = setting.Value.Trim();
            var plainName = value.Length > 0 && value.IndexOf(':') < 0;
            if (!plainName || !byName.TryGetValue(value, out var paths))
            {
                continue;
            }

            var parent = Parent(setting.Key);
            var sibling = parent.Length == 0 ? value : parent + ":" + value;
            foreach (var path in paths)
            {
                // A sibling section is the one meant; elsewhere, only a name that one section alone carries.
                if ((modelSections.Contains(sibling) && !string.Equals(path, sibling, StringComparison.OrdinalIgnoreCase)) || (!modelSections.Contains(sibling) && paths.Count > 1))
                {
                    continue;
                }

                var selectedParent = Parent(path);
                if (!selected.TryGetValue(selectedParent, out var names))
                {
                    selected[selectedParent] = names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                names.Add(value);
            }
        }

        if (selected.Count == 0)
        {
            return found;
        }

        // Only a sibling that says how to reach a service is another choice of the same thing; a section of its own for
        // another purpose ("Summaries": { "ModelId": … }) is a model the app also uses.
        // A connection string names its service too, the way Aspire passes one ("ConnectionStrings": { "anthropic": … }
        // beside "Anthropic": { "ModelId": … }).
        var services = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings)
        {
            if (Array.Exists(ServiceKeys, key => string.Equals(key, LastSegment(setting.Key), StringComparison.OrdinalIgnoreCase)))
            {
                services.Add(Parent(setting.Key));
            }
            else if (string.Equals(Parent(setting.Key), "ConnectionStrings", StringComparison.OrdinalIgnoreCase))
            {
                services.Add(LastSegment(setting.Key));
            }
        }

        return found.FindAll(f => declaredKeys.Contains(f.Key) || !IsUnselected(f.Key, selected, services));
    }

    // Settings that say how to reach a model's service.
    private static readonly string[] ServiceKeys = ["Endpoint", "BaseUrl", "Url", "Uri", "ApiKey", "Token", "AccessKeyId", "ConnectionString", "OrgId", "Organization", "Auth"];

    private static bool IsUnselected(string key, Dictionary<string, HashSet<string>> selected, HashSet<string> services)
    {
        foreach (var selection in selected)
        {
            if (Section(key, selection.Key) is { } section && !selection.Value.Contains(section)
                && services.Contains(selection.Key.Length == 0 ? section : selection.Key + ":" + section))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The section of <paramref name="key"/> directly under <paramref name="parent"/> ("" is the root), or null when the key is not inside one.</summary>
    private static string? Section(string key, string parent)
    {
        var start = parent.Length == 0 ? 0 : parent.Length + 1;
        if (parent.Length > 0 && !(key.Length > start && key.StartsWith(parent, StringComparison.OrdinalIgnoreCase) && key[parent.Length] == ':'))
        {
            return null;
        }

        var end = key.IndexOf(':', start);
        return end < 0 ? null : key.Substring(start, end - start);
    }

    private static string Parent(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon >= 0 ? key.Substring(0, colon) : string.Empty;
    }

    /// <summary>
    /// <c>TranscriptionModelId</c>, <c>SpeechModelId</c>, <c>VisionModelName</c>: a setting for one model among several.
    /// Only the <c>…ModelId</c> and <c>…ModelName</c> endings: a bare <c>…Model</c> ending is as often a view or data model.
    /// </summary>
    /// <remarks>
    /// Also a model file's or folder's path for one model among several: <c>ModelFilePath</c>, <c>WhisperModelPath</c>,
    /// <c>EmbeddingModelDir</c> (whose value is judged by its file and folder names).
    /// </remarks>
    private static bool IsModelIdKey(string name)
        => name.EndsWith("ModelId", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ModelName", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("Model_Id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ModelPath", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("ModelFilePath", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ModelDir", StringComparison.OrdinalIgnoreCase);

    // What a word after the model word of an environment-style key says the value is instead: "CHAT_MODEL_ENDPOINT",
    // "MODEL_API_KEY", "EMBEDDING_MODEL_DIMENSIONS".
    private static readonly string[] NotModelWords =
    [
        "ENDPOINT", "URL", "URI", "HOST", "PORT", "KEY", "APIKEY", "API", "SECRET", "TOKEN", "TOKENS", "VERSION", "TYPE",
        "PROVIDER", "TEMPERATURE", "MAX", "TIMEOUT", "REGION", "LOCATION", "SKU", "CAPACITY", "FORMAT", "DIMENSIONS",
        "DIMENSION", "RESOURCE", "ENABLED", "COUNT", "LIMIT", "SIZE",
    ];

    /// <summary>
    /// A key written as an environment variable is (<c>OLLAMA_MODEL</c>, <c>OAI_CHATMODEL_NANO</c>, <c>AOI_DEPLOYMODEL</c>,
    /// <c>AZURE_OPENAI_DEPLOYMENT</c>, <c>EMBEDDING_MODEL_PATH</c>): upper case words joined by underscores, one of them
    /// the model or deployment word, and none after it saying the value is something else about the model (an endpoint, a
    /// key, a version). A word with "DEPLOY" in it makes the value a deployment; <c>PATH</c>, <c>DIR</c> or <c>FILE</c>
    /// after the model word, a path. Null for any other key.
    /// </summary>
    internal static ModelValueKind? EnvironmentStyleKind(string name)
    {
        if (!IsEnvironmentStyle(name))
        {
            return null;
        }

        var words = name.Split(['_'], StringSplitOptions.RemoveEmptyEntries);
        var last = LastModelWord(words);
        if (last < 0)
        {
            return null;
        }

        var kind = Array.Exists(words, word => word.Contains("DEPLOY")) ? ModelValueKind.Deployment : ModelValueKind.ApiModel;
        for (var i = last + 1; i < words.Length; i++)
        {
            if (Array.IndexOf(NotModelWords, words[i]) >= 0)
            {
                return null;
            }

            if (words[i] is "PATH" or "DIR" or "FILE" or "FOLDER")
            {
                kind = ModelValueKind.Path;
            }
        }

        return kind;
    }

    // Upper case words joined by underscores, as environment variables are named: "AZURE_OPENAI_ENDPOINT".
    private static bool IsEnvironmentStyle(string name)
    {
        if (name.IndexOf('_') <= 0 || name.Length > 128)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses a <c>ModelConfigurationKey</c> item's <c>Kind</c> metadata; empty is an API model name.</summary>
    public static bool TryParseKind(string? text, out ModelValueKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "api": kind = ModelValueKind.ApiModel; return true;
            case "hub": kind = ModelValueKind.HubId; return true;
            case "ollama": kind = ModelValueKind.OllamaTag; return true;
            case "path": kind = ModelValueKind.Path; return true;
            case "alias": kind = ModelValueKind.Alias; return true;
            default: kind = ModelValueKind.ApiModel; return false;
        }
    }

    private static void Add(List<Found> found, AppSetting setting, string value, ModelValueKind kind)
    {
        // "SentimentModelPath": "MLModels/sentiment.zip" is an ML.NET model, not one the catalog could know.
        if (!RuntimeModels.IsPlaceholder(value) && !(kind == ModelValueKind.Path && ModelNames.IsOtherFileType(value)))
        {
            found.Add(new Found(setting.Key, value, kind, setting.Line, setting.Column));
        }
    }

    /// <summary>The section says which library the model is for: an Ollama tag, a Hugging Face id, a Foundry Local alias.</summary>
    private static ModelValueKind KindOf(string key, string name)
    {
        if (name.EndsWith("Path", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Dir", StringComparison.OrdinalIgnoreCase))
        {
            return ModelValueKind.Path;
        }

        var lower = key.ToLowerInvariant();
        if (lower.Contains("ollama"))
        {
            return ModelValueKind.OllamaTag;
        }

        if (lower.Contains("huggingface"))
        {
            return ModelValueKind.HubId;
        }

        return lower.Contains("foundry") ? ModelValueKind.Alias : ModelValueKind.ApiModel;
    }

    /// <summary>
    /// <c>Endpoint=http://localhost:11434;Model=llama3.1</c>, the form Aspire passes Ollama models in, and
    /// <c>Endpoint=…;Deployment=gpt-4o</c>, the Aspire Azure OpenAI client's, whose value is a deployment.
    /// </summary>
    private static string? ConnectionStringModel(string value, out bool deployment)
    {
        deployment = false;
        if (value.IndexOf('=') < 0)
        {
            return null;
        }

        string? found = null;
        foreach (var part in value.Split(';'))
        {
            var equals = part.IndexOf('=');
            var key = equals > 0 ? part.Substring(0, equals).Trim() : string.Empty;
            var named = part.Substring(equals + 1).Trim();
            if (named.Length == 0)
            {
                continue;
            }

            if (string.Equals(key, "Model", StringComparison.OrdinalIgnoreCase))
            {
                deployment = false;
                return named;
            }

            if (string.Equals(key, "Deployment", StringComparison.OrdinalIgnoreCase) && found is null)
            {
                (found, deployment) = (named, true);
            }
        }

        return found;
    }

    /// <summary>
    /// <c>DeploymentName</c>, <c>ChatDeploymentName</c>, <c>EmbeddingsDeployment</c>: an Azure deployment, which names a
    /// model only when it is exactly a model's name (it is then assumed to deploy that model, and reports say so).
    /// </summary>
    private static bool IsDeploymentKey(string name)
        => name.EndsWith("DeploymentName", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Deployment", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("Deployment_Name", StringComparison.OrdinalIgnoreCase);

    private static string LastSegment(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon >= 0 ? key.Substring(colon + 1) : key;
    }
}
