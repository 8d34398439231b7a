using System.Globalization;
using System.Text;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Names what a <see cref="ProtobufCursor"/> is reading — "the domain of the opset_import (field 8) at byte 120" — for
/// error messages only. The parts are kept as they are and joined into words when a message is built, so reading a
/// field, however many a file holds, builds no string.
/// </summary>
internal readonly struct ProtobufName
{
    private readonly string? _prefix;
    private readonly string _text;
    private readonly int _field;
    private readonly long _at;
    private readonly string? _of;
    private readonly long _ofAt;

    /// <param name="text">The field's label, e.g. "producer_name (field 2)", or "field" followed by <paramref name="field"/>.</param>
    /// <param name="field">A field number written after <paramref name="text"/>; -1 for none.</param>
    /// <param name="at">The byte offset of the field; -1 for none.</param>
    /// <param name="of">The entry the field is in, e.g. "the opset_import (field 8)".</param>
    /// <param name="ofAt">The byte offset of that entry.</param>
    public ProtobufName(string text, int field = -1, long at = -1, string? of = null, long ofAt = -1)
        : this(null, text, field, at, of, ofAt)
    {
    }

    private ProtobufName(string? prefix, string text, int field, long at, string? of, long ofAt)
    {
        _prefix = prefix;
        _text = text;
        _field = field;
        _at = at;
        _of = of;
        _ofAt = ofAt;
    }

    public static implicit operator ProtobufName(string text) => new(text);

    /// <summary>The same name after <paramref name="prefix"/>: "the length of " + name.</summary>
    public ProtobufName After(string prefix) => new(prefix + _prefix, _text, _field, _at, _of, _ofAt);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(_prefix).Append(_text);
        if (_field >= 0)
        {
            text.Append(' ').Append(_field.ToString(CultureInfo.InvariantCulture));
        }

        if (_of is not null)
        {
            text.Append(" of ").Append(_of);
            if (_ofAt >= 0)
            {
                text.Append(" at byte ").Append(_ofAt.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (_at >= 0)
        {
            text.Append(" at byte ").Append(_at.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
