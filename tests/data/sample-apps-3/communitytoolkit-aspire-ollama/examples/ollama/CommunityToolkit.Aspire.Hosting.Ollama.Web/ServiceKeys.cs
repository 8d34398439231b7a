namespace CommunityToolkit.Aspire.Hosting.Ollama.Web;

public static class ServiceKeys
{
    public const string Phi3 = "phi3";
    public const string Llama = "llama";
}
