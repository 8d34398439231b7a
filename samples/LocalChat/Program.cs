// LocalChat: a console chat that runs a quantized Llama 3.1 model from models/.
// The banner below makes a claim ModelLicenseGuard flags: Llama 3.1's weights are under the
// Llama 3.1 Community License, which restricts use, so they are open-weight, not open source.
const string Banner = "Powered by the open-source Llama 3.1 model, running locally.";

var modelPath = Path.Combine(AppContext.BaseDirectory, "models", "llama-3.1-8b-instruct-demo.Q4_0.gguf");
Console.WriteLine(Banner);
Console.WriteLine($"Model: {modelPath}");
