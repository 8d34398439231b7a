using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ModelLicenseGuard.Diagnostics;
using ModelLicenseGuard.Policy;

namespace ModelLicenseGuard.Tasks;

/// <summary>
/// Reads <c>ModelLicenseAllow</c> and <c>ModelLicenseDeny</c> items into the policy's lists, warning (MLG0021–MLG0023)
/// at the line that declares an item which cannot allow anything. A bad allow is dropped, never guessed at, so the
/// violation it meant to excuse still shows.
/// </summary>
internal sealed class PolicyItems
{
    // Null when nothing is reported (design-time builds): a bad item is still dropped, silently.
    private readonly TaskLoggingHelper? _log;
    private readonly string? _projectFile;
    private readonly Dictionary<(string File, string ItemType), ProjectReferenceLines> _lines = [];

    public PolicyItems(TaskLoggingHelper? log, string? projectFile)
    {
        _log = log;
        _projectFile = projectFile;
    }

    public void ReadAllows(IEnumerable<ITaskItem> items, PolicySettings settings)
    {
        foreach (var item in items)
        {
            if (!TryRead(item, "ModelLicenseAllow", out var entry))
            {
                continue;
            }

            if (entry.Justification is null)
            {
                Warn(item, "ModelLicenseAllow", DiagnosticIds.AllowWithoutJustification, $"ModelLicenseAllow '{entry.Pattern}' has no Justification metadata, so it allows nothing. Say why the exception was granted: <ModelLicenseAllow Include=\"{entry.Pattern}\" Justification=\"approved by legal, ticket LEGAL-123\" />.");
                continue;
            }

            if (entry.IsExpired(settings.Today))
            {
                Warn(item, "ModelLicenseAllow", DiagnosticIds.AllowExpired, $"ModelLicenseAllow '{entry.Pattern}' expired on {entry.Expires:yyyy-MM-dd} and no longer allows anything ({entry.Justification}). Review the exception again and set a new Expires date, or remove the item.");
                continue;
            }

            settings.Allow.Add(entry);
        }
    }

    public void ReadDenies(IEnumerable<ITaskItem> items, PolicySettings settings)
    {
        foreach (var item in items)
        {
            if (TryRead(item, "ModelLicenseDeny", out var entry))
            {
                settings.Deny.Add(entry);
            }
        }
    }

    private bool TryRead(ITaskItem item, string itemType, out PolicyListEntry entry)
    {
        entry = null!;
        // MSBuild expands wildcards in Include against files, so a glob goes in Match metadata (or is escaped as %2A).
        var match = item.GetMetadata("Match").Trim();
        var pattern = match.Length > 0 ? match : item.ItemSpec.Trim();
        var justification = item.GetMetadata(itemType == "ModelLicenseDeny" ? "Reason" : "Justification");
        if (itemType == "ModelLicenseDeny" && string.IsNullOrWhiteSpace(justification))
        {
            justification = item.GetMetadata("Justification");
        }

        var expiresText = item.GetMetadata("Expires").Trim();
        DateTime? expires = null;
        if (expiresText.Length > 0)
        {
            if (!DateTime.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                Warn(item, itemType, DiagnosticIds.PolicyItemMalformed, $"{itemType} '{pattern}' has Expires=\"{expiresText}\", which is not a date in the form yyyy-MM-dd (e.g. 2027-01-01); the item is ignored.");
                return false;
            }

            expires = parsed;
        }

        entry = new PolicyListEntry(pattern, justification, expires);
        return true;
    }

    private void Warn(ITaskItem item, string itemType, string code, string message)
    {
        if (_log is null)
        {
            return;
        }

        // Org-wide items live in Directory.Build.props or a shared props package: report them where they are written.
        var file = item.GetMetadata("DefiningProjectFullPath");
        if (string.IsNullOrEmpty(file))
        {
            file = _projectFile ?? string.Empty;
        }

        var line = 0;
        var column = 0;
        if (file.Length > 0)
        {
            if (!_lines.TryGetValue((file, itemType), out var lines))
            {
                lines = _lines[(file, itemType)] = ProjectReferenceLines.Read(file, itemType);
            }

            lines.TryFind(item.ItemSpec, out line, out column);
        }

        TaskLog.Warning(_log, code, file, message, line, column);
    }
}
