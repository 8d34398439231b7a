namespace ModelLicenseGuard.Runtime;

/// <summary>
/// A client type whose "model" arguments are deployment names whatever the parameter is called: Azure OpenAI binds
/// <c>GetChatClient(string)</c> to the base <c>OpenAIClient</c> method, whose parameter is <c>model</c>.
/// </summary>
public sealed class DeploymentClient
{
    public DeploymentClient(string typeName, int line)
    {
        TypeName = typeName;
        Line = line;
    }

    public string TypeName { get; }

    public int Line { get; }
}
