using System;
using System.Linq;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Locking;

namespace ModelLicenseGuard.Tasks.Tests.Locking;

public sealed class LockFileFormatTests
{
    [Fact]
    public void Every_field_survives_a_round_trip_and_the_text_is_written_the_same_again()
    {
        var lockFile = new LockFile { CatalogVersion = "0123456789abcdef" };
        lockFile.Models.Add(new LockEntry
        {
            Source = "models/a.gguf",
            Name = "Model \"A\" <beta> 'x'",
            Format = "gguf",
            FileSize = 1234,
            HeaderSha256 = new string('a', 64),
            License = "llama3.1",
            LicenseUrl = "https://example.com/license?a=1&b=2",
            LicenseOrigin = "general.license in models/a.gguf",
            LicenseTextSha256 = new string('b', 64),
            Tier = nameof(OpennessTier.RestrictedWeights),
            CommercialUse = nameof(CommercialUse.Conditional),
            Restrictions = "a separate licence above 700 million monthly active users\nand the AUP",
            Attribution = "Built with Llama",
            CatalogId = "llama-3.1-8b-instruct",
        });
        lockFile.Models.Add(new LockEntry { Source = "hf:org/name", Revision = "abc123", HubAnswer = "{\"id\":\"org/name\",\"cardData\":{\"license\":\"mit\"}}", Tier = "OpenWeights" });
        lockFile.Models.Add(new LockEntry { Source = "ollama:llama3.1", SourceKind = "configuration", OriginFile = "appsettings.json", Tier = "RestrictedWeights" });
        lockFile.Sort();

        var text = LockFileFormat.Write(lockFile);
        var read = LockFileFormat.Read(text);

        Assert.Equal(text, LockFileFormat.Write(read));
        Assert.Equal("0123456789abcdef", read.CatalogVersion);
        var a = Assert.Single(read.Models, m => m.Source == "models/a.gguf");
        Assert.Equal(1234, a.FileSize);
        Assert.Equal("Model \"A\" <beta> 'x'", a.Name);
        Assert.Equal("a separate licence above 700 million monthly active users\nand the AUP", a.Restrictions);
        Assert.Equal("abc123", Assert.Single(read.Models, m => m.Source == "hf:org/name").Revision);
        Assert.Equal("appsettings.json", Assert.Single(read.Models, m => m.SourceKind == "configuration").OriginFile);
        Assert.Equal("{\"id\":\"org/name\",\"cardData\":{\"license\":\"mit\"}}", read.HubAnswers()["org/name"]);

        // One property per line, \n only, and people's text readable as written.
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Model \\\"A\\\" <beta> 'x'\"", text, StringComparison.Ordinal);
        Assert.Contains("\n      \"license\": \"llama3.1\",\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_are_ordered_by_source_whatever_order_the_build_found_them_in()
    {
        var models = new[] { Model("models/b.gguf", "mit"), Model("hf:z/model", "apache-2.0"), Model("models/a.gguf", "mit"), Model("ollama:qwen2.5:7b", "apache-2.0") };

        var forward = LockFileFormat.Write(LockFile.For(models, "v"));
        var backward = LockFileFormat.Write(LockFile.For(models.Reverse(), "v"));

        Assert.Equal(forward, backward);
        Assert.Equal(new[] { "hf:z/model", "models/a.gguf", "models/b.gguf", "ollama:qwen2.5:7b" }, LockFileFormat.Read(forward).Models.Select(m => m.Source));
    }

    [Fact]
    public void A_model_found_twice_under_one_source_is_one_entry()
    {
        var lockFile = LockFile.For([Model("models/a.gguf", "mit"), Model("models/a.gguf", "apache-2.0")], "v");

        Assert.Equal("mit", Assert.Single(lockFile.Models).License);
    }

    [Fact]
    public void Changing_one_model_changes_only_the_lines_of_its_entry()
    {
        var before = LockFileFormat.Write(LockFile.For([Model("models/a.gguf", "mit"), Model("models/b.gguf", "mit"), Model("models/c.gguf", "mit")], "v"));
        var changed = Model("models/b.gguf", "cc-by-nc-4.0");
        changed.Tier = OpennessTier.RestrictedWeights;
        changed.Restrictions = "non-commercial use only";
        var after = LockFileFormat.Write(LockFile.For([Model("models/a.gguf", "mit"), changed, Model("models/c.gguf", "mit")], "v"));

        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var entryStart = Array.FindIndex(a, line => line.Contains("\"source\": \"models/b.gguf\"", StringComparison.Ordinal));
        var entryEnd = Array.FindIndex(a, entryStart, line => line.TrimStart().StartsWith('}'));
        Assert.InRange(prefix, entryStart, entryEnd);
        Assert.InRange(a.Length - 1 - suffix, entryStart, entryEnd);
    }

    [Theory]
    [InlineData("{\n<<<<<<< HEAD\n  \"version\": 1,\n=======\n  \"version\": 1,\n>>>>>>> feature\n}\n", "merge conflict markers (line 2)")]
    [InlineData("{ \"version\": 1, \"models\": [ ", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{ \"models\": [] }", "no format version")]
    [InlineData("{ \"version\": 2, \"models\": [] }", "format version 2")]
    [InlineData("{ \"version\": 1 }", "no \"models\" array")]
    [InlineData("{ \"version\": 1, \"models\": [ { \"name\": \"x\" } ] }", "no \"source\"")]
    [InlineData("{ \"version\": 1, \"models\": [ { \"source\": \"a\", \"fileSize\": \"big\" } ] }", "not a size")]
    [InlineData("{ \"version\": 1, \"models\": [ { \"source\": \"a\", \"license\": 3 } ] }", "\"license\" is not a string")]
    public void A_lock_that_cannot_be_read_says_why(string text, string reason)
    {
        var exception = Assert.Throws<LockFileUnreadableException>(() => LockFileFormat.Read(text));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_past_the_size_cap_is_not_parsed()
    {
        var text = "{ \"version\": 1, \"models\": [], \"pad\": \"" + new string('x', (int)LockFileFormat.MaxBytes) + "\" }";

        Assert.Contains("longer than", Assert.Throws<LockFileUnreadableException>(() => LockFileFormat.Read(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_lines_point_at_each_entry_s_source()
    {
        var text = LockFileFormat.Write(LockFile.For([Model("models/a.gguf", "mit"), Model("models/b.gguf", "mit")], "v"));
        var lines = text.Split('\n');

        foreach (var (key, line) in LockFileFormat.EntryLines(text))
        {
            Assert.Contains($"\"source\": \"{key}\"", lines[line - 1], StringComparison.Ordinal);
        }

        Assert.Equal(2, LockFileFormat.EntryLines(text).Count);
    }

    internal static ManifestEntry Model(string source, string license) => new()
    {
        Name = source,
        Source = source,
        Format = "gguf",
        License = license,
        Tier = OpennessTier.OpenWeights,
        CommercialUse = CommercialUse.Allowed,
        FileSize = 100,
        HeaderSha256 = new string('0', 64),
    };
}
