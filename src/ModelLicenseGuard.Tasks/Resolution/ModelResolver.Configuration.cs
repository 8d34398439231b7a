using System;
using System.Collections.Generic;
using System.IO;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Runtime;
using ModelLicenseGuard.Tasks.Readers;
using ModelLicenseGuard.Tasks.Sources;

namespace ModelLicenseGuard.Tasks.Resolution;

// Models the application's configuration files name.
internal sealed partial class ModelResolver
{
    /// <summary>Models the application's configuration names, recorded with the file and line that name them.</summary>
    private void ResolveConfiguration(ModelManifest manifest, HashSet<string> seen)
    {
        if (ConfigurationFiles.Count == 0)
        {
            return;
        }

        var keys = new Dictionary<string, ModelValueKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in ConfigurationKeys)
        {
            var kindText = item.Kind;
            if (!ConfigurationModels.TryParseKind(kindText, out var kind))
            {
                manifest.Problems.Add(new ManifestProblem(
                    DiagnosticIds.ConfigurationUnreadable,
                    item.Key,
                    $"ModelConfigurationKey '{item.Key}' has Kind '{kindText}'; use hub, ollama, api, path or alias. Its value is read as an API model name."));
            }

            keys[item.Key.Trim()] = kind;
        }

        foreach (var file in ConfigurationFiles)
        {
            Isolated(manifest, file, () => ResolveConfigurationFile(manifest, seen, keys, file));
        }
    }

    private void ResolveConfigurationFile(ModelManifest manifest, HashSet<string> seen, Dictionary<string, ModelValueKind> keys, string source)
    {
        List<AppSetting> settings;
        try
        {
            var fullPath = Path.GetFullPath(Path.Combine(ProjectDirectory, source));
            if (File.Exists(fullPath) && RegularFile.WhyNot(fullPath) is { } notRegular)
            {
                manifest.Problems.Add(new ManifestProblem(DiagnosticIds.ConfigurationUnreadable, source, $"{source} cannot be read for model names: it {notRegular}. Models it names are not checked."));
                return;
            }

            settings = AppSettingsReader.Read(fullPath, source);
        }
        catch (ModelFormatException exception)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.ConfigurationUnreadable, source, $"{source} cannot be read for model names: {exception.Message}. Models it names are not checked."));
            return;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            manifest.Problems.Add(new ManifestProblem(DiagnosticIds.ConfigurationUnreadable, source, $"{source} cannot be read for model names: {exception.Message} Models it names are not checked."));
            return;
        }

        foreach (var found in ConfigurationModels.Find(settings, keys))
        {
            // One model the file names that cannot be resolved does not lose the others it names.
            Isolated(manifest, source, () => AddConfigured(manifest, seen, source, found));
        }
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
