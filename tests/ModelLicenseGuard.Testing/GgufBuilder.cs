using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Writes real GGUF files (v2/v3, little-endian): header, metadata, tensor infos, alignment padding and tensor data,
/// as llama.cpp lays them out. Tests and the sample models are made with it.
/// </summary>
public sealed class GgufBuilder
{
    private const uint Magic = 0x46554747;
    private const int Alignment = 32;

    private readonly uint _version;
    private readonly List<Action<BinaryWriter>> _entries = [];
    private readonly List<(string Name, float[] Data)> _tensors = [];
    private int _baseModels;

    public GgufBuilder(uint version = 3)
    {
        _version = version;
    }

    /// <summary>A small llama-architecture model with the given name and licence (omitted when null).</summary>
    public static GgufBuilder Model(string name, string? license, uint version = 3)
    {
        var builder = new GgufBuilder(version)
            .Add("general.architecture", "llama")
            .Add("general.type", "model")
            .Add("general.name", name);
        if (license is not null)
        {
            builder.Add("general.license", license);
        }

        return builder
            .Add("llama.context_length", 2048u)
            .Add("llama.embedding_length", 4u)
            .Add("general.file_type", 0u)
            .Add("tokenizer.ggml.model", "llama")
            .AddArray("tokenizer.ggml.tokens", ["<unk>", "<s>", "</s>", "hello", "world"])
            .AddArray("tokenizer.ggml.scores", [0f, 0f, 0f, -1f, -2f])
            .AddTensor("token_embd.weight", [0.1f, 0.2f, 0.3f, 0.4f]);
    }

    /// <summary>The number of metadata entries written; tests may claim another count to corrupt the header.</summary>
    public ulong? ClaimedMetadataCount { get; set; }

    public GgufBuilder Add(string key, string value) => Entry(key, 8, w => WriteString(w, value));

    public GgufBuilder Add(string key, uint value) => Entry(key, 4, w => w.Write(value));

    public GgufBuilder Add(string key, ulong value) => Entry(key, 10, w => w.Write(value));

    public GgufBuilder Add(string key, int value) => Entry(key, 5, w => w.Write(value));

    public GgufBuilder Add(string key, float value) => Entry(key, 6, w => w.Write(value));

    public GgufBuilder Add(string key, bool value) => Entry(key, 7, w => w.Write(value ? (byte)1 : (byte)0));

    public GgufBuilder AddArray(string key, IReadOnlyList<string> values) => Entry(key, 9, w =>
    {
        w.Write(8u);
        w.Write((ulong)values.Count);
        foreach (var value in values)
        {
            WriteString(w, value);
        }
    });

    public GgufBuilder AddArray(string key, IReadOnlyList<float> values) => Entry(key, 9, w =>
    {
        w.Write(6u);
        w.Write((ulong)values.Count);
        foreach (var value in values)
        {
            w.Write(value);
        }
    });

    /// <summary>Writes raw bytes as an entry's value with the given type id, for corrupt-file tests.</summary>
    public GgufBuilder AddRaw(string key, uint type, byte[] value) => Entry(key, type, w => w.Write(value));

    /// <summary>Base model provenance as llama.cpp's converter writes it from a card's <c>base_model</c>.</summary>
    public GgufBuilder AddBaseModel(string name, string organization, string repoUrl)
    {
        var index = _baseModels++;
        return Add($"general.base_model.{index}.name", name)
            .Add($"general.base_model.{index}.organization", organization)
            .Add($"general.base_model.{index}.repo_url", repoUrl);
    }

    public GgufBuilder AddTensor(string name, float[] data)
    {
        _tensors.Add((name, data));
        return this;
    }

    public byte[] Build()
    {
        var entries = new List<Action<BinaryWriter>>(_entries);
        if (_baseModels > 0)
        {
            entries.Add(w => { WriteString(w, "general.base_model.count"); w.Write(4u); w.Write((uint)_baseModels); });
        }

        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(_version);
            w.Write((ulong)_tensors.Count);
            w.Write(ClaimedMetadataCount ?? (ulong)entries.Count);
            foreach (var entry in entries)
            {
                entry(w);
            }

            ulong offset = 0;
            foreach (var (name, data) in _tensors)
            {
                WriteString(w, name);
                w.Write(1u);
                w.Write((ulong)data.Length);
                w.Write(0u); // GGML_TYPE_F32
                w.Write(offset);
                offset += (ulong)Align(data.Length * 4);
            }

            Pad(w);
            foreach (var (_, data) in _tensors)
            {
                foreach (var value in data)
                {
                    w.Write(value);
                }

                Pad(w);
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

    private GgufBuilder Entry(string key, uint type, Action<BinaryWriter> value)
    {
        _entries.Add(w =>
        {
            WriteString(w, key);
            w.Write(type);
            value(w);
        });
        return this;
    }

    private static void WriteString(BinaryWriter w, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        w.Write((ulong)bytes.Length);
        w.Write(bytes);
    }

    private static int Align(int length) => (length + Alignment - 1) / Alignment * Alignment;

    private static void Pad(BinaryWriter w)
    {
        while (w.BaseStream.Position % Alignment != 0)
        {
            w.Write((byte)0);
        }
    }
}
