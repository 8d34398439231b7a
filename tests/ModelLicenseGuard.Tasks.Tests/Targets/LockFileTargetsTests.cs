using System;
using System.IO;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Tasks.Locking;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Targets;

/// <summary>The lock file's properties (docs/lock-file.md) decide whether, where and when the lock is checked.</summary>
[Trait(TestCategory.Name, TestCategory.Targets)]
public sealed class LockFileTargetsTests
{
    private const string Models = """
          <ItemGroup>
            <None Include="models/sorter.gguf" />
          </ItemGroup>
        """;

    private static readonly byte[] Sorter = GgufBuilder.Model("Sorter 1B", "apache-2.0").Build();

    [Fact]
    public void No_lock_file_is_written_unless_asked_and_never_in_a_design_time_build()
    {
        using var project = new TargetsProject(Models).WithFile("models/sorter.gguf", Sorter);

        var plain = project.Build();
        var designTime = project.Build("-p:ModelLicenseGuardUseLockFile=true", "-p:DesignTimeBuild=true");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(designTime.ExitCode == 0, designTime.ToString());
        Assert.False(File.Exists(project.PathOf("models.lock.json")));

        var asked = project.Build("-p:ModelLicenseGuardUseLockFile=true");

        Assert.True(asked.ExitCode == 0, asked.ToString());
        Assert.Equal("apache-2.0", Assert.Single(LockFileFormat.ReadFile(project.PathOf("models.lock.json")).Models).License);
    }

    [Fact]
    public void The_file_s_presence_turns_the_lock_on_and_false_turns_it_off()
    {
        using var project = new TargetsProject(Models).WithFile("models/sorter.gguf", Sorter);
        File.WriteAllText(project.PathOf("models.lock.json"), "<<<<<<< HEAD\n");

        var off = project.Build("-p:ModelLicenseGuardUseLockFile=false");

        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.Empty(off.WithId(DiagnosticIds.LockFileUnreadable));
        Assert.Equal("<<<<<<< HEAD\n", File.ReadAllText(project.PathOf("models.lock.json")));

        var present = project.Build();

        Assert.True(present.ExitCode == 0, present.ToString());
        Assert.Single(present.WithId(DiagnosticIds.LockFileUnreadable));
        Assert.Single(LockFileFormat.ReadFile(project.PathOf("models.lock.json")).Models);
    }

    [Fact]
    public void A_lock_named_after_the_project_is_used_and_ModelLicenseGuardLockFilePath_moves_it()
    {
        using var project = new TargetsProject(Models).WithFile("models/sorter.gguf", Sorter);
        File.WriteAllText(project.PathOf("models.App.lock.json"), "{ \"version\": 1, \"models\": [] }\n");

        var named = project.Build();

        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Single(LockFileFormat.ReadFile(project.PathOf("models.App.lock.json")).Models);
        Assert.False(File.Exists(project.PathOf("models.lock.json")));

        var moved = project.Build("-p:ModelLicenseGuardUseLockFile=true", "-p:ModelLicenseGuardLockFilePath=locks/app.json");

        Assert.True(moved.ExitCode == 0, moved.ToString());
        Assert.Single(LockFileFormat.ReadFile(project.PathOf("locks/app.json")).Models);
    }

    [Fact]
    public void Locked_mode_fails_the_build_at_the_lock_file()
    {
        using var project = new TargetsProject(Models).WithFile("models/sorter.gguf", Sorter);

        var result = project.Build("-p:ModelLicenseGuardLockedMode=true");

        Assert.True(result.ExitCode != 0, result.ToString());
        var error = Assert.Single(result.WithId(DiagnosticIds.LockDrift));
        Assert.Equal("error", error.Severity);
        Assert.Equal(project.PathOf("models.lock.json"), error.File);
        Assert.False(File.Exists(project.PathOf("models.lock.json")));
    }
}
