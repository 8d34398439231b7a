using System.IO;

namespace ModelLicenseGuard.Tasks.Tests;

public sealed class ProjectReferenceLinesTests
{
    [Fact]
    public void Finds_the_line_and_column_of_each_model_reference()
    {
        using var project = new TempDirectory();
        var path = project.WriteBytes("App.csproj", System.Text.Encoding.UTF8.GetBytes("""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <None Include="models/a.gguf" />
                <ModelReference Include="models/b.gguf" />
                <ModelReference
                    Include="hf:org/name;ollama:phi3" Justification="x" />
              </ItemGroup>
            </Project>
            """));

        var lines = ProjectReferenceLines.Read(path);

        Assert.True(lines.TryFind("models/b.gguf", out var line, out var column));
        Assert.Equal((4, 30), (line, column));
        Assert.True(lines.TryFind(@"models\b.gguf", out _, out _));
        Assert.True(lines.TryFind("hf:org/name", out line, out column));
        Assert.Equal((6, 18), (line, column));
        Assert.True(lines.TryFind("ollama:phi3", out line, out column));
        Assert.Equal((6, 30), (line, column));
        Assert.False(lines.TryFind("models/a.gguf", out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("missing.csproj")]
    public void A_missing_project_file_finds_nothing(string? path)
        => Assert.False(ProjectReferenceLines.Read(path is null ? null : Path.Combine(Path.GetTempPath(), path)).TryFind("x", out _, out _));
}
