namespace ModelLicenseGuard.Tool.Output;

/// <summary>What the policy says of one model, as every format names it.</summary>
internal enum Verdict
{
    /// <summary>The policy has nothing to say.</summary>
    Pass,

    /// <summary>The policy would report it, and a justified allow excuses it.</summary>
    Allowed,

    /// <summary>Reported, not failing (the Permissive policy): the build's MLG0020 warning.</summary>
    Warning,

    /// <summary>Fails the policy as it would fail <c>dotnet build</c> (exit code 1).</summary>
    Error,
}

/// <summary>The one place a <see cref="ReportedModel"/>'s violation and allow become a <see cref="Verdict"/>.</summary>
internal static class Verdicts
{
    public static Verdict Of(ReportedModel model)
        => model.Violation is not { } violation ? Verdict.Pass
            : model.AllowedBy is not null ? Verdict.Allowed
            : violation.FailsBuild ? Verdict.Error
            : Verdict.Warning;

    /// <summary>The word JSON and the table use: pass, allowed, warning, error.</summary>
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Allowed => "allowed",
        Verdict.Warning => "warning",
        Verdict.Error => "error",
        _ => "pass",
    };
}
