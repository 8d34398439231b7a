// Global using directives

global using System.ComponentModel;
global using System.Globalization;
global using AIExtensionsOllama.ServiceDefaults;
global using Microsoft.Extensions.AI;
global using OpenTelemetry.Trace;