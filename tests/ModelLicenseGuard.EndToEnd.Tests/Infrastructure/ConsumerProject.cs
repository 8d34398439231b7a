using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.EndToEnd.Tests.Infrastructure;

/// <summary>A fresh console project (or a project of another SDK: a web app) in a temp folder that references the packed package from a local feed only.</summary>
internal sealed class ConsumerProject
{
    public ConsumerProject(PackageFixture package, string name, string projectBody = "", string sdk = "Microsoft.NET.Sdk")
    {
        Directory = PackageFixture.NewFolder(package.Root, "consumer-");
        ProjectFile = Path.Combine(Directory, name + ".csproj");
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ModelLicenseGuard" Version="{package.Version}" PrivateAssets="all" />
              </ItemGroup>
            {projectBody}
            </Project>
            """);
        package.WriteNuGetConfig(Directory);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), "System.Console.WriteLine(\"Hello\");\n");
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    /// <summary>
    /// The NuGet packages folder restore fills: the project's own by default. Apps that only add third-party libraries
    /// may share one across a run, since this run's ModelLicenseGuard version is new to every cache.
    /// </summary>
    public string PackagesFolder { get; set; } = string.Empty;

    public string PathOf(string relative) => Path.Combine(Directory, relative.Replace('/', Path.DirectorySeparatorChar));

    public ConsumerProject WithFile(string relative, string text)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public ConsumerProject WithFile(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public BuildResult Build(params string[] extraArguments) => DotNet(["build", ProjectFile, "-nodeReuse:false", .. extraArguments]);

    public BuildResult DotNet(string[] arguments)
        => Testing.DotNet.Run(
            Directory,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder.Length > 0 ? PackagesFolder : Path.Combine(Directory, ".packages") },
            arguments);
}
