using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using ModelLicenseGuard.EndToEnd.Tests.Infrastructure;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests;

/// <summary>
/// What the IDE shows before any build: a design-time build (as Visual Studio, Rider and C# Dev Kit run one after each
/// project edit) hands back the compiler's arguments, and the package's analyzers run over a workspace made from them,
/// the way the IDE makes its own. Policy changes, an allow added and an allow removed are followed with no build between.
/// </summary>
[Collection(PackedPackageGroup.Name)]
[Trait(TestCategory.Name, TestCategory.EndToEnd)]
public sealed class DesignTimeBuildTests(PackageFixture package)
{
    private const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    private const string Allow = """
        <Project>
          <ItemGroup>
            <ModelLicenseAllow Include="cc-by-nc-4.0" Justification="internal research tool, approved by legal 2026-11" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public async Task The_IDE_verdict_on_a_model_named_in_code_follows_the_policy_and_its_allows_without_a_build()
    {
        var project = new ConsumerProject(package, "DesignTimeChat", """
              <PropertyGroup>
                <ModelLicensePolicy>Permissive</ModelLicensePolicy>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OllamaSharp" Version="5.4.6" />
              </ItemGroup>
            """).WithFile("Program.cs", """
            using OllamaSharp;

            var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "command-r");
            Console.WriteLine(ollama.SelectedModel);
            """);
        package.WriteNuGetConfig(project.Directory, NuGetOrg);
        var restore = project.DotNet(["restore", project.ProjectFile, "-nodeReuse:false"]);
        Assert.True(restore.ExitCode == 0, restore.ToString());

        // Permissive accepts a non-commercial licence with a warning.
        var permissive = Assert.Single(await IdeDiagnosticsAsync(project), d => d.Id == "MLG0020");
        Assert.Equal(DiagnosticSeverity.Warning, permissive.Severity);
        Assert.Equal(2, permissive.Location.GetLineSpan().StartLinePosition.Line);

        // The project is edited to the Commercial policy: the call is an error as soon as the IDE reloads the project.
        File.WriteAllText(project.ProjectFile, File.ReadAllText(project.ProjectFile).Replace(">Permissive<", ">Commercial<", StringComparison.Ordinal));
        var commercial = Assert.Single(await IdeDiagnosticsAsync(project), d => d.Id == "MLG0020");
        Assert.Equal(DiagnosticSeverity.Error, commercial.Severity);
        Assert.Contains("'cc-by-nc-4.0'", commercial.GetMessage(), StringComparison.Ordinal);

        // An allow, where an organisation keeps its policy, excuses it.
        project.WithFile("Directory.Build.props", Allow);
        Assert.DoesNotContain(await IdeDiagnosticsAsync(project), d => d.Id == "MLG0020");

        // Removed again, the error is back.
        File.Delete(project.PathOf("Directory.Build.props"));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(await IdeDiagnosticsAsync(project), d => d.Id == "MLG0020").Severity);

        // No build ran: nothing was compiled or copied to the output.
        Assert.Empty(Directory.GetFiles(project.Directory, "DesignTimeChat.dll", SearchOption.AllDirectories));
    }

    /// <summary>A design-time build for the compiler's arguments, then the package's analyzers over a workspace made of them.</summary>
    private static async Task<ImmutableArray<Diagnostic>> IdeDiagnosticsAsync(ConsumerProject project)
    {
        // MSBuild writes the items to a file of their own: the console mixes them with whatever else the build prints.
        var result = Path.Combine(project.Directory, "obj", "design-time-items.json");
        var build = project.DotNet([
            "msbuild", project.ProjectFile, "-t:Compile", "-nodeReuse:false", "-restore:false",
            "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true",
            "-getItem:CscCommandLineArgs", "-getResultOutputFile:" + result]);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(build.Output.Contains("MLG", StringComparison.Ordinal), "the design-time build reported: " + build.Output);
        using var json = JsonDocument.Parse(File.ReadAllBytes(result));
        var arguments = json.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!)
            .ToArray();
        Assert.NotEmpty(arguments);

        using var workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
        var info = CommandLineProject.CreateProjectInfo("DesignTimeChat", LanguageNames.CSharp, arguments, project.Directory, workspace);
        var workspaceProject = workspace.AddProject(info);
        var compilation = (await workspaceProject.GetCompilationAsync())!;

        // Only the package's own analyzers, loaded from the package folder the arguments name, isolated from this test's copies.
        var ours = info.AnalyzerReferences.Select(reference => reference.FullPath!)
            .Where(path => Path.GetFileName(path).StartsWith("ModelLicenseGuard.", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(ours, path => path.Contains(Path.Combine(".packages", "modellicenseguard"), StringComparison.OrdinalIgnoreCase));
        var loader = new PackageAnalyzerLoader();
        var analyzers = ours.SelectMany(path => new AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        Assert.NotEmpty(analyzers);

        return await compilation.WithAnalyzers(analyzers, workspaceProject.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Loads an analyzer and its neighbours into a context of their own; Roslyn itself comes from the test's.</summary>
    private sealed class PackageAnalyzerLoader() : AssemblyLoadContext(isCollectible: false), IAnalyzerAssemblyLoader
    {
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

        public void AddDependencyLocation(string fullPath) => _folders.Add(Path.GetDirectoryName(fullPath)!);

        public Assembly LoadFromPath(string fullPath)
        {
            _folders.Add(Path.GetDirectoryName(fullPath)!);
            return LoadFromAssemblyPath(fullPath);
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            foreach (var folder in _folders)
            {
                var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
                if (File.Exists(candidate))
                {
                    return LoadFromAssemblyPath(candidate);
                }
            }

            return null;
        }
    }
}
