using System;
using System.IO;
using System.Reflection;
using System.Security;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Targets;

/// <summary>
/// A project in its own temp folder that imports the repository's build/ModelLicenseGuard.props and .targets around
/// its body, where NuGet imports them from the package, and points <c>ModelLicenseGuardTasksAssembly</c> at the task
/// assembly this build of the repository made. It has no SDK and no package reference, so <c>dotnet msbuild</c> runs
/// the package's real targets with no pack, no restore and no compiler: <c>CoreCompile</c> and <c>Build</c> are empty
/// stand-ins for the SDK's targets the package hooks into.
/// </summary>
internal sealed class TargetsProject : IDisposable
{
    private readonly TempDirectory _directory = new();

    public TargetsProject(string body)
    {
        ProjectFile = _directory.PathOf("App.csproj");
        File.WriteAllText(ProjectFile, Text(body));
    }

    /// <summary>The text of such a project with <paramref name="body"/> between the package's props and targets.</summary>
    public static string Text(string body)
        => $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <AssemblyName>App</AssemblyName>
                <IntermediateOutputPath>obj/</IntermediateOutputPath>
                <OutDir>bin/</OutDir>
                <ModelLicenseGuardTasksAssembly>{SecurityElement.Escape(TasksAssembly)}</ModelLicenseGuardTasksAssembly>
              </PropertyGroup>
              <Import Project="{SecurityElement.Escape(Repository.PathOf("build/ModelLicenseGuard.props"))}" />
            {body}
              <Import Project="{SecurityElement.Escape(Repository.PathOf("build/ModelLicenseGuard.targets"))}" />
              <Target Name="CoreCompile" />
              <Target Name="Build" DependsOnTargets="CoreCompile" />
            </Project>
            """;

    /// <summary>
    /// The net8.0 task assembly of src/ModelLicenseGuard.Tasks, built as this test project's reference in the same
    /// configuration: the folder the pack project takes tasks/net8.0 from, so it holds what the package holds beside it.
    /// </summary>
    public static string TasksAssembly { get; } = FindTasksAssembly();

    public string ProjectFile { get; }

    public string ManifestPath => _directory.PathOf("obj/ModelLicenseGuard.manifest");

    public string PathOf(string relativePath) => _directory.PathOf(relativePath);

    /// <summary>The 1-based line and column where <paramref name="text"/> first stands in the project file.</summary>
    public (int Line, int Column) PositionOf(string text)
    {
        var lines = File.ReadAllLines(ProjectFile);
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return line < 0 ? (0, 0) : (line + 1, lines[line].IndexOf(text, StringComparison.Ordinal) + 1);
    }

    /// <summary>Replaces the project file's text, as a user edits it between builds.</summary>
    public void Edit(string oldText, string newText) => File.WriteAllText(ProjectFile, File.ReadAllText(ProjectFile).Replace(oldText, newText, StringComparison.Ordinal));

    public TargetsProject WithFile(string relativePath, byte[] bytes)
    {
        _directory.WriteBytes(relativePath, bytes);
        return this;
    }

    /// <summary>Runs <c>dotnet msbuild -t:Build</c> at normal verbosity, which shows the targets skipped and the allows honoured.</summary>
    public BuildResult Build(params string[] extraArguments)
        => DotNet.Run(_directory.FullPath, null, ["msbuild", ProjectFile, "-t:Build", "-nodeReuse:false", "-nologo", "-v:n", .. extraArguments]);

    public ModelManifest ReadManifest() => ManifestFormat.Read(File.ReadAllText(ManifestPath));

    public void Dispose() => _directory.Dispose();

    private static string FindTasksAssembly()
    {
        var configuration = typeof(TargetsProject).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Repository.PathOf($"src/ModelLicenseGuard.Tasks/bin/{configuration}/net8.0/ModelLicenseGuard.Tasks.dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The task assembly '{path}' is missing; build the solution (or this test project) in the {configuration} configuration first.");
    }
}
