using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Runtime;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Sources;

namespace ModelLicenseGuard.Tasks.Resolution;

// Models the application's configuration files name.
internal sealed partial class ModelResolver
{
    /// <summary>
    /// What the configuration files say, read before the catalog is needed: the problems found on the way and, for each
    /// file, the model values it names (or what stopped its reading). <see cref="ResolveConfiguration"/> adds them to the
    /// manifest in their usual place.
    /// </summary>
    private sealed class ConfigurationScan
    {
        public List<ManifestProblem> KeyProblems { get; } = [];

        public List<(string Source, List<ConfigurationModels.Found>? Found, ManifestProblem? Problem, ExceptionDispatchInfo? Failure)> Files { get; } = [];

        /// <summary>The keys the files give a value (<see cref="ModelManifest.ConfigurationKeys"/>), up to <see cref="MaxConfigurationKeys"/>.</summary>
        public HashSet<string> SetKeys { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    // Enough for any application's settings; a file with more keys than this is not a settings file a person wrote.
    private const int MaxConfigurationKeys = 4096;

    /// <summary>
    /// Reads the configuration files for the model values they name. This needs no catalog, so it runs while the catalog
    /// loads; a failure is kept and reported against its file where the configuration's models join the manifest.
    /// </summary>
    private ConfigurationScan ScanConfiguration()
    {
        var scan = new ConfigurationScan();
        if (ConfigurationFiles.Count == 0)
        {
            return scan;
        }

        var keys = new Dictionary<string, ModelValueKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in ConfigurationKeys)
        {
            var kindText = item.Kind;
            if (!ConfigurationModels.TryParseKind(kindText, out var kind))
            {
                scan.KeyProblems.Add(new ManifestProblem(
                    DiagnosticIds.ConfigurationUnreadable,
                    item.Key,
                    $"ModelConfigurationKey '{item.Key}' has Kind '{kindText}'; use hub, ollama, api, path or alias. Its value is read as an API model name."));
            }

            keys[item.Key.Trim()] = kind;
        }

        foreach (var file in ConfigurationFiles)
        {
            try
            {
                var found = ReadConfigurationFile(file, keys, scan.SetKeys, out var problem);
                scan.Files.Add((file, found, problem, null));
            }
            catch (Exception exception)
            {
                scan.Files.Add((file, null, null, ExceptionDispatchInfo.Capture(exception)));
            }
        }

        return scan;
    }

    /// <summary>Models the application's configuration names, recorded with the file and line that name them.</summary>
    private void ResolveConfiguration(ModelManifest manifest, HashSet<string> seen, ConfigurationScan scan)
    {
        manifest.Problems.AddRange(scan.KeyProblems);
        manifest.ConfigurationKeys.UnionWith(scan.SetKeys);
        foreach (var (source, found, problem, failure) in scan.Files)
        {
            Isolated(manifest, source, () =>
            {
                failure?.Throw();
                if (problem is not null)
                {
                    manifest.Problems.Add(problem);
                    return;
                }

                foreach (var model in found!)
                {
                    // One model the file names that cannot be resolved does not lose the others it names.
                    Isolated(manifest, source, () => AddConfigured(manifest, seen, source, model));
                }
            });
        }
    }

    private List<ConfigurationModels.Found>? ReadConfigurationFile(string source, Dictionary<string, ModelValueKind> keys, HashSet<string> setKeys, out ManifestProblem? problem)
    {
        problem = null;
        List<AppSetting> settings;
        try
        {
            var fullPath = Path.GetFullPath(Path.Combine(ProjectDirectory, source));
            if (File.Exists(fullPath) && RegularFile.WhyNot(fullPath) is { } notRegular)
            {
                problem = new ManifestProblem(DiagnosticIds.ConfigurationUnreadable, source, $"{source} cannot be read for model names: it {notRegular}. Models it names are not checked.");
                return null;
            }

            settings = AppSettingsReader.Read(fullPath, source);
        }
        catch (ModelFormatException exception)
        {
            problem = new ManifestProblem(DiagnosticIds.ConfigurationUnreadable, source, $"{source} cannot be read for model names: {exception.Message}. Models it names are not checked.");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = new ManifestProblem(DiagnosticIds.ConfigurationUnreadable, source, $"{source} cannot be read for model names: {exception.Message} Models it names are not checked.");
            return null;
        }

        foreach (var setting in settings)
        {
            if (setKeys.Count < MaxConfigurationKeys && setting.Value.Trim().Length > 0)
            {
                setKeys.Add(setting.Key);
            }
        }

        return new List<ConfigurationModels.Found>(ConfigurationModels.Find(settings, keys));
    }

    private void AddConfigured(ModelManifest manifest, HashSet<string> seen, string file, ConfigurationModels.Found found)
    {
        ManifestEntry? model = null;
        if (found.Kind == ModelValueKind.Path && ExistingPath(found.Value))
        {
            // A model file or folder that exists is read like any other; the configuration is where it is named.
            var before = manifest.Models.Count;
            ResolveFile(manifest, seen, found.Value);
            if (manifest.Models.Count == before)
            {
                return;
            }

            model = manifest.Models[before];
            manifest.Models.RemoveAt(before);
        }

        model ??= RuntimeModels.Classify(found.Value, found.Kind);
        if (model is null && found.Kind == ModelValueKind.Deployment)
        {
            // Any other deployment name says nothing of the model behind it, and is not worth a warning here: a model
            // named in code is reported where the code uses the deployment.
            return;
        }

        if (model is null)
        {
            manifest.Problems.Add(new ManifestProblem(
                DiagnosticIds.LicenseUnknown,
                file,
                $"The licence of model '{found.Value}', which {file} names at line {found.Line} ('{found.Key}'), cannot be determined offline: ModelLicenseGuard's catalog has no entry for it. See docs/knowledge-base.md to add it.")
            {
                Line = found.Line,
                Column = found.Column,
            });
            return;
        }

        model.SourceKind = RuntimeModels.ConfigurationSource;
        model.OriginFile = file;
        model.OriginLine = found.Line;
        model.OriginColumn = found.Column;
        model.Provenance.Insert(0, $"configuration: '{found.Key}' = '{found.Value}' in {file} line {found.Line}");
        manifest.Models.Add(model);
    }

    private bool ExistingPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(Path.Combine(ProjectDirectory, path));
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
