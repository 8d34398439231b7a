using System;
using System.Text;

namespace ModelLicenseGuard.Models;

/// <summary>
/// Turns the many spellings of a model name into one dictionary key: <c>llama3.1:8b</c>, <c>Llama-3.1-8B</c> and
/// <c>Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf</c> (minus "Meta-", "-Instruct") meet, so a look-up is a dictionary hit.
/// </summary>
public static class ModelNames
{
    private static readonly string[] Prefixes = ["hf:", "huggingface:", "ollama:", "https://huggingface.co/", "http://huggingface.co/", "huggingface.co/", "hf.co/"];
    private static readonly string[] Extensions = [".gguf", ".onnx", ".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".ggml", ".ort"];

    // ONNX Runtime GenAI variants, "...-cpu-int4-rtn-block-32-acc-level-4", "...-cuda-fp16": a device word after a
    // separator, then only further separated parts to the end ([-_.](cpu|cuda|…)([-_.][a-z0-9]+)*$).
    private static readonly string[] Devices = ["cpu", "cuda", "dml", "directml", "gpu", "mobile", "web"];

    // Quantization and packaging, "-Q4_K_M", ".IQ4_XS", "-F16", "-GGUF", "-onnx", "-AWQ", "-4bit": the whole last part
    // after a separator ([-_.:](i?q[0-9][a-z0-9_]*|f16|…|[0-9]+bit)$).
    private static readonly string[] PackagingWords = ["f16", "f32", "bf16", "fp16", "fp32", "fp8", "int4", "int8", "gguf", "ggml", "onnx", "awq", "gptq", "mlx", "exl2"];

    // The longest file-name ending read as a file type: ".safetensors".
    private const int MaxExtensionLength = 12;

    /// <summary>
    /// Whether a path ends in a file of a type no model is stored in (<c>MLModels/sentiment.zip</c>, an ML.NET model;
    /// <c>prompts.txt</c>): a last part ending in a dot and letters that are not a model file's extension. A folder, a
    /// model file, or a name whose dot is part of a version (<c>models/Llama-3.2-3B</c>) is not.
    /// </summary>
    public static bool IsOtherFileType(string path)
    {
        var trimmed = path.Trim().TrimEnd('/', '\\');
        var name = trimmed.Substring(trimmed.LastIndexOfAny(['/', '\\']) + 1);
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || name.Length - dot < 3 || name.Length - dot > MaxExtensionLength)
        {
            return false;
        }

        for (var i = dot + 1; i < name.Length; i++)
        {
            if (!char.IsLetter(name[i]))
            {
                return false;
            }
        }

        return Array.IndexOf(Extensions, name.Substring(dot).ToLowerInvariant()) < 0;
    }

