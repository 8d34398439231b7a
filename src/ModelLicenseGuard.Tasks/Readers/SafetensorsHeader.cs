using System.Collections.Generic;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>The parts of a safetensors header the product needs: its length, the tensor count and the <c>__metadata__</c>.</summary>
/// <param name="HeaderLength">The length of the JSON header in bytes, as the file's first 8 bytes give it.</param>
/// <param name="TensorCount">How many tensor entries the header lists (every key but <c>__metadata__</c>).</param>
/// <param name="Metadata">
/// The <c>__metadata__</c> object's string entries (ordinal keys; the last of duplicate keys wins). Entries whose key
/// or value is too long to keep, and entries past the kept limits, are left out.
/// </param>
public sealed record SafetensorsHeader(long HeaderLength, int TensorCount, IReadOnlyDictionary<string, string> Metadata);
