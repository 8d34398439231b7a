using OllamaSharp;

// The banner shown at start-up.
const string Banner = "Powered by the open-source Llama 3.1, running locally.";

var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.1");
Console.WriteLine(Banner);
Console.Write("> ");
var question = Console.ReadLine() ?? string.Empty;
await foreach (var token in ollama.GenerateAsync(question))
{
    Console.Write(token?.Response);
}

Console.WriteLine();