    /// <summary>The look-up key of a name, id, Ollama tag or file name; empty when nothing is left.</summary>
    /// <remarks>
    /// Every build and every compilation that loads the catalog keys each of its two thousand names, in code the runtime
    /// has not optimised yet. So the work is left to the framework's own searches (which are) where it can be, and the
    /// suffixes and words are found in one pass over the characters that can start them. A test holds this to the plain
    /// version it replaced on every catalog name and on generated names.
    /// </remarks>
    public static string Key(string name)
    {
        var text = name.Trim().ToLowerInvariant();
        if (text.Length > 0 && text[0] is 'h' or 'o')
        {
            foreach (var prefix in Prefixes)
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    text = text.Substring(prefix.Length);
                    break;
                }
            }
        }

        // hf:org/name@revision names one revision of the same model.
        var at = text.IndexOf('@');
        if (at > 0)
        {
            text = text.Substring(0, at);
        }

        // Each extension is one '.' and letters: the text ends with one only at its last '.'.
        var dot = text.LastIndexOf('.');
        if (dot >= 0)
        {
            foreach (var extension in Extensions)
            {
                if (extension.Length == text.Length - dot && string.CompareOrdinal(text, dot, extension, 0, extension.Length) == 0)
                {
                    text = text.Substring(0, dot);
                    break;
                }
            }
        }

        if (text.EndsWith(":latest", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - ":latest".Length);
        }

        return Words(WithoutSuffixes(text));
    }

    /// <summary>The part after the last '/', for ids looked up by name when their organisation is not known.</summary>
    public static string? NamePart(string id)
    {
        var slash = id.LastIndexOf('/');
        return slash >= 0 && slash < id.Length - 1 ? id.Substring(slash + 1) : null;
    }

    // The suffixes are matched by hand rather than with Regex: every build and every compilation that loads the catalog
    // keys each of its names, and constructing and running the two expressions was about a fifth of loading the catalog
    // in a fresh process. Each matcher keeps the expression it replaces, written above it, and a test holds the two
    // equal on every catalog name and on generated names.

    /// <summary>A lower-case name without its device, quantization and packaging suffixes, however many it has.</summary>
    internal static string WithoutSuffixes(string text)
    {
        string before;
        do
        {
            before = text;
            text = WithoutSuffix(text, Separators, DeviceSuffixAt);
            text = WithoutSuffix(text, SeparatorsAndColon, PackagingSuffixAt);
        }
        while (text.Length != before.Length);

        return text;
    }

    /// <summary>
    /// <paramref name="text"/> without the first suffix <paramref name="startsSuffix"/> accepts, as Regex.Replace with a
    /// pattern ending in <c>$</c> would cut it: <c>$</c> also matches before a final newline, which stays. Suffixes start
    /// with one of <paramref name="starts"/>, so only those places are tried.
    /// </summary>
    private static string WithoutSuffix(string text, char[] starts, Func<string, int, int, bool> startsSuffix)
    {
        var end = text.Length > 0 && text[text.Length - 1] == '\n' ? text.Length - 1 : text.Length;
        for (var i = end > 0 ? text.IndexOfAny(starts, 0, end) : -1; i >= 0; i = i + 1 < end ? text.IndexOfAny(starts, i + 1, end - i - 1) : -1)
        {
            if (startsSuffix(text, i, end))
            {
                return text.Substring(0, i) + text.Substring(end);
            }
        }

        return text;
    }

    private static readonly char[] Separators = ['-', '_', '.'];

    private static readonly char[] SeparatorsAndColon = ['-', '_', '.', ':'];

    // [-_.](cpu|cuda|dml|directml|gpu|mobile|web)([-_.][a-z0-9]+)*$
    private static bool DeviceSuffixAt(string text, int start, int end)
    {
        if (!IsSeparator(text[start]))
        {
            return false;
        }

        foreach (var device in Devices)
        {
            if (string.CompareOrdinal(text, start + 1, device, 0, device.Length) == 0 && start + 1 + device.Length <= end)
            {
                return IsSeparatedParts(text, start + 1 + device.Length, end);
            }
        }

        return false;
    }

    // ([-_.][a-z0-9]+)*: nothing, or parts that each start with one separator and hold at least one letter or digit.
    private static bool IsSeparatedParts(string text, int start, int end)
    {
        var afterSeparator = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                if (afterSeparator)
                {
                    return false;
                }

                afterSeparator = true;
            }
            else if (IsAsciiLowerOrDigit(c) && (afterSeparator || i > start))
            {
                afterSeparator = false;
            }
            else
            {
                return false;
            }
        }

        return !afterSeparator;
    }

    // [-_.:](i?q[0-9][a-z0-9_]*|f16|f32|bf16|fp16|fp32|fp8|int4|int8|gguf|ggml|onnx|awq|gptq|mlx|exl2|[0-9]+bit)$
    private static bool PackagingSuffixAt(string text, int start, int end)
    {
        if (!IsSeparator(text[start]) && text[start] != ':')
        {
            return false;
        }

        var part = start + 1;
        var length = end - part;
        foreach (var word in PackagingWords)
        {
            if (word.Length == length && string.CompareOrdinal(text, part, word, 0, length) == 0)
            {
                return true;
            }
        }

        // i?q[0-9][a-z0-9_]*
        var q = part < end && text[part] == 'i' ? part + 1 : part;
        if (q + 1 < end && text[q] == 'q' && IsAsciiDigit(text[q + 1]))
        {
            var i = q + 2;
            while (i < end && (IsAsciiLowerOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }

            if (i == end)
            {
                return true;
            }
        }

        // [0-9]+bit
        var digits = part;
        while (digits < end && IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > part && end - digits == 3 && string.CompareOrdinal(text, digits, "bit", 0, 3) == 0;
    }

    private static bool IsSeparator(char c) => c is '-' or '_' or '.';

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAsciiLowerOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    // Letters and digits in runs, joined by '-': separators and letter/digit boundaries all count the same.
    private static string Words(string text)
    {
        // At most one '-' before each character.
        var key = new char[text.Length * 2];
        var length = 0;
        var previous = '\0';
        foreach (var c in text)
        {
            var ascii = c < 128;
            if (ascii ? !IsAsciiLowerOrDigit(c) && !(c is >= 'A' and <= 'Z') : !char.IsLetterOrDigit(c))
            {
                previous = '\0';
                continue;
            }

            if (length > 0 && (previous == '\0' || IsDigit(previous) != (ascii ? IsAsciiDigit(c) : char.IsDigit(c))))
            {
                key[length++] = '-';
            }

            key[length++] = c;
            previous = c;
        }

        return new string(key, 0, length);
    }

    private static bool IsDigit(char c) => c < 128 ? IsAsciiDigit(c) : char.IsDigit(c);
}
