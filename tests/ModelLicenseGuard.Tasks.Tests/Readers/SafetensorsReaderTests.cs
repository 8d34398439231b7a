using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class SafetensorsReaderTests
{
    // Reading a header allocates kilobytes; anything near this means a length was trusted or tensors were kept.
    private const long AllocationLimit = 4 * 1024 * 1024;

    [Fact]
    public void Reads_the_metadata_of_a_real_file()
    {
        var bytes = SafetensorsBuilder.Model("Llama 3.1 8B", "llama3.1")
            .AddMetadata("base_model", "meta-llama/Llama-3.1-8B")
            .Build();

        var header = Read(bytes);

        Assert.Equal(2, header.TensorCount);
        Assert.Equal((long)BitConverter.ToUInt64(bytes, 0), header.HeaderLength);
        Assert.Equal(0, header.HeaderLength % 8);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["format"] = "pt",
                ["name"] = "Llama 3.1 8B",
                ["license"] = "llama3.1",
                ["base_model"] = "meta-llama/Llama-3.1-8B",
            },
            header.Metadata);
    }

    [Fact]
    public void Reads_a_file_by_path()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("models/model.safetensors", SafetensorsBuilder.Model("From Disk", "apache-2.0").Build());

        var header = SafetensorsReader.Read(path);

        Assert.Equal("apache-2.0", header.Metadata["license"]);
        Assert.Equal("From Disk", header.Metadata["name"]);
    }

    [Fact]
    public void Counts_tensors_and_stops_at_the_end_of_the_header()
    {
        var builder = new SafetensorsBuilder().AddMetadata("license", "mit");
        for (var i = 0; i < 10; i++)
        {
            builder.AddTensor("layer." + i + ".weight", [3, 2], new float[6]);
        }

        var bytes = builder.Build();
        using var stream = new CountingStream(new MemoryStream(bytes));

        var header = SafetensorsReader.Read(stream);

        Assert.Equal(10, header.TensorCount);
        Assert.Equal(8 + header.HeaderLength, stream.Position);
        Assert.Equal(8 + header.HeaderLength, stream.BytesRead);
        Assert.Equal(bytes.Length - (10 * 6 * 4), stream.Position);
    }

    [Fact]
    public void Reads_a_header_with_no_metadata()
    {
        var header = Read(new SafetensorsBuilder().AddTensor("w", [1f]).Build());

        Assert.Equal(1, header.TensorCount);
        Assert.Empty(header.Metadata);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"__metadata__\":{}}")]
    [InlineData("{\"__metadata__\":null}")]
    [InlineData("{ \"__metadata__\" : { } }   ")]
    public void Reads_headers_with_nothing_in_them(string json)
    {
        var header = Read(SafetensorsBuilder.Raw(json));

        Assert.Equal(0, header.TensorCount);
        Assert.Empty(header.Metadata);
        Assert.Equal(Encoding.UTF8.GetByteCount(json), header.HeaderLength);
    }

    [Fact]
    public void Reads_metadata_written_after_the_tensors()
    {
        var builder = SafetensorsBuilder.Model("last", "mit");
        builder.MetadataLast = true;

        var header = Read(builder.Build());

        Assert.Equal(2, header.TensorCount);
        Assert.Equal("mit", header.Metadata["license"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_escapes_and_unicode_in_metadata(bool escapeNonAscii)
    {
        var key = "clé 🔑";
        var value = "quote \" backslash \\ slash / \b\f\n\r\t \u0001\u001f ünïcødé 日本語 🦙 \u007f\u0080\uffff";
        var builder = new SafetensorsBuilder { EscapeNonAscii = escapeNonAscii }
            .AddMetadata(key, value)
            .AddMetadata("license", "apache-2.0")
            .AddTensor("w", [1f]);

        var header = Read(builder.Build());

        Assert.Equal(value, header.Metadata[key]);
        Assert.Equal("apache-2.0", header.Metadata["license"]);
    }

    [Fact]
    public void Reads_every_json_escape_form()
    {
        const string Json = "{\"__metadata__\":{\"k\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00C9\\uD83E\\uDD99\\ud83e\\udd99\\u0000\"}}";

        var header = Read(SafetensorsBuilder.Raw(Json));

        Assert.Equal("\"\\/\b\f\n\r\téÉ🦙🦙\0", header.Metadata["k"]);
    }

    [Fact]
    public void Skips_the_contents_of_tensor_entries_whatever_json_they_hold()
    {
        const string Json = "{\r\n\t\"a\" : {\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4],\"extra\":[-0.5e+10,1E-3,0,-0,12.25,true,false,null,{\"x\":[[],{}]},\"s\\\"}\"]},"
            + "\"b\":{},\"__metadata__\":{\"license\":\"mit\"},\"c\":{\"shape\":[1,2,3]}}\t\n\r  ";

        var header = Read(SafetensorsBuilder.Raw(Json, data: new byte[4]));

        Assert.Equal(3, header.TensorCount);
        Assert.Equal("mit", header.Metadata["license"]);
    }

    [Fact]
    public void Parses_a_20000_tensor_header_without_keeping_it_in_memory()
    {
        var builder = new SafetensorsBuilder { MetadataLast = true }
            .AddMetadata("license", "llama3.1")
            .AddMetadata("name", "after the tensors");
        for (var i = 0; i < 20_000; i++)
        {
            builder.AddTensor($"model.layers.{i}.self_attn.q_proj.weight", [1, 1], [0f]);
        }

        var bytes = builder.Build();
        Assert.True(bytes.Length > 1_500_000);

        using var stream = new MemoryStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var header = SafetensorsReader.Read(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(20_000, header.TensorCount);
        Assert.Equal("llama3.1", header.Metadata["license"]);
        Assert.Equal("after the tensors", header.Metadata["name"]);
        Assert.True(allocated < 512 * 1024, $"reading a {header.HeaderLength}-byte header allocated {allocated} bytes");
    }

    [Fact]
    public void Every_truncation_inside_the_header_throws_and_every_cut_in_the_data_still_reads()
    {
        var bytes = SafetensorsBuilder.Model("Llama 3.1 8B", "llama3.1").AddMetadata("base_model", "meta-llama/Llama-3.1-8B").Build();
        var headerEnd = 8 + (int)BitConverter.ToUInt64(bytes, 0);
        Assert.True(headerEnd < bytes.Length);

        for (var length = 0; length < headerEnd; length++)
        {
            var exception = ThrowsWithoutHugeAllocation(bytes.AsSpan(0, length).ToArray());
            Assert.True(
                exception.Message.Contains("truncated or corrupt", StringComparison.Ordinal),
                $"cut at {length}: {exception.Message}");
        }

        // The tensor data is never read, so a partly downloaded model still has a licence.
        for (var length = headerEnd; length <= bytes.Length; length++)
        {
            var header = Read(bytes.AsSpan(0, length).ToArray());
            Assert.Equal("llama3.1", header.Metadata["license"]);
            Assert.Equal(2, header.TensorCount);
        }
    }

    [Theory]
    [InlineData(1ul << 60)]
    [InlineData(ulong.MaxValue)]
    [InlineData((ulong)long.MaxValue + 1)]
    [InlineData((ulong)SafetensorsReader.MaxHeaderLength + 1)]
    public void Rejects_a_header_length_over_the_limit(ulong length)
    {
        var bytes = SafetensorsBuilder.Raw("{}", claimedLength: length);

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"claims {length} bytes, more than the {SafetensorsReader.MaxHeaderLength} bytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_header_length_at_the_limit_that_the_file_does_not_hold()
    {
        var bytes = SafetensorsBuilder.Raw("{}", claimedLength: SafetensorsReader.MaxHeaderLength);

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"claims {SafetensorsReader.MaxHeaderLength} bytes, past the end of the file: only 2 bytes follow it", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(1000, 2)]
    [InlineData(1000, 998)]
    public void Rejects_a_header_longer_than_the_file(ulong claimed, int actual)
    {
        var json = "{" + new string(' ', actual - 2) + "}";
        var bytes = SafetensorsBuilder.Raw(json, claimedLength: claimed);

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"claims {claimed} bytes, past the end of the file: only {actual} bytes follow it", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0ul)]
    [InlineData(1ul)]
    public void Rejects_a_header_length_too_short_for_an_object(ulong claimed)
    {
        var bytes = SafetensorsBuilder.Raw("{}", claimedLength: claimed);

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains($"claims {claimed} bytes, too few", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_shorter_than_its_json_ends_the_json_early()
    {
        // The claimed length cuts the JSON; the reader must stop there even though the file goes on.
        var bytes = SafetensorsBuilder.Raw("{\"__metadata__\":{\"license\":\"mit\"}}", claimedLength: 20);

        var exception = ThrowsWithoutHugeAllocation(bytes);

        Assert.Contains("invalid JSON at byte 20 of the header", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\":{}", 7)]
    [InlineData("{\"a\":{}}x", 8)]
    [InlineData("{\"a\":{}}  \0", 10)]
    [InlineData("{}{}", 2)]
    [InlineData("{\"unterminated", 14)]
    [InlineData("{\"__metadata__\":{\"k\":\"v}}", 25)]
    [InlineData("{\"a\\x\":{}}", 4)]
    [InlineData("{\"a\\u12G4\":{}}", 7)]
    [InlineData("{\"a\\u12", 7)]
    [InlineData("{\"a\\uDC00\":{}}", 2)]
    [InlineData("{\"a\\uD800\":{}}", 2)]
    [InlineData("{\"a\\uD800\\u0041\":{}}", 2)]
    [InlineData("{\"a\\uD800\\n\":{}}", 2)]
    [InlineData("{\"a\tb\":{}}", 3)]
    [InlineData("{\"a\":{}.}", 7)]
    [InlineData("{\"a\":{},}", 8)]
    [InlineData("{\"a\" {}}", 5)]
    [InlineData("{'a':{}}", 1)]
    [InlineData("{a:{}}", 1)]
    [InlineData("{\"a\":{\"s\":[1,]}}", 13)]
    [InlineData("{\"a\":{\"s\":[1 2]}}", 13)]
    [InlineData("{\"a\":{\"s\":01}}", 11)]
    [InlineData("{\"a\":{\"s\":1.}}", 12)]
    [InlineData("{\"a\":{\"s\":-}}", 11)]
    [InlineData("{\"a\":{\"s\":1e}}", 12)]
    [InlineData("{\"a\":{\"s\":+1}}", 10)]
    [InlineData("{\"a\":{\"s\":.5}}", 10)]
    [InlineData("{\"a\":{\"s\":NaN}}", 10)]
    [InlineData("{\"a\":{\"s\":tru}}", 13)]
    [InlineData("{\"a\":{\"s\":nul", 13)]
    [InlineData("{\"a\":{\"s\":False}}", 10)]
    [InlineData("{/* c */}", 1)]
    [InlineData("{\"a\":{]}", 6)]
    [InlineData("{\"a\":{\"s\":[}}", 11)]
    public void Rejects_invalid_json_naming_the_byte(string json, int offset)
    {
        // The byte is where the JSON goes wrong (for an escape that decodes to a lone surrogate, the string it is in);
        // what is wrong there is System.Text.Json's own wording.
        var exception = ThrowsWithoutHugeAllocation(SafetensorsBuilder.Raw(json));

        Assert.StartsWith($"invalid JSON at byte {offset} of the header: ", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.Message.Length > $"invalid JSON at byte {offset} of the header: ".Length + 10, exception.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xC1, 0xBF })]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xBF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xC3, 0x41 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF0, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xFE })]
    [InlineData(new byte[] { 0xFF })]
    public void Rejects_invalid_utf8(byte[] sequence)
    {
        foreach (var where in new[] { "key", "value", "tensor" })
        {
            var prefix = where switch
            {
                "key" => "{\"__metadata__\":{\"",
                "value" => "{\"__metadata__\":{\"k\":\"",
                _ => "{\"",
            };
            var suffix = where switch
            {
                "key" => "\":\"v\"}}",
                "value" => "\"}}",
                _ => "\":{}}",
            };
            byte[] header = [.. Encoding.ASCII.GetBytes(prefix), .. sequence, .. Encoding.ASCII.GetBytes(suffix)];

            var exception = ThrowsWithoutHugeAllocation(SafetensorsBuilder.Raw(header));

            Assert.StartsWith($"invalid JSON at byte {prefix.Length} of the header: ", exception.Message, StringComparison.Ordinal);
            Assert.Contains("UTF-8", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Accepts_utf8_at_the_edges_of_its_ranges()
    {
        string[] values = ["\u0080", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uFFFF", "\U00010000", "\U0010FFFF"];
        var builder = new SafetensorsBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            builder.AddMetadata("k" + i, values[i]);
        }

        var header = Read(builder.Build());

        Assert.Equal(values, Enumerable.Range(0, values.Length).Select(i => header.Metadata["k" + i]));
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("[{\"a\":{}}]", "an array")]
    [InlineData("\"{}\"", "a string")]
    [InlineData("12", "a number")]
    [InlineData("null", "null")]
    public void Rejects_a_root_that_is_not_an_object(string json, string kind)
    {
        var exception = ThrowsWithoutHugeAllocation(SafetensorsBuilder.Raw(json));

        Assert.Contains($"the header is {kind}, not the JSON object", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_header_that_does_not_start_with_a_brace()
    {
        var exception = ThrowsWithoutHugeAllocation(SafetensorsBuilder.Raw("  {}"));

        Assert.Contains("invalid JSON at byte 0 of the header: a safetensors header must start with '{'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_nesting_10000_deep_quickly()
    {
        var json = "{\"a\":{\"b\":" + new string('[', 10_000) + new string(']', 10_000) + "}}";

        var exception = ThrowsWithoutHugeAllocation(SafetensorsBuilder.Raw(json));

        Assert.Contains($"nest more than {SafetensorsReader.MaxDepth} deep", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith($"invalid JSON at byte {10 + SafetensorsReader.MaxDepth - 2} of the header", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SafetensorsReader.MaxDepth, true)]
    [InlineData(SafetensorsReader.MaxDepth + 1, false)]
    public void Allows_nesting_up_to_the_limit(int depth, bool allowed)
    {
        // The root and the tensor entry are two levels; the rest are arrays.
        var arrays = depth - 2;
        var json = "{\"a\":{\"b\":" + new string('[', arrays) + new string(']', arrays) + "},\"__metadata__\":{\"license\":\"mit\"}}";
        using var stream = new MemoryStream(SafetensorsBuilder.Raw(json));

        if (allowed)
        {
            Assert.Equal("mit", SafetensorsReader.Read(stream).Metadata["license"]);
        }
        else
        {
            Assert.Throws<ModelFormatException>(() => SafetensorsReader.Read(stream));
        }
    }

    [Theory]
    [InlineData("{\"__metadata__\":[]}", "'__metadata__' at byte 1 of the header is an array, not an object of strings")]
    [InlineData("{\"__metadata__\":\"mit\"}", "'__metadata__' at byte 1 of the header is a string, not an object of strings")]
    [InlineData("{\"a\":{},\"__metadata__\":1}", "'__metadata__' at byte 8 of the header is a number, not an object of strings")]
    [InlineData("{\"__metadata__\":{\"license\":1}}", "'__metadata__' entry 'license' at byte 17 of the header is a number, not a string")]
    [InlineData("{\"__metadata__\":{\"a\":\"b\",\"license\":null}}", "'__metadata__' entry 'license' at byte 25 of the header is null, not a string")]
    [InlineData("{\"__metadata__\":{\"license\":{\"id\":\"mit\"}}}", "'__metadata__' entry 'license' at byte 17 of the header is an object, not a string")]
    [InlineData("{\"__metadata__\":{\"tags\":[\"a\"]}}", "'__metadata__' entry 'tags' at byte 17 of the header is an array, not a string")]
    [InlineData("{\"__metadata__\":{\"ok\":true}}", "'__metadata__' entry 'ok' at byte 17 of the header is true, not a string")]
    public void Rejects_metadata_that_is_not_an_object_of_strings(string json, string message)
    {
        var exception = ThrowsWithoutHugeAllocation(SafetensorsBuilder.Raw(json));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Names_a_too_long_metadata_key_by_its_start()
    {
        var key = new string('k', SafetensorsReader.MaxKeptStringLength + 10);
        var json = "{\"__metadata__\":{\"" + key + "\":[]}}";

        var exception = ThrowsWithoutHugeAllocation(SafetensorsBuilder.Raw(json));

        Assert.Contains($"entry '{new string('k', 64)}…' at byte 17", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"w\":[]}", "an array")]
    [InlineData("{\"w\":\"F32\"}", "a string")]
    [InlineData("{\"a\":{},\"w\":0}", "a number")]
    [InlineData("{\"w\":null}", "null")]
    public void Rejects_a_tensor_entry_that_is_not_an_object(string json, string kind)
    {
        var exception = ThrowsWithoutHugeAllocation(SafetensorsBuilder.Raw(json));

        Assert.Contains($"is {kind}, not an object", exception.Message, StringComparison.Ordinal);
        Assert.Contains("tensor entry whose name starts at byte", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_metadata_strings_too_long_to_keep_but_reads_on()
    {
        var builder = new SafetensorsBuilder()
            .AddMetadata("description", new string('d', SafetensorsReader.MaxKeptStringLength + 1))
            .AddMetadata(new string('k', SafetensorsReader.MaxKeptStringLength + 1), "long key")
            .AddMetadata("emoji", new string('x', SafetensorsReader.MaxKeptStringLength - 1) + "🦙")
            .AddMetadata("url", new string('u', SafetensorsReader.MaxKeptStringLength))
            .AddMetadata("license", "mit")
            .AddTensor("w", [1f]);

        var (header, allocated) = ReadMeasured(builder.Build());

        Assert.Equal(["license", "url"], header.Metadata.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(SafetensorsReader.MaxKeptStringLength, header.Metadata["url"].Length);
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Keeps_at_most_the_entry_limit_of_metadata()
    {
        var builder = new SafetensorsBuilder();
        for (var i = 0; i < SafetensorsReader.MaxKeptMetadataEntries + 100; i++)
        {
            builder.AddMetadata("key" + i, "value" + i);
        }

        var header = Read(builder.AddTensor("w", [1f]).Build());

        Assert.Equal(SafetensorsReader.MaxKeptMetadataEntries, header.Metadata.Count);
        Assert.Equal("value0", header.Metadata["key0"]);
        Assert.False(header.Metadata.ContainsKey("key" + SafetensorsReader.MaxKeptMetadataEntries));
        Assert.Equal(1, header.TensorCount);
    }

    [Fact]
    public void Keeps_at_most_the_character_limit_of_metadata()
    {
        var builder = new SafetensorsBuilder();
        var value = new string('v', SafetensorsReader.MaxKeptStringLength - 100);
        var fit = SafetensorsReader.MaxKeptMetadataCharacters / (value.Length + 4);
        for (var i = 0; i < fit + 5; i++)
        {
            builder.AddMetadata("k" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), value);
        }

        builder.AddMetadata("license", "mit");

        var (header, allocated) = ReadMeasured(builder.Build());

        Assert.Equal(fit + 1, header.Metadata.Count);
        Assert.Equal("mit", header.Metadata["license"]);
        Assert.True(header.Metadata.Sum(e => e.Key.Length + e.Value.Length) <= SafetensorsReader.MaxKeptMetadataCharacters);
        Assert.True(allocated < AllocationLimit, $"allocated {allocated} bytes");
    }

    [Fact]
    public void The_last_of_duplicate_keys_wins()
    {
        const string Json = "{\"__metadata__\":{\"license\":\"first\",\"name\":\"n\"},\"w\":{},\"__metadata__\":{\"license\":\"second\",\"license\":\"third\"}}";

        var header = Read(SafetensorsBuilder.Raw(Json));

        Assert.Equal(new Dictionary<string, string> { ["license"] = "third" }, header.Metadata);
        Assert.Equal(1, header.TensorCount);
    }

    [Fact]
    public void A_metadata_key_is_matched_exactly()
    {
        const string Json = "{\"__Metadata__\":{},\"__metadata__ \":{},\"__metadata\":{},\"\\u005f_metadata__\":{\"license\":\"escaped\"}}";

        var header = Read(SafetensorsBuilder.Raw(Json));

        Assert.Equal(3, header.TensorCount);
        Assert.Equal("escaped", header.Metadata["license"]);
    }

    [Fact]
    public void Random_corruption_throws_only_model_format_exceptions()
    {
        var original = SafetensorsBuilder.Model("Llama 3.1 8B \"Instruct\" 🦙", "llama3.1")
            .AddMetadata("base_model", "a/b,c/d")
            .AddMetadata("escaped", "\\u00e9\n\t")
            .AddTensor("nested", [1, 2, 1], [1f, 2f])
            .Build();
        var headerEnd = 8 + (int)BitConverter.ToUInt64(original, 0);
        var mutator = new Mutator(20250601, [0x00, 0x20, (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'u', (byte)'0', 0x7F, 0x80, 0xC3, 0xED, 0xF0, 0xFF]);
        var random = mutator.Random;
        var successes = 0;

        for (var round = 0; round < 4_000; round++)
        {
            byte[] bytes;
            if (round % 4 == 3)
            {
                // Entirely random bytes after a plausible length.
                bytes = new byte[random.Next(8, 200)];
                random.NextBytes(bytes);
                if (random.Next(2) == 0)
                {
                    BitConverter.GetBytes((ulong)random.Next(0, bytes.Length)).CopyTo(bytes, 0);
                    bytes[8 % bytes.Length] = (byte)'{';
                }
            }
            else
            {
                // The length field one time in twelve, else the JSON header.
                bytes = random.Next(0, 12) == 0
                    ? mutator.Overwrite((byte[])original.Clone(), 0, 8)
                    : mutator.Overwrite((byte[])original.Clone(), 8, headerEnd);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                Read(bytes);
                successes++;
            }
            catch (ModelFormatException exception)
            {
                Assert.False(string.IsNullOrWhiteSpace(exception.Message));
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < AllocationLimit, $"round {round} allocated {allocated} bytes");
        }

        // Some mutations (inside strings, in the padding) leave a valid file; the loop must exercise both outcomes.
        Assert.InRange(successes, 1, 3_999);
    }

    [Fact]
    public void Needs_a_seekable_stream()
    {
        using var stream = new ForwardOnlyStream(SafetensorsBuilder.Model("m", "mit").Build());

        Assert.Throws<ArgumentException>(() => SafetensorsReader.Read(stream));
    }

    [Fact]
    public void Reads_from_a_stream_that_returns_one_byte_at_a_time()
    {
        var bytes = SafetensorsBuilder.Model("slow \"stream\" ü🦙", "mit").Build();
        using var stream = new TrickleStream(bytes);

        var header = SafetensorsReader.Read(stream);

        Assert.Equal("slow \"stream\" ü🦙", header.Metadata["name"]);
        Assert.Equal(2, header.TensorCount);
    }

    [Fact]
    public void HasMagic_checks_the_length_and_the_brace_and_restores_the_position()
    {
        var real = SafetensorsBuilder.Model("m", "mit").Build();
        Assert.True(HasMagic(real));
        Assert.True(HasMagic(SafetensorsBuilder.Raw("{}")));
        Assert.False(HasMagic(SafetensorsBuilder.Raw("[]")));
        Assert.False(HasMagic(SafetensorsBuilder.Raw(" {}")));
        Assert.False(HasMagic(SafetensorsBuilder.Raw("{}", claimedLength: 3)));
        Assert.False(HasMagic(SafetensorsBuilder.Raw("{}", claimedLength: 1)));
        Assert.False(HasMagic(SafetensorsBuilder.Raw("{}", claimedLength: 1ul << 60)));
        Assert.False(HasMagic(SafetensorsBuilder.Raw("{" + new string(' ', 100) + "}", claimedLength: SafetensorsReader.MaxHeaderLength + 1)));
        Assert.False(HasMagic(SafetensorsBuilder.Raw("{")));
        Assert.False(HasMagic([]));
        Assert.False(HasMagic(real.AsSpan(0, 9).ToArray()));
        Assert.False(HasMagic(GgufBuilder.Model("m", "mit").Build()));
        Assert.False(HasMagic(Encoding.ASCII.GetBytes("{\"not\": \"safetensors\"}")));
    }

    private static bool HasMagic(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var result = SafetensorsReader.HasMagic(stream);
        Assert.Equal(0, stream.Position);
        return result;
    }

    private static SafetensorsHeader Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SafetensorsReader.Read(stream);
    }

    private static (SafetensorsHeader Header, long Allocated) ReadMeasured(byte[] bytes) => ReaderAssert.ReadMeasured(bytes, SafetensorsReader.Read);

    private static ModelFormatException ThrowsWithoutHugeAllocation(byte[] bytes) => ReaderAssert.ThrowsWithoutHugeAllocation(bytes, SafetensorsReader.Read, AllocationLimit);

    /// <summary>A stream that cannot seek, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>A seekable stream that returns at most one byte per read, as a stream may.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
