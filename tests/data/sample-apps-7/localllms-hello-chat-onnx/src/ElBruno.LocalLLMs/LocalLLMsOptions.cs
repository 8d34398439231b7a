using Microsoft.Extensions.AI;

namespace ElBruno.LocalLLMs;

/// <summary>
/// Configuration options for LocalChatClient.
/// </summary>
public sealed class LocalLLMsOptions
{
    /// <summary>
    /// The model to use. Provides HuggingFace repo, ONNX paths, and chat template.
    /// Default: KnownModels.Phi35MiniInstruct.
    /// </summary>
    public ModelDefinition Model { get; set; } = KnownModels.Phi35MiniInstruct;

    /// <summary>
    /// Path to a local model directory. When set, skips download entirely.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>
    /// Custom directory for model cache.
    /// Default: %LOCALAPPDATA%/ElBruno/LocalLLMs/models
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>
    /// Whether to auto-download the model if not cached. Default: true.
    /// </summary>
    public bool EnsureModelDownloaded { get; set; } = true;

    /// <summary>
    /// Execution provider selection. Default: Auto (DirectML, then CUDA, then CPU on Windows; CUDA, then CPU on Linux).
    /// </summary>
    public ExecutionProvider ExecutionProvider { get; set; } = ExecutionProvider.Auto;

    /// <summary>
    /// GPU device ID for CUDA/DirectML. Default: 0.
    /// </summary>
    public int GpuDeviceId { get; set; } = 0;

    /// <summary>
    /// Maximum sequence length for generation. Default: 2048.
    /// </summary>
    public int MaxSequenceLength { get; set; } = 2048;

    /// <summary>
    /// Default temperature for generation. Default: 0.7.
    /// </summary>
    public float Temperature { get; set; } = 0.7f;

    /// <summary>
    /// Default top-p for generation. Default: 0.9.
    /// </summary>
    public float TopP { get; set; } = 0.9f;

    /// <summary>
    /// Optional system prompt prepended to conversations.
    /// </summary>
    public string? SystemPrompt { get; set; }

    /// <summary>
    /// Reasoning effort for models that expose a configurable chain-of-thought budget.
    /// Default: <see cref="ReasoningEffort.Medium"/>.
    /// </summary>
    /// <remarks>
    /// Only honoured by GPT-OSS models (<see cref="ChatTemplateFormat.Harmony"/>), where it is
    /// rendered into the Harmony system message as <c>Reasoning: low|medium|high</c>.
    /// Ignored by all other models. GPT-OSS defines only low/medium/high, so
    /// <see cref="ReasoningEffort.None"/> maps to low and
    /// <see cref="ReasoningEffort.ExtraHigh"/> maps to high.
    /// </remarks>
    public ReasoningEffort ReasoningEffort { get; set; } = ReasoningEffort.Medium;

    /// <summary>
    /// When <see langword="true"/>, prompt and completion text are attached to
    /// OpenTelemetry activities (<c>gen_ai.prompt</c> / <c>gen_ai.completion</c> events).
    /// Default: <see langword="false"/> — telemetry never contains prompt/response content
    /// unless explicitly opted in. Can also be enabled via the environment variable
    /// <c>OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true</c>.
    /// </summary>
    public bool CaptureTelemetryContent { get; set; }
}

