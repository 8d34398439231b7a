using System.Collections.Generic;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>The parts of a GGUF header the product needs: version, counts and the <c>general.*</c> metadata.</summary>
public sealed class GgufHeader
{
    public GgufHeader(uint version, ulong tensorCount, ulong metadataCount, IReadOnlyDictionary<string, object> metadata)
    {
        Version = version;
        TensorCount = tensorCount;
        MetadataCount = metadataCount;
        Metadata = metadata;
    }

    public uint Version { get; }

    public ulong TensorCount { get; }

    public ulong MetadataCount { get; }

    /// <summary>
    /// The <c>general.*</c> keys, with values as <see cref="string"/>, <see cref="long"/>, <see cref="ulong"/>,
    /// <see cref="double"/>, <see cref="bool"/> or a list of those. Other keys (tokenizer, hyper-parameters) are skipped.
    /// </summary>
    public IReadOnlyDictionary<string, object> Metadata { get; }

    public string? GetString(string key) => Metadata.TryGetValue(key, out var value) ? value as string : null;

    public ulong? GetUInt(string key) => Metadata.TryGetValue(key, out var value)
        ? value switch
        {
            ulong u => u,
            long l when l >= 0 => (ulong)l,
            _ => null,
        }
        : null;
}
