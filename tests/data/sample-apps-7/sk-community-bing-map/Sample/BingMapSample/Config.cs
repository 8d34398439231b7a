namespace BingMapSample;

/// <summary>
///  Azure openai and Bing Keys   
/// </summary>
public static class Config
{
    /// <summary>
    ///  Azure OpenAI Deployment or Model Id
    /// </summary>
    public static string DeploymentOrModelId => "gpt4model";

    /// <summary>
    /// Azure OpenAI Endpoint
    /// </summary>
    public static string Endpoint => "";

    /// <summary>
    /// Azure OpenAI ApiKey
    /// </summary>
    public static string ApiKey => "";

    /// <summary>
    ///  Bing Map Key 
    /// </summary>

    public static string BingMapKey = "";
    
}