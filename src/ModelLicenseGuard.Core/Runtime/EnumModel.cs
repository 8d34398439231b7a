namespace ModelLicenseGuard.Runtime;

/// <summary>An enum member a library uses in place of a model name (Whisper.net's <c>GgmlType.Base</c>), mapped to the model.</summary>
public sealed class EnumModel
{
    public EnumModel(string typeName, string member, string model, int line)
    {
        TypeName = typeName;
        Member = member;
        Model = model;
        Line = line;
    }

    /// <summary>The enum's metadata name.</summary>
    public string TypeName { get; }

    public string Member { get; }

    /// <summary>A reference the catalog knows, e.g. <c>openai/whisper-base</c>.</summary>
    public string Model { get; }

    public int Line { get; }
}
