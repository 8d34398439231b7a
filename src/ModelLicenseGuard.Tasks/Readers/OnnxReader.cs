using System;
using System.Collections.Generic;
using System.IO;
using WireType = ModelLicenseGuard.Tasks.Readers.ProtobufCursor.WireType;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>
/// Reads the model-level fields of an ONNX file — a serialized <c>onnx.ModelProto</c> — and skips the graph.
/// </summary>
/// <remarks>
/// The graph (field 7) holds every weight and can be gigabytes, so it, like every other field not read here, is
/// skipped by seeking after its length has been checked against the bytes left. Exporters write
/// <c>metadata_props</c> after the graph, so the whole file is walked, one tag at a time.
/// Protobuf has no end marker: a file cut exactly between two top-level fields reads as a shorter model, while
/// a file cut inside a field fails. Schema: https://github.com/onnx/onnx/blob/main/onnx/onnx.proto
/// </remarks>
public static class OnnxReader
{
    // Values kept in memory are small: names, licence ids, URLs. Longer strings are skipped, not read.
    internal const int MaxKeptStringLength = 64 * 1024;
    internal const int MaxMetadataEntries = 1024;
    internal const int MaxOpsetImports = 64;

    // All kept strings together: 1024 entries of two 64 KB strings would otherwise be 128 MB.
    internal const long MaxKeptTotalBytes = 4 * 1024 * 1024;

    // LooksLikeOnnx walks this many top-level fields (tags and seeks only) before it says yes.
    internal const int PlausibilityFields = 16;
    internal const ulong MaxPlausibleIrVersion = 1000;
    internal const int MaxPlausibleFieldNumber = 64;

    private const string ModelProto = "ModelProto";

    private const int IrVersionField = 1;
    private const int ProducerNameField = 2;
    private const int ProducerVersionField = 3;
    private const int DomainField = 4;
    private const int ModelVersionField = 5;
    private const int DocStringField = 6;
    private const int GraphField = 7;
    private const int OpsetImportField = 8;
    private const int MetadataPropsField = 14;
    private const int TrainingInfoField = 20;
    private const int FunctionsField = 25;
    private const int ConfigurationField = 26;

    /// <summary>
    /// A cheap check for a file with no magic number: true when the stream starts with well-formed
    /// <c>ModelProto</c> fields — the first a field ONNX defines, with the wire type it declares (exporters write
    /// <c>ir_version</c>, the byte 0x08, first). Up to <see cref="PlausibilityFields"/> fields are walked by tags
    /// and seeks only. The position is restored.
    /// </summary>
    public static bool LooksLikeOnnx(Stream stream)
    {
        if (!stream.CanRead || !stream.CanSeek)
        {
            return false;
        }

        var position = stream.Position;
        try
        {
            var cursor = new ProtobufCursor(stream);
            var fields = 0;
            while (fields < PlausibilityFields && cursor.TryReadTag(ModelProto, out var field, out var wireType, out _))
            {
                var expected = ExpectedWireType(field);
                if (expected is null ? fields == 0 || field > MaxPlausibleFieldNumber : expected != wireType)
                {
                    return false;
                }

                if (field == IrVersionField)
                {
                    var irVersion = cursor.ReadVarint("ir_version");
                    if (irVersion is 0 or > MaxPlausibleIrVersion)
                    {
                        return false;
                    }
                }
                else
                {
                    cursor.SkipValue(wireType, Describe(field));
                }

                fields++;
            }

            return fields > 0;
        }
        catch (ModelFormatException)
        {
            return false;
        }
        finally
        {
            stream.Position = position;
        }
    }

