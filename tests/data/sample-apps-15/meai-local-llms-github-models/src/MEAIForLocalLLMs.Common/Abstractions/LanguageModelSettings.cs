namespace MEAIForLocalLLMs.Common.Abstractions;

/// <summary>
/// This represents the base language model settings entity for all language model settings to inherit.
/// </summary>
public abstract class LanguageModelSettings { }
