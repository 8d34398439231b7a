using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ModelLicenseGuard.Catalog;
using ModelLicenseGuard.Models;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Core.Tests.Catalog;

/// <summary>
/// Every catalog file says when its facts were last held against their sources, and every entry names the
/// source it was checked against: publishers relicense, and a reader must be able to tell how old a fact is.
/// </summary>
public sealed class CatalogFreshnessTests
{
    private static readonly Regex Checked = new(@"^# Checked: (\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant);

    public static TheoryData<string> Files { get; } = new(AllFiles().Select(f => f.Key));

    private static IEnumerable<KeyValuePair<string, string>> AllFiles()
        => CatalogResources.Models().Prepend(new KeyValuePair<string, string>("licenses.catalog", CatalogResources.Licenses()));

    private static string Text(string file) => AllFiles().Single(f => f.Key == file).Value;

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_catalog_file_opens_with_the_date_its_facts_were_checked(string file)
    {
        var first = Text(file).Split('\n')[0].TrimEnd('\r');
        var match = Checked.Match(first);
        Assert.True(match.Success, $"{file} must open with '# Checked: yyyy-MM-dd', not '{first}'");
        Assert.True(
            DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date),
            $"{file}: '{match.Groups[1].Value}' is not a date");
        Assert.InRange(date, new DateTime(2024, 1, 1), DateTime.UtcNow.Date.AddDays(1));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_entry_names_exactly_one_https_source(string file)
    {
        foreach (var block in CatalogText.Parse(Text(file), file))
        {
            var sources = block.GetAll("source");
            Assert.True(sources.Count == 1, $"{file}: [{block.Id}] has {sources.Count} source lines");
            Assert.True(
                Uri.TryCreate(sources[0], UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.'),
                $"{file}: [{block.Id}] source '{sources[0]}' is not an https URL");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_fact_without_a_source_says_so_in_the_form_the_catalog_uses(string file)
    {
        // "unverified: ..." is the one marking for a fact no source was found for; loose wordings hide from a search.
        foreach (var block in CatalogText.Parse(Text(file), file))
        {
            foreach (var note in block.GetAll("note"))
            {
                Assert.False(
                    Regex.IsMatch(note, @"\b(not verified|from memory|not re-verified)\b", RegexOptions.IgnoreCase),
                    $"{file}: [{block.Id}] marks a fact loosely; write 'unverified: …' instead: {note}");
            }
        }
    }
    [Fact]
    public void The_knowledge_base_has_a_row_for_every_family_with_its_file_and_checked_date()
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var inTable = false;
        foreach (var raw in System.IO.File.ReadLines(Repository.PathOf("docs/knowledge-base.md")))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                inTable = line == "### Families in the catalog";
                continue;
            }

            if (!inTable || !line.StartsWith("| ", StringComparison.Ordinal) || line.StartsWith("| family ", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            rows[cells[0]] = cells;
        }

        var checkedDates = AllFiles().ToDictionary(f => f.Key, f => Checked.Match(f.Value).Groups[1].Value);
        var families = ModelCatalog.All.GroupBy(m => m.Family, StringComparer.Ordinal).ToList();
        foreach (var family in families)
        {
            Assert.True(rows.TryGetValue(family.Key, out var cells), $"docs/knowledge-base.md has no row for the family '{family.Key}'");
            var file = family.First().File;
            Assert.Equal($"`{file}`", cells![4]);
            Assert.Equal(checkedDates[file], cells[5]);
        }

        var stale = rows.Keys.Except(families.Select(f => f.Key), StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, $"docs/knowledge-base.md lists families the catalog does not have: {string.Join(", ", stale)}");
    }
}
