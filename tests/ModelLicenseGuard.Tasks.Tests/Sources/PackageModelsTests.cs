using System;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Tasks.Resolution;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests.Sources;

public sealed class PackageModelsTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void A_model_a_package_lists_is_read_under_the_package_licence_and_nothing_outside_the_package_is()
    {
        _root.WriteBytes("packages/acme.models/1.2.0/content/tiny.gguf", GgufBuilder.Model("Tiny Model", null).Build());
        _root.WriteBytes("packages/acme.models/1.2.0/acme.models.nuspec", Encoding.UTF8.GetBytes("""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata><id>Acme.Models</id><version>1.2.0</version><authors>a</authors><description>d</description><license type="expression">CC-BY-NC-4.0</license></metadata>
            </package>
            """));
        _root.WriteBytes("packages/secret.gguf", GgufBuilder.Model("Outside", "mit").Build());
        _root.WriteBytes("packages/plain/1.0.0/lib/net8.0/Plain.dll", [0]);
        var assets = WriteAssets($$"""
            { "libraries": {
                "Acme.Models/1.2.0": { "type": "package", "path": "acme.models/1.2.0", "files": [ "acme.models.nuspec", "content/tiny.gguf", "../secret.gguf", "content/gone.gguf" ] },
                "Plain/1.0.0": { "type": "package", "path": "plain/1.0.0", "files": [ "lib/net8.0/Plain.dll" ] } },
              "packageFolders": { "{{Json(_root.PathOf("elsewhere"))}}": {}, "{{Json(_root.PathOf("packages"))}}": {} } }
            """);

        var manifest = new ModelResolver(_root.FullPath) { ProjectAssetsFile = assets }.Resolve();

        Assert.Empty(manifest.Problems);
        var model = Assert.Single(manifest.Models);
        Assert.Equal("nuget:Acme.Models/1.2.0/content/tiny.gguf", model.Source);
        Assert.Equal("cc-by-nc-4.0", model.License, ignoreCase: true);
        Assert.Contains("Acme.Models.nuspec", model.LicenseOrigin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_assets_file_is_one_problem_naming_it_and_the_project_s_own_models_still_count()
    {
        _root.WriteBytes("m.gguf", GgufBuilder.Model("Own Model", "mit").Build());
        var assets = WriteAssets("{ \"libraries\": { \"A/1.0.0\": ");

        var manifest = new ModelResolver(_root.FullPath) { ProjectAssetsFile = assets, ModelFiles = ["m.gguf"] }.Resolve();

        Assert.Equal("Own Model", Assert.Single(manifest.Models).Name);
        var problem = Assert.Single(manifest.Problems);
        Assert.Equal(DiagnosticIds.UnreadableModel, problem.Code);
        Assert.Contains("project.assets.json", problem.Message, StringComparison.Ordinal);
        Assert.Contains("invalid JSON at byte", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_models_keep_their_place_after_the_project_s_own_files_though_the_assets_file_is_read_first()
    {
        _root.WriteBytes("packages/acme.models/1.2.0/content/tiny.gguf", GgufBuilder.Model("Package Model", "apache-2.0").Build());
        _root.WriteBytes("z-own.gguf", GgufBuilder.Model("Own Model", "mit").Build());
        var assets = WriteAssets($$"""
            { "libraries": { "Acme.Models/1.2.0": { "type": "package", "path": "acme.models/1.2.0", "files": [ "content/tiny.gguf" ] } },
              "packageFolders": { "{{Json(_root.PathOf("packages"))}}": {} } }
            """);

        var manifest = new ModelResolver(_root.FullPath) { ProjectAssetsFile = assets, ModelFiles = ["z-own.gguf"] }.Resolve();

        Assert.Equal(["Own Model", "Package Model"], manifest.Models.Select(m => m.Name));
    }

    private string WriteAssets(string text) => _root.WriteBytes("obj/project.assets.json", Encoding.UTF8.GetBytes(text));

    private static string Json(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal);
}
