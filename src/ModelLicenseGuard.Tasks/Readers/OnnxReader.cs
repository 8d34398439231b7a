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
/// One loop, <see cref="ReadFields"/>, reads every message; the field tables below say which fields of each
/// message matter, the wire type onnx.proto declares for them and what is done with their values.
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

    private const string Schema = "ONNX";
    private const string MalformedHint = "corrupt or not an ONNX file";

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

    // OperatorSetIdProto and StringStringEntryProto both number their two fields 1 and 2.
    private const int OpsetDomainField = 1;
    private const int OpsetVersionField = 2;
    private const int KeyField = 1;
    private const int ValueField = 2;

    // The field tables. A field of an embedded message is named "<label> of <the entry it is in>".
    // Static fields initialize in textual order: the embedded messages come before ModelProto, which uses them.
    private static readonly MessageSpec OperatorSetIdProto = new(
        "OperatorSetIdProto",
        [
            new(OpsetDomainField, "the domain", WireType.LengthDelimited, FieldUse.String),
            new(OpsetVersionField, "the version", WireType.Varint, FieldUse.Int64),
        ],
        isFull: model => model.Opsets.Count >= MaxOpsetImports,
        complete: (model, values) => model.Opsets.Add(new KeyValuePair<string, long>(
            values.Strings[OpsetDomainField] ?? string.Empty,
            values.Int64s[OpsetVersionField])));

    // Key and value come in either order; the last of duplicate keys wins.
    private static readonly MessageSpec StringStringEntryProto = new(
        "StringStringEntryProto",
        [
            new(KeyField, "the key", WireType.LengthDelimited, FieldUse.String),
            new(ValueField, "the value", WireType.LengthDelimited, FieldUse.String),
        ],
        isFull: model => model.Metadata.Count >= MaxMetadataEntries,
        complete: (model, values) => model.Metadata[values.Strings[KeyField] ?? string.Empty] = values.Strings[ValueField] ?? string.Empty);

    // Fields listed with FieldUse.Skip are not read, but their wire type is checked; fields not listed are skipped unchecked.
    private static readonly MessageSpec ModelProto = new(
        "ModelProto",
        [
            new(IrVersionField, "ir_version (field 1)", WireType.Varint, FieldUse.Int64),
            new(ProducerNameField, "producer_name (field 2)", WireType.LengthDelimited, FieldUse.String),
            new(ProducerVersionField, "producer_version (field 3)", WireType.LengthDelimited, FieldUse.String),
            new(DomainField, "domain (field 4)", WireType.LengthDelimited, FieldUse.String),
            new(ModelVersionField, "model_version (field 5)", WireType.Varint, FieldUse.Int64),
            new(DocStringField, "doc_string (field 6)", WireType.LengthDelimited, FieldUse.String),
            new(GraphField, "the graph (field 7)", WireType.LengthDelimited, FieldUse.Skip),
            new(OpsetImportField, "opset_import (field 8)", WireType.LengthDelimited, FieldUse.Message, OperatorSetIdProto, "the opset_import (field 8)"),
            new(MetadataPropsField, "metadata_props (field 14)", WireType.LengthDelimited, FieldUse.Message, StringStringEntryProto, "the metadata_props entry (field 14)"),
            new(TrainingInfoField, "training_info (field 20)", WireType.LengthDelimited, FieldUse.Skip),
            new(FunctionsField, "functions (field 25)", WireType.LengthDelimited, FieldUse.Skip),
            new(ConfigurationField, "configuration (field 26)", WireType.LengthDelimited, FieldUse.Skip),
        ]);

    /// <summary>What the reader does with a field's value.</summary>
    private enum FieldUse
    {
        /// <summary>Passed over by seeking (the graph and the other large fields).</summary>
        Skip,

        /// <summary>An <c>int64</c> varint, kept.</summary>
        Int64,

        /// <summary>A string, kept when short enough and within the budget; otherwise skipped and null.</summary>
        String,

        /// <summary>An embedded message, read by its own table.</summary>
        Message,
    }

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
            var cursor = new ProtobufCursor(stream, Schema, MalformedHint);
            var fields = 0;
            while (fields < PlausibilityFields && cursor.ReadTag(ModelProto.Name) is { IsEnd: false } tag)
            {
                var expected = ModelProto.Find(tag.Field)?.WireType;
                if (expected is null ? fields == 0 || tag.Field > MaxPlausibleFieldNumber : expected != tag.WireType)
                {
                    return false;
                }

                if (tag.Field == IrVersionField)
                {
                    var irVersion = cursor.ReadRawVarint64("ir_version");
                    if (irVersion is 0 or > MaxPlausibleIrVersion)
                    {
                        return false;
                    }
                }
                else
                {
                    cursor.SkipLastField(ModelProto.Describe(tag.Field, tag.Offset));
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

        var cursor = new ProtobufCursor(stream, Schema, MalformedHint);
        var model = new Model();
        var values = new Values(ModelProto);
        ReadFields(cursor, ModelProto, values, model, entry: null, entryOffset: -1);

        return new OnnxHeader(
            values.Int64s[IrVersionField],
            values.Strings[ProducerNameField],
            values.Strings[ProducerVersionField],
            values.Strings[DomainField],
            values.Int64s[ModelVersionField],
            values.Strings[DocStringField],
            model.Metadata,
            model.Opsets);
    }

    /// <summary>
    /// Reads the fields of one message, up to the cursor's limit, into <paramref name="values"/> as the message's
    /// table says. <paramref name="entry"/> and <paramref name="entryOffset"/> name the embedded message being read,
    /// e.g. "the opset_import (field 8)" at byte 120; null at the top level, where fields are named by their labels.
    /// Names are joined into words only for an error message: a field read or skipped builds no string.
    /// </summary>
    private static void ReadFields(ProtobufCursor cursor, MessageSpec message, Values values, Model model, string? entry, long entryOffset)
    {
        while (cursor.ReadTag(message.Name) is { IsEnd: false } tag)
        {
            var field = message.Find(tag.Field);
            if (field is not null && tag.WireType != field.WireType)
            {
                var name = entry is null ? field.Label : $"field {tag.Field} of {message.Name}";
                throw new ModelFormatException(
                    $"{name} at byte {tag.Offset} has wire type {(int)tag.WireType}, but ONNX declares it {Describe(field.WireType)} ({MalformedHint})");
            }

            if (field is null || field.Use == FieldUse.Skip)
            {
                // The graph and the other large fields, and fields newer than this reader.
                cursor.SkipLastField(entry is null ? message.Describe(tag.Field, tag.Offset) : new ProtobufName("field", tag.Field, of: entry, ofAt: entryOffset));
                continue;
            }

            var what = entry is null ? new ProtobufName(field.Label) : new ProtobufName(field.Label, of: entry, ofAt: entryOffset);
            switch (field.Use)
            {
                case FieldUse.Int64:
                    values.Int64s[tag.Field] = cursor.ReadInt64(what);
                    break;
                case FieldUse.String:
                    var text = model.KeepString(cursor, what);
                    values.Strings[tag.Field] = text;
                    values.Dropped |= text is null;
                    break;
                case FieldUse.Message:
                    ReadEmbedded(cursor, field, model, tag.Offset);
                    break;
            }
        }
    }

    /// <summary>
    /// Reads one embedded message — an entry of a repeated field — and adds it to the model, unless its list is
    /// full (the entry is then skipped unread) or one of its strings was too long to keep (the entry is dropped).
    /// </summary>
    private static void ReadEmbedded(ProtobufCursor cursor, FieldSpec field, Model model, long offset)
    {
        var message = field.Message!;
        var length = cursor.ReadLength(new ProtobufName(field.EntryLabel!, at: offset));
        var outer = cursor.PushLimit(length);
        if (message.IsFull!(model))
        {
            // Left unread: PopLimit skips the rest of the message.
            cursor.PopLimit(outer);
            return;
        }

        // One set of values per message serves every entry: a million entries allocate nothing.
        var values = model.ValuesFor(message);
        ReadFields(cursor, message, values, model, field.EntryLabel, offset);
        cursor.PopLimit(outer);
        if (!values.Dropped)
        {
            message.Complete!(model, values);
        }
    }

    private static string Describe(WireType wireType) => wireType switch
    {
        WireType.Varint => "a varint (wire type 0)",
        WireType.LengthDelimited => "length-delimited (wire type 2)",
        _ => $"wire type {(int)wireType}",
    };

    /// <summary>One row of a field table: a field the reader cares about, as onnx.proto declares it.</summary>
    /// <param name="label">How error messages name the field, e.g. "producer_name (field 2)".</param>
    /// <param name="message">For <see cref="FieldUse.Message"/>: the embedded message's table.</param>
    /// <param name="entryLabel">For <see cref="FieldUse.Message"/>: how error messages name one entry.</param>
    private sealed class FieldSpec(int number, string label, WireType wireType, FieldUse use, MessageSpec? message = null, string? entryLabel = null)
    {
        public int Number { get; } = number;

        public string Label { get; } = label;

        public WireType WireType { get; } = wireType;

        public FieldUse Use { get; } = use;

        public MessageSpec? Message { get; } = message;

        public string? EntryLabel { get; } = entryLabel;
    }

    /// <summary>A message's field table, and for an embedded message, how its entries are added to the model.</summary>
    private sealed class MessageSpec(string name, FieldSpec[] fields, Func<Model, bool>? isFull = null, Action<Model, Values>? complete = null)
    {
        private readonly string _unknown = "unknown " + name + " field";

        public string Name { get; } = name;

        /// <summary>One past the highest field number whose value is kept: the size of <see cref="Values"/>' arrays.</summary>
        public int Slots { get; } = KeptSlots(fields);

        /// <summary>True when the model holds as many entries of this message as it keeps.</summary>
        public Func<Model, bool>? IsFull { get; } = isFull;

        /// <summary>Adds an entry's values to the model.</summary>
        public Action<Model, Values>? Complete { get; } = complete;

        // A loop, not Array.Find: a lambda capturing the number would allocate on every field.
        public FieldSpec? Find(int number)
        {
            foreach (var field in fields)
            {
                if (field.Number == number)
                {
                    return field;
                }
            }

            return null;
        }

        /// <summary>"producer_name (field 2) at byte 12", or "unknown ModelProto field 99 at byte 12".</summary>
        public ProtobufName Describe(int number, long offset)
            => Find(number) is { } field ? new ProtobufName(field.Label, at: offset) : new ProtobufName(_unknown, number, offset);

        private static int KeptSlots(FieldSpec[] fields)
        {
            var slots = 0;
            foreach (var field in fields)
            {
                if (field.Use is FieldUse.Int64 or FieldUse.String)
                {
                    slots = Math.Max(slots, field.Number + 1);
                }
            }

            return slots;
        }
    }

    /// <summary>The values read from one message, indexed by field number; unread fields are 0 and null, as in protobuf.</summary>
    private sealed class Values(MessageSpec message)
    {
        public MessageSpec Message { get; } = message;

        public long[] Int64s { get; } = new long[message.Slots];

        public string?[] Strings { get; } = new string?[message.Slots];

        /// <summary>True when a string was too long to keep.</summary>
        public bool Dropped { get; set; }

        /// <summary>Back to unread, for the next entry.</summary>
        public void Clear()
        {
            Array.Clear(Int64s, 0, Int64s.Length);
            Array.Clear(Strings, 0, Strings.Length);
            Dropped = false;
        }
    }

    /// <summary>The repeated fields read so far, and how many bytes of strings are kept.</summary>
    private sealed class Model
    {
        private readonly List<Values> _values = [];
        private long _keptBytes;

        public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, long>> Opsets { get; } = [];

        /// <summary>The values of <paramref name="message"/>, cleared: one instance per message, reused for every entry.</summary>
        public Values ValuesFor(MessageSpec message)
        {
            foreach (var values in _values)
            {
                if (values.Message == message)
                {
                    values.Clear();
                    return values;
                }
            }

            var added = new Values(message);
            _values.Add(added);
            return added;
        }

        /// <summary>Reads a string to keep; one too long to keep (or past the total budget) is skipped and null.</summary>
        public string? KeepString(ProtobufCursor cursor, ProtobufName what)
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
