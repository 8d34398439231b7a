using System;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class ModelCardReaderTests
{
    [Fact]
    public void Reads_the_fields_of_a_real_card()
    {
        var card = ModelCardReader.Parse("""
            ---
            language:
            - en
            license: llama3.1
            license_link: https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/LICENSE
            base_model: meta-llama/Llama-3.1-8B
            base_model_relation: finetune
            datasets:
            - HuggingFaceH4/ultrachat_200k
            tags:
            - facebook
            - meta
            - llama-3
            pipeline_tag: text-generation
            model-index:
            - name: Example-Llama-3.1-8B-Chat
              results:
              - task:
                  type: text-generation
                metrics:
                - type: accuracy
                  value: 61.2
            ---

            # Example chat model

            ---
            license: mit
            ---
            """);

        Assert.True(card.HasFrontMatter);
        Assert.Equal(["llama3.1"], card.Licenses);
        Assert.Null(card.LicenseName);
        Assert.Equal("https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/LICENSE", card.LicenseLink);
        Assert.Equal(["meta-llama/Llama-3.1-8B"], card.BaseModels);
        Assert.Equal("finetune", card.BaseModelRelation);
        Assert.Equal(["HuggingFaceH4/ultrachat_200k"], card.Datasets);
        Assert.Equal(["facebook", "meta", "llama-3"], card.Tags);
        Assert.Equal("text-generation", card.PipelineTag);
        Assert.Null(card.ModelName);
        Assert.Equal("Example-Llama-3.1-8B-Chat", card.ModelIndexName);
    }

    [Fact]
    public void Reads_other_with_a_licence_name()
    {
        var card = ModelCardReader.Parse("---\nlicense: other\nlicense_name: gemma-terms-of-use\nmodel_name: Gemma 2 9B\n---\n");

        Assert.Equal(["other"], card.Licenses);
        Assert.Equal("gemma-terms-of-use", card.LicenseName);
        Assert.Equal("Gemma 2 9B", card.ModelName);
    }

    [Fact]
    public void Reads_list_valued_licence_and_base_model_in_both_styles()
    {
        var card = ModelCardReader.Parse("""
            ---
            license: [apache-2.0, mit]
            base_model:
              - org/first
              - "org/second"
            base_model_relation: merge
            ---
            """);

        Assert.Equal(["apache-2.0", "mit"], card.Licenses);
        Assert.Equal(["org/first", "org/second"], card.BaseModels);
        Assert.Equal("merge", card.BaseModelRelation);
    }

    [Theory]
    [InlineData("# Just a README\n\nNo metadata here.\n")]
    [InlineData("")]
    [InlineData("Text first\n---\nlicense: mit\n---\n")]
    [InlineData("----\nlicense: mit\n---\n")]
    public void A_readme_without_front_matter_has_no_fields(string text)
    {
        var card = ModelCardReader.Parse(text);

        Assert.False(card.HasFrontMatter);
        Assert.Empty(card.Licenses);
    }

    [Theory]
    [InlineData("---\n---\n# Empty\n")]
    [InlineData("---\n# only a comment\n---\n")]
    [InlineData("---\r\n\r\n---\r\n")]
    public void An_empty_front_matter_has_no_fields(string text)
    {
        var card = ModelCardReader.Parse(text);

        Assert.True(card.HasFrontMatter);
        Assert.Empty(card.Licenses);
        Assert.Empty(card.BaseModels);
    }

    [Fact]
    public void Accepts_crlf_a_byte_order_mark_leading_blank_lines_and_a_fence_at_the_end_of_the_file()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("\r\n---  \r\nlicense: apache-2.0\r\n---")).ToArray();

        var card = ModelCardReader.Read(new MemoryStream(bytes));

        Assert.Equal(["apache-2.0"], card.Licenses);
    }

    [Theory]
    [InlineData("---\nlicense: ~\nlicense_name: null\nbase_model:\n---\n")]
    [InlineData("---\nlicense: {id: mit}\nlicense_name: [a, b]\n---\n")]
    [InlineData("---\nlicense: '   '\n---\n")]
    public void Null_blank_and_structured_values_are_not_fields(string text)
    {
        var card = ModelCardReader.Parse(text);

        Assert.Empty(card.Licenses);
        Assert.Null(card.LicenseName);
        Assert.Empty(card.BaseModels);
    }

    [Fact]
    public void Quoted_null_is_text_and_the_last_duplicate_key_wins()
    {
        var card = ModelCardReader.Parse("---\nlicense: mit\nlicense: apache-2.0\nlicense_name: 'null'\n? [complex, key]\n: ignored\n---\n");

        Assert.Equal(["apache-2.0"], card.Licenses);
        Assert.Equal("null", card.LicenseName);
    }

    [Fact]
    public void Tags_are_never_turned_into_objects()
    {
        var card = ModelCardReader.Parse("---\nlicense: !!python/object/apply:os.system ['echo hi']\nlicense_name: !custom gemma\n---\n");

        Assert.Equal(["echo hi"], card.Licenses);
        Assert.Equal("gemma", card.LicenseName);
    }

    [Fact]
    public void Malformed_yaml_names_the_line_of_the_readme()
    {
        var text = "\n---\nlicense: mit\ntags:\n  - a\n - b\n---\n";

        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Parse(text));

        Assert.StartsWith("README.md: invalid YAML in the front matter at line 6: ", e.Message);
        Assert.DoesNotContain("Idx:", e.Message);
    }

    [Theory]
    [InlineData("---\nlicense: [mit\n---\n")]
    [InlineData("---\nlicense: \"mit\n---\n")]
    [InlineData("---\nlicense: mit\n- item\n---\n")]
    [InlineData("---\nlicense: mit\nbase_model: [org/a\npipeline_tag: text-generation\n---\n")]
    [InlineData("---\nlicense: mit\n  name: x\n---\n")]
    [InlineData("---\n%YAML 9.9\n---\n")]
    [InlineData("---\nkey: @reserved\n---\n")]
    public void Every_malformed_front_matter_is_a_model_format_error(string text)
    {
        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Parse(text));

        Assert.StartsWith("README.md: ", e.Message);
    }

    [Fact]
    public void An_alias_bomb_is_rejected()
    {
        var text = """
            ---
            a: &a [x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
            g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
            h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
            i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
            license: *i
            ---
            """;

        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Parse(text));

        Assert.Contains("anchor", e.Message);
        Assert.Contains("line 2", e.Message);
    }

    [Fact]
    public void An_alias_alone_is_rejected()
    {
        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Parse("---\nlicense: *undefined\n---\n"));

        Assert.StartsWith("README.md: ", e.Message);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1000, false)]
    [InlineData(ModelCardReader.MaxDepth + 1, true)]
    public void Deep_nesting_is_rejected(int depth, bool flow)
    {
        var yaml = flow
            ? "license: " + new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n")) + new string(' ', depth) + "v";

        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Parse("---\n" + yaml + "\n---\n"));

        Assert.Contains("nests lists and mappings more than 32 deep", e.Message);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var yaml = "deep: " + new string('[', ModelCardReader.MaxDepth - 1) + new string(']', ModelCardReader.MaxDepth - 1) + "\nlicense: mit";

        Assert.Equal(["mit"], ModelCardReader.Parse("---\n" + yaml + "\n---\n").Licenses);
    }

    [Fact]
    public void Too_many_values_are_rejected()
    {
        var yaml = "tags: [" + string.Join(", ", Enumerable.Repeat("t", ModelCardReader.MaxNodes)) + "]";

        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Parse("---\n" + yaml + "\n---\n"));

        Assert.Contains("more than 10000 values", e.Message);
    }

    [Fact]
    public void A_front_matter_longer_than_1_MB_is_rejected_after_reading_1_MB()
    {
        var builder = new StringBuilder("---\nlicense: mit\n");
        while (builder.Length < 2 * 1024 * 1024)
        {
            builder.Append("# padding comment line in a very long front matter\n");
        }

        builder.Append("---\n# Body\n");
        using var stream = new CountingReadStream(Encoding.UTF8.GetBytes(builder.ToString()));

        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Read(stream));

        Assert.Contains("front matter is longer than 1 MB", e.Message);
        Assert.True(stream.BytesRead <= ModelCardReader.MaxReadmeBytes + 1, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void A_long_body_after_the_front_matter_is_fine()
    {
        var text = "---\nlicense: mit\n---\n" + new string('x', 3 * 1024 * 1024);

        var card = ModelCardReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(["mit"], card.Licenses);
    }

    [Theory]
    [InlineData("---\nlicense: mit\n# Model\n\nNo closing fence.\n")]
    [InlineData("---\n")]
    [InlineData("---")]
    public void A_front_matter_with_no_closing_fence_is_rejected(string text)
    {
        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Parse(text));

        Assert.Equal("README.md: the YAML front matter opened by '---' on line 1 has no closing '---' line", e.Message);
    }

    [Theory]
    [InlineData("---\n- a\n- b\n---\n", "a list")]
    [InlineData("---\njust text\n---\n", "a single value")]
    public void A_front_matter_that_is_not_a_mapping_is_rejected(string text, string kind)
    {
        var e = Assert.Throws<ModelFormatException>(() => ModelCardReader.Parse(text));

        Assert.Contains($"is {kind}, not a mapping", e.Message);
    }

    [Fact]
    public void Random_bytes_give_only_model_format_errors()
    {
        var random = new Random(20260101);
        const string Alphabet = "-:[]{}&*!|>'\"%@`#,?\n\t abc123";
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(1, 80)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = "---\n" + new string(chars) + "\n---\n";
            try
            {
                ModelCardReader.Parse(text);
            }
            catch (ModelFormatException)
            {
            }
        }
    }

    /// <summary>A read-only stream over bytes that counts what was read.</summary>
    private sealed class CountingReadStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override int ReadByte()
        {
            var b = base.ReadByte();
            BytesRead += b >= 0 ? 1 : 0;
            return b;
        }
    }
}
