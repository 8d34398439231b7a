using System;
using System.Text;
using System.Text.RegularExpressions;

namespace ModelLicenseGuard.Models;

/// <summary>
/// Turns the many spellings of a model name into one dictionary key: <c>llama3.1:8b</c>, <c>Llama-3.1-8B</c> and
/// <c>Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf</c> (minus "Meta-", "-Instruct") meet, so a look-up is a dictionary hit.
/// </summary>
public static class ModelNames
{
    private static readonly string[] Prefixes = ["hf:", "huggingface:", "ollama:", "https://huggingface.co/", "http://huggingface.co/", "huggingface.co/", "hf.co/"];
    private static readonly string[] Extensions = [".gguf", ".onnx", ".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".ggml", ".ort"];

    // ONNX Runtime GenAI variants: "...-cpu-int4-rtn-block-32-acc-level-4", "...-cuda-fp16".
    private static readonly Regex DeviceSuffix = new(@"[-_.](cpu|cuda|dml|directml|gpu|mobile|web)([-_.][a-z0-9]+)*$", RegexOptions.CultureInvariant);

    // Quantization and packaging: "-Q4_K_M", ".IQ4_XS", "-F16", "-GGUF", "-onnx", "-AWQ", "-4bit".
    private static readonly Regex PackagingSuffix = new(@"[-_.:](i?q[0-9][a-z0-9_]*|f16|f32|bf16|fp16|fp32|fp8|int4|int8|gguf|ggml|onnx|awq|gptq|mlx|exl2|[0-9]+bit)$", RegexOptions.CultureInvariant);

    /// <summary>The look-up key of a name, id, Ollama tag or file name; empty when nothing is left.</summary>
    public static string Key(string name)
    {
        var text = name.Trim().ToLowerInvariant();
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text.Substring(prefix.Length);
                break;
            }
        }

        // hf:org/name@revision names one revision of the same model.
        var at = text.IndexOf('@');
        if (at > 0)
        {
            text = text.Substring(0, at);
        }

        foreach (var extension in Extensions)
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

        string before;
        do
        {
            before = text;
            text = DeviceSuffix.Replace(text, string.Empty);
            text = PackagingSuffix.Replace(text, string.Empty);
        }
        while (text.Length != before.Length);

        return Words(text);
    }

    /// <summary>The part after the last '/', for ids looked up by name when their organisation is not known.</summary>
    public static string? NamePart(string id)
    {
        var slash = id.LastIndexOf('/');
        return slash >= 0 && slash < id.Length - 1 ? id.Substring(slash + 1) : null;
    }

    // Letters and digits in runs, joined by '-': separators and letter/digit boundaries all count the same.
    private static string Words(string text)
    {
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
}
