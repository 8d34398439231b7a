using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ModelLicenseGuard.Models;

namespace ModelLicenseGuard.Core.Tests.Models;

public sealed class ModelNamesTests
{
    [Theory]
    [InlineData("llama3.1:8b", "Llama-3.1-8B")]
    [InlineData("ollama:llama3.1:8b", "llama3.1:8b")]
    [InlineData("llama3.1:latest", "llama3.1")]
    [InlineData("hf:meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("hf:meta-llama/Llama-3.1-8B-Instruct@0e9e39f", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct.Q8_0.gguf", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-IQ4_XS.gguf", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-GGUF", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("Meta-Llama-3.1-8B-Instruct-f16.gguf", "Meta-Llama-3.1-8B-Instruct")]
    [InlineData("phi-3-mini-4k-instruct-cpu-int4-rtn-block-32", "Phi-3-mini-4k-instruct")]
    [InlineData("phi-3-mini-4k-instruct-cpu-int4-rtn-block-32-acc-level-4", "Phi-3-mini-4k-instruct")]
    [InlineData("Phi-3-mini-4k-instruct-onnx", "Phi-3-mini-4k-instruct")]
    [InlineData("qwen2.5:7b-instruct-q4_K_M", "qwen2.5:7b-instruct")]
    [InlineData("ggml-base.en.bin", "ggml-base.en")]
    [InlineData("  Llama_3.1 8B  ", "llama-3.1-8b")]
    public void Spellings_of_one_model_share_a_key(string spelling, string canonical)
        => Assert.Equal(ModelNames.Key(canonical), ModelNames.Key(spelling));

    [Theory]
    [InlineData("qwen2.5:7b", "Qwen2-57B")]
    [InlineData("llama3.1:8b", "llama3.1:70b")]
    [InlineData("Llama-3.1-8B", "Llama-3.1-8B-Instruct")]
    [InlineData("gpt-4o", "gpt-4o-mini")]
    [InlineData("FLUX.1-dev", "FLUX.1-schnell")]
    public void Different_models_keep_different_keys(string a, string b)
        => Assert.NotEqual(ModelNames.Key(a), ModelNames.Key(b));

    [Fact]
    public void Key_is_words_joined_by_dashes()
        => Assert.Equal("meta-llama-llama-3-1-8-b-instruct", ModelNames.Key("meta-llama/Llama-3.1-8B-Instruct"));

    [Theory]
    [InlineData("meta-llama/Llama-3.1-8B", "Llama-3.1-8B")]
    [InlineData("Llama-3.1-8B", null)]
    [InlineData("org/", null)]
    public void Name_part_is_after_the_last_slash(string id, string? expected)
        => Assert.Equal(expected, ModelNames.NamePart(id));

    // The expressions the suffix matchers replace, kept here as the reference they must agree with.
    private static readonly Regex DeviceSuffix = new(@"[-_.](cpu|cuda|dml|directml|gpu|mobile|web)([-_.][a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex PackagingSuffix = new(@"[-_.:](i?q[0-9][a-z0-9_]*|f16|f32|bf16|fp16|fp32|fp8|int4|int8|gguf|ggml|onnx|awq|gptq|mlx|exl2|[0-9]+bit)$", RegexOptions.CultureInvariant);

    private static string WithoutSuffixesByRegex(string text)
    {
        string before;
        do
        {
            before = text;
            text = DeviceSuffix.Replace(text, string.Empty);
            text = PackagingSuffix.Replace(text, string.Empty);
        }
        while (text.Length != before.Length);

        return text;
    }

    [Fact]
    public void Suffixes_are_cut_as_the_expressions_cut_them_on_every_catalog_name()
    {
        var names = ModelCatalog.Default.All.SelectMany(m => m.Aliases.Concat(m.OllamaTags).Concat(m.DockerNames).Append(m.Id).Append(m.Name)).ToList();
        Assert.True(names.Count > 1000);
        var cut = 0;
        foreach (var name in names.Select(n => n.ToLowerInvariant()))
        {
            var expected = WithoutSuffixesByRegex(name);
            Assert.Equal(expected, ModelNames.WithoutSuffixes(name));
            cut += expected.Length < name.Length ? 1 : 0;
        }

        Assert.True(cut >= 20, $"only {cut} catalog names have a suffix to cut");
    }

    [Fact]
    public void Suffixes_are_cut_as_the_expressions_cut_them_on_generated_names()
    {
        // Parts that make the expressions match, nearly match and fail: separators, device and packaging words, digits,
        // upper case and non-ASCII letters the character classes leave out, and a final newline '$' matches before.
        string[] parts = ["llama", "3", "-", "_", ".", ":", "cpu", "cuda", "dml", "directml", "gpu", "mobile", "web", "q", "iq", "q4", "4", "_k_m", "k", "i", "f16", "bf16", "fp8", "int4", "int8", "gguf", "onnx", "awq", "exl2", "bit", "4bit", "x", "Q", "é", "٣", "\n", "--", "-cpu-int4-rtn-block-32", "-q4_k_m", "mlx"];
        var random = new Random(20261207);
        var differences = new List<string>();
        var cut = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => parts[random.Next(parts.Length)]));
            var expected = WithoutSuffixesByRegex(text);
            cut += expected.Length < text.Length ? 1 : 0;
            if (expected != ModelNames.WithoutSuffixes(text))
            {
                differences.Add(text);
            }
        }

