namespace Agents.Infrastructure.Settings;

public class LanguageModelSettings
{
    public string DeploymentName { get; set; } = string.Empty;

    public string EndPoint { get; set; } = string.Empty;

    public string ApiKey { get; set; } = string.Empty;
}