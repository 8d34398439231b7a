namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>What a model argument folds to: a string, nothing (null or empty: no model named), or why it cannot be told.</summary>
internal readonly struct ModelValue
{
    private ModelValue(string? text, string? configurationKey, string? unresolvedReason, bool none)
    {
        Text = text;
        ConfigurationKey = configurationKey;
        UnresolvedReason = unresolvedReason;
        IsNone = none;
    }

    /// <summary>The folded string, when there is one.</summary>
    public string? Text { get; }

    /// <summary>The configuration key read first, when the value is <c>config["Key"] ?? "fallback"</c> or <c>config["Key"]</c>.</summary>
    public string? ConfigurationKey { get; }

    /// <summary>Why no string could be folded, in words that complete "the model used here cannot be told: …".</summary>
    public string? UnresolvedReason { get; }

    /// <summary>Null or empty: the library falls back to its own default, so no model is named here.</summary>
    public bool IsNone { get; }

    public static ModelValue None { get; } = new(null, null, null, none: true);

    public static ModelValue Constant(string text, string? configurationKey = null) => new(text, configurationKey, null, none: false);

    public static ModelValue Unresolved(string reason, string? configurationKey = null) => new(null, configurationKey, reason, none: false);
}
