using System;
using System.Collections.Generic;
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

    /// <summary>Whether an item was warned about (or would have been, with nothing reported).</summary>
    public bool Reported { get; private set; }

    public PolicyItems(TaskLoggingHelper? log, string? projectFile)
    {
        _log = log;
        _projectFile = projectFile;
    }

    public void ReadAllows(IEnumerable<ITaskItem> items, PolicySettings settings)
    {
        foreach (var item in items)
        {
            var entry = PolicyListReader.Allow(Pattern(item), item.GetMetadata("Justification"), item.GetMetadata("Expires"), settings.Today, out var code, out var message);
            if (entry is null)
            {
                Warn(item, PolicyListReader.AllowItem, code!, message!);
                continue;
            }

            settings.Allow.Add(entry);
        }
    }

    public void ReadDenies(IEnumerable<ITaskItem> items, PolicySettings settings)
    {
        foreach (var item in items)
        {
            var reason = PolicyListReader.DenyReason(item.GetMetadata("Reason"), item.GetMetadata("Justification"));
            var entry = PolicyListReader.Deny(Pattern(item), reason, item.GetMetadata("Expires"), out var code, out var message);
            if (entry is null)
            {
                Warn(item, PolicyListReader.DenyItem, code!, message!);
                continue;
            }

            settings.Deny.Add(entry);
        }
    }

    private static string Pattern(ITaskItem item) => PolicyListReader.ItemPattern(item.ItemSpec, item.GetMetadata("Match"));

    private void Warn(ITaskItem item, string itemType, string code, string message)
    {
        Reported = true;
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
