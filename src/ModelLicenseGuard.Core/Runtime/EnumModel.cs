namespace ModelLicenseGuard.Runtime;

/// <summary>An enum member a library uses in place of a model name (Whisper.net's <c>GgmlType.Base</c>), mapped to the model.</summary>
/// <param name="TypeName">The enum's metadata name.</param>
/// <param name="Member">The member's name.</param>
/// <param name="Model">A reference the catalog knows, e.g. <c>openai/whisper-base</c>.</param>
/// <param name="Line">The line of the call-shape table that says so.</param>
public sealed record EnumModel(string TypeName, string Member, string Model, int Line);
