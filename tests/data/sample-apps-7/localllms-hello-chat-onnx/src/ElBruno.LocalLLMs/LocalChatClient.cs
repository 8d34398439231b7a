using System.Diagnostics;
using System.Runtime.CompilerServices;
using ElBruno.HuggingFace;
using ElBruno.LocalLLMs.Diagnostics;
using ElBruno.LocalLLMs.Internal;
using ElBruno.LocalLLMs.ToolCalling;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ElBruno.LocalLLMs;

/// <summary>
/// Local LLM chat client using ONNX Runtime GenAI.
/// Implements IChatClient for seamless integration with Microsoft.Extensions.AI.
/// </summary>
public sealed class LocalChatClient : IChatClient, IAsyncDisposable
{
    private readonly LocalLLMsOptions _options;
    private readonly IModelDownloader _downloader;
    private readonly IChatTemplateFormatter _formatter;
    private readonly IToolCallParser _toolCallParser;
    private readonly ITextGenerationModelFactory _modelFactory;
    private readonly ILogger _logger;

    /// <summary>
    /// True for GPT-OSS models, whose output is split into analysis/commentary/final
    /// channels and must be filtered before being surfaced to callers.
    /// </summary>
    private readonly bool _usesHarmonyChannels;

    private ITextGenerationModel? _model;
    private string? _resolvedModelPath;
    private bool _disposed;
    private readonly SemaphoreSlim _initLock = new(1, 1);

    // --- Construction ---

    /// <summary>
    /// Creates a LocalChatClient with default options (Phi-3.5-mini-instruct).
    /// Model is downloaded automatically on first use.
    /// </summary>
    public LocalChatClient()
        : this(new LocalLLMsOptions())
    {
    }

    /// <summary>
    /// Creates a LocalChatClient with the specified options.
    /// </summary>
    public LocalChatClient(LocalLLMsOptions options)
        : this(options, new ModelDownloader(), loggerFactory: null)
    {
    }

    /// <summary>
    /// Creates a LocalChatClient with the specified options and logger factory.
    /// </summary>
    public LocalChatClient(LocalLLMsOptions options, ILoggerFactory? loggerFactory)
        : this(options, new ModelDownloader(), loggerFactory)
    {
    }

    internal LocalChatClient(
        LocalLLMsOptions options,
        IModelDownloader downloader,
        ILoggerFactory? loggerFactory = null,
        ITextGenerationModelFactory? modelFactory = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _downloader = downloader ?? throw new ArgumentNullException(nameof(downloader));
        _formatter = ChatTemplateFactory.Create(options.Model.ChatTemplate, options.ReasoningEffort);
        _toolCallParser = ToolCallParserFactory.Create(options.Model.ChatTemplate);
        _usesHarmonyChannels = options.Model.ChatTemplate == ChatTemplateFormat.Harmony;
        _modelFactory = modelFactory ?? new OnnxGenAIModelFactory();
        _logger = loggerFactory?.CreateLogger<LocalChatClient>() ?? NullLogger<LocalChatClient>.Instance;

        Metadata = new ChatClientMetadata(
            providerName: "elbruno-local-llms",
            providerUri: new Uri("https://github.com/elbruno/ElBruno.LocalLLMs"),
            defaultModelId: options.Model.Id);
    }

    // --- Async Factory ---

