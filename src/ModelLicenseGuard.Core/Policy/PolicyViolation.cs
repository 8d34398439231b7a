namespace ModelLicenseGuard.Policy;

/// <summary>Why a model fails a policy: the clause, the full message, and whether it fails the build or only warns.</summary>
/// <param name="Clause">The policy clause the model fails.</param>
/// <param name="Message">The full message.</param>
/// <param name="FailsBuild">False under <see cref="ModelLicensePolicy.Permissive"/>, which reports and never fails.</param>
public sealed record PolicyViolation(PolicyClause Clause, string Message, bool FailsBuild)
{
    public override string ToString() => Message;
}
