using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Tasks.Tests;

public sealed class CheckModelLicensesTests : IDisposable
{
    private readonly TempDirectory _project = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _project.Dispose();

    private string ManifestPath => _project.PathOf("obj/" + ManifestFormat.FileName);

    private string ProjectFile => _project.PathOf("App.csproj");

    [Fact]
    public void Commercial_policy_fails_the_build_on_a_non_commercial_model_naming_file_and_licence()
    {
        Resolve(("models/research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build()));

        Assert.False(Check("Commercial").Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        Assert.Equal(DiagnosticIds.PolicyViolation, error.Code);
        Assert.Equal(_project.PathOf("models/research.gguf"), error.File);
        Assert.Contains("'Research Model'", error.Message, StringComparison.Ordinal);
        Assert.Contains("models/research.gguf", error.Message, StringComparison.Ordinal);
        Assert.Contains("'cc-by-nc-4.0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("non-commercial use only", error.Message, StringComparison.Ordinal);
        Assert.Equal(HelpLinks.For(DiagnosticIds.PolicyViolation), error.HelpLink);
    }

    [Theory]
    [InlineData("commercial")]
    [InlineData(" COMMERCIAL ")]
    public void Policy_names_are_case_insensitive(string policy)
    {
        Resolve(("research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build()));

        Assert.False(Check(policy).Execute());

        Assert.Equal(DiagnosticIds.PolicyViolation, Assert.Single(_engine.Errors).Code);
    }

    [Theory]
    [InlineData("apache-2.0")]
    [InlineData("mit")]
    public void Commercial_policy_allows_models_that_allow_commercial_use(string license)
    {
        Resolve(("models/model.gguf", GgufBuilder.Model("Model", license).Build()));

        Assert.True(Check("Commercial").Execute());

        Assert.Empty(_engine.Diagnostics);
    }

    [Theory]
    [InlineData("llama3.1", "user-cap clause")]
    [InlineData("gemma", "use-restriction clause")]
    [InlineData("other", "no licence ModelLicenseGuard could determine")]
    public void Commercial_policy_fails_user_cap_field_of_use_and_unknown_licences_naming_the_clause(string license, string clause)
    {
        Resolve(("models/model.gguf", GgufBuilder.Model("Model", license).Build()));

        Assert.False(Check("Commercial").Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(DiagnosticIds.PolicyViolation, error.Code);
        Assert.Contains(clause, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_justified_allow_lets_the_model_through_and_says_so_in_the_log()
    {
        Resolve(("models/llama.gguf", GgufBuilder.Model("Llama 3.1 8B", "llama3.1").Build()));
        var check = Check("Commercial");
        check.Allow = [Item("llama3.1", ("Justification", "approved by legal, LEGAL-42"), ("Expires", "2099-01-01"))];

        Assert.True(check.Execute(), _engine.ToString());

        Assert.Empty(_engine.Diagnostics);
        var logged = Assert.Single(_engine.Messages, m => m.Contains("ModelLicenseAllow", StringComparison.Ordinal));
        Assert.Contains("approved by legal, LEGAL-42", logged, StringComparison.Ordinal);
        Assert.Contains("until 2099-01-01", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allowed_model_whose_name_has_braces_is_logged_verbatim()
    {
        Resolve(("models/llama.gguf", GgufBuilder.Model("Llama {0} {name}", "llama3.1").Build()));
        var check = Check("Commercial");
        check.Allow = [Item("llama3.1", ("Justification", "reviewed {1}"))];

        Assert.True(check.Execute(), _engine.ToString());

        Assert.Contains(_engine.Messages, m => m.Contains("'Llama {0} {name}'", StringComparison.Ordinal) && m.Contains("reviewed {1}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_glob_in_match_metadata_allows_every_model_it_matches()
    {
        Resolve(
            ("models/llama-a.gguf", GgufBuilder.Model("Llama A", "llama3.1").Build()),
            ("models/llama-b.gguf", GgufBuilder.Model("Llama B", "llama3.2").Build()),
            ("models/gemma.gguf", GgufBuilder.Model("Gemma", "gemma").Build()));
        var check = Check("Commercial");
        check.Allow = [Item("Meta Llama", ("Match", "llama3.*"), ("Justification", "Meta licence reviewed"))];

        Assert.False(check.Execute());

        Assert.Equal([_project.PathOf("models/gemma.gguf")], _engine.Errors.Select(e => e.File));
    }

    [Fact]
    public void An_allow_without_justification_is_MLG0021_at_its_line_and_allows_nothing()
    {
        File.WriteAllText(ProjectFile, "<Project>\n  <ItemGroup>\n    <ModelLicenseAllow Include=\"llama3.1\" />\n  </ItemGroup>\n</Project>\n");
        Resolve(("models/llama.gguf", GgufBuilder.Model("Llama", "llama3.1").Build()));
        var check = Check("Commercial");
        check.Allow = [Item("llama3.1")];

        Assert.False(check.Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.AllowWithoutJustification, warning.Code);
        Assert.Equal(ProjectFile, warning.File);
        Assert.Equal((3, 33), (warning.Line, warning.Column));
        Assert.Contains("'llama3.1'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Justification", warning.Message, StringComparison.Ordinal);
        Assert.Equal(HelpLinks.For(DiagnosticIds.AllowWithoutJustification), warning.HelpLink);
        Assert.Equal(DiagnosticIds.PolicyViolation, Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void An_allow_without_justification_is_reported_even_when_the_policy_enforces_nothing()
    {
        var check = Check("None");
        check.Allow = [Item("llama3.1", ("Justification", " "))];

        Assert.True(check.Execute());

        Assert.Equal(DiagnosticIds.AllowWithoutJustification, Assert.Single(_engine.Warnings).Code);
    }

    [Fact]
    public void An_expired_allow_is_MLG0022_and_stops_allowing()
    {
        Resolve(("models/llama.gguf", GgufBuilder.Model("Llama", "llama3.1").Build()));
        var check = Check("Commercial");
        check.Allow = [Item("llama3.1", ("Justification", "approved for the 2026 pilot"), ("Expires", "2027-01-01"))];
        check.Today = "2027-01-01";

        Assert.False(check.Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.AllowExpired, warning.Code);
        Assert.Contains("expired on 2027-01-01", warning.Message, StringComparison.Ordinal);
        Assert.Contains("approved for the 2026 pilot", warning.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticIds.PolicyViolation, Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void A_policy_date_that_is_not_a_date_is_MLG0023_and_today_is_used()
    {
        var check = Check("Commercial");
        check.Today = "yesterday";

        Assert.True(check.Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal((DiagnosticIds.PolicyItemMalformed, ProjectFile), (warning.Code, warning.File));
        Assert.Contains("ModelLicenseGuardPolicyDate 'yesterday'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allow_is_honoured_until_the_day_before_it_expires()
    {
        Resolve(("models/llama.gguf", GgufBuilder.Model("Llama", "llama3.1").Build()));
        var check = Check("Commercial");
        check.Allow = [Item("llama3.1", ("Justification", "approved"), ("Expires", "2027-01-01"))];
        check.Today = "2026-12-31";

        Assert.True(check.Execute(), _engine.ToString());

        Assert.Empty(_engine.Diagnostics);
    }

    [Theory]
    [InlineData("01/02/2027")]
    [InlineData("next year")]
    [InlineData("2027-13-01")]
    public void An_expiry_that_is_not_a_date_is_MLG0023_and_the_allow_is_ignored(string expires)
    {
        Resolve(("models/llama.gguf", GgufBuilder.Model("Llama", "llama3.1").Build()));
        var check = Check("Commercial");
        check.Allow = [Item("llama3.1", ("Justification", "approved"), ("Expires", expires))];

        Assert.False(check.Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.PolicyItemMalformed, warning.Code);
        Assert.Contains($"Expires=\"{expires}\"", warning.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticIds.PolicyViolation, Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void A_deny_fails_an_otherwise_allowed_model_and_beats_an_allow()
    {
        Resolve(("models/embedder.gguf", GgufBuilder.Model("Embedder", "apache-2.0").Build()));
        var check = Check("Commercial");
        check.Deny = [Item("Embedder", ("Reason", "replaced by the v2 embedder"))];
        check.Allow = [Item("apache-2.0", ("Justification", "permissive"))];

        Assert.False(check.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Contains("ModelLicenseDeny 'Embedder' (replaced by the v2 embedder)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_source_only_with_open_weights_allowed_passes_apache_and_fails_llama()
    {
        Resolve(
            ("models/mistral.gguf", GgufBuilder.Model("Mistral 7B", "apache-2.0").Build()),
            ("models/llama.gguf", GgufBuilder.Model("Llama", "llama3.1").Build()));
        var check = Check("OpenSourceOnly");
        check.AllowOpenWeights = "true";

        Assert.False(check.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(_project.PathOf("models/llama.gguf"), error.File);
        Assert.Contains("below the open-weights tier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_policy_warns_about_a_non_commercial_model_and_never_fails()
    {
        Resolve(("models/research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build()));

        Assert.True(Check(null).Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.PolicyViolation, warning.Code);
        Assert.Contains("Permissive (the default)", warning.Message, StringComparison.Ordinal);
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void A_packaged_models_violation_is_reported_at_the_package_reference()
    {
        File.WriteAllText(ProjectFile, "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"Acme.Embeddings\" Version=\"1.2.0\" />\n  </ItemGroup>\n</Project>\n");
        var manifest = new ModelManifest();
        manifest.Models.Add(new ManifestEntry { Name = "Acme Embedder", Source = "nuget:Acme.Embeddings/1.2.0/content/embedder.onnx", License = "cc-by-nc-4.0", CommercialUse = CommercialUse.Forbidden });
        Directory.CreateDirectory(Path.GetDirectoryName(ManifestPath)!);
        File.WriteAllText(ManifestPath, ManifestFormat.Write(manifest));

        Assert.False(Check("Commercial").Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(ProjectFile, error.File);
        Assert.Equal((3, 32), (error.Line, error.Column));
    }

    [Fact]
    public void Open_source_only_fails_on_an_open_weights_model()
    {
        Resolve(("models/mistral.gguf", GgufBuilder.Model("Mistral 7B", "apache-2.0").Build()));

        Assert.False(Check("OpenSourceOnly").Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(DiagnosticIds.PolicyViolation, error.Code);
        Assert.Equal(_project.PathOf("models/mistral.gguf"), error.File);
        Assert.Contains("open-weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void None_policy_reports_nothing()
    {
        Resolve(
            ("models/research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build()),
            ("models/llama.gguf", GgufBuilder.Model("Llama", "llama3.1").Build()));

        Assert.True(Check("None").Execute());

        Assert.Empty(_engine.Diagnostics);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Permissive")]
    public void Unset_or_permissive_policy_warns_only_about_the_non_commercial_model_and_never_fails(string? policy)
    {
        Resolve(
            ("models/research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build()),
            ("models/llama.gguf", GgufBuilder.Model("Llama", "llama3.1").Build()));

        Assert.True(Check(policy).Execute());

        Assert.Empty(_engine.Errors);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal((DiagnosticIds.PolicyViolation, _project.PathOf("models/research.gguf")), (warning.Code, warning.File));
    }

    [Fact]
    public void Reports_every_violating_model()
    {
        Resolve(
            ("a.gguf", GgufBuilder.Model("A", "cc-by-nc-4.0").Build()),
            ("b.gguf", GgufBuilder.Model("B", "llama3.1").Build()),
            ("c.gguf", GgufBuilder.Model("C", "CC-BY-NC-4.0").Build()));

        Assert.False(Check("Commercial").Execute());

        Assert.Equal([_project.PathOf("a.gguf"), _project.PathOf("b.gguf"), _project.PathOf("c.gguf")], _engine.Errors.Select(e => e.File));
    }

    [Fact]
    public void An_unknown_policy_is_reported_even_before_any_manifest_exists()
    {
        Assert.True(Check("Comercial").Execute());

        Assert.Equal(DiagnosticIds.UnknownPolicy, Assert.Single(_engine.Warnings).Code);
    }

    [Fact]
    public void An_unknown_policy_is_a_warning_on_the_project_file_and_enforces_nothing()
    {
        Resolve(("models/research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build()));

        Assert.True(Check("Comercial").Execute());

        Assert.Empty(_engine.Errors);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.UnknownPolicy, warning.Code);
        Assert.Equal(ProjectFile, warning.File);
        Assert.Contains("'Comercial'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Commercial", warning.Message.Replace("'Comercial'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HelpLinks.For(DiagnosticIds.UnknownPolicy), warning.HelpLink);
    }

    [Fact]
    public void A_truncated_model_is_an_unreadable_model_warning_naming_the_file_and_the_build_goes_on()
    {
        var bytes = GgufBuilder.Model("Cut", "cc-by-nc-4.0").Build();
        Resolve(
            ("models/cut.gguf", bytes.AsSpan(0, bytes.Length / 4).ToArray()),
            ("models/fine.gguf", GgufBuilder.Model("Fine", "mit").Build()));

        Assert.True(Check("Commercial").Execute());

        Assert.Empty(_engine.Errors);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.UnreadableModel, warning.Code);
        Assert.Equal(_project.PathOf("models/cut.gguf"), warning.File);
        Assert.Contains("models/cut.gguf", warning.Message, StringComparison.Ordinal);
        Assert.Equal(HelpLinks.For(DiagnosticIds.UnreadableModel), warning.HelpLink);
    }

    [Fact]
    public void A_missing_model_file_is_an_unreadable_model_warning()
    {
        Resolve(files: ["models/missing.gguf"]);

        Assert.True(Check(null).Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.UnreadableModel, warning.Code);
        Assert.Equal(_project.PathOf("models/missing.gguf"), warning.File);
        Assert.Contains("does not exist", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hub_reference_is_an_unknown_licence_warning_on_the_reference_as_written()
    {
        Resolve(references: ["hf:no-such-org/no-such-model"]);

        Assert.True(Check(null).Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(DiagnosticIds.LicenseUnknown, warning.Code);
        Assert.Equal("hf:no-such-org/no-such-model", warning.File);
        Assert.Contains("hf:no-such-org/no-such-model", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_unknown_licence_is_warned_about_and_fails_open_source_only()
    {
        Resolve(("models/mystery.gguf", GgufBuilder.Model("Mystery", "other").Build()));

        Assert.False(Check("OpenSourceOnly").Execute());

        Assert.Equal([DiagnosticIds.LicenseUnknown], _engine.Warnings.Select(w => w.Code));
        Assert.Equal([DiagnosticIds.PolicyViolation], _engine.Errors.Select(e => e.Code));
        Assert.All(_engine.Diagnostics, d => Assert.Equal(_project.PathOf("models/mystery.gguf"), d.File));
    }

    [Fact]
    public void Every_warning_and_error_links_to_its_rule_page()
    {
        var bytes = GgufBuilder.Model("Cut", "mit").Build();
        Resolve(
            references: ["hf:org/name", "models/missing.gguf"],
            models:
            [
                ("models/cut.gguf", bytes.AsSpan(0, 30).ToArray()),
                ("models/nc.gguf", GgufBuilder.Model("NC", "cc-by-nc-4.0").Build()),
                ("models/unknown.gguf", GgufBuilder.Model("Unknown", "acme-1.0").Build()),
            ]);

        Assert.False(Check("Commercial").Execute());
        Assert.True(Check("NotAPolicy").Execute());

        Assert.Equal(
            [DiagnosticIds.PolicyViolation, DiagnosticIds.UnknownPolicy, DiagnosticIds.LicenseUnknown, DiagnosticIds.UnreadableModel],
            _engine.Diagnostics.Select(d => d.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal));
        Assert.All(_engine.Diagnostics, d =>
        {
            Assert.NotNull(d.Code);
            Assert.NotNull(d.HelpLink);
            Assert.StartsWith("https://", d.HelpLink, StringComparison.Ordinal);
            Assert.EndsWith($"docs/rules/{d.Code}.md", d.HelpLink, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Without_a_manifest_nothing_is_reported()
    {
        Assert.True(Check("Commercial").Execute());

        Assert.Empty(_engine.Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a manifest at all")]
    [InlineData("format: modellicenseguard-manifest/2\n[problem]\ncode: MLG0032\nfile: x\nmessage: m\n")]
    public void A_manifest_it_cannot_read_is_reported_as_damaged_and_nothing_in_it_is_trusted(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ManifestPath)!);
        File.WriteAllText(ManifestPath, text);

        Assert.True(Check("Commercial").Execute());

        var damaged = Assert.Single(_engine.Diagnostics);
        Assert.Equal((DiagnosticIds.ManifestDamaged, Path.GetFullPath(ManifestPath)), (damaged.Code, damaged.File));
        Assert.Contains("build the project (dotnet build) to rewrite it", damaged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_with_braces_are_logged_verbatim()
    {
        var manifest = new ModelManifest();
        manifest.Models.Add(new ManifestEntry { Name = "{0} {name} }{", Source = "m{1}.gguf", License = "cc-by-nc-4.0", CommercialUse = CommercialUse.Forbidden });
        manifest.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, "p{0}.gguf", "cannot read {0}"));
        Directory.CreateDirectory(Path.GetDirectoryName(ManifestPath)!);
        File.WriteAllText(ManifestPath, ManifestFormat.Write(manifest));

        Assert.False(Check("Commercial").Execute());

        Assert.StartsWith("cannot read {0}", Assert.Single(_engine.Warnings).Message, StringComparison.Ordinal);
        Assert.Contains("'{0} {name} }{'", Assert.Single(_engine.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_path_that_is_a_folder_reports_nothing()
    {
        Directory.CreateDirectory(ManifestPath);

        Assert.True(Check("Commercial").Execute());

        Assert.Empty(_engine.Diagnostics);
    }

    [Fact]
    public void In_a_design_time_build_only_the_policy_file_is_written_and_nothing_is_reported()
    {
        Resolve(("models/research.gguf", GgufBuilder.Model("Research Model", "cc-by-nc-4.0").Build()));
        var policyFile = _project.PathOf("obj/" + ModelLicenseGuard.Policy.PolicyFile.FileName);
        var task = Check("Commercial");
        task.PolicySettingsFile = policyFile;
        task.ReportFindings = false;
        task.Today = "not a date";
        task.Allow = [Item("cc-by-nc-4.0", ("Justification", "internal research tool")), Item("no-reason")];

        Assert.True(task.Execute());

        Assert.Empty(_engine.Diagnostics);
        var written = ModelLicenseGuard.Policy.PolicyFile.Read(File.ReadAllText(policyFile), new DateTime(2026, 6, 1));
        Assert.NotNull(written);
        Assert.Equal(ModelLicenseGuard.Policy.ModelLicensePolicy.Commercial, written.Policy);
        Assert.Equal("cc-by-nc-4.0", Assert.Single(written.Allow).Pattern);
    }

    [Fact]
    public void The_policy_and_its_items_are_written_for_the_analyzer_and_rewritten_only_when_they_change()
    {
        var policyFile = _project.PathOf("obj/" + ModelLicenseGuard.Policy.PolicyFile.FileName);
        var task = Check("Commercial");
        task.PolicySettingsFile = policyFile;
        task.Allow = [Item("llama3.1", ("Justification", "approved by legal"), ("Expires", "2027-01-01"))];
        task.Deny = [Item("deny-me", ("Match", "cc-by-nc-*"))];
        // The allow holds on this day whatever day the test runs.
        task.Today = "2026-06-01";

        Assert.True(task.Execute());
        var written = ModelLicenseGuard.Policy.PolicyFile.Read(File.ReadAllText(policyFile), new DateTime(2026, 6, 1));
        Assert.NotNull(written);
        Assert.Equal(ModelLicenseGuard.Policy.ModelLicensePolicy.Commercial, written.Policy);
        Assert.Equal(("llama3.1", "approved by legal", (DateTime?)new DateTime(2027, 1, 1)), (written.Allow[0].Pattern, written.Allow[0].Justification, written.Allow[0].Expires));
        Assert.Equal("cc-by-nc-*", Assert.Single(written.Deny).Pattern);

        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(policyFile, stamp);
        Assert.True(task.Execute());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(policyFile));
    }

    private void Resolve(params (string Path, byte[] Bytes)[] models) => Resolve(files: null, references: null, models: models);

    private void Resolve(string[]? files = null, string[]? references = null, (string Path, byte[] Bytes)[]? models = null)
    {
        foreach (var (path, bytes) in models ?? [])
        {
            _project.WriteBytes(path, bytes);
        }

        var engine = new FakeBuildEngine();
        var task = new ResolveModelArtifacts
        {
            BuildEngine = engine,
            ProjectDirectory = _project.FullPath,
            ManifestPath = ManifestPath,
            ModelFiles = Items([.. (models ?? []).Select(m => m.Path), .. files ?? []]),
            ModelReferences = Items(references ?? []),
        };
        Assert.True(task.Execute());
        Assert.Empty(engine.Diagnostics);
    }

    private CheckModelLicenses Check(string? policy) => new()
    {
        BuildEngine = _engine,
        ManifestPath = ManifestPath,
        ProjectDirectory = _project.FullPath,
        ProjectFile = ProjectFile,
        Policy = policy,
    };

    private static TaskItem Item(string spec, params (string Name, string Value)[] metadata)
    {
        var item = new TaskItem(spec);
        foreach (var (name, value) in metadata)
        {
            item.SetMetadata(name, value);
        }

        return item;
    }

    private static ITaskItem[] Items(string[] specs) => specs.Select(s => (ITaskItem)new TaskItem(s)).ToArray();
}
