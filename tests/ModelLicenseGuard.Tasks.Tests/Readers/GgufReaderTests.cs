using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class GgufReaderTests
{
    // GGUF value type ids (gguf.md).
    private const uint UInt8 = 0;
    private const uint Int8 = 1;
    private const uint UInt16 = 2;
    private const uint Int16 = 3;
    private const uint UInt32 = 4;
    private const uint Int32 = 5;
    private const uint Float32 = 6;
    private const uint Bool = 7;
    private const uint String = 8;
    private const uint Array = 9;
    private const uint UInt64 = 10;
    private const uint Int64 = 11;
    private const uint Float64 = 12;

    // Reading a header allocates kilobytes; anything near this means a length was trusted.
    private const long AllocationLimit = 4 * 1024 * 1024;

    [Theory]
    [InlineData(3u)]
    [InlineData(2u)]
    public void Reads_the_general_metadata_of_a_real_file(uint version)
    {
        var bytes = GgufBuilder.Model("Meta Llama 3.1 8B Instruct", "llama3.1", version).Build();

        var header = Read(bytes);

        Assert.Equal(version, header.Version);
        Assert.Equal(1ul, header.TensorCount);
        Assert.Equal(10ul, header.MetadataCount);
        Assert.Equal("Meta Llama 3.1 8B Instruct", header.GetString("general.name"));
        Assert.Equal("llama3.1", header.GetString("general.license"));
        Assert.Equal("llama", header.GetString("general.architecture"));
        Assert.Equal("model", header.GetString("general.type"));
        Assert.Equal(0ul, header.GetUInt("general.file_type"));
        Assert.Equal(
            ["general.architecture", "general.file_type", "general.license", "general.name", "general.type"],
            header.Metadata.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Reads_a_file_by_path()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("models/model.gguf", GgufBuilder.Model("From Disk", "apache-2.0").Build());

        var header = GgufReader.Read(path);

        Assert.Equal("From Disk", header.GetString("general.name"));
        Assert.Equal("apache-2.0", header.GetString("general.license"));
    }

    [Fact]
    public void Reads_basename_licence_name_and_base_models()
    {
        var bytes = GgufBuilder.Model("My Fine Tune", "other")
            .Add("general.license.name", "llama3.1")
            .Add("general.basename", "Meta-Llama-3.1")
            .AddBaseModel("Llama 3.1 8B Instruct", "Meta Llama", "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct")
            .AddBaseModel("Hermes 3", "NousResearch", "https://huggingface.co/NousResearch/Hermes-3-Llama-3.1-8B")
            .Build();

        var header = Read(bytes);

        Assert.Equal("other", header.GetString("general.license"));
        Assert.Equal("llama3.1", header.GetString("general.license.name"));
        Assert.Equal("Meta-Llama-3.1", header.GetString("general.basename"));
        Assert.Equal(2ul, header.GetUInt("general.base_model.count"));
        Assert.Equal("Llama 3.1 8B Instruct", header.GetString("general.base_model.0.name"));
        Assert.Equal("Meta Llama", header.GetString("general.base_model.0.organization"));
        Assert.Equal("https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct", header.GetString("general.base_model.0.repo_url"));
        Assert.Equal("Hermes 3", header.GetString("general.base_model.1.name"));
    }

    [Fact]
    public void Skips_tokenizer_and_other_non_general_keys()
    {
        var bytes = new GgufBuilder()
            .Add("tokenizer.ggml.model", "llama")
            .AddArray("tokenizer.ggml.tokens", ["<s>", "</s>"])
            .AddArray("tokenizer.ggml.scores", [0f, 1f])
            .Add("llama.context_length", 4096u)
            .Add("generalname", "no dot")
            .Add("General.name", "wrong case")
            .Add("general.name", "kept")
            .Build();

        var header = Read(bytes);

        Assert.Equal(["general.name"], header.Metadata.Keys);
        Assert.Equal(7ul, header.MetadataCount);
        Assert.Null(header.GetString("tokenizer.ggml.model"));
    }

    [Fact]
    public void Skips_a_100k_token_vocabulary_without_reading_it_into_memory()
    {
        var vocabulary = Enumerable.Range(0, 100_000).Select(i => "token" + i).ToArray();
        var bytes = new GgufBuilder()
            .Add("general.architecture", "llama")
            .AddArray("tokenizer.ggml.tokens", vocabulary)
            .AddArray("tokenizer.ggml.scores", new float[100_000])
            .AddArray("general.tags", vocabulary)
            .Add("general.name", "after the vocabulary")
            .Add("general.license", "llama3.1")
            .Build();
        Assert.True(bytes.Length > 2_000_000);

        var (header, allocated) = ReadMeasured(bytes);

        Assert.Equal("after the vocabulary", header.GetString("general.name"));
        Assert.Equal("llama3.1", header.GetString("general.license"));
        Assert.False(header.Metadata.ContainsKey("tokenizer.ggml.tokens"));
        Assert.False(header.Metadata.ContainsKey("general.tags"));
        Assert.True(allocated < 512 * 1024, $"reading a {bytes.Length}-byte header allocated {allocated} bytes");
    }

    [Fact]
    public void Reads_every_scalar_value_type()
    {
        var bytes = new GgufBuilder()
            .AddRaw("general.u8", UInt8, [255])
            .AddRaw("general.i8", Int8, [unchecked((byte)-5)])
            .AddRaw("general.u16", UInt16, BitConverter.GetBytes(ushort.MaxValue))
            .AddRaw("general.i16", Int16, BitConverter.GetBytes((short)-300))
            .Add("general.u32", uint.MaxValue)
            .Add("general.i32", -70_000)
            .Add("general.f32", 1.5f)
            .Add("general.true", true)
            .Add("general.false", false)
            .Add("general.string", "ünïcødé 🦙")
            .Add("general.empty", string.Empty)
            .Add("general.u64", ulong.MaxValue)
            .AddRaw("general.i64", Int64, BitConverter.GetBytes(long.MinValue))
            .AddRaw("general.f64", Float64, BitConverter.GetBytes(Math.PI))
            .Build();

        var metadata = Read(bytes).Metadata;

        Assert.Equal(255ul, metadata["general.u8"]);
        Assert.Equal(-5L, metadata["general.i8"]);
        Assert.Equal((ulong)ushort.MaxValue, metadata["general.u16"]);
        Assert.Equal(-300L, metadata["general.i16"]);
        Assert.Equal((ulong)uint.MaxValue, metadata["general.u32"]);
        Assert.Equal(-70_000L, metadata["general.i32"]);
        Assert.Equal(1.5d, metadata["general.f32"]);
        Assert.Equal(true, metadata["general.true"]);
        Assert.Equal(false, metadata["general.false"]);
        Assert.Equal("ünïcødé 🦙", metadata["general.string"]);
        Assert.Equal(string.Empty, metadata["general.empty"]);
        Assert.Equal(ulong.MaxValue, metadata["general.u64"]);
        Assert.Equal(long.MinValue, metadata["general.i64"]);
        Assert.Equal(Math.PI, metadata["general.f64"]);
    }

    [Fact]
    public void Skips_every_scalar_value_type_outside_general()
    {
        var bytes = new GgufBuilder()
            .AddRaw("x.u8", UInt8, [1])
            .AddRaw("x.i8", Int8, [1])
            .AddRaw("x.u16", UInt16, new byte[2])
            .AddRaw("x.i16", Int16, new byte[2])
            .Add("x.u32", 1u)
            .Add("x.i32", 1)
            .Add("x.f32", 1f)
            .Add("x.bool", true)
            .Add("x.string", "skipped")
            .Add("x.u64", 1ul)
            .AddRaw("x.i64", Int64, new byte[8])
            .AddRaw("x.f64", Float64, new byte[8])
            .Add("general.name", "last")
            .Build();

        var header = Read(bytes);

        Assert.Equal(["general.name"], header.Metadata.Keys);
        Assert.Equal("last", header.GetString("general.name"));
    }

    [Theory]
    [InlineData(UInt8, 1, 7ul)]
    [InlineData(Int8, 1, 7L)]
    [InlineData(UInt16, 2, 7ul)]
    [InlineData(Int16, 2, 7L)]
    [InlineData(UInt32, 4, 7ul)]
    [InlineData(Int32, 4, 7L)]
    [InlineData(UInt64, 8, 7ul)]
    [InlineData(Int64, 8, 7L)]
    [InlineData(Bool, 1, true)]
    public void Reads_arrays_of_fixed_size_values(uint type, int size, object expected)
    {
        var element = new byte[size];
        element[0] = 7;
        var bytes = new GgufBuilder()
            .AddRaw("general.values", Array, ArrayOf(type, 3, element, element, element))
            .AddRaw("other.values", Array, ArrayOf(type, 2, element, element))
            .Add("general.name", "after")
            .Build();

        var header = Read(bytes);

        var values = Assert.IsType<List<object>>(header.Metadata["general.values"]);
        Assert.Equal([expected, expected, expected], values);
        Assert.False(header.Metadata.ContainsKey("other.values"));
        Assert.Equal("after", header.GetString("general.name"));
    }

    [Fact]
    public void Reads_arrays_of_floats_and_strings()
    {
        var bytes = new GgufBuilder()
            .AddArray("general.floats", [0.5f, -2f])
            .AddRaw("general.doubles", Array, ArrayOf(Float64, 1, BitConverter.GetBytes(0.25d)))
            .AddArray("general.tags", ["text-generation", "llama", string.Empty])
            .AddArray("general.none", System.Array.Empty<string>())
            .Build();

        var metadata = Read(bytes).Metadata;

        Assert.Equal([0.5d, -2d], Assert.IsType<List<object>>(metadata["general.floats"]));
        Assert.Equal([0.25d], Assert.IsType<List<object>>(metadata["general.doubles"]));
        Assert.Equal(["text-generation", "llama", string.Empty], Assert.IsType<List<object>>(metadata["general.tags"]));
        Assert.Empty(Assert.IsType<List<object>>(metadata["general.none"]));
    }

    [Fact]
    public void Reads_nested_arrays()
    {
        var inner1 = ArrayOf(String, 2, Str("a"), Str("b"));
        var inner2 = ArrayOf(UInt32, 1, BitConverter.GetBytes(42u));
        var inner3 = ArrayOf(String, 0);
        var bytes = new GgufBuilder()
            .AddRaw("general.nested", Array, ArrayOf(Array, 3, inner1, inner2, inner3))
            .AddRaw("other.nested", Array, ArrayOf(Array, 3, inner1, inner2, inner3))
            .Add("general.name", "after")
            .Build();

        var header = Read(bytes);

        var outer = Assert.IsType<List<object>>(header.Metadata["general.nested"]);
        Assert.Equal(3, outer.Count);
        Assert.Equal(["a", "b"], Assert.IsType<List<object>>(outer[0]));
        Assert.Equal([42ul], Assert.IsType<List<object>>(outer[1]));
        Assert.Empty(Assert.IsType<List<object>>(outer[2]));
        Assert.False(header.Metadata.ContainsKey("other.nested"));
        Assert.Equal("after", header.GetString("general.name"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(GgufReader.MaxArrayDepth)]
    public void Reads_arrays_nested_up_to_the_limit(int levels)
    {
        var bytes = new GgufBuilder().AddRaw("general.deep", Array, Nested(levels)).Add("general.name", "after").Build();

        var header = Read(bytes);

        object value = header.Metadata["general.deep"];
        for (var level = 0; level < levels; level++)
        {
            value = Assert.Single(Assert.IsType<List<object>>(value));
        }

        Assert.Equal(7ul, value);
        Assert.Equal("after", header.GetString("general.name"));
    }

    [Theory]
    [InlineData("general.deep", GgufReader.MaxArrayDepth + 1)]
    [InlineData("skipped.deep", GgufReader.MaxArrayDepth + 1)]
    [InlineData("general.deep", 100_000)]
    public void Rejects_arrays_nested_deeper_than_the_limit(string key, int levels)
    {
        var bytes = new GgufBuilder().AddRaw(key, Array, Nested(levels)).Build();

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
        Assert.Contains("nests arrays", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_general_arrays_too_long_to_keep_but_reads_on()
    {
        var values = Enumerable.Repeat(BitConverter.GetBytes(1u), GgufReader.MaxKeptArrayLength + 1).ToArray();
        var strings = Enumerable.Repeat("x", GgufReader.MaxKeptArrayLength + 1).ToArray();
        var bytes = new GgufBuilder()
            .AddRaw("general.long_ints", Array, ArrayOf(UInt32, (ulong)values.Length, values))
            .AddArray("general.long_strings", strings)
            .AddArray("general.kept", Enumerable.Repeat("y", GgufReader.MaxKeptArrayLength).ToArray())
            .Add("general.name", "after")
            .Build();

        var header = Read(bytes);

        Assert.False(header.Metadata.ContainsKey("general.long_ints"));
        Assert.False(header.Metadata.ContainsKey("general.long_strings"));
        Assert.Equal(GgufReader.MaxKeptArrayLength, Assert.IsType<List<object>>(header.Metadata["general.kept"]).Count);
        Assert.Equal("after", header.GetString("general.name"));
    }

    [Fact]
    public void Drops_general_strings_too_long_to_keep_but_reads_on()
    {
        var bytes = new GgufBuilder()
            .Add("general.description", new string('d', GgufReader.MaxKeptStringLength + 1))
            .Add("general.url", new string('u', GgufReader.MaxKeptStringLength))
            .AddArray("general.long_tags", ["short", new string('t', GgufReader.MaxKeptStringLength + 1)])
            .Add("general.name", "after")
            .Build();

        var header = Read(bytes);

        Assert.False(header.Metadata.ContainsKey("general.description"));
        Assert.Equal(GgufReader.MaxKeptStringLength, header.GetString("general.url")?.Length);
        Assert.Equal(["short"], Assert.IsType<List<object>>(header.Metadata["general.long_tags"]));
        Assert.Equal("after", header.GetString("general.name"));
    }

    [Fact]
    public void The_last_of_duplicate_keys_wins()
    {
        var header = Read(new GgufBuilder().Add("general.name", "first").Add("general.name", "second").Build());

        Assert.Equal("second", header.GetString("general.name"));
    }

    [Fact]
    public void Reads_a_header_with_no_metadata()
    {
        var header = Read(new GgufBuilder().Build());

        Assert.Equal(0ul, header.MetadataCount);
        Assert.Empty(header.Metadata);
    }

    [Fact]
    public void Stops_after_the_metadata()
    {
        var bytes = GgufBuilder.Model("m", "mit").Build();
        using var stream = new MemoryStream(bytes);

        GgufReader.Read(stream);

        Assert.Equal(MetadataEnd(bytes), stream.Position);
        Assert.True(stream.Position < bytes.Length);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'G', (byte)'G', (byte)'M', (byte)'L', 3, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'g', (byte)'g', (byte)'u', (byte)'f', 3, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'F', (byte)'U', (byte)'G', (byte)'G', 3, 0, 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'v', (byte)'e', (byte)'r', (byte)'s', (byte)'i', (byte)'o', (byte)'n', (byte)' ' })]
    public void Rejects_files_without_the_magic(byte[] bytes)
    {
        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains("not a GGUF file", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_git_lfs_pointer()
    {
        var pointer = Encoding.ASCII.GetBytes("version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 4920739232\n");

        Assert.Contains("not a GGUF file", ThrowsWithoutHugeAllocation(pointer).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(4u)]
    [InlineData(uint.MaxValue)]
    public void Rejects_unsupported_versions(uint version)
    {
        var bytes = GgufBuilder.Model("m", "mit", version).Build();

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"unsupported GGUF version {version}", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2u)]
    [InlineData(3u)]
    public void Rejects_big_endian_files(uint version)
    {
        var bytes = GgufBuilder.Model("m", "mit").Build();
        BitConverter.GetBytes(version).Reverse().ToArray().CopyTo(bytes, 4);

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains("big-endian", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_truncation_inside_the_header_throws_a_model_format_exception()
    {
        var bytes = GgufBuilder.Model("Meta Llama 3.1 8B Instruct", "llama3.1")
            .Add("general.basename", "Meta-Llama-3.1")
            .AddBaseModel("Llama 3.1 8B", "Meta Llama", "https://huggingface.co/meta-llama/Llama-3.1-8B")
            .AddRaw("general.nested", Array, ArrayOf(Array, 1, ArrayOf(Int64, 1, new byte[8])))
            .Build();
        var metadataEnd = MetadataEnd(bytes);

        for (var length = 0; length < metadataEnd; length++)
        {
            var exception = ThrowsWithoutHugeAllocation(bytes.AsSpan(0, length).ToArray());
            Assert.True(
                exception.Message.Contains("truncated or corrupt", StringComparison.Ordinal) || exception.Message.Contains("past the end of the file", StringComparison.Ordinal),
                $"cut at {length}: {exception.Message}");
        }
    }

    [Fact]
    public void A_file_cut_after_its_metadata_still_yields_its_licence()
    {
        // By design the reader stops at the end of the metadata: tensor infos and data are never read, so a
        // partly downloaded model still has a licence; it is the metadata that must be complete.
        var bytes = GgufBuilder.Model("Meta Llama 3.1 8B Instruct", "llama3.1").Build();
        var metadataEnd = MetadataEnd(bytes);

        for (var length = (int)metadataEnd; length <= bytes.Length; length++)
        {
            var header = Read(bytes.AsSpan(0, length).ToArray());
            Assert.Equal("llama3.1", header.GetString("general.license"));
        }
    }

    [Fact]
    public void Random_corruption_throws_only_model_format_exceptions()
    {
        var original = GgufBuilder.Model("Meta Llama 3.1 8B Instruct", "llama3.1")
            .AddBaseModel("Llama 3.1 8B", "Meta Llama", "https://huggingface.co/meta-llama/Llama-3.1-8B")
            .AddRaw("general.nested", Array, ArrayOf(Array, 1, ArrayOf(UInt16, 2, new byte[2], new byte[2])))
            .Build();
        var end = (int)MetadataEnd(original);
        var mutator = new Mutator(20240725, [0x00, 0x01, 0x07, 0x08, 0x09, 0x0D, 0x7F, 0x80, 0xFF]);

        for (var round = 0; round < 3_000; round++)
        {
            var bytes = mutator.Overwrite((byte[])original.Clone(), 4, end);

            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                Read(bytes);
            }
            catch (ModelFormatException exception)
            {
                Assert.False(string.IsNullOrWhiteSpace(exception.Message));
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < AllocationLimit, $"round {round} allocated {allocated} bytes");
        }
    }

    [Theory]
    [InlineData("key")]
    [InlineData("general value")]
    [InlineData("skipped value")]
    [InlineData("kept array element")]
    [InlineData("skipped array element")]
    public void Rejects_a_string_length_of_2_to_the_60(string where)
    {
        const ulong Huge = 1ul << 60;
        var bytes = where switch
        {
            "key" => Header(1, writer => writer.Write(Huge)),
            "general value" => new GgufBuilder().AddRaw("general.name", String, BitConverter.GetBytes(Huge)).Build(),
            "skipped value" => new GgufBuilder().AddRaw("tokenizer.ggml.model", String, BitConverter.GetBytes(Huge)).Build(),
            "kept array element" => new GgufBuilder().AddRaw("general.tags", Array, ArrayOf(String, 1, BitConverter.GetBytes(Huge))).Build(),
            _ => new GgufBuilder().AddRaw("tokenizer.ggml.tokens", Array, ArrayOf(String, 1, BitConverter.GetBytes(Huge))).Build(),
        };

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"claims a string of {Huge} bytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_key_longer_than_gguf_allows()
    {
        var key = new string('k', GgufReader.MaxKeyLength + 1);
        var bytes = new GgufBuilder().Add(key, "v").Build();

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"longer than the {GgufReader.MaxKeyLength} bytes", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("general.values", UInt8)]
    [InlineData("general.values", UInt64)]
    [InlineData("general.values", String)]
    [InlineData("general.values", Array)]
    [InlineData("tokenizer.ggml.tokens", UInt8)]
    [InlineData("tokenizer.ggml.tokens", Float64)]
    [InlineData("tokenizer.ggml.tokens", String)]
    [InlineData("tokenizer.ggml.tokens", Array)]
    public void Rejects_an_array_count_of_2_to_the_60(string key, uint elementType)
    {
        var bytes = new GgufBuilder().AddRaw(key, Array, ArrayOf(elementType, 1ul << 60, new byte[64])).Build();

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"'{key}' claims an array of {1ul << 60} values", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1ul << 40)]
    [InlineData(ulong.MaxValue)]
    [InlineData(GgufReader.MaxMetadataCount + 1)]
    public void Rejects_an_absurd_metadata_count(ulong count)
    {
        var builder = GgufBuilder.Model("m", "mit");
        builder.ClaimedMetadataCount = count;

        var exception = ThrowsWithoutHugeAllocation(builder.Build());

        Assert.Contains($"claims {count} metadata entries", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metadata_count_larger_than_the_entries_is_a_truncation()
    {
        var builder = new GgufBuilder().Add("general.name", "only one");
        builder.ClaimedMetadataCount = GgufReader.MaxMetadataCount;

        var exception = ThrowsWithoutHugeAllocation(builder.Build());

        Assert.Contains("metadata entry 1", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("general.x", 13u)]
    [InlineData("tokenizer.x", 13u)]
    [InlineData("general.x", uint.MaxValue)]
    public void Rejects_an_unknown_value_type(string key, uint type)
    {
        var bytes = new GgufBuilder().AddRaw(key, type, new byte[16]).Build();

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"'{key}' has unknown value type {type}", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("general.x")]
    [InlineData("tokenizer.x")]
    public void Rejects_an_array_of_an_unknown_value_type(string key)
    {
        var bytes = new GgufBuilder().AddRaw(key, Array, ArrayOf(99, 0)).Build();

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"'{key}' is an array of unknown value type 99", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_a_seekable_stream()
    {
        using var stream = new ForwardOnlyStream(GgufBuilder.Model("m", "mit").Build());

        Assert.Throws<ArgumentException>(() => GgufReader.Read(stream));
    }

    [Fact]
    public void HasMagic_checks_the_first_four_bytes_and_restores_the_position()
    {
        using var gguf = new MemoryStream(GgufBuilder.Model("m", "mit").Build());
        using var text = new MemoryStream(Encoding.ASCII.GetBytes("GGML...."));
        using var shortStream = new MemoryStream([(byte)'G', (byte)'G']);

        Assert.True(GgufReader.HasMagic(gguf));
        Assert.Equal(0, gguf.Position);
        Assert.False(GgufReader.HasMagic(text));
        Assert.Equal(0, text.Position);
        Assert.False(GgufReader.HasMagic(shortStream));
        Assert.Equal(0, shortStream.Position);
    }

    private static GgufHeader Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return GgufReader.Read(stream);
    }

    private static (GgufHeader Header, long Allocated) ReadMeasured(byte[] bytes) => ReaderAssert.ReadMeasured(bytes, GgufReader.Read);

    private static ModelFormatException ThrowsWithoutHugeAllocation(byte[] bytes) => ReaderAssert.ThrowsWithoutHugeAllocation(bytes, GgufReader.Read, AllocationLimit);

    private static long MetadataEnd(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        GgufReader.Read(stream);
        return stream.Position;
    }

    /// <summary>The header with <paramref name="metadataCount"/> and whatever <paramref name="rest"/> writes after it.</summary>
    private static byte[] Header(ulong metadataCount, Action<BinaryWriter> rest)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(GgufReader.Magic);
            writer.Write(3u);
            writer.Write(0ul);
            writer.Write(metadataCount);
            rest(writer);
        }

        return stream.ToArray();
    }

    /// <summary>An array value: element type, count, then the elements' bytes as given.</summary>
    private static byte[] ArrayOf(uint elementType, ulong count, params byte[][] elements)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(elementType);
            writer.Write(count);
            foreach (var element in elements)
            {
                writer.Write(element);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Str(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return [.. BitConverter.GetBytes((ulong)bytes.Length), .. bytes];
    }

    /// <summary><paramref name="levels"/> arrays of one element each, the innermost holding the byte 7.</summary>
    private static byte[] Nested(int levels)
    {
        var value = ArrayOf(UInt8, 1, [7]);
        var prefix = ArrayOf(Array, 1);
        using var stream = new MemoryStream();
        for (var level = 1; level < levels; level++)
        {
            stream.Write(prefix);
        }

        stream.Write(value);
        return stream.ToArray();
    }

    /// <summary>A stream that cannot seek, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
