using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class OnnxReaderTests
{
    // Protobuf wire types the reader must reject: groups (3, 4) and the undefined 6 and 7.
    private const int StartGroup = 3;
    private const int EndGroup = 4;

    // Reading a header allocates kilobytes; anything near this means a length was trusted or the graph was read.
    private const long AllocationLimit = 1024 * 1024;

    private const ulong TwoToThe62 = 1ul << 62;

    [Fact]
    public void Reads_every_model_field()
    {
        var bytes = new OnnxBuilder()
            .IrVersion(9)
            .ProducerName("pytorch")
            .ProducerVersion("2.4.0")
            .Domain("ai.example.vision")
            .ModelVersion(42)
            .DocString("A tiny test model.")
            .Graph(1024)
            .Opset(string.Empty, 17)
            .Opset("com.microsoft", 1)
            .Metadata("model_license", "apache-2.0")
            .Metadata("model_author", "Ada Lovelace")
            .Metadata("model_name", "Tiny MatMul")
            .Build();

        var header = Read(bytes);

        Assert.Equal(9, header.IrVersion);
        Assert.Equal("pytorch", header.ProducerName);
        Assert.Equal("2.4.0", header.ProducerVersion);
        Assert.Equal("ai.example.vision", header.Domain);
        Assert.Equal(42, header.ModelVersion);
        Assert.Equal("A tiny test model.", header.DocString);
        Assert.Equal([Pair(string.Empty, 17), Pair("com.microsoft", 1)], header.OpsetImports);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["model_license"] = "apache-2.0",
                ["model_author"] = "Ada Lovelace",
                ["model_name"] = "Tiny MatMul",
            },
            header.MetadataProps);
        Assert.Equal("apache-2.0", header.GetMetadata("model_license"));
        Assert.Null(header.GetMetadata("license"));
    }

    [Fact]
    public void Reads_a_file_by_path()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("models/model.onnx", OnnxBuilder.Model("From Disk", "mit").Build());

        var header = OnnxReader.Read(path);

        Assert.Equal(8, header.IrVersion);
        Assert.Equal("From Disk", header.GetMetadata("model_name"));
        Assert.Equal("mit", header.GetMetadata("model_license"));
    }

    [Fact]
    public void A_model_with_only_a_graph_has_defaults()
    {
        var header = Read(new OnnxBuilder().Graph(16).Build());

        Assert.Equal(0, header.IrVersion);
        Assert.Null(header.ProducerName);
        Assert.Null(header.ProducerVersion);
        Assert.Null(header.Domain);
        Assert.Equal(0, header.ModelVersion);
        Assert.Null(header.DocString);
        Assert.Empty(header.MetadataProps);
        Assert.Empty(header.OpsetImports);
    }

    [Fact]
    public void Skips_a_graph_of_several_megabytes_without_reading_it()
    {
        const int WeightBytes = 8 * 1024 * 1024;
        var builder = OnnxBuilder.Model("Big", "llama3.1", WeightBytes);
        var bytes = builder.Build();
        var graph = builder.Layout.Single(f => f.Number == OnnxBuilder.GraphField);
        Assert.True(graph.End - graph.Start > WeightBytes);

        using var stream = new TrackingStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var header = OnnxReader.Read(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("Big", header.GetMetadata("model_name"));
        Assert.Equal("llama3.1", header.GetMetadata("model_license"));
        Assert.True(allocated < AllocationLimit, $"reading a {bytes.Length}-byte model allocated {allocated} bytes");
        Assert.True(stream.BytesRead < 256, $"read {stream.BytesRead} bytes of a {bytes.Length}-byte model");

        // Only the graph's tag and length are read: nothing from its payload.
        var payloadStart = graph.Start + 1 + OnnxBuilder.VarintBytes((ulong)(graph.End - graph.Start)).Length;
        Assert.DoesNotContain(stream.Reads, read => read.Start < graph.End && read.End > payloadStart);
    }

    [Fact]
    public void Finds_metadata_before_between_and_after_the_skipped_fields()
    {
        var bytes = new OnnxBuilder()
            .IrVersion(10)
            .Metadata("license", "first")
            .Graph(100_000)
            .Metadata("model_name", "after the graph")
            .AddBytes(OnnxBuilder.TrainingInfoField, OnnxBuilder.BytesField(1, OnnxBuilder.GraphProto(1000, "training")))
            .Metadata("model_license", "after training_info")
            .AddBytes(OnnxBuilder.FunctionsField, OnnxBuilder.StringField(1, "MyFunction"))
            .AddBytes(OnnxBuilder.ConfigurationField, OnnxBuilder.StringField(1, "two-devices"))
            .Metadata("base_model", "after functions and configuration")
            .Build();

        var header = Read(bytes);

        Assert.Equal(10, header.IrVersion);
        Assert.Equal(
            ["license", "model_name", "model_license", "base_model"],
            header.MetadataProps.Keys);
        Assert.Equal("after the graph", header.GetMetadata("model_name"));
        Assert.Equal("after training_info", header.GetMetadata("model_license"));
        Assert.Equal("after functions and configuration", header.GetMetadata("base_model"));
    }

    [Fact]
    public void Reads_fields_in_any_order_and_skips_fields_it_does_not_know()
    {
        var entryValueFirst = OnnxBuilder.Concat(
            OnnxBuilder.Fixed64Field(7, ulong.MaxValue),
            OnnxBuilder.StringField(2, "mit"),
            OnnxBuilder.VarintField(3, 300),
            OnnxBuilder.Fixed32Field(4, 1),
            OnnxBuilder.BytesField(5, [1, 2, 3]),
            OnnxBuilder.StringField(1, "model_license"));
        var opsetVersionFirst = OnnxBuilder.Concat(
            OnnxBuilder.VarintField(2, 3),
            OnnxBuilder.StringField(9, "unknown"),
            OnnxBuilder.StringField(1, "ai.onnx.ml"));
        var bytes = new OnnxBuilder()
            .AddBytes(OnnxBuilder.MetadataPropsField, entryValueFirst)
            .AddVarint(99, ulong.MaxValue)
            .AddFixed32(100, 0xDEADBEEF)
            .AddFixed64(101, 0x0123456789ABCDEF)
            .AddBytes(102, OnnxBuilder.GraphProto(64))
            .AddString(9, "reserved number")
            .AddVarint(536_870_911, 1) // the largest protobuf field number
            .Graph(256)
            .AddBytes(OnnxBuilder.OpsetImportField, opsetVersionFirst)
            .DocString("doc")
            .ModelVersion(7)
            .ProducerName("tf2onnx")
            .IrVersion(7)
            .Build();

        var header = Read(bytes);

        Assert.Equal(7, header.IrVersion);
        Assert.Equal(7, header.ModelVersion);
        Assert.Equal("tf2onnx", header.ProducerName);
        Assert.Equal("doc", header.DocString);
        Assert.Equal([Pair("ai.onnx.ml", 3)], header.OpsetImports);
        Assert.Equal(new Dictionary<string, string> { ["model_license"] = "mit" }, header.MetadataProps);
    }

    [Fact]
    public void The_last_of_repeated_values_and_duplicate_keys_wins()
    {
        var bytes = new OnnxBuilder()
            .IrVersion(3)
            .ProducerName("first")
            .Metadata("model_license", "first")
            .Graph(8)
            .IrVersion(9)
            .ProducerName("second")
            .Metadata("model_license", "second")
            .Build();

        var header = Read(bytes);

        Assert.Equal(9, header.IrVersion);
        Assert.Equal("second", header.ProducerName);
        Assert.Equal("second", Assert.Single(header.MetadataProps).Value);
    }

    [Fact]
    public void Missing_keys_values_and_domains_are_empty_strings_as_in_protobuf()
    {
        var bytes = new OnnxBuilder()
            .AddBytes(OnnxBuilder.MetadataPropsField, OnnxBuilder.StringField(1, "key only"))
            .AddBytes(OnnxBuilder.MetadataPropsField, OnnxBuilder.StringField(2, "value only"))
            .AddBytes(OnnxBuilder.MetadataPropsField, [])
            .AddBytes(OnnxBuilder.OpsetImportField, OnnxBuilder.VarintField(2, 21))
            .AddBytes(OnnxBuilder.OpsetImportField, [])
            .Build();

        var header = Read(bytes);

        Assert.Equal(new Dictionary<string, string> { ["key only"] = string.Empty, [string.Empty] = string.Empty }, header.MetadataProps);
        Assert.Equal([Pair(string.Empty, 21), Pair(string.Empty, 0)], header.OpsetImports);
    }

    [Fact]
    public void Reads_negative_and_extreme_int64_values()
    {
        var bytes = new OnnxBuilder()
            .IrVersion(long.MaxValue)
            .ModelVersion(-1) // a 10-byte varint
            .Opset("neg", long.MinValue)
            .Build();

        var header = Read(bytes);

        Assert.Equal(long.MaxValue, header.IrVersion);
        Assert.Equal(-1, header.ModelVersion);
        Assert.Equal([Pair("neg", long.MinValue)], header.OpsetImports);
    }

    [Fact]
    public void Reads_unicode_and_replaces_invalid_utf8_instead_of_throwing()
    {
        byte[] invalid = [0xFF, 0xFE, (byte)'a', 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF0, 0x9F];
        var entry = OnnxBuilder.Concat(OnnxBuilder.BytesField(1, invalid), OnnxBuilder.BytesField(2, invalid));
        var bytes = new OnnxBuilder()
            .AddBytes(OnnxBuilder.ProducerNameField, invalid)
            .DocString("ünïcødé 🦙")
            .AddBytes(OnnxBuilder.MetadataPropsField, entry)
            .AddBytes(OnnxBuilder.OpsetImportField, OnnxBuilder.BytesField(1, invalid))
            .Metadata("model_license", "mit")
            .Build();

        var header = Read(bytes);

        Assert.Contains('\uFFFD', header.ProducerName!);
        Assert.Contains('a', header.ProducerName!);
        Assert.Equal("ünïcødé 🦙", header.DocString);
        Assert.Contains(header.MetadataProps, entry => entry.Key.Contains('\uFFFD') && entry.Value.Contains('\uFFFD'));
        Assert.Contains('\uFFFD', Assert.Single(header.OpsetImports).Key);
        Assert.Equal("mit", header.GetMetadata("model_license"));
    }

    [Fact]
    public void Drops_strings_too_long_to_keep_but_reads_on()
    {
        var tooLong = new string('x', OnnxReader.MaxKeptStringLength + 1);
        var longest = new string('y', OnnxReader.MaxKeptStringLength);
        var bytes = new OnnxBuilder()
            .DocString(tooLong)
            .ProducerName(longest)
            .Domain(tooLong)
            .Metadata("description", tooLong)
            .Metadata(tooLong, "value")
            .Metadata("kept", longest)
            .Opset(tooLong, 1)
            .Opset(string.Empty, 17)
            .Metadata("model_license", "mit")
            .Build();

        var header = Read(bytes);

        Assert.Null(header.DocString);
        Assert.Null(header.Domain);
        Assert.Equal(longest, header.ProducerName);
        Assert.Equal(["kept", "model_license"], header.MetadataProps.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(longest, header.GetMetadata("kept"));
        Assert.Equal([Pair(string.Empty, 17)], header.OpsetImports);
        Assert.Equal("mit", header.GetMetadata("model_license"));
    }

    [Fact]
    public void Keeps_at_most_1024_metadata_entries_and_reads_on()
    {
        var builder = new OnnxBuilder().Metadata("model_license", "mit");
        for (var i = 1; i < OnnxReader.MaxMetadataEntries + 100; i++)
        {
            builder.Metadata("key" + i, "value" + i);
        }

        var header = Read(builder.ProducerName("after").Build());

        Assert.Equal(OnnxReader.MaxMetadataEntries, header.MetadataProps.Count);
        Assert.Equal("mit", header.GetMetadata("model_license"));
        Assert.Equal("value1023", header.GetMetadata("key1023"));
        Assert.Null(header.GetMetadata("key1024"));
        Assert.Equal("after", header.ProducerName);
    }

    [Fact]
    public void Keeps_at_most_64_opset_imports_and_reads_on()
    {
        var builder = new OnnxBuilder();
        for (var i = 0; i < OnnxReader.MaxOpsetImports + 10; i++)
        {
            builder.Opset("domain" + i, i);
        }

        var header = Read(builder.Metadata("model_license", "mit").Build());

        Assert.Equal(OnnxReader.MaxOpsetImports, header.OpsetImports.Count);
        Assert.Equal(Pair("domain63", 63), header.OpsetImports[^1]);
        Assert.Equal("mit", header.GetMetadata("model_license"));
    }

    [Fact]
    public void Keeps_no_more_than_the_total_string_budget()
    {
        var value = new string('v', 60 * 1024);
        var builder = new OnnxBuilder();
        for (var i = 0; i < 100; i++)
        {
            builder.Metadata("key" + i, value);
        }

        var bytes = builder.Build();
        var (header, allocated) = ReadMeasured(bytes);

        var kept = header.MetadataProps.Sum(entry => (long)entry.Key.Length + entry.Value.Length);
        Assert.InRange(kept, 1, OnnxReader.MaxKeptTotalBytes);
        Assert.True(header.MetadataProps.Count < 100);
        Assert.True(allocated < 4 * OnnxReader.MaxKeptTotalBytes, $"allocated {allocated} bytes");
    }

    [Fact]
    public void A_cut_between_fields_reads_every_field_before_it_and_a_cut_inside_a_field_throws()
    {
        // Protobuf has no end marker, so a file cut exactly between two top-level fields is a valid, shorter model;
        // anywhere else the reader must fail rather than return a half-read value.
        var builder = new OnnxBuilder()
            .IrVersion(9)
            .ProducerName("pytorch")
            .ProducerVersion("2.4.0")
            .Domain("ai.example")
            .ModelVersion(300)
            .DocString("doc")
            .Metadata("model_license", "mit")
            .Graph(64)
            .Opset(string.Empty, 17)
            .Opset("com.microsoft", 1)
            .Metadata("model_name", "Tiny")
            .AddVarint(99, 300)
            .AddBytes(OnnxBuilder.TrainingInfoField, OnnxBuilder.BytesField(1, OnnxBuilder.GraphProto(8)))
            .Metadata("base_model", "org/base")
            .AddString(1000, "two-byte tag");
        var bytes = builder.Build();
        var layout = builder.Layout;
        (string, string)[] metadata = [("model_license", "mit"), ("model_name", "Tiny"), ("base_model", "org/base")];
        KeyValuePair<string, long>[] opsets = [Pair(string.Empty, 17), Pair("com.microsoft", 1)];

        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            var prefix = bytes.AsSpan(0, cut).ToArray();
            if (cut == 0 || !layout.Any(f => f.End == cut))
            {
                var exception = Throws(prefix);
                Assert.True(
                    cut == 0 ? exception.Message.Contains("empty", StringComparison.Ordinal) : exception.Message.Contains("(truncated or corrupt)", StringComparison.Ordinal),
                    $"cut at {cut}: {exception.Message}");
                continue;
            }

            var complete = layout.Where(f => f.End <= cut).ToList();
            bool Has(int field) => complete.Exists(f => f.Number == field);
            int Count(int field) => complete.Count(f => f.Number == field);

            var header = Read(prefix);

            Assert.Equal(Has(OnnxBuilder.IrVersionField) ? 9 : 0, header.IrVersion);
            Assert.Equal(Has(OnnxBuilder.ProducerNameField) ? "pytorch" : null, header.ProducerName);
            Assert.Equal(Has(OnnxBuilder.ProducerVersionField) ? "2.4.0" : null, header.ProducerVersion);
            Assert.Equal(Has(OnnxBuilder.DomainField) ? "ai.example" : null, header.Domain);
            Assert.Equal(Has(OnnxBuilder.ModelVersionField) ? 300 : 0, header.ModelVersion);
            Assert.Equal(Has(OnnxBuilder.DocStringField) ? "doc" : null, header.DocString);
            Assert.Equal(opsets.Take(Count(OnnxBuilder.OpsetImportField)), header.OpsetImports);
            Assert.Equal(
                metadata.Take(Count(OnnxBuilder.MetadataPropsField)).ToDictionary(e => e.Item1, e => e.Item2),
                header.MetadataProps);
        }
    }

    [Theory]
    [InlineData("graph")]
    [InlineData("doc_string")]
    [InlineData("unknown field")]
    [InlineData("metadata entry")]
    [InlineData("metadata value")]
    [InlineData("opset entry")]
    public void Rejects_a_length_of_2_to_the_62(string where)
    {
        var huge = OnnxBuilder.VarintBytes(TwoToThe62);
        var bytes = where switch
        {
            "graph" => Model(OnnxBuilder.Tag(OnnxBuilder.GraphField, OnnxBuilder.LengthDelimited), huge, new byte[64]),
            "doc_string" => Model(OnnxBuilder.Tag(OnnxBuilder.DocStringField, OnnxBuilder.LengthDelimited), huge, new byte[64]),
            "unknown field" => Model(OnnxBuilder.Tag(77, OnnxBuilder.LengthDelimited), huge, new byte[64]),
            "metadata entry" => Model(OnnxBuilder.Tag(OnnxBuilder.MetadataPropsField, OnnxBuilder.LengthDelimited), huge, new byte[64]),
            "metadata value" => Model(Entry(OnnxBuilder.StringField(1, "model_license"), OnnxBuilder.Tag(2, OnnxBuilder.LengthDelimited), huge, [(byte)'x'])),
            _ => Model(OnnxBuilder.BytesField(OnnxBuilder.OpsetImportField, OnnxBuilder.Concat(OnnxBuilder.Tag(1, OnnxBuilder.LengthDelimited), huge))),
        };

        var exception = Throws(bytes);

        Assert.Contains($"claims {TwoToThe62} bytes", exception.Message, StringComparison.Ordinal);
        Assert.Contains("at byte ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_longer_than_its_entry_is_corrupt_even_when_the_file_goes_on()
    {
        // The value claims 10 bytes but its entry holds 3: it must not read into the next field.
        var entry = OnnxBuilder.Concat(OnnxBuilder.Tag(2, OnnxBuilder.LengthDelimited), [10], [(byte)'m', (byte)'i', (byte)'t']);
        var bytes = Model(OnnxBuilder.BytesField(OnnxBuilder.MetadataPropsField, entry), OnnxBuilder.StringField(OnnxBuilder.DocStringField, "a long doc string"));

        var exception = Throws(bytes);

        Assert.Contains("claims 10 bytes, past the end of the message that holds it", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ir_version")]
    [InlineData("model_version")]
    [InlineData("unknown varint")]
    [InlineData("tag")]
    [InlineData("graph length")]
    [InlineData("metadata tag")]
    [InlineData("opset version")]
    public void Rejects_a_varint_of_11_bytes(string where)
    {
        byte[] eleven = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01];
        var bytes = where switch
        {
            "ir_version" => Model(OnnxBuilder.Tag(OnnxBuilder.IrVersionField, OnnxBuilder.Varint), eleven),
            "model_version" => Model(OnnxBuilder.VarintField(1, 8), OnnxBuilder.Tag(OnnxBuilder.ModelVersionField, OnnxBuilder.Varint), eleven),
            "unknown varint" => Model(OnnxBuilder.Tag(50, OnnxBuilder.Varint), eleven),
            "tag" => Model(OnnxBuilder.VarintField(1, 8), eleven),
            "graph length" => Model(OnnxBuilder.Tag(OnnxBuilder.GraphField, OnnxBuilder.LengthDelimited), eleven, new byte[32]),
            "metadata tag" => Model(Entry(eleven, new byte[8])),
            _ => Model(OnnxBuilder.BytesField(OnnxBuilder.OpsetImportField, OnnxBuilder.Concat(OnnxBuilder.Tag(2, OnnxBuilder.Varint), eleven))),
        };

        var exception = Throws(bytes);

        Assert.Contains("varint longer than 10 bytes", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StartGroup, "top level")]
    [InlineData(EndGroup, "top level")]
    [InlineData(6, "top level")]
    [InlineData(7, "top level")]
    [InlineData(StartGroup, "known field")]
    [InlineData(7, "known field")]
    [InlineData(StartGroup, "metadata entry")]
    [InlineData(EndGroup, "metadata entry")]
    [InlineData(6, "metadata entry")]
    [InlineData(7, "opset entry")]
    public void Rejects_groups_and_undefined_wire_types(int wireType, string where)
    {
        var tag = OnnxBuilder.Tag(where == "known field" ? OnnxBuilder.IrVersionField : 33, wireType);
        var bytes = where switch
        {
            "top level" or "known field" => Model(OnnxBuilder.VarintField(OnnxBuilder.ModelVersionField, 1), tag, new byte[16]),
            "metadata entry" => Model(Entry(OnnxBuilder.StringField(1, "k"), tag, new byte[8])),
            _ => Model(OnnxBuilder.BytesField(OnnxBuilder.OpsetImportField, OnnxBuilder.Concat(tag, new byte[8]))),
        };

        var exception = Throws(bytes);

        Assert.Contains($"wire type {wireType}", exception.Message, StringComparison.Ordinal);
        Assert.Contains(wireType is StartGroup or EndGroup ? "group" : "does not define", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("first byte", 0)]
    [InlineData("first byte", OnnxBuilder.LengthDelimited)]
    [InlineData("after ir_version", 0)]
    [InlineData("after ir_version", OnnxBuilder.Fixed32)]
    [InlineData("metadata entry", 0)]
    [InlineData("opset entry", OnnxBuilder.LengthDelimited)]
    public void Rejects_field_number_0(string where, int wireType)
    {
        var tag = OnnxBuilder.Tag(0, wireType);
        var bytes = where switch
        {
            "first byte" => Model(tag, new byte[8]),
            "after ir_version" => Model(OnnxBuilder.VarintField(1, 8), tag, new byte[8]),
            "metadata entry" => Model(Entry(tag, new byte[4])),
            _ => Model(OnnxBuilder.BytesField(OnnxBuilder.OpsetImportField, OnnxBuilder.Concat(tag, new byte[4]))),
        };

        var exception = Throws(bytes);

        Assert.Contains("number 0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_field_number_beyond_the_protobuf_range()
    {
        var bytes = Model(OnnxBuilder.VarintBytes((1ul << 32) | OnnxBuilder.Varint), [1]);

        var exception = Throws(bytes);

        Assert.Contains("beyond protobuf's largest", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ir_version as bytes")]
    [InlineData("producer_name as varint")]
    [InlineData("graph as fixed64")]
    [InlineData("metadata_props as fixed32")]
    [InlineData("metadata key as varint")]
    [InlineData("opset version as bytes")]
    public void Rejects_a_known_field_with_the_wrong_wire_type(string what)
    {
        var bytes = what switch
        {
            "ir_version as bytes" => Model(OnnxBuilder.StringField(OnnxBuilder.IrVersionField, "8")),
            "producer_name as varint" => Model(OnnxBuilder.VarintField(OnnxBuilder.ProducerNameField, 1)),
            "graph as fixed64" => Model(OnnxBuilder.Fixed64Field(OnnxBuilder.GraphField, 1)),
            "metadata_props as fixed32" => Model(OnnxBuilder.Fixed32Field(OnnxBuilder.MetadataPropsField, 1)),
            "metadata key as varint" => Model(Entry(OnnxBuilder.VarintField(1, 1))),
            _ => Model(OnnxBuilder.BytesField(OnnxBuilder.OpsetImportField, OnnxBuilder.StringField(2, "17"))),
        };

        var exception = Throws(bytes);

        Assert.Contains("but ONNX declares it", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_give_the_byte_offset()
    {
        var bytes = Model(OnnxBuilder.VarintField(OnnxBuilder.IrVersionField, 8), OnnxBuilder.StringField(OnnxBuilder.ProducerNameField, "abc"), [0x00]);

        var exception = Throws(bytes);

        Assert.Equal("ModelProto has a field with number 0 at byte 7, which protobuf does not allow (corrupt or not an ONNX file)", exception.Message);
    }

    [Fact]
    public void Rejects_an_empty_file()
    {
        Assert.Contains("empty", Throws([]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_a_seekable_stream()
    {
        using var stream = new ForwardOnlyStream(OnnxBuilder.Model("m", "mit").Build());

        Assert.Throws<ArgumentException>(() => OnnxReader.Read(stream));
    }

    [Fact]
    public void Random_bytes_yield_a_header_or_a_model_format_exception()
    {
        var random = new Random(20250301);
        byte[] interesting = [0x00, 0x01, 0x02, 0x07, 0x08, 0x0A, 0x12, 0x3A, 0x42, 0x72, 0x7F, 0x80, 0xFF];
        for (var round = 0; round < 4_000; round++)
        {
            var bytes = new byte[random.Next(0, 96)];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = random.Next(3) == 0 ? interesting[random.Next(interesting.Length)] : (byte)random.Next(256);
            }

            ReadOrFail(bytes, $"random round {round}");
        }
    }

    [Fact]
    public void Random_corruption_of_a_real_file_yields_a_header_or_a_model_format_exception()
    {
        var original = OnnxBuilder.EveryFieldKind().Build();
        var mutator = new Mutator(20250302, [0x00, 0x01, 0x03, 0x04, 0x06, 0x07, 0x08, 0x0F, 0x7F, 0x80, 0xFF]);

        for (var round = 0; round < 4_000; round++)
        {
            var bytes = mutator.MaybeTruncate(mutator.Overwrite((byte[])original.Clone(), 0, original.Length));
            ReadOrFail(bytes, $"corruption round {round}");
        }
    }

    [Fact]
    public void LooksLikeOnnx_is_true_for_onnx_models_and_restores_the_position()
    {
        byte[][] models =
        [
            OnnxBuilder.Model("m", "mit").Build(),
            OnnxBuilder.Model(null, null, weightBytes: 8).Build(),
            new OnnxBuilder().IrVersion(3).Build(),
            new OnnxBuilder().ProducerName("no ir_version").Graph(16).Build(),
            new OnnxBuilder().IrVersion(10).AddVarint(40, 1).Graph(16).Build(),
        ];

        foreach (var bytes in models)
        {
            using var stream = new MemoryStream(bytes);
            Assert.True(OnnxReader.LooksLikeOnnx(stream));
            Assert.Equal(0, stream.Position);
        }

        using var offset = new MemoryStream([0xFF, .. models[0]]);
        offset.Position = 1;
        Assert.True(OnnxReader.LooksLikeOnnx(offset));
        Assert.Equal(1, offset.Position);
    }

    [Fact]
    public void LooksLikeOnnx_is_false_for_gguf_text_and_empty_files()
    {
        byte[][] others =
        [
            GgufBuilder.Model("m", "mit").Build(),
            Encoding.ASCII.GetBytes("GGUF"),
            Encoding.ASCII.GetBytes("version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 4920739232\n"),
            Encoding.ASCII.GetBytes("# Model card\n\nlicense: mit\n"),
            Encoding.ASCII.GetBytes("hello world"),
            Encoding.ASCII.GetBytes("{\"architectures\": [\"LlamaForCausalLM\"]}"),
            Encoding.UTF8.GetBytes("\uFEFFname: model"),
            [],
            [0x08],                  // a tag with no value
            [0x08, 0x00],            // ir_version 0
            [0x08, 0x07, 0x00],      // then field 0
            [0x0A, 0x01, 0x41],      // field 1 as bytes
            [0x68, 0x01],            // field 13, which ModelProto does not define, first
            new byte[16],
        ];

        foreach (var bytes in others)
        {
            using var stream = new MemoryStream(bytes);
            Assert.False(OnnxReader.LooksLikeOnnx(stream), Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 16))));
            Assert.Equal(0, stream.Position);
        }
    }

    [Theory]
    [InlineData(0x0108)] // starts 08 01: "ir_version 1", then a zero byte
    [InlineData(0x0512)] // starts 12 05: "producer_name" of 5 bytes, then zeros
    [InlineData(0x093A)] // starts 3A 09: "a graph" of 9 bytes, skipping into the JSON
    [InlineData(0x0472)] // starts 72 04: "metadata_props"
    [InlineData(0x000A)]
    [InlineData(0x00B4)]
    public void LooksLikeOnnx_is_false_for_safetensors(int headerLength)
    {
        var bytes = SafetensorsLike(headerLength);
        using var stream = new MemoryStream(bytes);

        Assert.False(OnnxReader.LooksLikeOnnx(stream));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void LooksLikeOnnx_is_false_for_a_stream_it_cannot_seek()
    {
        using var stream = new ForwardOnlyStream(OnnxBuilder.Model("m", "mit").Build());

        Assert.False(OnnxReader.LooksLikeOnnx(stream));
    }

    private static KeyValuePair<string, long> Pair(string domain, long version) => new(domain, version);

    private static byte[] Model(params byte[][] parts) => OnnxBuilder.Concat(parts);

    /// <summary>A metadata_props field whose entry holds exactly the given bytes.</summary>
    private static byte[] Entry(params byte[][] parts) => OnnxBuilder.BytesField(OnnxBuilder.MetadataPropsField, OnnxBuilder.Concat(parts));

    /// <summary>A safetensors file: an 8-byte little-endian header length, a JSON header padded with spaces, the data.</summary>
    private static byte[] SafetensorsLike(int headerLength)
    {
        var json = "{\"__metadata__\":{\"format\":\"pt\"},\"weight\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        var header = Encoding.ASCII.GetBytes(json.PadRight(Math.Max(headerLength, json.Length)));
        header = header.AsSpan(0, headerLength).ToArray();
        return [.. BitConverter.GetBytes((ulong)headerLength), .. header, .. new byte[8]];
    }

    private static OnnxHeader Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return OnnxReader.Read(stream);
    }

    private static (OnnxHeader Header, long Allocated) ReadMeasured(byte[] bytes) => ReaderAssert.ReadMeasured(bytes, OnnxReader.Read);

    /// <summary>Reads the bytes; anything but a header or a <see cref="ModelFormatException"/> fails the test.</summary>
    private static void ReadOrFail(byte[] bytes, string what)
    {
        using var stream = new MemoryStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            OnnxReader.Read(stream);
        }
        catch (ModelFormatException exception)
        {
            Assert.False(string.IsNullOrWhiteSpace(exception.Message), what);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{what} ({Convert.ToHexString(bytes)}) threw {exception}");
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationLimit, $"{what} allocated {allocated} bytes");

        stream.Position = 0;
        OnnxReader.LooksLikeOnnx(stream);
        Assert.Equal(0, stream.Position);
    }

    private static ModelFormatException Throws(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var exception = Assert.Throws<ModelFormatException>(() => OnnxReader.Read(stream));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationLimit, $"allocated {allocated} bytes before failing: {exception.Message}");
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        return exception;
    }

    /// <summary>A stream that cannot seek, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>Records every range of bytes read, so a test can show the graph was seeked over, not read.</summary>
    private sealed class TrackingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public List<(long Start, long End)> Reads { get; } = [];

        public override int Read(byte[] buffer, int offset, int count)
        {
            var start = Position;
            return Record(start, base.Read(buffer, offset, count));
        }

        public override int Read(Span<byte> buffer)
        {
            var start = Position;
            return Record(start, base.Read(buffer));
        }

        public override int ReadByte()
        {
            var start = Position;
            var b = base.ReadByte();
            Record(start, b < 0 ? 0 : 1);
            return b;
        }

        private int Record(long start, int count)
        {
            if (count > 0)
            {
                BytesRead += count;
                Reads.Add((start, start + count));
            }

            return count;
        }
    }
}
