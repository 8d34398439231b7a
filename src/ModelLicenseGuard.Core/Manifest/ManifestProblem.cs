namespace ModelLicenseGuard.Manifest;

/// <summary>A problem met while resolving models, kept in the manifest so every build reports it again.</summary>
public sealed class ManifestProblem
{
    public ManifestProblem(string code, string file, string message)
    {
        Code = code;
        File = file;
        Message = message;
    }

    public string Code { get; }

    /// <summary>The file or reference the problem is about.</summary>
    public string File { get; }

    public string Message { get; }

    /// <summary>The 1-based line in <see cref="File"/> the problem is at (a configuration key); 0 when the whole file is meant.</summary>
    public int Line { get; set; }

    /// <summary>The 1-based column on <see cref="Line"/>; 0 when not known.</summary>
    public int Column { get; set; }
}
