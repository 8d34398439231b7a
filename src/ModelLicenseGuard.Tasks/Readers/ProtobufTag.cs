using WireType = ModelLicenseGuard.Tasks.Readers.ProtobufCursor.WireType;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>A field's tag as <see cref="ProtobufCursor.ReadTag"/> read it. Field 0 marks the end of a message.</summary>
internal readonly struct ProtobufTag
{
    public ProtobufTag(int field, WireType wireType, long offset)
    {
        Field = field;
        WireType = wireType;
        Offset = offset;
    }

    /// <summary>The field number; 0 at the end of the message.</summary>
    public int Field { get; }

    public WireType WireType { get; }

    /// <summary>The byte the tag starts at.</summary>
    public long Offset { get; }

    public bool IsEnd => Field == 0;
}
