using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ModelLicenseGuard.Tool.Packages;

/// <summary>
/// Model files a .NET assembly carries as embedded resources (<c>MyLib.Resources.model.onnx</c>): some packages ship their
/// model inside their DLL rather than beside it. Only the PE headers, the metadata and each model resource's own header
/// are read (System.Reflection.Metadata), never the assembly's code or the rest of the model.
/// </summary>
internal static class AssemblyModelResources
{
    /// <summary>Assemblies smaller than this are not searched: a model worth a licence is megabytes, and most DLLs are not.</summary>
    public const long MinAssemblyBytes = 1024 * 1024;

    // Metadata is read whole into memory; real assemblies have a few megabytes at most, and a header may claim gigabytes.
    private const int MaxMetadataBytes = 64 * 1024 * 1024;

    /// <summary>An embedded resource: its name and where its bytes are in the assembly.</summary>
    internal sealed record Resource(string Name, long Offset, long Length);

    /// <summary>The embedded resources of <paramref name="assembly"/> whose names end with a model extension.</summary>
    /// <exception cref="BadImageFormatException">The stream is not a .NET assembly.</exception>
    public static List<Resource> Find(Stream assembly, ISet<string> extensions)
    {
        var found = new List<Resource>();
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        if (!pe.HasMetadata
            || pe.PEHeaders.CorHeader is not { } cor
            || cor.MetadataDirectory.Size is <= 0 or > MaxMetadataBytes
            || !pe.PEHeaders.TryGetDirectoryOffset(cor.ResourcesDirectory, out var resources))
        {
            return found;
        }

        var metadata = pe.GetMetadataReader();
        Span<byte> length = stackalloc byte[4];
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);

            // A resource in another file or assembly is not in this one.
            if (!resource.Implementation.IsNil)
            {
                continue;
            }

            var name = metadata.GetString(resource.Name);
            if (!extensions.Contains(Path.GetExtension(name)))
            {
                continue;
            }

            // Each embedded resource is a 4-byte little-endian length, then its bytes.
            var at = resources + resource.Offset;
            if (at < 0 || at + 4 > assembly.Length)
            {
                continue;
            }

            assembly.Position = at;
            assembly.ReadExactly(length);
            var size = BitConverter.ToUInt32(length);
            if (at + 4 + size <= assembly.Length)
            {
                found.Add(new Resource(name, at + 4, size));
            }
        }

        return found;
    }
}

/// <summary>A window on a seekable stream: one embedded resource, read as if it were a file of its own.</summary>
internal sealed class SubStream(Stream inner, long start, long length) : ReadOnlyWindowStream(length)
{
    protected override int ReadAt(byte[] buffer, int offset, int count)
    {
        inner.Position = start + Current;
        return inner.Read(buffer, offset, count);
    }

    protected override void MoveTo(long target) => Current = target;
}
