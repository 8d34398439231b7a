namespace ElBruno.LocalLLMs;

/// <summary>
/// Pre-defined model definitions for supported LLMs.
/// These are the models the library knows how to download, configure, and run.
/// </summary>
public static class KnownModels
{
    // ────────────────────────────────────────────────────────
    // ⚪ Tiny tier — edge/mobile, IoT, fast prototyping
    // ────────────────────────────────────────────────────────

    /// <summary>TinyLlama 1.1B Chat — smallest Llama-based chat model.</summary>
    public static readonly ModelDefinition TinyLlama11BChat = new()
    {
        Id = "tinyllama-1.1b-chat",
        DisplayName = "TinyLlama-1.1B-Chat",
        HuggingFaceRepoId = "elbruno/TinyLlama-1.1B-Chat-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.ChatML,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true
    };

    /// <summary>SmolLM2 1.7B Instruct — compact instruct model from HuggingFace.</summary>
    public static readonly ModelDefinition SmolLM2_17BInstruct = new()
    {
        Id = "smollm2-1.7b-instruct",
        DisplayName = "SmolLM2-1.7B-Instruct",
        HuggingFaceRepoId = "elbruno/SmolLM2-1.7B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.ChatML,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true
    };

    /// <summary>Qwen2.5-0.5B-Instruct — tiny edge model.</summary>
    public static readonly ModelDefinition Qwen25_05BInstruct = new()
    {
        Id = "qwen2.5-0.5b-instruct",
        DisplayName = "Qwen2.5-0.5B-Instruct",
        HuggingFaceRepoId = "elbruno/Qwen2.5-0.5B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    // ── Fine-tuned Qwen2.5 models ──

    /// <summary>Qwen2.5-0.5B fine-tuned for tool calling — improved JSON accuracy.</summary>
    public static readonly ModelDefinition Qwen25_05B_ToolCalling = new()
    {
        Id = "qwen2.5-0.5b-localllms-toolcalling",
        DisplayName = "Qwen2.5-0.5B-LocalLLMs-ToolCalling",
        HuggingFaceRepoId = "elbruno/Qwen2.5-0.5B-LocalLLMs-ToolCalling",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>Qwen2.5-0.5B for RAG workflows — uses the public Instruct ONNX repo.</summary>
    public static readonly ModelDefinition Qwen25_05B_RAG = new()
    {
        Id = "qwen2.5-0.5b-localllms-rag",
        DisplayName = "Qwen2.5-0.5B-LocalLLMs-RAG",
        HuggingFaceRepoId = "elbruno/Qwen2.5-0.5B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true
    };

    /// <summary>Qwen2.5-0.5B general instruct fine-tune — uses the public Instruct ONNX repo.</summary>
    public static readonly ModelDefinition Qwen25_05B_Instruct_FineTuned = new()
    {
        Id = "qwen2.5-0.5b-localllms-instruct",
        DisplayName = "Qwen2.5-0.5B-LocalLLMs-Instruct",
        HuggingFaceRepoId = "elbruno/Qwen2.5-0.5B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>Qwen2.5-1.5B-Instruct — small Qwen model.</summary>
    public static readonly ModelDefinition Qwen25_15BInstruct = new()
    {
        Id = "qwen2.5-1.5b-instruct",
        DisplayName = "Qwen2.5-1.5B-Instruct",
        HuggingFaceRepoId = "elbruno/Qwen2.5-1.5B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>Gemma 2B IT — Google's tiny instruction-tuned model.</summary>
    public static readonly ModelDefinition Gemma2BIT = new()
    {
        Id = "gemma-2b-it",
        DisplayName = "Gemma-2B-IT",
        HuggingFaceRepoId = "elbruno/Gemma-2B-IT-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Gemma,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true
    };

    /// <summary>Gemma 4 E2B IT — Google's edge model, effective 2B params (5.1B total), 128K context. Use the conversion scripts to produce a local ONNX model path.</summary>
    public static readonly ModelDefinition Gemma4E2BIT = new()
    {
        Id = "gemma-4-e2b-it",
        DisplayName = "Gemma-4-E2B-IT",
        HuggingFaceRepoId = "google/gemma-4-E2B-it",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Gemma,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = false,
        SupportsToolCalling = true
    };

    /// <summary>StableLM 2 Zephyr 1.6B — Stability AI's compact chat model. ONNX artifact published at elbruno/StableLM-2-1.6B-Chat-onnx.</summary>
    public static readonly ModelDefinition StableLM2_16BChat = new()
    {
        Id = "stablelm-2-1.6b-chat",
        DisplayName = "StableLM-2-1.6B-Chat",
        HuggingFaceRepoId = "elbruno/StableLM-2-1.6B-Chat-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.ChatML,
        Tier = ModelTier.Tiny,
        HasNativeOnnx = true
    };

    // ────────────────────────────────────────────────────────
    // 🟢 Small tier — best quality-to-size ratio
    // ────────────────────────────────────────────────────────

    /// <summary>Phi-3.5 mini instruct — recommended starting point (small).</summary>
    public static readonly ModelDefinition Phi35MiniInstruct = new()
    {
        Id = "phi-3.5-mini-instruct",
        DisplayName = "Phi-3.5 mini instruct",
        HuggingFaceRepoId = "microsoft/Phi-3.5-mini-instruct-onnx",
        RequiredFiles = ["gpu/gpu-int4-awq-block-128/*"],
        ModelSubPath = "gpu/gpu-int4-awq-block-128",
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Phi3,
        Tier = ModelTier.Small,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>Qwen2.5-3B-Instruct — small Qwen model, good balance.</summary>
    public static readonly ModelDefinition Qwen25_3BInstruct = new()
    {
        Id = "qwen2.5-3b-instruct",
        DisplayName = "Qwen2.5-3B-Instruct",
        HuggingFaceRepoId = "elbruno/Qwen2.5-3B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Small,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>Llama 3.2 3B Instruct — Meta's compact instruct model.</summary>
    public static readonly ModelDefinition Llama32_3BInstruct = new()
    {
        Id = "llama-3.2-3b-instruct",
        DisplayName = "Llama-3.2-3B-Instruct",
        HuggingFaceRepoId = "elbruno/Llama-3.2-3B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Llama3,
        Tier = ModelTier.Small,
        HasNativeOnnx = true
    };

    /// <summary>Gemma 2 2B IT — Google's improved tiny model.</summary>
    public static readonly ModelDefinition Gemma2_2BIT = new()
    {
        Id = "gemma-2-2b-it",
        DisplayName = "Gemma-2-2B-IT",
        HuggingFaceRepoId = "elbruno/Gemma-2-2B-IT-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Gemma,
        Tier = ModelTier.Small,
        HasNativeOnnx = true
    };

    /// <summary>Gemma 4 E4B IT — Google's edge/laptop model, effective 4B params (8B total), 128K context. Use the conversion scripts to produce a local ONNX model path.</summary>
    public static readonly ModelDefinition Gemma4E4BIT = new()
    {
        Id = "gemma-4-e4b-it",
        DisplayName = "Gemma-4-E4B-IT",
        HuggingFaceRepoId = "google/gemma-4-E4B-it",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Gemma,
        Tier = ModelTier.Small,
        HasNativeOnnx = false,
        SupportsToolCalling = true
    };

    // ────────────────────────────────────────────────────────
    // 🟡 Medium tier — production-quality local inference
    // ────────────────────────────────────────────────────────

    /// <summary>Qwen2.5-7B-Instruct — mid-size Qwen model.</summary>
    public static readonly ModelDefinition Qwen25_7BInstruct = new()
    {
        Id = "qwen2.5-7b-instruct",
        DisplayName = "Qwen2.5-7B-Instruct",
        HuggingFaceRepoId = "elbruno/Qwen2.5-7B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>Qwen2.5-Coder-7B-Instruct — code-specialized Qwen model for local development.</summary>
    public static readonly ModelDefinition Qwen25Coder_7BInstruct = new()
    {
        Id = "qwen2.5-coder-7b-instruct",
        DisplayName = "Qwen2.5-Coder-7B-Instruct",
        HuggingFaceRepoId = "elbruno/Qwen2.5-Coder-7B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>Llama 3.1 8B Instruct — Meta's mainstream instruct model.</summary>
    public static readonly ModelDefinition Llama31_8BInstruct = new()
    {
        Id = "llama-3.1-8b-instruct",
        DisplayName = "Llama-3.1-8B-Instruct",
        HuggingFaceRepoId = "elbruno/Llama-3.1-8B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Llama3,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true
    };

    /// <summary>Mistral 7B Instruct v0.3 — Mistral AI's flagship 7B.</summary>
    public static readonly ModelDefinition Mistral7BInstructV03 = new()
    {
        Id = "mistral-7b-instruct-v0.3",
        DisplayName = "Mistral-7B-Instruct-v0.3",
        HuggingFaceRepoId = "elbruno/Mistral-7B-Instruct-v0.3-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Mistral,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true
    };

    /// <summary>Gemma 2 9B IT — Google's mid-size instruct model.</summary>
    public static readonly ModelDefinition Gemma2_9BIT = new()
    {
        Id = "gemma-2-9b-it",
        DisplayName = "Gemma-2-9B-IT",
        HuggingFaceRepoId = "elbruno/Gemma-2-9B-IT-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Gemma,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true
    };

    /// <summary>Phi-4 — Microsoft's medium-sized production model.</summary>
    public static readonly ModelDefinition Phi4 = new()
    {
        Id = "phi-4",
        DisplayName = "Phi-4",
        HuggingFaceRepoId = "microsoft/phi-4-onnx",
        RequiredFiles = ["gpu/gpu-int4-rtn-block-32/*"],
        ModelSubPath = "gpu/gpu-int4-rtn-block-32",
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Phi3,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>DeepSeek-R1-Distill-Qwen-14B — reasoning-focused distilled model.</summary>
    public static readonly ModelDefinition DeepSeekR1DistillQwen14B = new()
    {
        Id = "deepseek-r1-distill-qwen-14b",
        DisplayName = "DeepSeek-R1-Distill-Qwen-14B",
        HuggingFaceRepoId = "elbruno/DeepSeek-R1-Distill-Qwen-14B-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.DeepSeek,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true
    };

    /// <summary>Mistral Small 24B Instruct — Mistral AI's mid-large model.</summary>
    public static readonly ModelDefinition MistralSmall24BInstruct = new()
    {
        Id = "mistral-small-24b-instruct",
        DisplayName = "Mistral-Small-24B-Instruct",
        HuggingFaceRepoId = "elbruno/Mistral-Small-24B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Mistral,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true
    };

    /// <summary>Gemma 4 12B IT (Unified) — Google's June 2026 unified Gemma 4 model. Use the conversion scripts to produce a local ONNX model path.</summary>
    public static readonly ModelDefinition Gemma4_12BIT = new()
    {
        Id = "gemma-4-12b-it",
        DisplayName = "Gemma-4-12B-IT",
        HuggingFaceRepoId = "google/gemma-4-12B-it",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Gemma,
        Tier = ModelTier.Medium,
        HasNativeOnnx = false,
        SupportsToolCalling = true
    };

    // ────────────────────────────────────────────────────────
    // 🔴 Large tier — heavy workloads, multi-GPU
    // ────────────────────────────────────────────────────────

    /// <summary>Qwen2.5-14B-Instruct — large Qwen model.</summary>
    public static readonly ModelDefinition Qwen25_14BInstruct = new()
    {
        Id = "qwen2.5-14b-instruct",
        DisplayName = "Qwen2.5-14B-Instruct",
        HuggingFaceRepoId = "elbruno/Qwen2.5-14B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Large,
        HasNativeOnnx = true
    };

    /// <summary>Qwen2.5-32B-Instruct — extra-large Qwen model.</summary>
    public static readonly ModelDefinition Qwen25_32BInstruct = new()
    {
        Id = "qwen2.5-32b-instruct",
        DisplayName = "Qwen2.5-32B-Instruct",
        HuggingFaceRepoId = "elbruno/Qwen2.5-32B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen,
        Tier = ModelTier.Large,
        HasNativeOnnx = true
    };

    /// <summary>Llama 3.3 70B Instruct — Meta's flagship large model.</summary>
    public static readonly ModelDefinition Llama33_70BInstruct = new()
    {
        Id = "llama-3.3-70b-instruct",
        DisplayName = "Llama-3.3-70B-Instruct",
        HuggingFaceRepoId = "elbruno/Llama-3.3-70B-Instruct-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Llama3,
        Tier = ModelTier.Large,
        HasNativeOnnx = true
    };

    /// <summary>Mixtral 8x7B Instruct — Mistral AI's MoE model. ONNX artifact published at elbruno/Mixtral-8x7B-Instruct-v0.1-onnx.</summary>
    public static readonly ModelDefinition Mixtral8x7BInstructV01 = new()
    {
        Id = "mixtral-8x7b-instruct-v0.1",
        DisplayName = "Mixtral-8x7B-Instruct-v0.1",
        HuggingFaceRepoId = "elbruno/Mixtral-8x7B-Instruct-v0.1-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Mistral,
        Tier = ModelTier.Large,
        HasNativeOnnx = true
    };

    /// <summary>DeepSeek-R1-Distill-Llama-70B — large reasoning model. ONNX artifact published at elbruno/DeepSeek-R1-Distill-Llama-70B-onnx.</summary>
    public static readonly ModelDefinition DeepSeekR1DistillLlama70B = new()
    {
        Id = "deepseek-r1-distill-llama-70b",
        DisplayName = "DeepSeek-R1-Distill-Llama-70B",
        HuggingFaceRepoId = "elbruno/DeepSeek-R1-Distill-Llama-70B-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.DeepSeek,
        Tier = ModelTier.Large,
        HasNativeOnnx = true
    };

    /// <summary>Command-R 35B — Cohere's large command model. ONNX artifact published at elbruno/Command-R-35B-onnx.</summary>
    public static readonly ModelDefinition CommandR35B = new()
    {
        Id = "command-r-35b",
        DisplayName = "Command-R (35B)",
        HuggingFaceRepoId = "elbruno/Command-R-35B-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.ChatML,
        Tier = ModelTier.Large,
        HasNativeOnnx = true
    };

    /// <summary>Gemma 4 26B A4B IT — Google's MoE model, 3.8B active / 25.2B total, 256K context. Use the conversion scripts to produce a local ONNX model path.</summary>
    public static readonly ModelDefinition Gemma4_26BA4BIT = new()
    {
        Id = "gemma-4-26b-a4b-it",
        DisplayName = "Gemma-4-26B-A4B-IT",
        HuggingFaceRepoId = "google/gemma-4-26B-A4B-it",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Gemma,
        Tier = ModelTier.Large,
        HasNativeOnnx = false,
        SupportsToolCalling = true
    };

    /// <summary>Gemma 4 31B IT — Google's dense flagship, 30.7B params, 256K context. Use the conversion scripts to produce a local ONNX model path.</summary>
    public static readonly ModelDefinition Gemma4_31BIT = new()
    {
        Id = "gemma-4-31b-it",
        DisplayName = "Gemma-4-31B-IT",
        HuggingFaceRepoId = "google/gemma-4-31B-it",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Gemma,
        Tier = ModelTier.Large,
        HasNativeOnnx = false,
        SupportsToolCalling = true
    };

    // ────────────────────────────────────────────────────────
    // 🤖 Agentic — Qwen3 and agentic fine-tunes
    // ────────────────────────────────────────────────────────

    /// <summary>Qwen3-14B Instruct — official Microsoft ONNX conversion (base model).</summary>
    public static readonly ModelDefinition Qwen3_14BInstruct = new()
    {
        Id = "qwen3-14b-instruct",
        DisplayName = "Qwen3-14B Instruct",
        HuggingFaceRepoId = "onnx-community/Qwen3-14B-ONNX",
        RequiredFiles = ["onnxruntime/cpu_and_mobile/cpu-int4-kld-block-128/*"],
        ModelSubPath = "onnxruntime/cpu_and_mobile/cpu-int4-kld-block-128",
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen3,
        Tier = ModelTier.Large,
        HasNativeOnnx = true,
        SupportsToolCalling = true,
    };

    /// <summary>MagenticBrain — Microsoft fine-tune of Qwen3-14B for agentic tasks. ONNX INT4 available at elbruno/MagenticBrain-onnx.</summary>
    public static readonly ModelDefinition MagenticBrain = new()
    {
        Id = "magentic-brain",
        DisplayName = "MagenticBrain (Qwen3-14B agentic fine-tune)",
        HuggingFaceRepoId = "elbruno/MagenticBrain-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Qwen3,
        Tier = ModelTier.Large,
        HasNativeOnnx = true,
        SupportsToolCalling = true,
    };

    // ────────────────────────────────────────────────────────
    // 🧠 GPT-OSS — OpenAI open-weight MoE models (Harmony format)
    // ────────────────────────────────────────────────────────

    /// <summary>
    /// GPT-OSS 20B (CPU INT4) — OpenAI's open-weight MoE model, 21B total / 3.6B active,
    /// Apache-2.0. Official ONNX Runtime GenAI artifacts from the ONNX Runtime team.
    /// Uses the Harmony prompt format; chain-of-thought is filtered out of responses.
    /// Note: multi-gigabyte download, and MoE inference on CPU is slow — prefer
    /// <see cref="GptOss20BCuda"/> when a CUDA GPU is available.
    /// </summary>
    public static readonly ModelDefinition GptOss20B = new()
    {
        Id = "gpt-oss-20b",
        DisplayName = "GPT-OSS 20B (CPU INT4)",
        HuggingFaceRepoId = "onnxruntime/gpt-oss-20b-onnx",
        RequiredFiles = ["cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4/*"],
        ModelSubPath = "cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4",
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Harmony,
        Tier = ModelTier.Large,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    /// <summary>
    /// GPT-OSS 20B (CUDA INT4) — GPU build of <see cref="GptOss20B"/>, mixed k-quant.
    /// Requires the Microsoft.ML.OnnxRuntimeGenAI.Cuda package and a CUDA-capable GPU.
    /// </summary>
    public static readonly ModelDefinition GptOss20BCuda = new()
    {
        Id = "gpt-oss-20b-cuda",
        DisplayName = "GPT-OSS 20B (CUDA INT4)",
        HuggingFaceRepoId = "onnxruntime/gpt-oss-20b-onnx",
        RequiredFiles = ["cuda/cuda-int4-kquant-block-32-mixed/*"],
        ModelSubPath = "cuda/cuda-int4-kquant-block-32-mixed",
        ModelType = OnnxModelType.GenAI,
        ChatTemplate = ChatTemplateFormat.Harmony,
        Tier = ModelTier.Large,
        HasNativeOnnx = true,
        SupportsToolCalling = true
    };

    // ────────────────────────────────────────────────────────
    // 👁️ Vision — Vision-Language Models (VLMs)
    // ────────────────────────────────────────────────────────

    /// <summary>
    /// Fara1.5-9B — Microsoft computer-use agent fine-tuned from Qwen3.5-9B-VL.
    /// Published ONNX target is elbruno/Fara1.5-9B-onnx.
    /// The packaged model uses the full multimodal export: qwen3vl-vision.onnx,
    /// qwen3vl-embedding.onnx, and genai_config.json patched to model.type=qwen3_vl.
    /// Use scripts/convert_fara_multimodal.py to rebuild or validate the package locally.
    /// Uses the VisionGenAI path with <see cref="LocalVisionChatClient"/>.
    /// </summary>
    public static readonly ModelDefinition Fara15_9B = new()
    {
        Id = "fara1.5-9b",
        DisplayName = "Fara1.5-9B",
        HuggingFaceRepoId = "elbruno/Fara1.5-9B-onnx",
        RequiredFiles = ["*"],
        ModelType = OnnxModelType.VisionGenAI,
        ChatTemplate = ChatTemplateFormat.Fara,
        Tier = ModelTier.Medium,
        HasNativeOnnx = true,
        SupportsToolCalling = false
    };

    /// <summary>
    /// Returns all known model definitions.
    /// </summary>
    public static IReadOnlyList<ModelDefinition> All { get; } =
    [
        // Tiny
        TinyLlama11BChat,
        SmolLM2_17BInstruct,
        Qwen25_05BInstruct,
        Qwen25_05B_ToolCalling,
        Qwen25_05B_RAG,
        Qwen25_05B_Instruct_FineTuned,
        Qwen25_15BInstruct,
        Gemma2BIT,
        Gemma4E2BIT,
        StableLM2_16BChat,
        // Small
        Phi35MiniInstruct,
        Qwen25_3BInstruct,
        Llama32_3BInstruct,
        Gemma2_2BIT,
        Gemma4E4BIT,
        // Medium
        Qwen25_7BInstruct,
        Qwen25Coder_7BInstruct,
        Llama31_8BInstruct,
        Mistral7BInstructV03,
        Gemma2_9BIT,
        Phi4,
        DeepSeekR1DistillQwen14B,
        MistralSmall24BInstruct,
        Gemma4_12BIT,
        // Large
        Qwen25_14BInstruct,
        Qwen25_32BInstruct,
        Llama33_70BInstruct,
        Mixtral8x7BInstructV01,
        DeepSeekR1DistillLlama70B,
        CommandR35B,
        Gemma4_26BA4BIT,
        Gemma4_31BIT,
        // Agentic (Qwen3 / MagenticBrain)
        Qwen3_14BInstruct,
        MagenticBrain,
        // GPT-OSS (Harmony)
        GptOss20B,
        GptOss20BCuda,
        // Vision
        Fara15_9B,
    ];

    /// <summary>
    /// Finds a model by its ID string. Returns null if not found.
    /// </summary>
    public static ModelDefinition? FindById(string modelId) =>
        All.FirstOrDefault(m => string.Equals(m.Id, modelId, StringComparison.OrdinalIgnoreCase));
}
