using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using ModelLicenseGuard.Analyzers.Rules;
using ModelLicenseGuard.Diagnostics;

namespace ModelLicenseGuard.CodeFixes;

/// <summary>
/// MLG0010: adds the attribution a model licence requires, as an <c>[assembly: ModelAttribution(…)]</c> attribute in
/// <c>ModelAttributions.cs</c> (the attribute type comes with the package as source), or as an entry in the project's
/// NOTICE or THIRD-PARTY-NOTICES file when it has one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddModelAttributionCodeFix))]
[Shared]
public sealed class AddModelAttributionCodeFix : CodeFixProvider
{
    public const string AttributeEquivalenceKey = "ModelLicenseGuard.AddModelAttribution";
    public const string NoticeEquivalenceKey = "ModelLicenseGuard.AddNoticeEntry";

    /// <summary>The file the attributes go in, beside the project file.</summary>
    public const string AttributionsFileName = "ModelAttributions.cs";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AttributionMissing);

    public override FixAllProvider GetFixAllProvider() => AttributionFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var project = context.TextDocument.Project;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Attribution.From(diagnostic) is not { } attribution)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add [assembly: ModelAttribution(\"{attribution.ModelId}\")] with \"{attribution.Notice}\"",
                    cancellationToken => AddAttributesAsync(project.Solution, project.Id, [attribution], cancellationToken),
                    AttributeEquivalenceKey),
                diagnostic);

            if (NoticeFile(project) is { } notice)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Add \"{attribution.Notice}\" to {notice.Name}",
                        cancellationToken => AddNoticesAsync(project.Solution, notice.Id, [attribution], cancellationToken),
                        NoticeEquivalenceKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    internal static TextDocument? NoticeFile(Project project)
        => project.AdditionalDocuments
            .Where(d => d.Name.StartsWith("THIRD-PARTY-NOTICES", StringComparison.OrdinalIgnoreCase) || d.Name.StartsWith("NOTICE", StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault();

    /// <summary>Appends one attribute per attribution to ModelAttributions.cs, creating it beside the project file.</summary>
    internal static async Task<Solution> AddAttributesAsync(Solution solution, ProjectId projectId, IReadOnlyList<Attribution> attributions, CancellationToken cancellationToken)
    {
        var project = solution.GetProject(projectId)!;
        var lines = new StringBuilder();
        foreach (var attribution in attributions)
        {
            lines.Append("[assembly: ModelLicenseGuard.ModelAttribution(").Append(Literal(attribution.ModelId))
                .Append(", License = ").Append(Literal(attribution.License))
                .Append(", Notice = ").Append(Literal(attribution.Notice)).Append(")]\n");
        }

        var existing = project.Documents.FirstOrDefault(d => string.Equals(d.Name, AttributionsFileName, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            var text = await existing.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var content = text.ToString();
            var separator = content.Length == 0 || content.EndsWith("\n", StringComparison.Ordinal) ? string.Empty : "\n";
            return solution.WithDocumentText(existing.Id, SourceText.From(content + separator + lines, text.Encoding ?? Encoding.UTF8));
        }

        var header = "// The attributions the licences of this project's models require (ModelLicenseGuard, MLG0010).\n";
        var folder = project.FilePath is { } projectPath ? Path.GetDirectoryName(projectPath) : null;
        return solution.AddDocument(
            DocumentId.CreateNewId(projectId),
            AttributionsFileName,
            SourceText.From(header + lines, Encoding.UTF8),
            filePath: folder is null ? null : Path.Combine(folder, AttributionsFileName));
    }

    /// <summary>Appends the model, its licence and the required text, verbatim, to the notice file.</summary>
    internal static async Task<Solution> AddNoticesAsync(Solution solution, DocumentId noticeId, IReadOnlyList<Attribution> attributions, CancellationToken cancellationToken)
    {
        var notice = solution.GetAdditionalDocument(noticeId)!;
        var text = await notice.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var content = new StringBuilder(text.ToString());
        foreach (var attribution in attributions)
        {
            if (content.Length > 0 && content[content.Length - 1] != '\n')
            {
                content.Append('\n');
            }

            content.Append('\n').Append(attribution.ModelName).Append(" (").Append(attribution.ModelId).Append(") is used under the ")
                .Append(attribution.License).Append(" licence");
            if (attribution.LicenseUrl is not null)
            {
                content.Append(": ").Append(attribution.LicenseUrl);
            }

            content.Append(".\n").Append(attribution.Notice).Append('\n');
        }

        return solution.WithAdditionalDocumentText(noticeId, SourceText.From(content.ToString(), text.Encoding ?? Encoding.UTF8));
    }

    private static string Literal(string value)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': literal.Append("\\\""); break;
                case '\\': literal.Append("\\\\"); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                default: literal.Append(c); break;
            }
        }

        return literal.Append('"').ToString();
    }

    /// <summary>What the analyzer put in the diagnostic for the fix.</summary>
    internal sealed class Attribution
    {
        private Attribution(string modelId, string modelName, string license, string? licenseUrl, string notice)
        {
            ModelId = modelId;
            ModelName = modelName;
            License = license;
            LicenseUrl = licenseUrl;
            Notice = notice;
        }

        public string ModelId { get; }

        public string ModelName { get; }

        public string License { get; }

        public string? LicenseUrl { get; }

        public string Notice { get; }

        public static Attribution? From(Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(AttributionAnalyzer.ModelIdProperty, out var id) || id is null
                || !properties.TryGetValue(AttributionAnalyzer.NoticeProperty, out var notice) || notice is null)
            {
                return null;
            }

            properties.TryGetValue(AttributionAnalyzer.ModelNameProperty, out var name);
            properties.TryGetValue(AttributionAnalyzer.LicenseProperty, out var license);
            properties.TryGetValue(AttributionAnalyzer.LicenseUrlProperty, out var url);
            return new Attribution(id, name ?? id, license ?? "unknown", url, notice);
        }
    }
}