        Assert.Empty(differences.Take(10));
        Assert.True(cut > 20_000, $"only {cut} generated names have a suffix to cut");
    }
    // The key as it was computed before it was made cheaper for code the runtime has not optimised: the reference the
    // faster version must agree with.
    private static string KeyAsBefore(string name)
    {
        string[] prefixes = ["hf:", "huggingface:", "ollama:", "https://huggingface.co/", "http://huggingface.co/", "huggingface.co/", "hf.co/"];
        string[] extensions = [".gguf", ".onnx", ".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".ggml", ".ort"];
        var text = name.Trim().ToLowerInvariant();
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text.Substring(prefix.Length);
                break;
            }
        }

        var at = text.IndexOf('@');
        if (at > 0)
        {
            text = text.Substring(0, at);
        }

        foreach (var extension in extensions)
        {
            if (text.EndsWith(extension, StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - extension.Length);
                break;
            }
        }

        if (text.EndsWith(":latest", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - ":latest".Length);
        }

        text = WithoutSuffixesByRegex(text);
        var key = new StringBuilder(text.Length + 8);
        var previous = '\0';
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                previous = '\0';
                continue;
            }

            if (key.Length > 0 && (previous == '\0' || char.IsDigit(previous) != char.IsDigit(c)))
            {
                key.Append('-');
            }

            key.Append(c);
            previous = c;
        }

        return key.ToString();
    }

    [Fact]
    public void Keys_are_as_before_on_every_catalog_name()
    {
        var names = ModelCatalog.Default.All.SelectMany(m => m.Aliases.Concat(m.OllamaTags).Concat(m.DockerNames).Append(m.Id).Append(m.Name)).ToList();
        Assert.True(names.Count > 1000);
        Assert.All(names, name => Assert.Equal(KeyAsBefore(name), ModelNames.Key(name)));
    }

    [Theory]
    [InlineData("MLModels/sentiment_model.zip", true)]
    [InlineData("prompts/system.txt", true)]
    [InlineData("models/ggml-base.bin", false)]
    [InlineData("models/llama-3.1-8b-instruct.Q4_K_M.gguf", false)]
    [InlineData("models/Phi-3.5-mini-instruct-onnx/", false)]
    [InlineData("models/Llama-3.2-3B", false)]
    [InlineData("C:\\models\\model.onnx", false)]
    [InlineData("C:\\models\\model.ZIP", true)]
    [InlineData("all-MiniLM-L6-v2", false)]
    public void A_path_ending_in_another_file_type_names_no_model_file(string path, bool other)
    {
        Assert.Equal(other, ModelNames.IsOtherFileType(path));
    }

    [Fact]
    public void Keys_are_as_before_on_generated_names()
    {
        // Prefixes, revisions, extensions, tags, suffixes, case, white space, non-ASCII letters and digits, and text that
        // only nearly has them.
        string[] parts = ["hf:", "ollama:", "https://huggingface.co/", "hf.co/", "h", "o", "meta-llama/", "Llama", "3.1", "-", "_", ".", ":", "@", "@main", " ", "\t", "8B", "Instruct", "cpu", "-cuda-fp16", "Q4_K_M", "-q4_k_m", ".gguf", ".GGUF", ".onnx", ".ort", ".bin", ".pt", ".pth", ".ggu", "gguf", ":latest", ":LATEST", "latest", "é", "É", "٣", "Ⅻ", "\n", "--", "x", "4bit", "mlx", "İ"];
        var random = new Random(20261208);
        var differences = new List<string>();
        for (var n = 0; n < 200_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => parts[random.Next(parts.Length)]));
            if (KeyAsBefore(text) != ModelNames.Key(text))
            {
                differences.Add(text);
            }
        }

        Assert.Empty(differences.Take(10));
    }
}
