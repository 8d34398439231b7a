using System;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class HuggingFaceFolderReaderTests
{
    private const string Source = "models/example";

    [Fact]
    public void Reads_the_licence_and_provenance_of_the_card()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .Named("Example-Chat-8B")
            .WithCard("""
                license: llama3.1
                license_link: https://llama.meta.com/llama3_1/license/
                base_model: meta-llama/Llama-3.1-8B-Instruct
                base_model_relation: finetune
                datasets:
                - org/chat-data
                tags: [llama, chat]
                pipeline_tag: text-generation
                model_name: Example Chat 8B
                """)
            .WithModelFile()
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal(Source, facts.Source);
        Assert.Equal("huggingface-folder", facts.Format);
        Assert.Equal("llama3.1", facts.License);
        Assert.Equal("README.md license", facts.LicenseField);
        Assert.Null(facts.LicenseName);
        Assert.Equal(["meta-llama/Llama-3.1-8B-Instruct"], facts.BaseModels);
        Assert.Equal("Example Chat 8B", facts.Name);
        Assert.Equal("Example-Chat-8B", facts.FolderName);
        Assert.Contains($"README.md license = 'llama3.1' in {Source}", facts.Evidence);
        Assert.Contains($"README.md license_link = 'https://llama.meta.com/llama3_1/license/' in {Source}", facts.Evidence);
        Assert.Contains($"README.md base_model = 'meta-llama/Llama-3.1-8B-Instruct' in {Source}", facts.Evidence);
        Assert.Contains($"README.md base_model_relation = 'finetune' in {Source}", facts.Evidence);
        Assert.Contains($"README.md datasets = 'org/chat-data' in {Source}", facts.Evidence);
        Assert.Contains($"README.md tags = 'llama, chat' in {Source}", facts.Evidence);
        Assert.Contains($"README.md pipeline_tag = 'text-generation' in {Source}", facts.Evidence);
        Assert.Contains($"README.md model_name = 'Example Chat 8B' in {Source}", facts.Evidence);
    }

    [Fact]
    public void Reads_other_with_a_licence_name()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: other\nlicense_name: gemma-terms-of-use\n")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("other", facts.License);
        Assert.Equal("README.md license", facts.LicenseField);
        Assert.Equal("gemma-terms-of-use", facts.LicenseName);
        Assert.Equal("README.md license_name", facts.LicenseNameField);
        Assert.Contains($"README.md license_name = 'gemma-terms-of-use' in {Source}", facts.Evidence);
    }

    [Fact]
    public void Takes_the_first_of_a_licence_list_and_records_the_rest()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license:\n- apache-2.0\n- mit\n- cc-by-4.0\nbase_model: [org/a, org/b]\nbase_model_relation: merge\n")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("apache-2.0", facts.License);
        Assert.Contains($"README.md license[1] = 'mit' in {Source}", facts.Evidence);
        Assert.Contains($"README.md license[2] = 'cc-by-4.0' in {Source}", facts.Evidence);
        Assert.Equal(["org/a", "org/b"], facts.BaseModels);
        Assert.Contains($"README.md base_model_relation = 'merge' in {Source}", facts.Evidence);
    }

    [Theory]
    [InlineData("adapter")]
    [InlineData("merge")]
    [InlineData("quantized")]
    [InlineData("finetune")]
    public void Records_the_base_model_relation(string relation)
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard($"base_model: Qwen/Qwen2.5-7B-Instruct\nbase_model_relation: {relation}\n")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal(["Qwen/Qwen2.5-7B-Instruct"], facts.BaseModels);
        Assert.Contains($"README.md base_model_relation = '{relation}' in {Source}", facts.Evidence);
    }

    [Fact]
    public void Takes_the_name_from_the_model_index_when_there_is_no_model_name()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: mit\nmodel-index:\n- name: whisper-small-example\n  results: []\n")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("whisper-small-example", facts.Name);
        Assert.Contains($"README.md model-index[0].name = 'whisper-small-example' in {Source}", facts.Evidence);
    }

    [Fact]
    public void A_readme_without_front_matter_gives_no_licence()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .Named("plain-model")
            .WithReadme("# A model\n\nlicense: mit (this is prose, not metadata)\n")
            .WithModelFile()
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Null(facts.License);
        Assert.Null(facts.LicenseField);
        Assert.Null(facts.Name);
        Assert.Equal("plain-model", facts.FolderName);
        Assert.Empty(facts.Evidence);
    }

    [Theory]
    [InlineData("LICENSE")]
    [InlineData("LICENSE.txt")]
    [InlineData("LICENSE.md")]
    [InlineData("LICENCE")]
    [InlineData("license.TXT")]
    public void Identifies_the_licence_file_when_the_card_has_none(string fileName)
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("tags: [text-generation]\n")
            .WithLicense(LicenseTextIdentifierTests.Openings["gemma"], fileName)
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("gemma", facts.License);
        Assert.Equal("LICENSE (identified by its text)", facts.LicenseField);
        Assert.Contains($"LICENSE text = 'gemma' in {Source}", facts.Evidence);
        Assert.Equal(ContentHash.Sha256(LicenseTextIdentifierTests.Openings["gemma"]), facts.LicenseTextSha256);
    }

    [Theory]
    [MemberData(nameof(LicenseTextIdentifierTests.Ids), MemberType = typeof(LicenseTextIdentifierTests))]
    public void Identifies_every_known_licence_file_in_a_folder_without_a_card(string id)
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithLicense(LicenseTextIdentifierTests.Openings[id])
            .WithModelFile("model.onnx")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal(id, facts.License);
        Assert.Equal("LICENSE (identified by its text)", facts.LicenseField);
    }

    [Fact]
    public void Identifies_the_licence_file_when_the_card_says_other_without_a_name()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: other\n")
            .WithLicense(LicenseTextIdentifierTests.Openings["qwen-research"])
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("qwen-research", facts.License);
        Assert.Equal("LICENSE (identified by its text)", facts.LicenseField);
        Assert.Contains($"README.md license = 'other' in {Source}", facts.Evidence);
    }

    [Fact]
    public void The_card_licence_binds_and_the_licence_file_is_evidence()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: mit\nbase_model: meta-llama/Llama-3.1-8B\n")
            .WithLicense(LicenseTextIdentifierTests.Openings["llama3.1"])
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("mit", facts.License);
        Assert.Equal("README.md license", facts.LicenseField);
        Assert.Contains($"LICENSE text = 'llama3.1' in {Source}", facts.Evidence);
    }

    [Fact]
    public void A_licence_name_from_the_card_is_kept_over_the_licence_file()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: other\nlicense_name: deepseek\n")
            .WithLicense(LicenseTextIdentifierTests.Openings["mit"])
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("other", facts.License);
        Assert.Equal("deepseek", facts.LicenseName);
        Assert.Contains($"LICENSE text = 'mit' in {Source}", facts.Evidence);
    }

    [Fact]
    public void An_unknown_licence_file_gives_no_licence()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithLicense("Copyright Example Labs. All rights reserved.")
            .WithModelFile()
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Null(facts.License);
        Assert.DoesNotContain(facts.Evidence, e => e.StartsWith("LICENSE", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_first_256_KB_of_the_licence_file_are_read()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithLicense(new string('\n', LicenseTextIdentifier.MaxLength) + LicenseTextIdentifierTests.Openings["mit"])
            .WithModelFile()
            .Build();

        Assert.Null(HuggingFaceFolderReader.Read(folder.Path, Source).License);
    }

    [Fact]
    public void Derives_the_repository_id_from_a_hugging_face_cache_snapshot()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .AsCacheSnapshot("Qwen/Qwen2.5-7B-Instruct", "a09a35458c702b33eeacc393d103063234e8bc28")
            .WithCard("license: apache-2.0\n")
            .WithConfig("""{"_name_or_path": "Qwen/Qwen2.5-7B", "model_type": "qwen2"}""")
            .WithModelFile()
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path + Path.DirectorySeparatorChar, Source);

        Assert.Equal("Qwen/Qwen2.5-7B-Instruct", facts.Name);
        Assert.Equal(["Qwen/Qwen2.5-7B"], facts.OtherNames);
        Assert.Equal("a09a35458c702b33eeacc393d103063234e8bc28", facts.FolderName);
        Assert.Contains($"Hugging Face cache folder = 'Qwen/Qwen2.5-7B-Instruct' in {Source}", facts.Evidence);
    }

    [Fact]
    public void The_card_name_comes_before_the_cache_repository_id()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .AsCacheSnapshot("bartowski/Example-8B-GGUF")
            .WithCard("model_name: Example 8B\n")
            .WithModelFile("Example-8B-Q4_K_M.gguf")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("Example 8B", facts.Name);
        Assert.Equal(["bartowski/Example-8B-GGUF"], facts.OtherNames);
    }

    [Theory]
    [InlineData("/a/models--meta-llama--Llama-3.1-8B/snapshots/abc", "meta-llama/Llama-3.1-8B")]
    [InlineData("/a/models--meta-llama--Llama-3.1-8B/snapshots/abc/onnx/cpu", "meta-llama/Llama-3.1-8B")]
    [InlineData("/a/models--gpt2/snapshots/abc", "gpt2")]
    [InlineData("/a/models--meta-llama--Llama-3.1-8B/snapshots", null)]
    [InlineData("/a/models--meta-llama--Llama-3.1-8B/blobs/abc", null)]
    [InlineData("/a/models--/snapshots/abc", null)]
    [InlineData("/a/models----x/snapshots/abc", null)]
    [InlineData("/a/datasets--org--data/snapshots/abc", null)]
    [InlineData("/a/models/example", null)]
    public void Cache_repository_ids(string path, string? id)
    {
        Assert.Equal(id, HuggingFaceFolderReader.CacheRepositoryId(path.Replace('/', Path.DirectorySeparatorChar)));
    }

    [Fact]
    public void Reads_names_from_config_json()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: apache-2.0\nmodel_name: Example Mistral\n")
            .WithConfig("""{"_name_or_path": "mistralai/Mistral-7B-v0.1", "architectures": ["MistralForCausalLM"], "model_type": "mistral"}""")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("Example Mistral", facts.Name);
        Assert.Equal(["mistralai/Mistral-7B-v0.1"], facts.OtherNames);
        Assert.Contains($"config.json _name_or_path = 'mistralai/Mistral-7B-v0.1' in {Source}", facts.Evidence);
        Assert.Contains($"config.json architectures = 'MistralForCausalLM' in {Source}", facts.Evidence);
        Assert.Contains($"config.json model_type = 'mistral' in {Source}", facts.Evidence);
    }

    [Fact]
    public void The_config_name_is_the_name_when_nothing_else_gives_one()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithConfig("""{"_name_or_path": "microsoft/phi-2"}""")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("microsoft/phi-2", facts.Name);
        Assert.Empty(facts.OtherNames);
    }

    [Theory]
    [InlineData("/data/checkpoints/run-7")]
    [InlineData("./output")]
    [InlineData("C:\\\\models\\\\mine")]
    [InlineData("~/models/mine")]
    [InlineData("a/b/c")]
    public void A_local_path_in_config_json_is_recorded_but_names_nothing(string nameOrPath)
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithConfig($$"""{"_name_or_path": "{{nameOrPath}}"}""")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Null(facts.Name);
        Assert.Empty(facts.OtherNames);
        Assert.Single(facts.Evidence, e => e.StartsWith("config.json _name_or_path = ", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_an_onnx_runtime_genai_folder()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .Named("phi-3-mini-4k-instruct-cpu-int4-rtn-block-32")
            .WithGenAiConfig("""{"model": {"type": "phi3", "context_length": 4096}}""")
            .WithLicense(LicenseTextIdentifierTests.Openings["mit"], "LICENSE.txt")
            .WithModelFile("phi3-mini-4k-instruct-cpu-int4-rtn-block-32.onnx")
            .Build();

        var facts = HuggingFaceFolderReader.Read(folder.Path, Source);

        Assert.Equal("mit", facts.License);
        Assert.Equal("phi-3-mini-4k-instruct-cpu-int4-rtn-block-32", facts.FolderName);
        Assert.Contains($"genai_config.json model.type = 'phi3' in {Source}", facts.Evidence);
        Assert.Contains($"genai_config.json = 'ONNX Runtime GenAI model folder' in {Source}", facts.Evidence);
    }

    [Fact]
    public void Pickle_checkpoints_are_never_opened()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithModelFile("pytorch_model.bin")
            .Build();
        var checkpoint = Path.Combine(folder.Path, "pytorch_model.bin");

        // Nothing may even read the file: it is locked against every other opener while the folder is read.
        using (new FileStream(checkpoint, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.True(HuggingFaceFolderReader.LooksLikeModelFolder(folder.Path));
            var facts = HuggingFaceFolderReader.Read(folder.Path, Source);
            Assert.Null(facts.License);
        }
    }

    [Theory]
    [InlineData("README.md", "---\nlicense: mit\n---\n")]
    [InlineData("config.json", "{}")]
    [InlineData("genai_config.json", "{}")]
    [InlineData("model.gguf", "x")]
    [InlineData("model.onnx", "x")]
    [InlineData("model.safetensors", "x")]
    [InlineData("pytorch_model.bin", "x")]
    [InlineData("model.pt", "x")]
    [InlineData("model.pth", "x")]
    [InlineData("sd.ckpt", "x")]
    public void Looks_like_a_model_folder(string fileName, string content)
    {
        using var folder = new HuggingFaceFolderBuilder().WithFile(fileName, content).Build();

        Assert.True(HuggingFaceFolderReader.LooksLikeModelFolder(folder.Path));
    }

    [Fact]
    public void A_folder_with_nothing_model_like_is_not_a_model_folder()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithReadme("# Notes\n\nJust a README.\n")
            .WithLicense(LicenseTextIdentifierTests.Openings["mit"])
            .WithFile("data.csv", "a,b\n1,2\n")
            .WithFile("nested/model.gguf", "x")
            .Build();

        Assert.False(HuggingFaceFolderReader.LooksLikeModelFolder(folder.Path));
        Assert.False(HuggingFaceFolderReader.LooksLikeModelFolder(Path.Combine(folder.Path, "missing")));
        Assert.False(HuggingFaceFolderReader.LooksLikeModelFolder(string.Empty));
    }

    [Fact]
    public void Malformed_yaml_names_the_file_and_the_line()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: mit\ntags:\n  - a\n - b\n")
            .Build();

        var e = Assert.Throws<ModelFormatException>(() => HuggingFaceFolderReader.Read(folder.Path, Source));

        Assert.StartsWith("README.md: invalid YAML in the front matter at line 5: ", e.Message);
    }

    [Fact]
    public void An_alias_bomb_is_rejected()
    {
        var lines = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var c = 'b'; c <= 'z'; c++)
        {
            var previous = (char)(c - 1);
            lines.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + previous, 10))).Append("]\n");
        }

        using var folder = new HuggingFaceFolderBuilder().WithCard(lines.ToString()).Build();

        var e = Assert.Throws<ModelFormatException>(() => HuggingFaceFolderReader.Read(folder.Path, Source));

        Assert.StartsWith("README.md: ", e.Message);
    }

    [Fact]
    public void Nesting_1000_deep_is_rejected()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithCard("license: " + new string('[', 1000) + new string(']', 1000) + "\n")
            .Build();

        var e = Assert.Throws<ModelFormatException>(() => HuggingFaceFolderReader.Read(folder.Path, Source));

        Assert.Contains("more than 32 deep", e.Message);
    }

    [Fact]
    public void A_2_MB_front_matter_is_rejected()
    {
        var yaml = new StringBuilder("license: mit\ntags:\n");
        while (yaml.Length < 2 * 1024 * 1024)
        {
            yaml.Append("- a-tag-repeated-to-make-the-front-matter-long\n");
        }

        using var folder = new HuggingFaceFolderBuilder().WithCard(yaml.ToString()).Build();

        var e = Assert.Throws<ModelFormatException>(() => HuggingFaceFolderReader.Read(folder.Path, Source));

        Assert.Contains("front matter is longer than 1 MB", e.Message);
    }

    [Fact]
    public void A_readme_with_no_closing_fence_is_rejected()
    {
        using var folder = new HuggingFaceFolderBuilder()
            .WithReadme("---\nlicense: mit\n\n# Model\n")
            .Build();

        var e = Assert.Throws<ModelFormatException>(() => HuggingFaceFolderReader.Read(folder.Path, Source));

        Assert.Contains("README.md", e.Message);
        Assert.Contains("no closing '---'", e.Message);
    }

    [Theory]
    [InlineData("config.json", "{\"model_type\": ")]
    [InlineData("config.json", "[]")]
    [InlineData("genai_config.json", "{\"model\": {\"type\": \"phi3\"},}")]
    public void A_malformed_config_names_the_file(string fileName, string json)
    {
        using var folder = new HuggingFaceFolderBuilder().WithCard("license: mit\n").WithFile(fileName, json).Build();

        var e = Assert.Throws<ModelFormatException>(() => HuggingFaceFolderReader.Read(folder.Path, Source));

        Assert.Contains(fileName, e.Message);
    }

    [Fact]
    public void A_missing_folder_is_not_a_format_error()
    {
        using var folder = new HuggingFaceFolderBuilder().Build();

        Assert.Throws<DirectoryNotFoundException>(() => HuggingFaceFolderReader.Read(Path.Combine(folder.Path, "missing"), Source));
    }

    [Fact]
    public void The_builder_cleans_up()
    {
        string root;
        using (var folder = new HuggingFaceFolderBuilder().WithCard("license: mit\n").Build())
        {
            root = folder.Root;
            Assert.True(File.Exists(Path.Combine(folder.Path, "README.md")));
            Assert.StartsWith(Path.GetTempPath(), root, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(root));
    }
}
