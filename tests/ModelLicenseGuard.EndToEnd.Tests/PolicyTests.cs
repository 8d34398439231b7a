using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// Policies, allow and deny items, org-wide props and MSBuild's own warning switches, each through a real
/// <c>dotnet build</c> of a fresh project against the packed package.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class PolicyTests(PackageFixture package)
{
    private static readonly byte[] Llama = GgufBuilder.Model("Llama 3.1 8B Instruct", "llama3.1").Build();
    private static readonly byte[] NonCommercial = GgufBuilder.Model("Research Summarizer 1B", "cc-by-nc-4.0").Build();

    [Fact]
    public void Without_a_policy_a_non_commercial_model_is_a_warning_that_names_the_default_and_the_build_succeeds()
    {
        var project = new ConsumerProject(package, "Unset", """
              <ItemGroup>
                <ModelReference Include="models/research.gguf" />
                <ModelReference Include="models/llama.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", NonCommercial)
            .WithFile("models/llama.gguf", Llama);

        var result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.WithId("MLG0020"));
        Assert.Equal("warning", warning.Severity);
        AssertAtItemLine(project.ProjectFile, warning, "models/research.gguf");
        Assert.Contains("non-commercial clause", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Permissive (the default)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commercial_fails_a_llama_model_on_its_user_cap_clause_until_a_justified_allow_covers_it()
    {
        var project = new ConsumerProject(package, "Shop", """
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="models/llama.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/llama.gguf", Llama);

        var failed = project.Build();

        Assert.True(failed.ExitCode != 0, failed.ToString());
        var error = Assert.Single(failed.WithId("MLG0020"));
        Assert.Equal("error", error.Severity);
        AssertAtItemLine(project.ProjectFile, error, "models/llama.gguf");
        Assert.Contains("'llama3.1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("user-cap clause (a separate licence from Meta is required above 700 million monthly active users)", error.Message, StringComparison.Ordinal);
        Assert.Contains("<ModelLicenseAllow Include=\"llama3.1\"", error.Message, StringComparison.Ordinal);

        AddItems(project, """<ModelLicenseAllow Include="llama3.1" Justification="Llama 3.1 licence reviewed by legal, LEGAL-42" Expires="2099-01-01" />""");
        var allowed = project.Build("-v:n");

        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Empty(allowed.WithId("MLG0020"));
        Assert.Contains("allowed by ModelLicenseAllow 'llama3.1' (Llama 3.1 licence reviewed by legal, LEGAL-42, until 2099-01-01)", allowed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allow_without_justification_is_MLG0021_at_its_line_and_the_build_still_fails()
    {
        var project = new ConsumerProject(package, "Unjustified", """
              <PropertyGroup>
                <ModelLicensePolicy>Commercial</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="models/llama.gguf" />
                <ModelLicenseAllow Include="llama3.1" />
              </ItemGroup>
            """)
            .WithFile("models/llama.gguf", Llama);

        var result = project.Build();

        Assert.True(result.ExitCode != 0, result.ToString());
        var warning = Assert.Single(result.WithId("MLG0021"));
        Assert.Equal("warning", warning.Severity);
        AssertAtItemLine(project.ProjectFile, warning, "llama3.1", "<ModelLicenseAllow");
        Assert.Contains("/docs/rules/MLG0021.md", warning.Message, StringComparison.Ordinal);
        Assert.Equal("error", Assert.Single(result.WithId("MLG0020")).Severity);
    }

    [Fact]
    public void Org_wide_policy_and_allows_in_Directory_Build_props_apply_and_an_expired_allow_is_reported_there()
    {
        var project = new ConsumerProject(package, "OrgWide", """
              <ItemGroup>
                <ModelReference Include="models/llama.gguf" />
                <ModelReference Include="models/gemma.gguf" />
                <ModelReference Include="models/embedder.gguf" />
              </ItemGroup>
            """)
            .WithFile("Directory.Build.props", """
                <Project>
                  <PropertyGroup>
                    <ModelLicensePolicy>Commercial</ModelLicensePolicy>
                  </PropertyGroup>
                  <ItemGroup>
                    <ModelLicenseAllow Include="Meta Llama" Match="llama3.*" Justification="Meta licences reviewed, LEGAL-7" />
                    <ModelLicenseAllow Include="gemma" Justification="2025 pilot only" Expires="2026-01-01" />
                    <ModelLicenseDeny Include="Acme Embedder" Reason="superseded by Acme Embedder 2" />
                  </ItemGroup>
                </Project>
                """)
            .WithFile("models/llama.gguf", Llama)
            .WithFile("models/gemma.gguf", GgufBuilder.Model("Gemma 2 2B", "gemma").Build())
            .WithFile("models/embedder.gguf", GgufBuilder.Model("Acme Embedder", "apache-2.0").Build());

        var result = project.Build();

        Assert.True(result.ExitCode != 0, result.ToString());
        var props = project.PathOf("Directory.Build.props");
        var expired = Assert.Single(result.WithId("MLG0022"));
        AssertAtItemLine(props, expired, "gemma", "<ModelLicenseAllow");
        Assert.Contains("expired on 2026-01-01", expired.Message, StringComparison.Ordinal);
        var errors = result.WithId("MLG0020").OrderBy(e => e.Line).ToList();
        Assert.Equal(2, errors.Count);
        AssertAtItemLine(project.ProjectFile, errors[0], "models/gemma.gguf");
        Assert.Contains("use-restriction clause", errors[0].Message, StringComparison.Ordinal);
        AssertAtItemLine(project.ProjectFile, errors[1], "models/embedder.gguf");
        Assert.Contains("ModelLicenseDeny 'Acme Embedder' (superseded by Acme Embedder 2)", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Org_wide_policy_from_a_shared_props_package_applies_unchanged()
    {
        var feed = PackageFixture.NewFolder(package.Root, "policy-feed-");
        LocalPackage.Write(feed, "Contoso.ModelPolicy", "1.0.0", "MIT", new Dictionary<string, byte[]>
        {
            ["build/Contoso.ModelPolicy.props"] = Encoding.UTF8.GetBytes("""
                <Project>
                  <PropertyGroup>
                    <ModelLicensePolicy>Commercial</ModelLicensePolicy>
                  </PropertyGroup>
                  <ItemGroup>
                    <ModelLicenseAllow Include="gemma" Justification="Gemma terms reviewed org-wide, LEGAL-9" />
                    <ModelLicenseAllow Include="qwen" />
                  </ItemGroup>
                </Project>
                """),
        });
        var project = new ConsumerProject(package, "Shared", """
              <ItemGroup>
                <PackageReference Include="Contoso.ModelPolicy" Version="1.0.0" PrivateAssets="all" />
                <ModelReference Include="models/gemma.gguf" />
                <ModelReference Include="models/llama.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/gemma.gguf", GgufBuilder.Model("Gemma 2 2B", "gemma").Build())
            .WithFile("models/llama.gguf", Llama);
        package.WriteNuGetConfig(project.Directory, feed);

        var result = project.Build();

        // The package's policy fails the Llama model, its allow lets Gemma through, and its unjustified allow is
        // reported in the package's props file, where it is declared.
        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId("MLG0020"));
        AssertAtItemLine(project.ProjectFile, error, "models/llama.gguf");
        Assert.Contains("ModelLicensePolicy is Commercial", error.Message, StringComparison.Ordinal);
        var unjustified = Assert.Single(result.WithId("MLG0021"));
        Assert.EndsWith(Path.Combine("contoso.modelpolicy", "1.0.0", "build", "Contoso.ModelPolicy.props"), unjustified.File, StringComparison.OrdinalIgnoreCase);
        AssertAtItemLine(unjustified.File, unjustified, "qwen", "<ModelLicenseAllow");
    }

    [Fact]
    public void Open_source_only_with_open_weights_allowed_fails_only_the_restricted_model()
    {
        var project = new ConsumerProject(package, "Strict", """
              <PropertyGroup>
                <ModelLicensePolicy>OpenSourceOnly</ModelLicensePolicy>
                <ModelLicenseAllowOpenWeights>true</ModelLicenseAllowOpenWeights>
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="models/llama.gguf" />
                <ModelReference Include="models/mistral.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/llama.gguf", Llama)
            .WithFile("models/mistral.gguf", GgufBuilder.Model("Mistral 7B Instruct", "apache-2.0").Build());

        var result = project.Build();

        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId("MLG0020"));
        AssertAtItemLine(project.ProjectFile, error, "models/llama.gguf");
        Assert.Contains("below the open-weights tier", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OpenSourceOnly", "apache-2.0", "error", "below the open-source AI tier")]
    [InlineData("OpenSourceOnly", "llama3.1", "error", "restricted-weight")]
    [InlineData("Commercial", "gemma", "error", "use-restriction clause (the Gemma Prohibited Use Policy")]
    [InlineData("Commercial", "acme-model-license-1.0", "error", "not in ModelLicenseGuard's licence catalog")]
    [InlineData("Commercial", "apache-2.0", null, null)]
    [InlineData("Permissive", "llama3.1", null, null)]
    [InlineData("None", "cc-by-nc-4.0", null, null)]
    public void Policy_and_licence_decide_the_build(string policy, string license, string? severity, string? clause)
    {
        var project = new ConsumerProject(package, "Matrix", $"""
              <PropertyGroup>
                <ModelLicensePolicy>{policy}</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="models/model.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/model.gguf", GgufBuilder.Model("Acme Model 7B", license).Build());

        var result = project.Build();

        if (severity is null)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Empty(result.WithId("MLG0020"));
            return;
        }

        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId("MLG0020"));
        Assert.Equal(severity, error.Severity);
        AssertAtItemLine(project.ProjectFile, error, "models/model.gguf");
        Assert.Contains(clause!, error.Message, StringComparison.Ordinal);
        Assert.Contains($"ModelLicensePolicy is {policy}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-warnaserror", "", "error")]
    [InlineData("-warnaserror:MLG0020", "", "error")]
    [InlineData(null, "<WarningsAsErrors>$(WarningsAsErrors);MLG0020</WarningsAsErrors>", "error")]
    [InlineData(null, "<NoWarn>$(NoWarn);MLG0020</NoWarn>", null)]
    public void MSBuild_warning_switches_govern_the_permissive_warning(string? argument, string property, string? severity)
    {
        var project = new ConsumerProject(package, "Switches", $"""
              <PropertyGroup>
                <ModelLicensePolicy>Permissive</ModelLicensePolicy>
                {property}
              </PropertyGroup>
              <ItemGroup>
                <ModelReference Include="models/research.gguf" />
              </ItemGroup>
            """)
            .WithFile("models/research.gguf", NonCommercial);

        var result = argument is null ? project.Build() : project.Build(argument);

        if (severity is null)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Empty(result.WithId("MLG0020"));
        }
        else
        {
            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Equal(severity, Assert.Single(result.WithId("MLG0020")).Severity);
        }
    }

    private static void AddItems(ConsumerProject project, string items)
    {
        var text = File.ReadAllText(project.ProjectFile);
        File.WriteAllText(project.ProjectFile, text.Replace("</Project>", $"  <ItemGroup>\n    {items}\n  </ItemGroup>\n</Project>", StringComparison.Ordinal));
    }

    /// <summary>The diagnostic is on the line of <paramref name="file"/> that declares the item, at its Include value.</summary>
    private static void AssertAtItemLine(string file, BuildDiagnostic diagnostic, string include, string element = "<ModelReference")
    {
        Assert.Equal(file, diagnostic.File);
        var line = File.ReadAllLines(file)[diagnostic.Line - 1];
        Assert.Contains($"{element} Include=\"{include}\"", line, StringComparison.Ordinal);
        Assert.Equal(line.IndexOf($"\"{include}\"", StringComparison.Ordinal) + 2, diagnostic.Column);
    }
}
