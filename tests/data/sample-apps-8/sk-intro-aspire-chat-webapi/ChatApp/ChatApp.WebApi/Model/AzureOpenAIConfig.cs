namespace ChatApp.WebApi.Model;

internal record AzureOpenAIConfig(string Deployment, string Endpoint);