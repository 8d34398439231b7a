namespace ModelLicenseGuard.Claims;

/// <summary>A word in a text: a run of letters or a run of digits, by offset, so tokenizing allocates no strings.</summary>
internal readonly struct TextToken
{
    public TextToken(int start, int end, bool breakBefore)
    {
        Start = start;
        End = end;
        BreakBefore = breakBefore;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    /// <summary>True when punctuation that ends a clause (or a blank line) stands between this token and the previous one.</summary>
    public bool BreakBefore { get; }
}