    /// <summary>
    /// Async factory — preferred in async contexts to avoid sync-over-async during model download.
    /// </summary>
    public static async Task<LocalChatClient> CreateAsync(
        CancellationToken cancellationToken = default)
    {
        return await CreateAsync(new LocalLLMsOptions(), progress: null, loggerFactory: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Async factory with options and progress reporting.
    /// </summary>
    public static async Task<LocalChatClient> CreateAsync(
        LocalLLMsOptions options,
        IProgress<ModelDownloadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        return await CreateAsync(options, progress, loggerFactory: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Async factory with options, progress reporting, and logger factory.
    /// </summary>
    public static async Task<LocalChatClient> CreateAsync(
        LocalLLMsOptions options,
        IProgress<ModelDownloadProgress>? progress,
        ILoggerFactory? loggerFactory,
        CancellationToken cancellationToken = default)
    {
        OptionsValidator.Validate(options);
        var client = new LocalChatClient(options, loggerFactory);
        await client.EnsureInitializedAsync(progress, cancellationToken).ConfigureAwait(false);
        return client;
    }

    // --- IChatClient Implementation ---

    /// <summary>
    /// Metadata describing this chat client provider and model.
    /// </summary>
    public ChatClientMetadata Metadata { get; }

    /// <summary>
    /// The active execution provider selected by runtime initialization.
    /// Returns configured value before initialization.
    /// </summary>
    public ExecutionProvider ActiveExecutionProvider => _model?.ActiveProvider ?? _options.ExecutionProvider;

    /// <summary>
    /// Details about provider fallback decisions during model initialization, when available.
    /// </summary>
    public string? ProviderSelectionDetails => _model?.ProviderSelectionDetails;

    /// <summary>
    /// Metadata about the loaded model (context window, name, vocab size).
    /// Populated from genai_config.json after model initialization.
    /// Returns null before the model is loaded or if config is unavailable.
    /// </summary>
    public ModelMetadata? ModelInfo => _model?.Metadata;

    // --- Environment Diagnostics ---

    /// <summary>
    /// Diagnoses the current environment for local LLM execution capabilities.
    /// </summary>
    public static EnvironmentDiagnostics DiagnoseEnvironment(string? cacheDirectory = null)
    {
        return EnvironmentDiagnosticsBuilder.Create(cacheDirectory);
    }

    /// <summary>
    /// Removes all cached files for the specified model from the local cache.
    /// No-op if the model is not currently cached.
    /// </summary>
    public static Task DeleteModelFromCacheAsync(
        ModelDefinition model,
        string? cacheDirectory = null,
        CancellationToken cancellationToken = default)
    {
        return new ModelDownloader().DeleteModelAsync(model, cacheDirectory, cancellationToken);
    }

    /// <summary>
    /// Lists all cached model directories under the local cache root.
    /// Returns one entry per cached model with total size in bytes and last-modified timestamp.
    /// </summary>
    public static IReadOnlyList<CachedRepoInfo> ListCachedModels(string? cacheDirectory = null)
        => new ModelDownloader().ListCachedModels(cacheDirectory);

    /// <summary>
    /// Returns the total cached size in bytes for the specified model.
    /// Returns 0 if the model is not currently cached.
    /// </summary>
    public static long GetModelCacheSize(ModelDefinition model, string? cacheDirectory = null)
        => new ModelDownloader().GetModelCacheSize(model, cacheDirectory);

    // --- Model Warmup ---

    /// <summary>
    /// Warms up the model by running a short inference pass. Returns elapsed time.
    /// Call after CreateAsync() to pre-warm the inference pipeline and reduce first-query latency.
    /// </summary>
    public async Task<TimeSpan> WarmupAsync(CancellationToken cancellationToken = default)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var warmupMessages = new[] { new ChatMessage(ChatRole.User, "hi") };

        await GetResponseAsync(warmupMessages, new ChatOptions { MaxOutputTokens = 1 }, cancellationToken).ConfigureAwait(false);

        sw.Stop();
        _logger.LogInformation("Model warmup completed in {ElapsedMs}ms", sw.ElapsedMilliseconds);
        return sw.Elapsed;
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(messages);

        using var activity = LocalLLMsInstrumentation.StartChatActivity(_options.Model.Id, streaming: false, ActiveExecutionProvider);
        activity.AddQueuedEvent();
        var sw = Stopwatch.StartNew();

        try
        {
            await EnsureInitializedAsync(progress: null, cancellationToken).ConfigureAwait(false);
            activity.AddModelReadyEvent();
            activity?.SetTag(LocalLLMsInstrumentation.TagNames.ExecutionProvider, ActiveExecutionProvider.ToString());

            LogMessages.InferenceStart(_logger, _options.Model.Id, streaming: false);
            var messageList = messages as IList<ChatMessage> ?? messages.ToList();
            var tools = options?.Tools;
            var prompt = _formatter.FormatMessages(messageList, tools);
            var genParams = BuildGenerationParameters(options);
            StampRequestTags(activity, genParams);

            if (LocalLLMsInstrumentation.ShouldCaptureContent(_options))
            {
                activity.AddPromptEvent(prompt);
            }

            activity.AddGenerationStartedEvent();

            var result = await Task.Run(
                () => _model!.Generate(prompt, genParams, cancellationToken),
                cancellationToken).ConfigureAwait(false);

            activity.AddFirstTokenEvent(result.TimeToFirstToken);

            var trimmedResponse = result.Text.Trim();

            if (LocalLLMsInstrumentation.ShouldCaptureContent(_options))
            {
                activity.AddCompletionEvent(trimmedResponse);
            }

            // Parse for tool calls if tools are available.
            // Harmony tool calls live on the commentary channel, so parse the raw text
            // before the analysis/commentary channels are filtered out.
            var toolCalls = tools is { Count: > 0 }
                ? _toolCallParser.Parse(trimmedResponse)
                : [];

            // Surface only the user-facing text. For Harmony this drops the
            // chain-of-thought, which the model card says must not be shown to users.
            var visibleText = _usesHarmonyChannels
                ? HarmonyChannelFilter.ExtractFinal(trimmedResponse).Trim()
                : trimmedResponse;

            var responseMessage = BuildResponseMessage(visibleText, toolCalls);

            sw.Stop();
            activity.AddCompletedEvent(result.InputTokenCount, result.OutputTokenCount);
            LocalLLMsInstrumentation.RecordMetrics(
                _options.Model.Id, ActiveExecutionProvider, streaming: false,
                LocalLLMsInstrumentation.Outcomes.Completed, sw.Elapsed, result.TimeToFirstToken,
                result.InputTokenCount, result.OutputTokenCount);

            return new ChatResponse(responseMessage)
            {
                ModelId = _options.Model.Id,
                CreatedAt = DateTimeOffset.UtcNow,
            };
        }
        catch (OperationCanceledException)
        {
            sw.Stop();
            activity.AddCancelledEvent();
            LocalLLMsInstrumentation.RecordMetrics(
                _options.Model.Id, ActiveExecutionProvider, streaming: false,
                LocalLLMsInstrumentation.Outcomes.Cancelled, sw.Elapsed, timeToFirstToken: null,
                inputTokens: null, outputTokens: null);
            throw;
        }
        catch (Exception ex)
        {
            sw.Stop();
            activity.AddFailedEvent(ex);
            LocalLLMsInstrumentation.RecordMetrics(
                _options.Model.Id, ActiveExecutionProvider, streaming: false,
                LocalLLMsInstrumentation.Outcomes.Error, sw.Elapsed, timeToFirstToken: null,
                inputTokens: null, outputTokens: null);
            throw;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(messages);

        using var activity = LocalLLMsInstrumentation.StartChatActivity(_options.Model.Id, streaming: true, ActiveExecutionProvider);
        activity.AddQueuedEvent();
        var sw = Stopwatch.StartNew();
        var cancelled = false;
        Exception? failure = null;
        var inputTokenCount = 0;
        var outputTokenCount = 0;
        TimeSpan? timeToFirstToken = null;

        var messageList = messages as IList<ChatMessage> ?? messages.ToList();
        var tools = options?.Tools;
        string prompt;
        GenerationParameters genParams;

        try
        {
            try
            {
                await EnsureInitializedAsync(progress: null, cancellationToken).ConfigureAwait(false);
                activity.AddModelReadyEvent();
                activity?.SetTag(LocalLLMsInstrumentation.TagNames.ExecutionProvider, ActiveExecutionProvider.ToString());

                LogMessages.InferenceStart(_logger, _options.Model.Id, streaming: true);
                prompt = _formatter.FormatMessages(messageList, tools);
                genParams = BuildGenerationParameters(options);
                StampRequestTags(activity, genParams);
                inputTokenCount = _model!.CountPromptTokens(prompt);

                if (LocalLLMsInstrumentation.ShouldCaptureContent(_options))
                {
                    activity.AddPromptEvent(prompt);
                }

                activity.AddGenerationStartedEvent();
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
            catch (Exception ex)
            {
                failure = ex;
                throw;
            }

            var fullText = new System.Text.StringBuilder();
            var firstTokenSeen = false;
            var channelFilter = _usesHarmonyChannels ? new HarmonyChannelFilter() : null;

            var enumerator = _model!.GenerateStreamingAsync(prompt, genParams, cancellationToken)
                .GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    bool hasNext;
                    try
                    {
                        hasNext = await enumerator.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        cancelled = true;
                        throw;
                    }
                    catch (Exception ex)
                    {
                        failure = ex;
                        throw;
                    }

                    if (!hasNext)
                    {
                        break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    var token = enumerator.Current;
                    if (!firstTokenSeen)
                    {
                        firstTokenSeen = true;
                        timeToFirstToken = sw.Elapsed;
                        activity.AddFirstTokenEvent(timeToFirstToken.Value);
                    }

                    outputTokenCount++;
                    fullText.Append(token);
                    cancellationToken.ThrowIfCancellationRequested();

                    // Harmony: buffer through the channel filter so only final-channel
                    // text reaches the caller. The filter may withhold a chunk until a
                    // marker split across token boundaries can be resolved.
                    if (channelFilter is not null)
                    {
                        var visible = channelFilter.Push(token);
                        if (visible.Length == 0)
                        {
                            continue;
                        }

                        yield return new ChatResponseUpdate(ChatRole.Assistant, visible)
                        {
                            ModelId = _options.Model.Id,
                            CreatedAt = DateTimeOffset.UtcNow,
                        };
                        continue;
                    }

                    yield return new ChatResponseUpdate(ChatRole.Assistant, token)
                    {
                        ModelId = _options.Model.Id,
                        CreatedAt = DateTimeOffset.UtcNow,
                    };
                }

                // Emit anything the filter was still holding back at end of stream.
                if (channelFilter is not null)
                {
                    var tail = channelFilter.Flush();
                    if (tail.Length > 0)
                    {
                        yield return new ChatResponseUpdate(ChatRole.Assistant, tail)
                        {
                            ModelId = _options.Model.Id,
                            CreatedAt = DateTimeOffset.UtcNow,
                        };
                    }
                }
            }
            finally
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (LocalLLMsInstrumentation.ShouldCaptureContent(_options))
            {
                activity.AddCompletionEvent(fullText.ToString());
            }

            // After streaming completes, check for tool calls
            IReadOnlyList<ParsedToolCall> toolCalls = [];
            if (tools is { Count: > 0 })
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    toolCalls = _toolCallParser.Parse(fullText.ToString());
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    throw;
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }
            }

            if (toolCalls.Count > 0)
            {
                // Send function call updates
                foreach (var call in toolCalls)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var funcCallContent = new FunctionCallContent(
                        callId: call.CallId,
                        name: call.FunctionName,
                        arguments: call.Arguments);

                    // ChatResponseUpdate requires role + content in constructor
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return new ChatResponseUpdate(ChatRole.Assistant, [funcCallContent])
                    {
                        ModelId = _options.Model.Id,
                        CreatedAt = DateTimeOffset.UtcNow
                    };
                }
            }
        }
        finally
        {
            sw.Stop();
            if (cancelled)
            {
                activity.AddCancelledEvent();
                LocalLLMsInstrumentation.RecordMetrics(
                    _options.Model.Id, ActiveExecutionProvider, streaming: true,
                    LocalLLMsInstrumentation.Outcomes.Cancelled, sw.Elapsed, timeToFirstToken,
                    inputTokens: null, outputTokens: null);
            }
            else if (failure is not null)
            {
                activity.AddFailedEvent(failure);
                LocalLLMsInstrumentation.RecordMetrics(
                    _options.Model.Id, ActiveExecutionProvider, streaming: true,
                    LocalLLMsInstrumentation.Outcomes.Error, sw.Elapsed, timeToFirstToken,
                    inputTokens: null, outputTokens: null);
            }
            else
            {
                activity.AddCompletedEvent(inputTokenCount, outputTokenCount);
                LocalLLMsInstrumentation.RecordMetrics(
                    _options.Model.Id, ActiveExecutionProvider, streaming: true,
                    LocalLLMsInstrumentation.Outcomes.Completed, sw.Elapsed, timeToFirstToken,
                    inputTokenCount, outputTokenCount);
            }
        }
    }


    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType == typeof(LocalChatClient) || serviceType == typeof(IChatClient))
        {
            return serviceKey is null ? this : null;
        }