    public static OnnxHeader Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
        return Read(stream);
    }

    /// <summary>Reads the model-level fields from a seekable stream positioned at the start of the file.</summary>
    /// <exception cref="ModelFormatException">The bytes are not a readable ONNX model.</exception>
    public static OnnxHeader Read(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The ONNX reader needs a seekable stream.", nameof(stream));
        }

        if (stream.Position >= stream.Length)
        {
            throw new ModelFormatException("the file is empty, not an ONNX model");
        }

        var cursor = new ProtobufCursor(stream);
        var model = new Model();
        while (cursor.TryReadTag(ModelProto, out var field, out var wireType, out var offset))
        {
            CheckWireType(ModelProto, field, wireType, offset, ExpectedWireType(field));
            switch (field)
            {
                case IrVersionField:
                    model.IrVersion = (long)cursor.ReadVarint(Describe(field));
                    break;
                case ProducerNameField:
                    model.ProducerName = model.KeepString(cursor, Describe(field));
                    break;
                case ProducerVersionField:
                    model.ProducerVersion = model.KeepString(cursor, Describe(field));
                    break;
                case DomainField:
                    model.Domain = model.KeepString(cursor, Describe(field));
                    break;
                case ModelVersionField:
                    model.ModelVersion = (long)cursor.ReadVarint(Describe(field));
                    break;
                case DocStringField:
                    model.DocString = model.KeepString(cursor, Describe(field));
                    break;
                case OpsetImportField:
                    ReadOpsetImport(cursor, model, offset);
                    break;
                case MetadataPropsField:
                    ReadMetadataEntry(cursor, model, offset);
                    break;
                default:
                    // The graph, training_info, functions, configuration and fields newer than this reader.
                    cursor.SkipValue(wireType, $"{Describe(field)} at byte {offset}");
                    break;
            }
        }

        return new OnnxHeader(
            model.IrVersion,
            model.ProducerName,
            model.ProducerVersion,
            model.Domain,
            model.ModelVersion,
            model.DocString,
            model.Metadata,
            model.Opsets);
    }

    /// <summary>An <c>OperatorSetIdProto</c>: <c>domain</c> (1, string) and <c>version</c> (2, int64).</summary>
    private static void ReadOpsetImport(ProtobufCursor cursor, Model model, long offset)
    {
        const string Message = "OperatorSetIdProto";
        var what = $"the opset_import (field 8) at byte {offset}";
        var length = cursor.ReadLength(what);
        var outer = cursor.Enter(length);
        if (model.Opsets.Count >= MaxOpsetImports)
        {
            // Left unread: Leave skips the rest of the message.
            cursor.Leave(outer);
            return;
        }

        var domain = string.Empty;
        long version = 0;
        var dropped = false;
        while (cursor.TryReadTag(Message, out var field, out var wireType, out var at))
        {
            switch (field)
            {
                case 1:
                    CheckWireType(Message, field, wireType, at, WireType.LengthDelimited);
                    var text = model.KeepString(cursor, $"the domain of {what}");
                    dropped |= text is null;
                    domain = text ?? string.Empty;
                    break;
                case 2:
                    CheckWireType(Message, field, wireType, at, WireType.Varint);
                    version = (long)cursor.ReadVarint($"the version of {what}");
                    break;
                default:
                    cursor.SkipValue(wireType, $"field {field} of {what}");
                    break;
            }
        }

        cursor.Leave(outer);
        if (!dropped)
        {
            model.Opsets.Add(new KeyValuePair<string, long>(domain, version));
        }
    }

    /// <summary>A <c>StringStringEntryProto</c>: <c>key</c> (1, string) and <c>value</c> (2, string), in either order.</summary>
    private static void ReadMetadataEntry(ProtobufCursor cursor, Model model, long offset)
    {
        const string Message = "StringStringEntryProto";
        var what = $"the metadata_props entry (field 14) at byte {offset}";
        var length = cursor.ReadLength(what);
        var outer = cursor.Enter(length);
        if (model.Metadata.Count >= MaxMetadataEntries)
        {
            cursor.Leave(outer);
            return;
        }

        var key = string.Empty;
        var value = string.Empty;
        var dropped = false;
        while (cursor.TryReadTag(Message, out var field, out var wireType, out var at))
        {
            switch (field)
            {
                case 1:
                    CheckWireType(Message, field, wireType, at, WireType.LengthDelimited);
                    var keyText = model.KeepString(cursor, $"the key of {what}");
                    dropped |= keyText is null;
                    key = keyText ?? string.Empty;
                    break;
                case 2:
                    CheckWireType(Message, field, wireType, at, WireType.LengthDelimited);
                    var valueText = model.KeepString(cursor, $"the value of {what}");
                    dropped |= valueText is null;
                    value = valueText ?? string.Empty;
                    break;
                default:
                    cursor.SkipValue(wireType, $"field {field} of {what}");
                    break;
            }
        }

        cursor.Leave(outer);
        if (!dropped)
        {
            model.Metadata[key] = value;
        }
    }

    private static void CheckWireType(string message, int field, WireType actual, long offset, WireType? expected)
    {
        if (expected is not null && actual != expected)
        {
            var name = message == ModelProto ? Describe(field) : $"field {field} of {message}";
            throw new ModelFormatException(
                $"{name} at byte {offset} has wire type {(int)actual}, but ONNX declares it {Describe(expected.Value)} (corrupt or not an ONNX file)");
        }
    }

    /// <summary>The wire type onnx.proto gives a ModelProto field; null for fields it does not define.</summary>
    private static WireType? ExpectedWireType(int field) => field switch
    {
        IrVersionField or ModelVersionField => WireType.Varint,
        ProducerNameField or ProducerVersionField or DomainField or DocStringField or GraphField or OpsetImportField
            or MetadataPropsField or TrainingInfoField or FunctionsField or ConfigurationField => WireType.LengthDelimited,
        _ => null,
    };

    private static string Describe(int field) => field switch
    {
        IrVersionField => "ir_version (field 1)",
        ProducerNameField => "producer_name (field 2)",
        ProducerVersionField => "producer_version (field 3)",
        DomainField => "domain (field 4)",
        ModelVersionField => "model_version (field 5)",
        DocStringField => "doc_string (field 6)",
        GraphField => "the graph (field 7)",
        OpsetImportField => "opset_import (field 8)",
        MetadataPropsField => "metadata_props (field 14)",
        TrainingInfoField => "training_info (field 20)",
        FunctionsField => "functions (field 25)",
        ConfigurationField => "configuration (field 26)",
        _ => $"unknown ModelProto field {field}",
    };

    private static string Describe(WireType wireType) => wireType switch
    {
        WireType.Varint => "a varint (wire type 0)",
        WireType.LengthDelimited => "length-delimited (wire type 2)",
        _ => $"wire type {(int)wireType}",
    };

    /// <summary>What has been read so far, and how many bytes of strings are kept.</summary>
    private sealed class Model
    {
        private long _keptBytes;

        public long IrVersion { get; set; }

        public string? ProducerName { get; set; }

        public string? ProducerVersion { get; set; }

        public string? Domain { get; set; }

        public long ModelVersion { get; set; }

        public string? DocString { get; set; }

        public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, long>> Opsets { get; } = [];

        /// <summary>Reads a string to keep; one too long to keep (or past the total budget) is skipped and null.</summary>
        public string? KeepString(ProtobufCursor cursor, string what)
        {
            var max = Math.Min(MaxKeptStringLength, MaxKeptTotalBytes - _keptBytes);
            var text = cursor.ReadString(what, max, out var length);
            if (text is not null)
            {
                _keptBytes += length;
            }

            return text;
        }
    }
}
