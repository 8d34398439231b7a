namespace ModelLicenseGuard.Runtime;

/// <summary>
/// A client type whose "model" arguments are deployment names whatever the parameter is called: Azure OpenAI binds
/// <c>GetChatClient(string)</c> to the base <c>OpenAIClient</c> method, whose parameter is <c>model</c>.
/// </summary>
/// <param name="TypeName">The client type's metadata name.</param>
/// <param name="Line">The line of the call-shape table that says so.</param>
public sealed record DeploymentClient(string TypeName, int Line);
