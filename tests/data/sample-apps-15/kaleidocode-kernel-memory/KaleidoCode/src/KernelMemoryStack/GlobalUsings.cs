
global using global::Microsoft.Extensions.AI;
global using global::Microsoft.Extensions.Configuration;
global using global::Microsoft.Extensions.DependencyInjection;
global using global::Microsoft.Extensions.Logging;
global using global::System.Diagnostics.CodeAnalysis;