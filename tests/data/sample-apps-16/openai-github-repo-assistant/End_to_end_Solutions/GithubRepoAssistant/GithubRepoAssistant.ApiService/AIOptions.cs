namespace GithubRepoAssistant.ApiService;

public record AIOptions(string ApiKey, string Endpoint, string ChatDeployment, string EmbeddingDeployment);
