using System.Collections.Generic;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// The parts of an ONNX <c>ModelProto</c> the product needs: versions, producer, opsets and <c>metadata_props</c>.
/// The graph (and with it every weight) is never read.
/// </summary>
public sealed class OnnxHeader
{
    public OnnxHeader(
        long irVersion,
        string? producerName,
        string? producerVersion,
        string? domain,
        long modelVersion,
        string? docString,
        IReadOnlyDictionary<string, string> metadataProps,
        IReadOnlyList<KeyValuePair<string, long>> opsetImports)
    {
        IrVersion = irVersion;
        ProducerName = producerName;
        ProducerVersion = producerVersion;
        Domain = domain;
        ModelVersion = modelVersion;
        DocString = docString;
        MetadataProps = metadataProps;
        OpsetImports = opsetImports;
    }

    /// <summary><c>ir_version</c> (field 1); 0 when the file does not give one.</summary>
    public long IrVersion { get; }

    /// <summary><c>producer_name</c> (field 2), e.g. <c>pytorch</c>.</summary>
    public string? ProducerName { get; }

    /// <summary><c>producer_version</c> (field 3).</summary>
    public string? ProducerVersion { get; }

    /// <summary><c>domain</c> (field 4), a reverse-DNS name for the model's namespace.</summary>
    public string? Domain { get; }

    /// <summary><c>model_version</c> (field 5); 0 when the file does not give one.</summary>
    public long ModelVersion { get; }

    /// <summary><c>doc_string</c> (field 6); null when absent or longer than the reader keeps.</summary>
    public string? DocString { get; }

    /// <summary><c>metadata_props</c> (field 14) as key → value; the last of duplicate keys wins.</summary>
    public IReadOnlyDictionary<string, string> MetadataProps { get; }

    /// <summary><c>opset_import</c> (field 8) as domain → version pairs, in file order; the empty domain is <c>ai.onnx</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> OpsetImports { get; }

    /// <summary>The value of a <c>metadata_props</c> key, or null.</summary>
    public string? GetMetadata(string key) => MetadataProps.TryGetValue(key, out var value) ? value : null;
}
