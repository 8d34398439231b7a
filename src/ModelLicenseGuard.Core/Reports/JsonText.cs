using System.Globalization;
using System.Text;

namespace ModelLicenseGuard.Reports;

/// <summary>A small JSON writer (objects, arrays, strings), so the reports need no JSON library inside MSBuild or the compiler.</summary>
internal sealed class JsonText
{
    private readonly StringBuilder _text = new();
    private int _depth;
    private bool _first = true;

    public JsonText BeginObject(string? name = null) => Open(name, '{');

    public JsonText EndObject() => Close('}');

    public JsonText BeginArray(string? name = null) => Open(name, '[');

    public JsonText EndArray() => Close(']');

    /// <summary>Writes <c>"name": "value"</c>, or nothing when the value is null: absent beats empty in a BOM.</summary>
    public JsonText String(string? name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        Separator();
        Name(name);
        Quote(value);
        return this;
    }

    public JsonText Number(string name, int value)
    {
        Separator();
        Name(name);
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public override string ToString() => _text.ToString() + "\n";

    /// <summary>Escapes per RFC 8259: quote, backslash and every control character.</summary>
    internal static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        // U+2028/2029 are valid JSON but break JavaScript readers of the file.
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private JsonText Open(string? name, char bracket)
    {
        Separator();
        Name(name);
        _text.Append(bracket);
        _depth++;
        _first = true;
        return this;
    }

    private JsonText Close(char bracket)
    {
        _depth--;
        if (!_first)
        {
            NewLine();
        }

        _text.Append(bracket);
        _first = false;
        return this;
    }

    private void Separator()
    {
        if (_depth == 0)
        {
            return;
        }

        if (!_first)
        {
            _text.Append(',');
        }

        NewLine();
        _first = false;
    }

    private void NewLine() => _text.Append('\n').Append(' ', _depth * 2);

    private void Name(string? name)
    {
        if (name is not null)
        {
            Quote(name);
            _text.Append(": ");
        }
    }

    private void Quote(string value) => _text.Append('"').Append(Escape(value)).Append('"');
}
