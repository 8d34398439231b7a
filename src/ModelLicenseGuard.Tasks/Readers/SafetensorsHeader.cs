using System.Collections.Generic;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>The parts of a safetensors header the product needs: its length, the tensor count and the <c>__metadata__</c>.</summary>
public sealed class SafetensorsHeader
{
    public SafetensorsHeader(long headerLength, int tensorCount, IReadOnlyDictionary<string, string> metadata)
    {
        HeaderLength = headerLength;
        TensorCount = tensorCount;
        Metadata = metadata;
    }

    /// <summary>The length of the JSON header in bytes, as the file's first 8 bytes give it.</summary>
    public long HeaderLength { get; }

    /// <summary>How many tensor entries the header lists (every key but <c>__metadata__</c>).</summary>
    public int TensorCount { get; }

    /// <summary>
    /// The <c>__metadata__</c> object's string entries (ordinal keys; the last of duplicate keys wins). Entries whose key
    /// or value is too long to keep, and entries past the kept limits, are left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }
}
