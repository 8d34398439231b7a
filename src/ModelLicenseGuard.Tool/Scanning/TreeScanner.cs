using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.SolutionPersistence.Model;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Resolution;
using ModelLicenseGuard.Tool.Output;

namespace ModelLicenseGuard.Tool.Scanning;

/// <summary>
/// Scans a folder, project or solution for models without building it: each project's inputs are read from its XML
/// (<see cref="StaticProject"/>), resolved by the build's own <see cref="ModelResolver"/> and judged by
/// <see cref="ReportJudge"/>, so a model gets the licence, tier and verdict <c>dotnet build</c> would give it.
/// </summary>
internal static class TreeScanner
{
    public static int Run(string path, PolicyOptions policy, OutputStyle style, ToolConsole console, CancellationToken cancellationToken)
    {
        var report = Scan(path, policy, console.CurrentDirectory, cancellationToken);
        ReportWriter.Write(report, style, console.Output);
        return report.FailsPolicy ? ExitCodes.PolicyViolation : ExitCodes.Clean;
    }

    /// <summary>The report for <paramref name="path"/>; a <see cref="ToolInputException"/> when it cannot be scanned at all.</summary>
    public static ToolReport Scan(string path, PolicyOptions policy, string currentDirectory, CancellationToken cancellationToken)
    {
        string fullPath;
        try
        {
            fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(currentDirectory, path)));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ToolInputException($"'{path}' is not a valid path: {exception.Message}", exception);
        }

        var report = new ToolReport("scan", path);
        // An unknown --policy is a usage error before anything is read; a bad --allow or --deny is reported once.
        var commandLineProblems = new List<ManifestProblem>();
        policy.ToSettings(null, commandLineProblems);
        report.Problems.AddRange(commandLineProblems);

        if (Directory.Exists(fullPath))
        {
            var tree = FileTree.Walk([fullPath], cancellationToken);
            var scan = new ScanState(fullPath, tree, policy, report);
            var projects = tree.ProjectFiles.ToList();
            if (projects.Count == 0)
            {
                scan.Folder(cancellationToken);
            }
            else
            {
                foreach (var project in projects)
                {
                    scan.Project(project, alone: false, cancellationToken);
                }
            }

            scan.Finish();
            return report;
        }

        if (!File.Exists(fullPath))
        {
            throw new ToolInputException($"'{path}' does not exist. Give a folder, a project file or a solution (.sln, .slnx).");
        }

        var root = Path.GetDirectoryName(fullPath)!;
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        if (extension is ".sln" or ".slnx")
        {
            var projects = SolutionProjects(fullPath, path, cancellationToken);
            var tree = FileTree.Walk(projects.Select(project => Path.GetDirectoryName(project)!), cancellationToken);
            var scan = new ScanState(root, tree, policy, report);
            foreach (var project in projects)
            {
                if (!File.Exists(project))
                {
                    report.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, scan.Relative(project), $"The solution lists '{scan.Relative(project)}', which does not exist; its models were not scanned."));
                    continue;
                }

                scan.Project(project, alone: false, cancellationToken);
            }

            scan.Finish();
            return report;
        }

        if (extension.EndsWith("proj", StringComparison.Ordinal))
        {
            var tree = FileTree.Walk([root], cancellationToken);
            var scan = new ScanState(root, tree, policy, report);
            scan.Project(fullPath, alone: true, cancellationToken);
            scan.Finish();
            return report;
        }

        throw new ToolInputException($"'{path}' is not a folder, a project file or a solution (.sln, .slnx).");
    }

    /// <summary>The projects a .sln or .slnx lists, read with Visual Studio's own solution library.</summary>
    private static List<string> SolutionProjects(string solution, string shownAs, CancellationToken cancellationToken)
    {
        var serializer = SolutionSerializers.GetSerializerByMoniker(solution)
            ?? throw new ToolInputException($"'{shownAs}' is not a solution file Visual Studio can read.");
        SolutionModel model;
        try
        {
            model = serializer.OpenAsync(solution, cancellationToken).GetAwaiter().GetResult();
        }
        catch (SolutionException exception)
        {
            throw new ToolInputException($"'{shownAs}' cannot be read as a solution: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Xml.XmlException or FormatException or InvalidOperationException)
        {
            throw new ToolInputException($"'{shownAs}' cannot be read as a solution: {exception.Message}", exception);
        }

        // Solutions also list C++, SQL or shared projects, which have no .NET items for the build's package to check.
        var folder = Path.GetDirectoryName(solution)!;
        return model.SolutionProjects
            .Select(project => Path.GetFullPath(Path.Combine(folder, project.FilePath.Replace('\\', Path.DirectorySeparatorChar))))
            .Where(FileTree.IsProjectFile)
            .Distinct(ModelResolver.PathComparer)
            .ToList();
    }

    /// <summary>One scan: its root (locations are shown relative to it), the tree walked once, and the report it fills.</summary>
    private sealed class ScanState(string root, FileTree tree, PolicyOptions policy, ToolReport report)
    {
        private readonly HashSet<ModelLicensePolicy> _policies = [];

        /// <summary>Every project (or the folder) judged by the same policy names it in the report; else a note says so.</summary>
        public void Finish()
        {
            if (_policies.Count > 1)
            {
                report.MixedPolicies = true;
                report.Notes.Add("The projects are judged by different policies (" + string.Join(", ", _policies.Order()) + "): each by its own ModelLicensePolicy.");
            }
        }

        /// <summary>A folder without projects: one tree of files, judged by the package's defaults and the command line.</summary>
        public void Folder(CancellationToken cancellationToken)
        {
            var defaults = StaticProject.PackageDefaults(root);
            var files = tree.Under(root).ToList();
            var models = Extensions(defaults.Property("ModelLicenseGuardModelExtensions"));
            var sniffed = Extensions(defaults.Property("ModelLicenseGuardSniffExtensions"));
            var resolver = new ModelResolver(root)
            {
                ModelFiles = [.. files.Where(file => models.Contains(Path.GetExtension(file))).Select(Relative)],
                CandidateFiles = [.. files.Where(file => sniffed.Contains(Path.GetExtension(file))).Select(Relative)],
                // No project says which folder is the application's, so every appsettings*.json in the tree is read.
                ConfigurationFiles = [.. files.Where(IsConfigurationFile).Select(Relative)],
                ModelExtensions = defaults.Property("ModelLicenseGuardModelExtensions"),
            };
            cancellationToken.ThrowIfCancellationRequested();
            var settings = policy.ToSettings(null, []);
            Judge(resolver.Resolve(), settings, root, project: null);
            if (AiLibraryUse.FirstUser(files) is { } user)
            {
                report.Notes.Add($"{Relative(user)} uses an AI library: {AnalyzerAdvice(hasPackage: false)}");
            }
        }

        public void Project(string projectFile, bool alone, CancellationToken cancellationToken)
        {
            var folder = Path.GetDirectoryName(projectFile)!;
            var shown = Relative(projectFile);
            StaticProject project;
            try
            {
                project = StaticProject.Read(projectFile, tree.Under(folder));
            }
            catch (ProjectReadException exception) when (!alone)
            {
                // One broken project among several costs its own models only.
                report.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, shown, $"{exception.Message} Its models were not scanned."));
                return;
            }
            catch (ProjectReadException exception)
            {
                throw new ToolInputException(exception.Message, exception);
            }
            catch (Exception exception) when (!alone && exception is IOException or UnauthorizedAccessException)
            {
                // A folder an Include glob reaches that cannot be listed: this project's problem, not the whole scan's.
                report.Problems.Add(new ManifestProblem(DiagnosticIds.UnreadableModel, shown, $"'{shown}' cannot be read: {exception.Message} Its models were not scanned."));
                return;
            }

            // The targets run only when the property is 'true' (the package's default).
            if (!string.Equals(project.Property("ModelLicenseGuardEnabled"), "true", StringComparison.OrdinalIgnoreCase))
            {
                report.Notes.Add($"{shown}: ModelLicenseGuardEnabled is not true, so the build checks none of its models; not scanned.");
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var fileItems = project.Items.Where(item => StaticProject.IsFileItem(item.Type)).ToList();
            var models = Extensions(project.Property("ModelLicenseGuardModelExtensions"));
            var sniffed = Extensions(project.Property("ModelLicenseGuardSniffExtensions"));
            var resolver = new ModelResolver(folder)
            {
                ModelFiles = [.. fileItems.Where(item => models.Contains(Path.GetExtension(item.Spec))).Select(item => item.Spec)],
                CandidateFiles = [.. fileItems.Where(item => sniffed.Contains(Path.GetExtension(item.Spec))).Select(item => item.Spec)],
                ModelReferences = [.. project.ItemsOf("ModelReference").Select(item => new ModelReferenceInput(item.Spec, item.Get("Revision")))],
                // As the build's glob: appsettings*.json in the project folder itself.
                ConfigurationFiles = IsFalse(project.Property("ModelLicenseGuardCheckConfiguration"))
                    ? []
                    : [.. tree.Under(folder).Where(file => Path.GetDirectoryName(file) == folder && IsConfigurationFile(file)).Select(file => Path.GetFileName(file))],
                ConfigurationKeys = [.. project.ItemsOf("ModelConfigurationKey").Select(item => new ConfigurationKeyInput(item.Spec, item.Get("Kind")))],
                ModelExtensions = project.Property("ModelLicenseGuardModelExtensions"),
                Budget = new ReadBudget(Number(project.Property("ModelLicenseGuardMaxHeaderBytes")), Number(project.Property("ModelLicenseGuardMaxTotalHeaderBytes")), (int)Math.Min(int.MaxValue, Number(project.Property("ModelLicenseGuardModelReadingTimeout")))),
            };

            var assets = AssetsFile(project);
            if (File.Exists(assets))
            {
                resolver.ProjectAssetsFile = assets;
            }
            else
            {
                report.Notes.Add($"{shown}: {Relative(assets)} does not exist, so the models its NuGet packages carry were not searched; run 'dotnet restore' first.");
            }

            var settings = Settings(project, shown);
            Judge(resolver.Resolve(), settings, folder, shown);

            if (AiLibraryUse.FirstUser(tree.Under(folder)) is not null)
            {
                var hasPackage = project.ItemsOf("PackageReference").Any(item => item.Spec.Equals("ModelLicenseGuard", StringComparison.OrdinalIgnoreCase));
                report.Notes.Add($"{shown} uses an AI library: {AnalyzerAdvice(hasPackage)}");
            }
        }

        public string Relative(string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

        /// <summary>The project's policy, allows and denies as the build's check reads them, under what the command line says.</summary>
        private PolicySettings Settings(StaticProject project, string shown)
        {
            var projectPolicy = project.Property("ModelLicensePolicy");
            if (string.IsNullOrWhiteSpace(policy.Policy) && !PolicyEvaluator.TryParse(projectPolicy, out _))
            {
                // As the build: a mistyped policy is a warning, and no policy is enforced.
                report.Problems.Add(new ManifestProblem(DiagnosticIds.UnknownPolicy, shown, $"ModelLicensePolicy '{projectPolicy}' is not a known policy; use None, Permissive, Commercial or OpenSourceOnly. No policy is enforced."));
                projectPolicy = nameof(ModelLicensePolicy.None);
            }

            var settings = policy.ToSettings(projectPolicy, []);
            settings.AllowOpenWeights |= string.Equals(project.Property("ModelLicenseAllowOpenWeights"), "true", StringComparison.OrdinalIgnoreCase);
            if (project.Property("ModelLicenseGuardPolicyDate") is { Length: > 0 } date
                && DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            {
                settings.Today = today;
            }

            foreach (var item in project.ItemsOf(PolicyListReader.AllowItem))
            {
                var entry = PolicyListReader.Allow(PolicyListReader.ItemPattern(item.Spec, item.Get("Match")), item.Get("Justification"), item.Get("Expires"), settings.Today, out var code, out var message);
                if (entry is null)
                {
                    report.Problems.Add(new ManifestProblem(code!, Relative(item.DefiningFile), message!) { Line = item.Line });
                    continue;
                }

                settings.Allow.Add(entry);
            }

            foreach (var item in project.ItemsOf(PolicyListReader.DenyItem))
            {
                var entry = PolicyListReader.Deny(PolicyListReader.ItemPattern(item.Spec, item.Get("Match")), PolicyListReader.DenyReason(item.Get("Reason"), item.Get("Justification")), item.Get("Expires"), out var code, out var message);
                if (entry is null)
                {
                    report.Problems.Add(new ManifestProblem(code!, Relative(item.DefiningFile), message!) { Line = item.Line });
                    continue;
                }

                settings.Deny.Add(entry);
            }

            return settings;
        }

        private void Judge(ModelManifest manifest, PolicySettings settings, string folder, string? project)
        {
            // Problems name their input as the build's resolver saw it, relative to the project; shown from the root.
            var problems = manifest.Problems.Select(problem => problem with { File = Locate(folder, problem.File) }).ToList();
            manifest.Problems.Clear();
            manifest.Problems.AddRange(problems);
            var first = report.Models.Count;
            ReportJudge.Judge(report, manifest, settings, model => Location(model, folder, project));
            for (var i = first; i < report.Models.Count; i++)
            {
                var source = report.Models[i].Model.Source;
                if (source.StartsWith("nuget:", StringComparison.Ordinal) && source.Split('/') is { Length: > 2 } parts)
                {
                    report.Models[i] = report.Models[i] with { Package = string.Concat(parts[0].AsSpan("nuget:".Length), "/", parts[1]) };
                }
            }

            _policies.Add(settings.Policy);
        }

        /// <summary>A file as a path from the root; a configured model at the line that names it; a reference with its project.</summary>
        private string Location(ManifestEntry model, string folder, string? project)
        {
            if (model.OriginFile is { } origin)
            {
                return $"{Locate(folder, origin)}:{model.OriginLine}";
            }

            var location = Locate(folder, model.Source);
            return IsReference(model.Source) && project is not null ? $"{location} ({project})" : location;
        }

        private string Locate(string folder, string source)
        {
            if (source.Length == 0 || IsReference(source))
            {
                return source;
            }

            try
            {
                return Relative(Path.GetFullPath(Path.Combine(folder, source)));
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return source;
            }
        }

        // hf:org/name, ollama:tag, nuget:Id/1.0/path: a scheme of two letters or more, which no drive letter has.
        private static bool IsReference(string source) => source.IndexOf(':') > 1 && !Path.IsPathRooted(source);

        /// <summary><c>obj/project.assets.json</c>, or wherever the project moved its intermediate folder.</summary>
        private static string AssetsFile(StaticProject project)
        {
            var folder = project.Property("MSBuildProjectExtensionsPath");
            if (string.IsNullOrWhiteSpace(folder))
            {
                folder = project.Property("BaseIntermediateOutputPath");
            }

            return Path.GetFullPath(Path.Combine(project.Directory, string.IsNullOrWhiteSpace(folder) ? "obj" : folder.Replace('\\', '/'), "project.assets.json"));
        }
    }

    private static string AnalyzerAdvice(bool hasPackage)
        => hasPackage
            ? "models it names in C# code are found by ModelLicenseGuard's analyzer when the project builds, not by this scan."
            : "models named in C# code are found by ModelLicenseGuard's build-time analyzer, not by this scan. Add it with 'dotnet add package ModelLicenseGuard' (or <PackageReference Include=\"ModelLicenseGuard\" Version=\"…\" PrivateAssets=\"all\" />).";

    // As the build's globs: appsettings*.json, AppSettings*.json, Appsettings*.json and an Azure Functions app's local.settings.json.
    private static bool IsConfigurationFile(string file)
    {
        var name = Path.GetFileName(file);
        return string.Equals(name, "local.settings.json", Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
            || (name.StartsWith("appsettings", StringComparison.Ordinal) || name.StartsWith("AppSettings", StringComparison.Ordinal) || name.StartsWith("Appsettings", StringComparison.Ordinal)
            || (Path.DirectorySeparatorChar == '\\' && name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)))
            && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An extension list as the build's targets compare it: case-insensitive, ';'-separated.</summary>
    private static HashSet<string> Extensions(string? list)
        => new((list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);

    private static bool IsFalse(string? value) => string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    private static long Number(string? value) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
