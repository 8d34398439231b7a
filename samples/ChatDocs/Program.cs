// ChatDocs: a chat app whose code, README, resource strings and package metadata all call Llama 3.2 "open source".
// Llama 3.2's weights are under the Llama 3.2 Community License, which restricts use: open-weight, not open source.
// The licence also requires an attribution this app does not display yet (MLG0010).
const string Banner = "Powered by the open-source Llama 3.2 model, running on your machine.";

Console.WriteLine(Banner);
Console.WriteLine(new System.Resources.ResourceManager("ChatDocs.Strings", typeof(Program).Assembly).GetString("About"));
