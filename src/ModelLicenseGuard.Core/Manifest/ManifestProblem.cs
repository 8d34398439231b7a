namespace ModelLicenseGuard.Manifest;

/// <summary>A problem met while resolving models, kept in the manifest so every build reports it again.</summary>
/// <param name="Code">The diagnostic id.</param>
/// <param name="File">The file or reference the problem is about.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ManifestProblem(string Code, string File, string Message)
{
    /// <summary>The 1-based line in <see cref="File"/> the problem is at (a configuration key); 0 when the whole file is meant.</summary>
    public int Line { get; set; }

    /// <summary>The 1-based column on <see cref="Line"/>; 0 when not known.</summary>
    public int Column { get; set; }
}
