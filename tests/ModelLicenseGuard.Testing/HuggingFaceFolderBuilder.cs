using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// Writes a Hugging Face model folder as <c>huggingface-cli download</c> leaves it — a <c>README.md</c> card (YAML front
/// matter and a markdown body), and optionally a <c>LICENSE</c>, <c>config.json</c>, <c>genai_config.json</c> and model
/// files — into a fresh folder under the system temp path, deleted when the returned <see cref="HuggingFaceFolder"/> is disposed.
/// </summary>
public sealed class HuggingFaceFolderBuilder
{
    private readonly List<KeyValuePair<string, byte[]>> _files = [];
    private string? _cacheRepositoryId;
    private string _cacheRevision = "0123456789abcdef0123456789abcdef01234567";
    private string _folderName = "model";

    /// <summary>The default body after the front matter.</summary>
    public const string DefaultBody = "# Model\n\nA small model for tests.\n";

    /// <summary>A README.md with <paramref name="frontMatter"/> (YAML, without the <c>---</c> lines) between <c>---</c> lines, then <paramref name="body"/>.</summary>
    public HuggingFaceFolderBuilder WithCard(string frontMatter, string body = DefaultBody)
    {
        var yaml = frontMatter.EndsWith('\n') || frontMatter.Length == 0 ? frontMatter : frontMatter + "\n";
        return WithReadme("---\n" + yaml + "---\n\n" + body);
    }

    /// <summary>A README.md with exactly <paramref name="text"/>.</summary>
    public HuggingFaceFolderBuilder WithReadme(string text) => WithFile("README.md", text);

    /// <summary>A licence file (<c>LICENSE</c> unless named otherwise).</summary>
    public HuggingFaceFolderBuilder WithLicense(string text, string fileName = "LICENSE") => WithFile(fileName, text);

    public HuggingFaceFolderBuilder WithConfig(string json) => WithFile("config.json", json);

    public HuggingFaceFolderBuilder WithGenAiConfig(string json) => WithFile("genai_config.json", json);

    /// <summary>A model file; a <c>.safetensors</c> one holds a real small header, anything else a few placeholder bytes.</summary>
    public HuggingFaceFolderBuilder WithModelFile(string fileName = "model.safetensors")
        => WithFile(fileName, fileName.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase)
            ? SafetensorsBuilder.Model("test model", license: null).Build()
            : [0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E]);

    /// <summary>Any file, as UTF-8 text without a byte order mark.</summary>
    public HuggingFaceFolderBuilder WithFile(string relativePath, string text) => WithFile(relativePath, new UTF8Encoding(false).GetBytes(text));

    public HuggingFaceFolderBuilder WithFile(string relativePath, byte[] bytes)
    {
        _files.Add(new KeyValuePair<string, byte[]>(relativePath, bytes));
        return this;
    }

    /// <summary>The name of the model folder (default <c>model</c>); ignored for a cache snapshot.</summary>
    public HuggingFaceFolderBuilder Named(string folderName)
    {
        _folderName = folderName;
        return this;
    }

    /// <summary>Lays the folder out as the Hugging Face cache does: <c>models--org--name/snapshots/&lt;revision&gt;/</c>.</summary>
    public HuggingFaceFolderBuilder AsCacheSnapshot(string repositoryId, string? revision = null)
    {
        _cacheRepositoryId = repositoryId;
        _cacheRevision = revision ?? _cacheRevision;
        return this;
    }

    /// <summary>Writes the folder.</summary>
    public HuggingFaceFolder Build()
    {
        var root = Path.Combine(Path.GetTempPath(), "mlg-hf-" + Guid.NewGuid().ToString("N"));
        var folder = _cacheRepositoryId is null
            ? Path.Combine(root, _folderName)
            : Path.Combine(root, "hub", "models--" + _cacheRepositoryId.Replace("/", "--"), "snapshots", _cacheRevision);
        Directory.CreateDirectory(folder);
        var result = new HuggingFaceFolder(root, folder);
        try
        {
            foreach (var file in _files)
            {
                var path = Path.Combine(folder, file.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Value);
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        return result;
    }
}

/// <summary>A model folder written by <see cref="HuggingFaceFolderBuilder"/>; disposing deletes it.</summary>
public sealed class HuggingFaceFolder : IDisposable
{
    internal HuggingFaceFolder(string root, string path)
    {
        Root = root;
        Path = path;
    }

    /// <summary>The temp folder everything was written under.</summary>
    public string Root { get; }

    /// <summary>The model folder itself.</summary>
    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the system cleans its temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
