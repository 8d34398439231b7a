using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Damages valid model files the ways downloads, tools and attackers do, from one seeded <see cref="System.Random"/> so a
/// failure can be replayed: <see cref="Overwrite"/> changes a few bytes in place (the readers' random-corruption tests);
/// <see cref="Mutate"/> stacks bit flips, byte sets, interesting integers where lengths and counts sit, truncation,
/// insertion, deletion, duplication and splicing with another input (the fuzz runner in the benchmarks app).
/// </summary>
public sealed class Mutator
{
    private static readonly byte[] DefaultInterestingBytes = [0x00, 0x01, 0x07, 0x08, 0x0A, 0x20, 0x22, 0x5C, 0x7B, 0x7D, 0x7F, 0x80, 0xC3, 0xFF];

    // Lengths and counts at their edges: zero, one, just past a byte, a sign bit, all ones, and past what memory allows.
    private static readonly ulong[] InterestingIntegers =
    [
        0, 1, 2, 7, 8, 16, 127, 128, 255, 256, 4095, 4096, 32767, 32768, 65535, 65536,
        0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x1_0000_0000, 1UL << 60, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, ulong.MaxValue,
    ];

    private readonly byte[] interesting;

    /// <param name="seed">The same seed gives the same mutations.</param>
    /// <param name="interestingBytes">Bytes that mean something to the format (quotes, braces, tags); a general set when null.</param>
    public Mutator(int seed, byte[]? interestingBytes = null)
    {
        this.Random = new Random(seed);
        this.interesting = interestingBytes ?? DefaultInterestingBytes;
    }

    public Random Random { get; }

    /// <summary>Sets one to three bytes in [<paramref name="start"/>, <paramref name="end"/>) to an interesting or a random value, in place.</summary>
    public byte[] Overwrite(byte[] bytes, int start, int end)
    {
        for (var changes = this.Random.Next(1, 4); changes > 0; changes--)
        {
            this.SetByte(bytes, this.Random.Next(start, end));
        }

        return bytes;
    }

    /// <summary>The first <paramref name="bytes"/> cut at a random length one time in four; otherwise the bytes unchanged.</summary>
    public byte[] MaybeTruncate(byte[] bytes) =>
        this.Random.Next(4) == 0 ? bytes.AsSpan(0, this.Random.Next(bytes.Length + 1)).ToArray() : bytes;

    /// <summary>
    /// A copy of <paramref name="input"/> with one to eight stacked mutations; <paramref name="other"/>, when given, is the
    /// input spliced in. Never longer than <paramref name="maxLength"/>.
    /// </summary>
    public byte[] Mutate(byte[] input, byte[]? other = null, int maxLength = 64 * 1024)
    {
        var bytes = new List<byte>(input);
        for (var count = 1 << this.Random.Next(4); count > 0; count--)
        {
            this.MutateOnce(bytes, other);
        }

        if (bytes.Count > maxLength)
        {
            bytes.RemoveRange(maxLength, bytes.Count - maxLength);
        }

        return bytes.ToArray();
    }

    private void MutateOnce(List<byte> bytes, byte[]? other)
    {
        var at = bytes.Count == 0 ? 0 : this.Random.Next(bytes.Count);
        switch (this.Random.Next(8))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << this.Random.Next(8));
                break;
            case 2 when bytes.Count > 0:
                this.WriteInterestingInteger(bytes, at);
                break;
            case 3:
                // Truncated, as by an interrupted download.
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 4:
                var inserted = new byte[this.Random.Next(1, 17)];
                for (var i = 0; i < inserted.Length; i++)
                {
                    this.SetByte(inserted, i);
                }

                bytes.InsertRange(at, inserted);
                break;
            case 5 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, this.Random.Next(1, 33)));
                break;
            case 6 when bytes.Count > 0:
                // A block repeated: nested structures and repeated keys.
                var length = Math.Min(bytes.Count - at, this.Random.Next(1, 65));
                bytes.InsertRange(this.Random.Next(bytes.Count + 1), bytes.GetRange(at, length));
                break;
            case 7 when other is { Length: > 0 }:
                // Splice: this input's head with the other's tail.
                var from = this.Random.Next(other.Length);
                bytes.RemoveRange(at, bytes.Count - at);
                bytes.AddRange(new ArraySegment<byte>(other, from, other.Length - from));
                break;
            default:
                // 1, and any mutation the input is too short for: one byte set.
                if (bytes.Count > 0)
                {
                    this.SetByte(bytes, at);
                }

                break;
        }
    }

    private void SetByte(IList<byte> bytes, int at) =>
        bytes[at] = this.Random.Next(2) == 0 ? this.interesting[this.Random.Next(this.interesting.Length)] : (byte)this.Random.Next(256);

    private void WriteInterestingInteger(List<byte> bytes, int at)
    {
        var value = InterestingIntegers[this.Random.Next(InterestingIntegers.Length)];
        if (this.Random.Next(4) == 0)
        {
            value = unchecked(value + (ulong)this.Random.Next(-2, 3));
        }

        // Little-endian, as GGUF and safetensors store lengths, in 1, 2, 4 or 8 bytes; or as a protobuf varint, as ONNX does.
        if (this.Random.Next(5) == 0)
        {
            var varint = new List<byte>();
            do
            {
                var low = (byte)(value & 0x7F);
                value >>= 7;
                varint.Add(value == 0 ? low : (byte)(low | 0x80));
            }
            while (value != 0);

            bytes.RemoveRange(at, Math.Min(varint.Count, bytes.Count - at));
            bytes.InsertRange(at, varint);
            return;
        }

        var width = 1 << this.Random.Next(4);
        for (var i = 0; i < width && at + i < bytes.Count; i++)
        {
            bytes[at + i] = (byte)(value >> (8 * i));
        }
    }
}
