using System.IO;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

/// <summary>Model files are gigabytes: the reader must touch the header and nothing after it.</summary>
public sealed class GgufLargeFileTests
{
    private const long TenGigabytes = 10L * 1024 * 1024 * 1024;

    [Fact]
    public void A_ten_gigabyte_model_costs_only_its_header()
    {
        var path = Path.Combine(Path.GetTempPath(), "mlg-sparse-" + Path.GetRandomFileName() + ".gguf");
        try
        {
            // A real header with a 100,000-token vocabulary up front, then a sparse hole standing in for the weights.
            var tokens = new string[100_000];
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = "token" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var header = new GgufBuilder()
                .Add("general.architecture", "llama")
                .Add("general.name", "Big Model")
                .AddArray("tokenizer.ggml.tokens", tokens)
                .Add("general.license", "apache-2.0")
                .Build();
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(header, 0, header.Length);
                file.SetLength(TenGigabytes);
            }

            using var stream = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096));
            var read = GgufReader.Read(stream);

            Assert.Equal("apache-2.0", read.GetString("general.license"));
            Assert.Equal(TenGigabytes, stream.Length);
            Assert.True(stream.BytesRead < 4 * 1024 * 1024, $"read {stream.BytesRead} bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Errors_name_the_byte_offset_of_the_problem()
    {
        var bytes = GgufBuilder.Model("Acme", "mit").Build();

        var truncated = Assert.Throws<ModelFormatException>(() => GgufReader.Read(new MemoryStream(bytes, 0, 60)));
        var absurd = Assert.Throws<ModelFormatException>(() => GgufReader.Read(new MemoryStream(new GgufBuilder().AddRaw("general.name", 8, System.BitConverter.GetBytes(1UL << 60)).Build())));

        Assert.Contains("at byte 60", truncated.Message, System.StringComparison.Ordinal);
        Assert.Contains("at byte 48", absurd.Message, System.StringComparison.Ordinal);
    }
}
