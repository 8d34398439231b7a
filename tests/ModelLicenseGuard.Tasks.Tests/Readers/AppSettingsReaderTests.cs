using System.IO;
using System.Text;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public sealed class AppSettingsReaderTests : System.IDisposable
{
    private readonly TempDirectory _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Settings_have_configuration_keys_and_lines_and_comments_and_trailing_commas_are_allowed()
    {
        var settings = Read("""
            // The application's settings.
            {
              "Logging": { "LogLevel": { "Default": "Information" } },
              /* Local model */
              "Ollama": {
                "Endpoint": "http://localhost:11434",
                "ModelId": "llama3.1", // the chat model
              },
              "Tags": [ "a", { "Model": "skipped" } ],
              "Top": "level",
            }
            """);

        Assert.Equal(
            [("Logging:LogLevel:Default", "Information", 3, 41), ("Ollama:Endpoint", "http://localhost:11434", 6, 17), ("Ollama:ModelId", "llama3.1", 7, 16), ("Top", "level", 10, 10)],
            settings.ConvertAll(s => (s.Key, s.Value, s.Line, s.Column)));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_an_empty_file_has_no_settings()
    {
        Assert.Equal("x", Assert.Single(Read("{ \"Model\": \"x\" }", bom: true)).Value);
        Assert.Empty(Read(string.Empty));
    }

    [Theory]
    [InlineData("{ \"Ollama\": { \"ModelId\": \"llama3.1\" ")]
    [InlineData("{ \"a\": 1 } /* never closed")]
    [InlineData("{ \"a\": / 1 }")]
    [InlineData("[ \"not an object\" ]")]
    public void Malformed_json_is_a_format_error_naming_the_file(string text)
    {
        var exception = Assert.Throws<ModelFormatException>(() => Read(text));

        Assert.Contains("appsettings.json", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_on_a_later_line_is_named_by_its_byte_in_the_file()
    {
        const string Text = "{\n  \"Ollama\": {\n    \"ModelId\": \"llama3.1\" \"x\"\n  }\n}";

        var exception = Assert.Throws<ModelFormatException>(() => Read(Text));

        Assert.StartsWith($"invalid JSON at byte {Text.IndexOf("\"x\"", System.StringComparison.Ordinal)} of appsettings.json: ", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_value_longer_than_the_token_limit_is_a_format_error()
    {
        var text = "{ \"a\": \"b\", \"Huge\": \"" + new string('h', BoundedJsonReader.MaxTokenBytes) + "\" }";

        var exception = Assert.Throws<ModelFormatException>(() => Read(text));

        Assert.Equal($"invalid JSON at byte 20 of appsettings.json: a single JSON token is longer than {BoundedJsonReader.MaxTokenBytes} bytes", exception.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var path = _project.WriteBytes("appsettings.json", new byte[AppSettingsReader.MaxLength + 1]);

        var exception = Assert.Throws<ModelFormatException>(() => AppSettingsReader.Read(path, "appsettings.json"));

        Assert.Contains("4 MB", exception.Message, System.StringComparison.Ordinal);
    }

    private System.Collections.Generic.List<AppSetting> Read(string text, bool bom = false)
    {
        var bytes = new UTF8Encoding(bom).GetPreamble();
        var path = _project.WriteBytes("appsettings.json", [.. bytes, .. Encoding.UTF8.GetBytes(text)]);
        return AppSettingsReader.Read(path, "appsettings.json");
    }
}
