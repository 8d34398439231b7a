using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Writes real safetensors files as the reference implementation lays them out: an 8-byte little-endian header length,
/// the JSON header (<c>__metadata__</c> first, then F32 tensors with their <c>data_offsets</c>) padded with spaces to a
/// multiple of 8 bytes, then the tensor data. Tests and the sample models are made with it.
/// </summary>
public sealed class SafetensorsBuilder
{
    private readonly List<KeyValuePair<string, string>> _metadata = [];
    private readonly List<(string Name, int[] Shape, float[] Data)> _tensors = [];

    /// <summary>A small model with a name, the given licence (omitted when null) and two tensors.</summary>
    public static SafetensorsBuilder Model(string name, string? license)
    {
        var builder = new SafetensorsBuilder().AddMetadata("format", "pt").AddMetadata("name", name);
        if (license is not null)
        {
            builder.AddMetadata("license", license);
        }

        return builder
            .AddTensor("model.embed_tokens.weight", [2, 2], [0.1f, 0.2f, 0.3f, 0.4f])
            .AddTensor("lm_head.weight", [4], [1f, 2f, 3f, 4f]);
    }

    /// <summary>Write a <c>__metadata__</c> object even when no entry was added.</summary>
    public bool AlwaysWriteMetadata { get; set; }

    /// <summary>Write <c>__metadata__</c> after the tensors instead of before them.</summary>
    public bool MetadataLast { get; set; }

    /// <summary>Escape every non-ASCII character as <c>\uXXXX</c> (as Python's json.dumps does) instead of writing UTF-8.</summary>
    public bool EscapeNonAscii { get; set; }

    /// <summary>Pad the header with spaces to a multiple of 8 bytes, as the reference implementation does.</summary>
    public bool Pad { get; set; } = true;

    /// <summary>The header length written into the file; tests may claim another to corrupt it.</summary>
    public ulong? ClaimedHeaderLength { get; set; }

    /// <summary>Adds a metadata entry; duplicates are written as given.</summary>
    public SafetensorsBuilder AddMetadata(string key, string value)
    {
        _metadata.Add(new KeyValuePair<string, string>(key, value));
        return this;
    }

    /// <summary>Adds a one-dimensional F32 tensor.</summary>
    public SafetensorsBuilder AddTensor(string name, float[] data) => AddTensor(name, [data.Length], data);

    public SafetensorsBuilder AddTensor(string name, int[] shape, float[] data)
    {
        _tensors.Add((name, shape, data));
        return this;
    }

    /// <summary>The header JSON, without padding.</summary>
    public string HeaderJson()
    {
        var json = new StringBuilder("{");
        var first = true;
        if (!MetadataLast)
        {
            WriteMetadata(json, ref first);
        }

        long offset = 0;
        foreach (var (name, shape, data) in _tensors)
        {
            Separator(json, ref first);
            WriteString(json, name);
            json.Append(":{\"dtype\":\"F32\",\"shape\":[");
            json.Append(string.Join(",", Array.ConvertAll(shape, d => d.ToString(CultureInfo.InvariantCulture))));
            var end = offset + (data.Length * 4L);
            json.Append("],\"data_offsets\":[").Append(offset.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(end.ToString(CultureInfo.InvariantCulture)).Append("]}");
            offset = end;
        }

        if (MetadataLast)
        {
            WriteMetadata(json, ref first);
        }

        return json.Append('}').ToString();
    }

    public byte[] Build()
    {
        var header = Encoding.UTF8.GetBytes(HeaderJson());
        var padding = Pad ? (8 - (header.Length % 8)) % 8 : 0;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(ClaimedHeaderLength ?? (ulong)(header.Length + padding));
            writer.Write(header);
            for (var i = 0; i < padding; i++)
            {
                writer.Write((byte)' ');
            }

            foreach (var (_, _, data) in _tensors)
            {
                foreach (var value in data)
                {
                    writer.Write(value);
                }
            }
        }

        return stream.ToArray();
    }

    public string WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, Build());
        return path;
    }

    /// <summary>A file of the given header bytes (any bytes at all), its true length first unless another is claimed, then <paramref name="data"/>.</summary>
    public static byte[] Raw(byte[] header, ulong? claimedLength = null, byte[]? data = null)
    {
        var bytes = new byte[8 + header.Length + (data?.Length ?? 0)];
        var length = claimedLength ?? (ulong)header.Length;
        for (var i = 0; i < 8; i++)
        {
            bytes[i] = (byte)(length >> (8 * i));
        }

        header.CopyTo(bytes, 8);
        data?.CopyTo(bytes, 8 + header.Length);
        return bytes;
    }

    /// <summary>A file whose header is <paramref name="json"/> in UTF-8, exactly as given.</summary>
    public static byte[] Raw(string json, ulong? claimedLength = null, byte[]? data = null)
        => Raw(Encoding.UTF8.GetBytes(json), claimedLength, data);

    private void WriteMetadata(StringBuilder json, ref bool first)
    {
        if (_metadata.Count == 0 && !AlwaysWriteMetadata)
        {
            return;
        }

        Separator(json, ref first);
        json.Append("\"__metadata__\":{");
        for (var i = 0; i < _metadata.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            WriteString(json, _metadata[i].Key);
            json.Append(':');
            WriteString(json, _metadata[i].Value);
        }

        json.Append('}');
    }

    private static void Separator(StringBuilder json, ref bool first)
    {
        if (!first)
        {
            json.Append(',');
        }

        first = false;
    }

    private void WriteString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    if (c < 0x20 || (EscapeNonAscii && c > 0x7E))
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }
}