        return null;
    }

    // --- Lifecycle ---

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;

        _model?.Dispose();
        _initLock.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;

        _model?.Dispose();
        _initLock.Dispose();

        await Task.CompletedTask.ConfigureAwait(false);
    }

    // --- Private helpers ---

    private async Task EnsureInitializedAsync(
        IProgress<ModelDownloadProgress>? progress,
        CancellationToken cancellationToken)
    {
        if (_model is not null) return;

        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_model is not null) return;

            _resolvedModelPath = _options.ModelPath;

            if (_resolvedModelPath is null)
            {
                if (!_options.EnsureModelDownloaded)
                {
                    throw new InvalidOperationException(
                        $"Model '{_options.Model.Id}' is not available locally and EnsureModelDownloaded is false. " +
                        "Set ModelPath to a local model directory or enable EnsureModelDownloaded.");
                }

                LogMessages.ModelDownloadStart(_logger, _options.Model.Id);
                _resolvedModelPath = await _downloader.EnsureModelAsync(
                    _options.Model,
                    _options.CacheDirectory,
                    progress,
                    cancellationToken).ConfigureAwait(false);
                LogMessages.ModelDownloadComplete(_logger, _options.Model.Id, _resolvedModelPath);
            }

            var sw = System.Diagnostics.Stopwatch.StartNew();
            LogMessages.ModelLoadingStart(_logger, _resolvedModelPath, _options.ExecutionProvider);
            _model = _modelFactory.Create(
                _resolvedModelPath,
                _options.ExecutionProvider,
                _options.GpuDeviceId,
                _options.MaxSequenceLength,
                _logger);
            sw.Stop();
            LogMessages.ModelLoadingComplete(_logger, _resolvedModelPath, _model.ActiveProvider, sw.Elapsed.TotalMilliseconds);
        }
        finally
        {
            _initLock.Release();
        }
    }

    private static void StampRequestTags(Activity? activity, GenerationParameters genParams)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(LocalLLMsInstrumentation.TagNames.RequestMaxTokens, genParams.MaxLength);
        activity.SetTag(LocalLLMsInstrumentation.TagNames.RequestTemperature, genParams.Temperature);
        activity.SetTag(LocalLLMsInstrumentation.TagNames.RequestTopP, genParams.TopP);
        if (genParams.TopK.HasValue)
        {
            activity.SetTag(LocalLLMsInstrumentation.TagNames.RequestTopK, genParams.TopK.Value);
        }
    }

    private GenerationParameters BuildGenerationParameters(ChatOptions? options)
    {
        var maxLength = _options.MaxSequenceLength;
        var temperature = _options.Temperature;
        var topP = _options.TopP;
        int? topK = null;
        var repetitionPenalty = 1.0f;
        int? maxOutputTokens = null;

        if (options is not null)
        {
            // MaxOutputTokens means "max NEW tokens" — store separately so ApplyParameters can
            // compute effective max_length = min(MaxLength, inputTokenCount + MaxOutputTokens).
            // Do NOT override maxLength with MaxOutputTokens: that would treat it as total
            // sequence length and fail when the prompt alone exceeds the value.
            if (options.MaxOutputTokens.HasValue)
                maxOutputTokens = options.MaxOutputTokens.Value;
            if (options.Temperature.HasValue)
                temperature = options.Temperature.Value;
            if (options.TopP.HasValue)
                topP = options.TopP.Value;
            if (options.TopK.HasValue)
                topK = options.TopK.Value;
            if (options.FrequencyPenalty.HasValue)
                repetitionPenalty = options.FrequencyPenalty.Value;
        }

        return new GenerationParameters(
            MaxLength: maxLength,
            Temperature: temperature,
            TopP: topP,
            TopK: topK,
            RepetitionPenalty: repetitionPenalty,
            MaxOutputTokens: maxOutputTokens);
    }

    private static ChatMessage BuildResponseMessage(string responseText, IReadOnlyList<ParsedToolCall> toolCalls)
    {
        if (toolCalls.Count == 0)
        {
            return new ChatMessage(ChatRole.Assistant, responseText);
        }

        // Build message with both text and function calls
        var contents = new List<AIContent>();

        // Add text content if there's non-tool-call text
        var textWithoutToolCalls = responseText;
        foreach (var call in toolCalls)
        {
            if (call.RawText != null)
            {
                textWithoutToolCalls = textWithoutToolCalls.Replace(call.RawText, "");
            }
        }

        textWithoutToolCalls = textWithoutToolCalls.Trim();
        if (!string.IsNullOrWhiteSpace(textWithoutToolCalls))
        {
            contents.Add(new TextContent(textWithoutToolCalls));
        }

        // Add function call contents
        foreach (var call in toolCalls)
        {
            var funcCallContent = new FunctionCallContent(
                callId: call.CallId,
                name: call.FunctionName,
                arguments: call.Arguments);
            contents.Add(funcCallContent);
        }

        return new ChatMessage(ChatRole.Assistant, contents);
    }

}
