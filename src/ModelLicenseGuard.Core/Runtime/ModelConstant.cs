namespace ModelLicenseGuard.Runtime;

/// <summary>
/// A static property or field a library names a model with, whose value its metadata does not carry (Betalgo's
/// <c>Models.Gpt_4o => "gpt-4o"</c>, its <c>ImageModel.GptImage1</c>): folded as the text it holds, the way a constant is.
/// </summary>
/// <param name="TypeName">The metadata name of the type that declares the member.</param>
/// <param name="Member">The property's or field's name.</param>
/// <param name="Text">The model name the member holds, as the library writes it.</param>
/// <param name="Line">The line of the call-shape table that says so.</param>
public sealed record ModelConstant(string TypeName, string Member, string Text, int Line);
