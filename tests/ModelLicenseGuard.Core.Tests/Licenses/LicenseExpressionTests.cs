using ModelLicenseGuard.Licenses;

namespace ModelLicenseGuard.Core.Tests.Licenses;

public sealed class LicenseExpressionTests
{
    [Theory]
    [InlineData("Apache-2.0 OR MIT", "apache-2.0")]
    [InlineData("MIT OR Apache-2.0", "mit")]
    [InlineData("cc-by-nc-4.0 OR apache-2.0", "apache-2.0")]
    [InlineData("apache-2.0 AND cc-by-nc-4.0", "cc-by-nc-4.0")]
    [InlineData("(mit AND llama3.1) OR cc-by-nc-4.0", "llama3.1")]
    [InlineData("Apache-2.0 WITH LLVM-exception", "apache-2.0")]
    [InlineData("apache-2.0 or mit", "apache-2.0")]
    [InlineData("unknown-licence OR mit", "mit")]
    [InlineData("llama3.1", "llama3.1")]
    [InlineData("Apache License 2.0", "apache-2.0")]
    public void Resolves_to_the_binding_licence(string expression, string expected)
        => Assert.Equal(expected, LicenseCatalog.Resolve(expression)?.Id);

    [Theory]
    [InlineData("mit AND unknown-licence")]
    [InlineData("mit OR")]
    [InlineData("(mit")]
    [InlineData("AND mit")]
    [InlineData("mit WITH")]
    [InlineData("")]
    [InlineData("   ")]
    public void Malformed_or_partly_unknown_expressions_resolve_to_nothing(string expression)
        => Assert.Null(LicenseCatalog.Resolve(expression));

    [Fact]
    public void Parses_nested_parentheses()
    {
        Assert.True(LicenseExpression.TryParse("((mit) OR (apache-2.0 AND bsd-3-clause))", out var expression));
        Assert.NotNull(expression);
    }
}
