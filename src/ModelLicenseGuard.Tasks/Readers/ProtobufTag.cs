using WireType = ModelLicenseGuard.Tasks.Readers.ProtobufCursor.WireType;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>A field's tag as <see cref="ProtobufCursor.ReadTag"/> read it. Field 0 marks the end of a message.</summary>
/// <param name="Field">The field number; 0 at the end of the message.</param>
/// <param name="WireType">How the field's value is encoded.</param>
/// <param name="Offset">The byte the tag starts at.</param>
internal readonly record struct ProtobufTag(int Field, WireType WireType, long Offset)
{
    public bool IsEnd => Field == 0;
}
