namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>What a model argument folds to: a string, nothing (null or empty: no model named), or why it cannot be told.</summary>
internal readonly struct ModelValue
{
    private ModelValue(string? text, string? configurationKey, string? unresolvedReason, bool none, Microsoft.CodeAnalysis.IParameterSymbol? parameter = null, Microsoft.CodeAnalysis.IPropertySymbol? property = null)
    {
        Text = text;
        ConfigurationKey = configurationKey;
        UnresolvedReason = unresolvedReason;
        IsNone = none;
        Parameter = parameter;
        Property = property;
    }

    /// <summary>
    /// A settable property of the project's own options or settings type (<c>options.Value.Model</c>): the models are what
    /// the project writes into it elsewhere (<c>Configure&lt;T&gt;(o =&gt; o.Model = …)</c>, <c>new T { Model = … }</c>),
    /// looked up at the end of the compilation, and its initialiser (<see cref="Text"/>) only when nothing writes it.
    /// </summary>
    public Microsoft.CodeAnalysis.IPropertySymbol? Property { get; }

    /// <summary>
    /// A parameter of a method in source (<c>BotService(string modelPath)</c>): the models are whatever its callers pass,
    /// which are looked up at the end of the compilation, and its default when it has one.
    /// </summary>
    public Microsoft.CodeAnalysis.IParameterSymbol? Parameter { get; }

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

    /// <summary>A parameter's default: the model when a caller passes none; callers that pass one are followed too.</summary>
    public static ModelValue Default(string text, Microsoft.CodeAnalysis.IParameterSymbol parameter) => new(text, null, null, none: false, parameter);

    public static ModelValue Unresolved(string reason, string? configurationKey = null) => new(null, configurationKey, reason, none: false);

    /// <summary>The value as a part of a larger one (a path, a concatenation): a caller's argument is then not the model.</summary>
    public ModelValue AsPart()
        => Parameter is not null ? new(Text, ConfigurationKey, UnresolvedReason is null ? null : $"it is built from parameter '{Parameter.Name}'", IsNone)
            : Property is not null ? new(Text, ConfigurationKey, UnresolvedReason, IsNone)
            : this;

    /// <summary>A property of the project's own type: its writers name the model, else <paramref name="initializer"/> does.</summary>
    public static ModelValue FromWriters(Microsoft.CodeAnalysis.IPropertySymbol property, ModelValue initializer)
        => new(initializer.Text, initializer.ConfigurationKey, initializer.UnresolvedReason, initializer.IsNone, property: property);

    /// <summary>The same value, no longer waiting for the property's writers.</summary>
    public ModelValue WithoutWriters() => Property is null ? this : new(Text, ConfigurationKey, UnresolvedReason, IsNone, Parameter);

    public static ModelValue FromCallers(Microsoft.CodeAnalysis.IParameterSymbol parameter, string reason) => new(null, null, reason, none: false, parameter);
}
