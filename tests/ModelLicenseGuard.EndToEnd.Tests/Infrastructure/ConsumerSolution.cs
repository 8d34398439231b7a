using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A solution (<c>All.slnx</c>) of console projects in one temp folder that all reference the packed package, for the
/// tests of several builds at once; each project's file gets the same <c>projectBody</c> and its own target frameworks.
/// </summary>
internal sealed class ConsumerSolution
{
    public ConsumerSolution(PackageFixture package, string prefix, IReadOnlyList<(string Name, string Frameworks)> projects, string projectBody, params string[] otherFeeds)
    {
        Root = PackageFixture.NewFolder(package.Root, prefix);
        Projects = projects.Select(project => project.Name).ToArray();
        package.WriteNuGetConfig(Root, otherFeeds);
        foreach (var (name, frameworks) in projects)
        {
            Directory.CreateDirectory(Path.Combine(Root, name));
            File.WriteAllText(Path.Combine(Root, name, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    {frameworks}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ModelLicenseGuard" Version="{package.Version}" PrivateAssets="all" />
                  </ItemGroup>
                {projectBody}
                </Project>
                """);
            WriteProgram(name, "Hello");
        }

        File.WriteAllText(Path.Combine(Root, "All.slnx"), $"""
            <Solution>
              {string.Concat(Projects.Select(p => $"<Project Path=\"{p}/{p}.csproj\" />"))}
            </Solution>
            """);
    }

    public string Root { get; }

    public IReadOnlyList<string> Projects { get; }

    /// <summary>The solution's own packages folder, so no other run's copy of the package is used.</summary>
    public Dictionary<string, string> Environment => new() { ["NUGET_PACKAGES"] = Path.Combine(Root, ".packages") };

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Gives <paramref name="project"/> a Program.cs that prints <paramref name="greeting"/>, so the next build compiles it.</summary>
    public void WriteProgram(string project, string greeting)
        => File.WriteAllText(Path.Combine(Root, project, "Program.cs"), $"System.Console.WriteLine(\"{greeting}\");\n");

    public BuildResult Restore() => DotNet.Run(Root, Environment, "restore", "All.slnx");

    public BuildResult Build(params string[] extraArguments) => DotNet.Run(Root, Environment, ["build", "All.slnx", "--no-restore", "-nodeReuse:false", .. extraArguments]);

    /// <summary>
    /// Two builds of the whole solution at once, as two terminals or two CI jobs on one machine would run them: on Unix
    /// the second in a session of its own (<c>setsid --wait</c>), as a second terminal's build is.
    /// </summary>
    public Task<BuildResult[]> BuildTwiceAtOnce(params string[] extraArguments)
        => Task.WhenAll(
            Task.Run(() => Build(extraArguments)),
            Task.Run(() => OperatingSystem.IsWindows()
                ? Build(extraArguments)
                : DotNet.RunProgram("setsid", Root, Environment, ["--wait", "dotnet", "build", "All.slnx", "--no-restore", "-nodeReuse:false", .. extraArguments])));
}
