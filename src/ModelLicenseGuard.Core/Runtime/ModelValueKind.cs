namespace ModelLicenseGuard.Runtime;

/// <summary>What kind of name a library takes where it is told which model to use.</summary>
public enum ModelValueKind
{
    /// <summary>A Hugging Face id, <c>org/name</c>.</summary>
    HubId,

    /// <summary>An Ollama tag, <c>llama3.1:8b</c>.</summary>
    OllamaTag,

    /// <summary>A hosted API's model name, <c>gpt-4o-mini</c>.</summary>
    ApiModel,

    /// <summary>A file or folder path to the weights.</summary>
    Path,

    /// <summary>A short alias a runtime maps to a model (Foundry Local, <c>phi-3.5-mini</c>).</summary>
    Alias,

    /// <summary>An Azure deployment name: chosen by whoever deployed the model, so it does not name one.</summary>
    Deployment,

    /// <summary>
    /// A value handed on to a service under a name (an Aspire AppHost's environment variable): a model only when the name
    /// speaks of a model or a deployment and the value is exactly a known model name; anything else says nothing.
    /// </summary>
    Setting,
}
