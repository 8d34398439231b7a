using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Testing;
using NuGet.ProjectModel;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public sealed class AssetsFileReaderTests
{
    private static readonly HashSet<string> Models = new(StringComparer.OrdinalIgnoreCase) { ".gguf", ".onnx" };

    [Fact]
    public void Packages_keep_their_id_version_folder_and_listed_model_files_and_projects_and_the_rest_are_skipped()
    {
        var assets = Read("""
            {
              "version": 3,
              "targets": { "net10.0": { "Acme.Models/1.2.0": { "type": "package", "contentFiles": { "x.gguf": {} } } } },
              "libraries": {
                "Acme.Models/1.2.0": {
                  "sha512": "abc==",
                  "type": "package",
                  "path": "acme.models/1.2.0",
                  "files": [ ".nupkg.metadata", "acme.models.nuspec", "content/Models/Tiny.GGUF", "lib/net8.0/Acme.dll", "content/x.onnx/readme.txt", "content/noext" ]
                },
                "Plain/2.0.0": { "type": "package", "files": [ "lib/net8.0/Plain.dll" ], "path": "plain/2.0.0" },
                "Unlisted/1.0.0": { "type": "package", "path": "unlisted/1.0.0" },
                "Lib/1.0.0": { "type": "project", "path": "../Lib/Lib.csproj", "msbuildProject": "../Lib/Lib.csproj", "files": [ "a.gguf" ] }
              },
              "projectFileDependencyGroups": { "net10.0": [ "Acme.Models >= 1.2.0" ] },
              "packageFolders": { "/srv/nuget/packages/": {}, "/srv/fallback/": {} },
              "project": { "version": "1.0.0", "restore": { "projectName": "App" } },
              "logs": [ { "code": "NU1603", "message": "…" } ]
            }
            """);

        Assert.Equal(["/srv/nuget/packages/", "/srv/fallback/"], assets.PackageFolders);
        Assert.Equal(
            ["Acme.Models 1.2.0 acme.models/1.2.0 True content/Models/Tiny.GGUF", "Plain 2.0.0 plain/2.0.0 True ", "Unlisted 1.0.0 unlisted/1.0.0 False "],
            assets.Packages.Select(p => $"{p.Name} {p.Version} {p.Path} {p.ListsFiles} {string.Join(",", p.ModelFiles)}"));
    }

    [Fact]
    public void What_the_reader_keeps_of_a_real_assets_file_is_what_NuGet_reads_from_it()
    {
        // This test project's own assets file, written by the restore that built it: dozens of packages and their files.
        var path = Repository.PathOf("tests/ModelLicenseGuard.Tasks.Tests/obj/project.assets.json");
        var extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".dll", ".json" };
        var nuget = new LockFileFormat().Read(path);

        var ours = AssetsFileReader.Read(path, extensions);

        var expected = nuget.Libraries.Where(l => l.Type == "package" && l.Path is not null)
            .Select(l => $"{l.Name} {l.Version} {l.Path} {l.Files.Count > 0} {string.Join(",", l.Files.Where(f => extensions.Contains(Path.GetExtension(f))))}")
            .ToList();
        Assert.True(expected.Count > 20, $"only {expected.Count} packages in {path}");
        Assert.Equal(expected, ours.Packages.Select(p => $"{p.Name} {p.Version} {p.Path} {p.ListsFiles} {string.Join(",", p.ModelFiles)}"));
        Assert.Equal(nuget.PackageFolders.Select(f => f.Path), ours.PackageFolders);
    }

    [Theory]
    [InlineData("{ \"libraries\": { \"A/1.0.0\": { \"type\": \"package\", ", "invalid JSON at byte")]
    [InlineData("{ \"libraries\": [ } ", "invalid JSON at byte")]
    [InlineData("[ 1, 2 ]", "is not a JSON object")]
    [InlineData("{ } trailing", "invalid JSON at byte 4")]
    [InlineData("", "invalid JSON at byte 0")]
    public void Broken_json_is_one_error_that_says_where(string text, string message)
    {
        var exception = Assert.Throws<ModelFormatException>(() => Read(text));
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        Assert.Contains("project.assets.json", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_odd_values_are_passed_over()
    {
        var assets = Read("""
            { "libraries": { "NoSlash": { "type": "package", "path": "x", "files": [ "m.gguf" ] },
                             "A/1.0.0": { "type": 7, "path": "a/1.0.0", "files": [ "m.gguf" ] },
                             "B/1.0.0": { "type": "package", "path": [ "b" ], "files": [ "m.gguf" ] },
                             "C/1.0.0": "not an object",
                             "D/1.0.0": { "type": "PACKAGE", "path": "d/1.0.0", "files": [ 1, { "x": "y.gguf" }, "m.gguf", null ] } },
              "packageFolders": [ "/not/an/object/" ] }
            """, bom: true);

        Assert.Empty(assets.PackageFolders);
        var package = Assert.Single(assets.Packages);
        Assert.Equal(("D", "m.gguf"), (package.Name, Assert.Single(package.ModelFiles)));
    }

    [Fact]
    public void Only_the_first_files_of_a_huge_package_are_looked_at()
    {
        var files = string.Join(",", Enumerable.Range(0, AssetsFileReader.MaxFilesPerPackage).Select(i => $"\"f{i}.txt\"").Append("\"late.gguf\""));
        var package = Assert.Single(Read($$"""{ "libraries": { "Big/1.0.0": { "type": "package", "path": "big/1.0.0", "files": [ {{files}} ] } } }""").Packages);

        Assert.True(package.ListsFiles);
        Assert.Empty(package.ModelFiles);
    }

    private static AssetsPackages Read(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var stream = new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return AssetsFileReader.Read(stream, "project.assets.json", Models);
    }
}
