namespace ModelLicenseGuard.Tool.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData("package")]
    [InlineData("scan")]
    [InlineData("diff")]
    public void Every_command_has_help(string command)
    {
        var run = ToolRun.Of(".", command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("--format", run.Output);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var run = ToolRun.Of(".", "package", "Some.Package", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_exit_code_2()
    {
        var run = ToolRun.Of(".", "vet");

        Assert.Equal(2, run.ExitCode);
    }
}
