using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ModelLicenseGuard.Tool.Tests.Feeds;

/// <summary>NuGet.Config files for feed tests: inherited sources and mappings cleared, so only the test's feeds are asked.</summary>
internal static class NuGetConfigFile
{
    /// <summary>Writes a NuGet.Config that clears the inherited sources and names the given ones.</summary>
    /// <param name="sources">Key, address and, for a feed with basic authentication, its user and clear-text password.</param>
    /// <param name="mapping">Package source mapping: source key and the id patterns it serves.</param>
    public static string WriteNuGetConfig(this TempFolder folder, IEnumerable<(string Key, string Url, string? User, string? Password)> sources, IEnumerable<(string Key, string Pattern)>? mapping = null)
    {
        var list = sources.ToList();
        var xml = new StringBuilder();
        xml.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        xml.AppendLine("<configuration>");
        xml.AppendLine("  <packageSources>");
        xml.AppendLine("    <clear />");
        foreach (var source in list)
        {
            xml.AppendLine($"    <add key=\"{source.Key}\" value=\"{source.Url}\" allowInsecureConnections=\"true\" />");
        }

        xml.AppendLine("  </packageSources>");
        xml.AppendLine("  <packageSourceCredentials>");
        foreach (var source in list.Where(source => source.User is not null))
        {
            xml.AppendLine($"    <{source.Key}>");
            xml.AppendLine($"      <add key=\"Username\" value=\"{source.User}\" />");
            xml.AppendLine($"      <add key=\"ClearTextPassword\" value=\"{source.Password}\" />");
            xml.AppendLine($"    </{source.Key}>");
        }

        xml.AppendLine("  </packageSourceCredentials>");
        xml.AppendLine("  <packageSourceMapping>");
        xml.AppendLine("    <clear />");
        foreach (var key in (mapping ?? []).GroupBy(entry => entry.Key))
        {
            xml.AppendLine($"    <packageSource key=\"{key.Key}\">");
            foreach (var entry in key)
            {
                xml.AppendLine($"      <package pattern=\"{entry.Pattern}\" />");
            }

            xml.AppendLine("    </packageSource>");
        }

        xml.AppendLine("  </packageSourceMapping>");
        xml.AppendLine("</configuration>");
        var path = Path.Combine(folder.Path, "NuGet.Config");
        File.WriteAllText(path, xml.ToString());
        return path;
    }
}
