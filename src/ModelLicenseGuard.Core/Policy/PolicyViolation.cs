namespace ModelLicenseGuard.Policy;

/// <summary>Why a model fails a policy: the clause, the full message, and whether it fails the build or only warns.</summary>
public sealed class PolicyViolation
{
    public PolicyViolation(PolicyClause clause, string message, bool failsBuild)
    {
        Clause = clause;
        Message = message;
        FailsBuild = failsBuild;
    }

    public PolicyClause Clause { get; }

    public string Message { get; }

    /// <summary>False under <see cref="ModelLicensePolicy.Permissive"/>, which reports and never fails.</summary>
    public bool FailsBuild { get; }

    public override string ToString() => Message;
}
