using System;
using System.Globalization;
using System.Text;

namespace ModelLicenseGuard.Policy;

/// <summary>
/// The project's policy settings as the build hands them to the analyzer (<c>obj/…/ModelLicenseGuard.policy</c>), so
/// models named only in code are judged with the same policy, allows and denies as the models the task checks.
/// One <c>key: value</c> per line; list entries hold tab-separated fields. Dependency-free, like the manifest.
/// </summary>
public static class PolicyFile
{
    public const string FileName = "ModelLicenseGuard.policy";

    private const string FormatLine = "format: modellicenseguard-policy/1";

    public static string Write(PolicySettings settings, bool todayIsFixed)
    {
        var text = new StringBuilder().Append(FormatLine).Append('\n');
        text.Append("policy: ").Append(settings.Policy).Append('\n');
        text.Append("default: ").Append(settings.IsDefault ? "true" : "false").Append('\n');
        text.Append("open-weights: ").Append(settings.AllowOpenWeights ? "true" : "false").Append('\n');
        if (todayIsFixed)
        {
            text.Append("today: ").Append(settings.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var entry in settings.Allow)
        {
            Entry(text, "allow", entry);
        }

        foreach (var entry in settings.Deny)
        {
            Entry(text, "deny", entry);
        }

        return text.ToString();
    }

    /// <summary>Reads a policy file; null when it is not one (the analyzer then falls back to the policy property).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="today">
    /// The day expiry is judged on unless the file fixes one (<c>ModelLicenseGuardPolicyDate</c>): the reader's own day,
    /// not the day the build wrote the file. Passed in, so the result never depends on when the clock is read.
    /// </param>
    public static PolicySettings? Read(string text, DateTime today)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != FormatLine)
        {
            return null;
        }

        PolicySettings? settings = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line.Substring(0, colon);
            var value = line.Substring(colon + 2);
            switch (key)
            {
                case "policy" when PolicyEvaluator.TryParse(value, out var policy):
                    settings = new PolicySettings(policy) { Today = today.Date };
                    break;
                case "default" when settings is not null:
                    settings.IsDefault = value == "true";
                    break;
                case "open-weights" when settings is not null:
                    settings.AllowOpenWeights = value == "true";
                    break;
                case "today" when settings is not null && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fixedDay):
                    settings.Today = fixedDay;
                    break;
                case "allow" when settings is not null && ReadEntry(value) is { } allow:
                    settings.Allow.Add(allow);
                    break;
                case "deny" when settings is not null && ReadEntry(value) is { } deny:
                    settings.Deny.Add(deny);
                    break;
            }
        }

        return settings;
    }

    private static void Entry(StringBuilder text, string key, PolicyListEntry entry)
    {
        text.Append(key).Append(": ").Append(Clean(entry.Pattern)).Append('\t').Append(Clean(entry.Justification ?? string.Empty)).Append('\t');
        if (entry.Expires is { } expires)
        {
            text.Append(expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        text.Append('\n');
    }

    private static PolicyListEntry? ReadEntry(string value)
    {
        var fields = value.Split('\t');
        if (fields.Length != 3 || fields[0].Length == 0)
        {
            return null;
        }

        DateTime? expires = DateTime.TryParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        return new PolicyListEntry(fields[0], fields[1].Length == 0 ? null : fields[1], expires);
    }

    // A justification is free text: keep it on its line and out of the field separators.
    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
