// Copyright (c) Microsoft Corporation. All rights reserved.
// Program.cs

using AutoGen.Ollama.Sample;

await Chat_With_LLaVA.RunAsync();
