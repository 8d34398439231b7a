using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Writes real ONNX files: a serialized <c>onnx.ModelProto</c> in protobuf wire format, encoded by hand — tags,
/// varints and length-delimited fields — with a graph holding a node and an initializer whose <c>raw_data</c>
/// stands for the weights. Fields are written in the order they are added, so tests can put
/// <c>metadata_props</c> after the graph (as exporters do), repeat fields or add ones ONNX does not define.
/// </summary>
public sealed class OnnxBuilder
{
    // Protobuf wire types.
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    // ModelProto field numbers (onnx.proto).
    public const int IrVersionField = 1;
    public const int ProducerNameField = 2;
    public const int ProducerVersionField = 3;
    public const int DomainField = 4;
    public const int ModelVersionField = 5;
    public const int DocStringField = 6;
    public const int GraphField = 7;
    public const int OpsetImportField = 8;
    public const int MetadataPropsField = 14;
    public const int TrainingInfoField = 20;
    public const int FunctionsField = 25;
    public const int ConfigurationField = 26;

    private readonly List<(int Number, byte[] Bytes)> _fields = [];
    private readonly List<WrittenField> _layout = [];

    /// <summary>
    /// A small model with every kind of top-level field a reader meets (scalars, strings, the graph, opset_import,
    /// metadata_props and a field it skips): the file the random-corruption test and the fuzzer's seed corpus start from.
    /// </summary>
    public static OnnxBuilder EveryFieldKind()
        => new OnnxBuilder()
            .IrVersion(9)
            .ProducerName("pytorch")
            .ProducerVersion("2.4.0")
            .ModelVersion(1)
            .DocString("doc")
            .Graph(128)
            .Opset(string.Empty, 17)
            .Metadata("model_license", "apache-2.0")
            .Metadata("model_name", "Tiny")
            .AddBytes(FunctionsField, StringField(1, "f"));

    /// <summary>
    /// A small model as PyTorch exports it: ir_version, producer, the graph, opset_import, then metadata_props
    /// with the given name and licence under the ONNX IR spec's keys (each omitted when null).
    /// </summary>
    public static OnnxBuilder Model(string? name, string? license, int weightBytes = 4096)
    {
        var builder = new OnnxBuilder()
            .IrVersion(8)
            .ProducerName("pytorch")
            .ProducerVersion("2.4.0")
            .Graph(weightBytes)
            .Opset(string.Empty, 17);
        if (name is not null)
        {
            builder.Metadata("model_name", name);
        }

        if (license is not null)
        {
            builder.Metadata("model_license", license);
        }

        return builder;
    }

    /// <summary>Where each top-level field of the last <see cref="Build"/> starts and ends (end exclusive).</summary>
    public IReadOnlyList<WrittenField> Layout => _layout;

    public OnnxBuilder IrVersion(long value) => AddVarint(IrVersionField, unchecked((ulong)value));

    public OnnxBuilder ProducerName(string value) => AddString(ProducerNameField, value);

    public OnnxBuilder ProducerVersion(string value) => AddString(ProducerVersionField, value);

    public OnnxBuilder Domain(string value) => AddString(DomainField, value);

    public OnnxBuilder ModelVersion(long value) => AddVarint(ModelVersionField, unchecked((ulong)value));

    public OnnxBuilder DocString(string value) => AddString(DocStringField, value);

    /// <summary>An <c>OperatorSetIdProto</c>: domain (1) and version (2).</summary>
    public OnnxBuilder Opset(string domain, long version)
        => AddBytes(OpsetImportField, Concat(StringField(1, domain), VarintField(2, unchecked((ulong)version))));

    /// <summary>A <c>StringStringEntryProto</c>: key (1) and value (2).</summary>
    public OnnxBuilder Metadata(string key, string value)
        => AddBytes(MetadataPropsField, Concat(StringField(1, key), StringField(2, value)));

    /// <summary>
    /// A <c>GraphProto</c>: a MatMul node, its name, an initializer <c>TensorProto</c> with <paramref name="weightBytes"/>
    /// bytes of <c>raw_data</c>, and the graph's input and output.
    /// </summary>
    public OnnxBuilder Graph(int weightBytes, string name = "main_graph") => AddBytes(GraphField, GraphProto(weightBytes, name));

    public OnnxBuilder AddString(int field, string value) => AddBytes(field, Encoding.UTF8.GetBytes(value));

