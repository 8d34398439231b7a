namespace AzureAIAvatarBlazor.Models;

public class AgentMicrosoftFoundryConfig
{
    public string MicrosoftFoundryEndpoint { get; set; } = string.Empty;
    public string MicrosoftFoundryAgentName { get; set; } = string.Empty;
}
