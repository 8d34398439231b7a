using System;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Writes sparse model files whose headers are well-formed but built to cost as much as their size allows: a header
/// is written, then at most <c>written</c> bytes of hostile content, and the rest is a hole made with
/// <see cref="FileStream.SetLength"/>, which costs no disk. A reader within its budgets stops at its caps whatever
/// the size; one without them walks the whole file.
/// </summary>
public static class HostileModelFiles
{
    /// <summary>A GGUF file whose <c>general.*</c> arrays are all at the kept limit, ending in a string array that fills the file.</summary>
    public const string GgufArrays = "gguf-arrays";

    /// <summary>A GGUF file claiming a million metadata entries, all but two of them the zeros of the hole.</summary>
    public const string GgufEntries = "gguf-entries";

    /// <summary>A safetensors file whose header is as long as the format allows and is one tensor shape of tiny numbers.</summary>
    public const string SafetensorsTokens = "safetensors-tokens";

    /// <summary>An ONNX file that is a stream of two-byte fields: empty <c>metadata_props</c> entries and unknown varints.</summary>
    public const string OnnxFields = "onnx-fields";

    public static readonly string[] Kinds = [GgufArrays, GgufEntries, SafetensorsTokens, OnnxFields];

    public static string Extension(string kind) => kind switch
    {
        GgufArrays or GgufEntries => ".gguf",
        SafetensorsTokens => ".safetensors",
        OnnxFields => ".onnx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a hostile file kind"),
    };

    /// <summary>Writes a hostile file of <paramref name="size"/> bytes with at most about <paramref name="written"/> of them on disk.</summary>
    public static void Write(string path, string kind, long size, long written)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1024 * 1024);
        using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            var budget = Math.Min(size, written);
            switch (kind)
            {
                case GgufArrays:
                    WriteGgufArrays(writer, size, budget);
                    break;
                case GgufEntries:
                    WriteGgufEntries(writer);
                    break;
                case SafetensorsTokens:
                    WriteSafetensors(writer, size, budget);
                    break;
                case OnnxFields:
                    WriteOnnx(writer, budget);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a hostile file kind");
            }
        }

        file.SetLength(size);
    }

    private static void WriteGgufHeader(BinaryWriter writer, ulong metadataCount)
    {
        writer.Write(0x46554747u);
        writer.Write(3u);
        writer.Write(0UL);
        writer.Write(metadataCount);
        WriteGgufString(writer, "general.name");
        writer.Write(8u);
        WriteGgufString(writer, "Hostile");
        WriteGgufString(writer, "general.license");
        writer.Write(8u);
        WriteGgufString(writer, "mit");
    }

    private static void WriteGgufArrays(BinaryWriter writer, long size, long budget)
    {
        // Each array: 256 uint64 values, the most the reader keeps of one array.
        const int ArrayLength = 256;
        const int EntryBytes = 8 + 18 + 4 + 4 + 8 + (ArrayLength * 8);
        const int TailEntryBytes = 8 + 12 + 4 + 4 + 8;
        var header = 24 + 8 + 12 + 4 + 8 + 7 + 8 + 15 + 4 + 8 + 3;
        var arrays = Math.Max(0, (budget - header - TailEntryBytes) / EntryBytes);
        WriteGgufHeader(writer, 2UL + (ulong)arrays + 1);
        var values = new byte[ArrayLength * 8];
        for (long i = 0; i < arrays; i++)
        {
            WriteGgufString(writer, "general.a" + (i % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
            writer.Write(9u);
            writer.Write(10u);
            writer.Write((ulong)ArrayLength);
            writer.Write(values);
        }

        // The last array's strings are the hole's zeros: empty strings, eight bytes each, to the end of the file.
        WriteGgufString(writer, "general.tags");
        writer.Write(9u);
        writer.Write(8u);
        writer.Write((ulong)Math.Max(0, (size - writer.BaseStream.Position - 8) / 8));
    }

    private static void WriteGgufEntries(BinaryWriter writer)
    {
        // Every entry of the hole reads as an empty key with a uint8 value: thirteen bytes, a million times.
        WriteGgufHeader(writer, 1_000_000);
    }

    private static void WriteSafetensors(BinaryWriter writer, long size, long budget)
    {
        const long MaxHeaderLength = 100_000_000;
        var length = Math.Min(MaxHeaderLength, size - 8);
        writer.Write((ulong)length);
        var open = Encoding.ASCII.GetBytes("{\"__metadata__\":{\"license\":\"mit\",\"name\":\"Hostile\"},\"t\":{\"dtype\":\"F32\",\"data_offsets\":[0,0],\"shape\":[");
        writer.Write(open);
        var close = Encoding.ASCII.GetBytes("0]}}");
        var tokens = Math.Max(0, (Math.Min(budget - 8, length) - open.Length - close.Length) / 2);
        WriteRepeated(writer, Encoding.ASCII.GetBytes("0,"), tokens);
        writer.Write(close);

        // When the whole header fits in what is written, pad it with spaces as the format does; otherwise the hole
        // (zeros, invalid JSON) follows, past where a reader within its caps stops.
        var padding = length - (open.Length + (tokens * 2) + close.Length);
        if (8 + length <= budget)
        {
            WriteRepeated(writer, [(byte)' '], padding);
        }
    }

    private static void WriteOnnx(BinaryWriter writer, long budget)
    {
        // ir_version 7, then metadata_props { key: "model_license", value: "mit" }: 24 bytes.
        writer.Write([0x08, 0x07, 0x72, 20, 0x0A, 13]);
        writer.Write(Encoding.ASCII.GetBytes("model_license"));
        writer.Write([(byte)0x12, (byte)3]);
        writer.Write(Encoding.ASCII.GetBytes("mit"));

        // An empty metadata_props entry, then unknown field 15 as the varint 0: two fields in four bytes.
        WriteRepeated(writer, [0x72, 0x00, 0x78, 0x00], Math.Max(0, (budget - 24) / 4));
        if (budget % 4 == 2)
        {
            writer.Write([(byte)0x78, (byte)0x00]);
        }
    }

    private static void WriteRepeated(BinaryWriter writer, byte[] unit, long count)
    {
        var chunk = new byte[unit.Length * 64 * 1024];
        for (var i = 0; i < chunk.Length; i++)
        {
            chunk[i] = unit[i % unit.Length];
        }

        var perChunk = chunk.Length / unit.Length;
        while (count > 0)
        {
            var n = (int)Math.Min(count, perChunk);
            writer.Write(chunk, 0, n * unit.Length);
            count -= n;
        }
    }

    private static void WriteGgufString(BinaryWriter writer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }
}