    public OnnxBuilder AddVarint(int field, ulong value) => Add(field, VarintField(field, value));

    public OnnxBuilder AddFixed32(int field, uint value) => Add(field, Fixed32Field(field, value));

    public OnnxBuilder AddFixed64(int field, ulong value) => Add(field, Fixed64Field(field, value));

    /// <summary>A length-delimited field: a string, bytes or an embedded message.</summary>
    public OnnxBuilder AddBytes(int field, byte[] payload) => Add(field, BytesField(field, payload));

    /// <summary>Raw bytes written as they are, for corrupt-file tests; <see cref="Layout"/> lists them as field 0.</summary>
    public OnnxBuilder AddRaw(byte[] bytes) => Add(0, bytes);

    public byte[] Build()
    {
        _layout.Clear();
        using var stream = new MemoryStream();
        foreach (var (number, bytes) in _fields)
        {
            var start = (int)stream.Position;
            stream.Write(bytes, 0, bytes.Length);
            _layout.Add(new WrittenField(number, start, (int)stream.Position));
        }

        return stream.ToArray();
    }

    public string WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, Build());
        return path;
    }

    /// <summary>A tag: field number and wire type, as a varint.</summary>
    public static byte[] Tag(int field, int wireType) => VarintBytes(((ulong)(uint)field << 3) | (uint)wireType);

    public static byte[] VarintBytes(ulong value)
    {
        var bytes = new List<byte>(10);
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
        return [.. bytes];
    }

    public static byte[] VarintField(int field, ulong value) => Concat(Tag(field, Varint), VarintBytes(value));

    public static byte[] Fixed32Field(int field, uint value) => Concat(Tag(field, Fixed32), LittleEndian(value, 4));

    public static byte[] Fixed64Field(int field, ulong value) => Concat(Tag(field, Fixed64), LittleEndian(value, 8));

    public static byte[] BytesField(int field, byte[] payload) => Concat(Tag(field, LengthDelimited), VarintBytes((ulong)payload.Length), payload);

    public static byte[] StringField(int field, string value) => BytesField(field, Encoding.UTF8.GetBytes(value));

    public static byte[] Concat(params byte[][] parts)
    {
        using var stream = new MemoryStream();
        foreach (var part in parts)
        {
            stream.Write(part, 0, part.Length);
        }

        return stream.ToArray();
    }

    /// <summary>The GraphProto <see cref="Graph"/> writes, for tests that embed it elsewhere.</summary>
    public static byte[] GraphProto(int weightBytes, string name = "main_graph")
    {
        const int Float = 1; // TensorProto.DataType.FLOAT
        var weights = new byte[weightBytes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (byte)(i * 31 % 251);
        }

        var node = Concat(
            StringField(1, "input"),      // input
            StringField(1, "weight"),
            StringField(2, "output"),     // output
            StringField(3, "MatMul_0"),   // name
            StringField(4, "MatMul"));    // op_type
        var initializer = Concat(
            VarintField(1, (ulong)(weightBytes / 4)), // dims
            VarintField(2, Float),                    // data_type
            StringField(8, "weight"),                 // name
            BytesField(9, weights));                  // raw_data
        return Concat(
            BytesField(1, node),                          // node
            StringField(2, name),                         // name
            BytesField(5, initializer),                   // initializer
            BytesField(11, ValueInfo("input", Float)),    // input
            BytesField(12, ValueInfo("output", Float)));  // output
    }

    /// <summary>A <c>ValueInfoProto</c>: a name and a tensor type of one dimension.</summary>
    private static byte[] ValueInfo(string name, int elementType)
    {
        var dimension = VarintField(1, 1); // dim_value
        var shape = BytesField(1, dimension);
        var tensorType = Concat(VarintField(1, (ulong)elementType), BytesField(2, shape));
        var type = BytesField(1, tensorType);
        return Concat(StringField(1, name), BytesField(2, type));
    }

    private static byte[] LittleEndian(ulong value, int size)
    {
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
        {
            bytes[i] = (byte)(value >> (8 * i));
        }

        return bytes;
    }

    private OnnxBuilder Add(int number, byte[] bytes)
    {
        _fields.Add((number, bytes));
        return this;
    }

    /// <summary>A top-level field in the built bytes: its number (0 for raw bytes) and where it starts and ends.</summary>
    public readonly record struct WrittenField(int Number, int Start, int End);
}
