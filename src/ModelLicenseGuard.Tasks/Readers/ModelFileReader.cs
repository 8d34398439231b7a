using System.IO;
using ModelLicenseGuard.Classification;

namespace ModelLicenseGuard.Tasks.Readers;

/// <summary>Reads the header of a model file in whichever format it is, told apart by its first bytes, then by extension.</summary>
public static class ModelFileReader
{
    // Pickle-based checkpoints can run code when loaded: they are never opened, only identified by their folder's card.
    private static readonly string[] PickleExtensions = [".bin", ".pt", ".pth", ".ckpt"];

    /// <summary>
    /// Reads what the file says about its model, completed by the model card of the folder it is in when the file itself
    /// names no licence; throws <see cref="ModelFormatException"/> for anything unreadable.
    /// </summary>
    public static ModelFacts Read(string fullPath, string source) => Read(fullPath, source, new ReadBudget());

    /// <summary>
    /// As <see cref="Read(string, string)"/>, counting what is read against <paramref name="budget"/>, which one build
    /// shares between its files; past a cap, <see cref="ReadBudgetExceededException"/> names the cap.
    /// </summary>
    public static ModelFacts Read(string fullPath, string source, ReadBudget budget)
    {
        budget.ThrowIfSpent();

        // Unbuffered: the budget's stream reads in blocks of its own.
        using var file = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(file, fullPath, source, budget);
    }

    /// <summary>
    /// As <see cref="Read(string, string, ReadBudget)"/> for a model already opened: a file, or an entry of a package that
    /// is never extracted. <paramref name="fullPath"/> names the file (its extension and folder count) and its folder is
    /// where a model card is looked for.
    /// </summary>
    public static ModelFacts Read(Stream opened, string fullPath, string source, ReadBudget budget)
    {
        budget.ThrowIfSpent();
        ModelFacts facts;
        using (var stream = budget.OpenHashed(opened))
        {
            // A ".bin" may be a renamed GGUF or safetensors file; only its first bytes are looked at before deciding it is a pickle.
            var pickle = System.Array.IndexOf(PickleExtensions, Path.GetExtension(fullPath).ToLowerInvariant()) >= 0
                && !GgufReader.HasMagic(stream) && !SafetensorsReader.HasMagic(stream);
            facts = pickle
                ? new ModelFacts(source, "pickle") { FolderName = Path.GetFileName(Path.GetDirectoryName(fullPath)) }
                : Read(stream, fullPath, source);

            // What was judged, for the lock file: the size and the header bytes read (never the whole file).
            facts.FileSize = stream.Length;
            facts.HeaderSha256 = stream.Sha256OfBytesRead();
        }

        AddFolderCard(facts, Path.GetDirectoryName(fullPath));
        return facts;
    }

    /// <summary>Takes the licence, names and base models a Hugging Face folder's card gives, for a file that states none.</summary>
    private static void AddFolderCard(ModelFacts facts, string? folder)
    {
        if (facts.License is not null || folder is null || !HuggingFaceFolderReader.LooksLikeModelFolder(folder))
        {
            return;
        }

        ModelFacts card;
        try
        {
            card = HuggingFaceFolderReader.Read(folder, facts.Source);
        }
        catch (ModelFormatException exception)
        {
            // The file itself was readable; a broken card only means the folder adds nothing.
            facts.Record("model folder", "unreadable card: " + exception.Message);
            return;
        }

        facts.License = card.License;
        facts.LicenseField = card.LicenseField is null ? null : card.LicenseField + " of the model folder";
        facts.LicenseName = card.LicenseName;
        facts.LicenseNameField = card.LicenseNameField is null ? null : card.LicenseNameField + " of the model folder";
        facts.LicenseTextSha256 = card.LicenseTextSha256;
        facts.Name ??= card.Name;
        facts.OtherNames.AddRange(card.OtherNames);
        facts.BaseModels.AddRange(card.BaseModels);
        facts.Evidence.AddRange(card.Evidence);
    }

    public static ModelFacts Read(Stream stream, string fullPath, string source)
    {
        // Content first, so a mislabelled file is still read; then the name, so a damaged file gets its format's own error.
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        ModelFacts facts;
        if (GgufReader.HasMagic(stream) || (extension == ".gguf" && !SafetensorsReader.HasMagic(stream)))
        {
            facts = GgufFacts.From(GgufReader.Read(stream), source);
        }
        else if (SafetensorsReader.HasMagic(stream) || extension == ".safetensors")
        {
            facts = SafetensorsFacts.From(SafetensorsReader.Read(stream), source);
        }
        else if (extension == ".onnx" || OnnxReader.LooksLikeOnnx(stream))
        {
            facts = OnnxFacts.From(OnnxReader.Read(stream), source);
        }
        else
        {
            throw new ModelFormatException($"it is not a model file ModelLicenseGuard can read: neither GGUF, safetensors nor ONNX ({Describe(stream)})");
        }

        // ONNX Runtime GenAI and Hugging Face snapshots are folders named after the model ("phi-3-mini-4k-instruct-onnx/…").
        facts.FolderName = Path.GetFileName(Path.GetDirectoryName(fullPath));
        return facts;
    }

    private static string Describe(Stream stream) => stream.Length < 16 ? $"only {stream.Length} bytes" : "unrecognised first bytes";
}
