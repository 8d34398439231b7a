namespace AzureAIAvatarBlazor.Models;

public class AgentAIFoundryConfig
{
    public string AIFoundryEndpoint { get; set; } = string.Empty;
    public string AgentId { get; set; } = string.Empty;
}
