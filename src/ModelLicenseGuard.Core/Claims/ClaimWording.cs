namespace ModelLicenseGuard.Claims;

/// <summary>Rewording of a claim to the term <see cref="TierWords.ClaimTerm"/> gives, keeping the writer's case and hyphenation.</summary>
public static class ClaimWording
{
    /// <summary>Rewords <paramref name="phrase"/> ("Open-Source", "open source", "OPENSOURCE") to the tier's term in the same style.</summary>
    public static string Reword(string phrase, (string First, string Second) term)
    {
        // An abbreviation ("OSS") becomes the plain term, not shouted.
        if (string.Equals(phrase, "oss", System.StringComparison.OrdinalIgnoreCase))
        {
            return TierWords.Display(term);
        }

        // "Meta open-sourced Llama 3.1": the verb becomes the plain one, which is true of every tier.
        if (phrase.EndsWith("sourced", System.StringComparison.OrdinalIgnoreCase))
        {
            return Cased("released", IsAllUpper(phrase), phrase.Length > 0 && char.IsUpper(phrase[0]));
        }

        if (term.Second.Length == 0)
        {
            return Cased(term.First, IsAllUpper(phrase), phrase.Length > 0 && char.IsUpper(phrase[0]));
        }

        var separator = "-";
        var firstLength = phrase.Length;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (phrase[i] == '-' || char.IsWhiteSpace(phrase[i]))
            {
                separator = phrase[i] == '-' ? "-" : " ";
                firstLength = i;
                break;
            }
        }

        var secondStart = firstLength < phrase.Length ? firstLength + 1 : CamelHump(phrase);
        var upper = IsAllUpper(phrase);
        var first = Cased(term.First, upper, phrase.Length > 0 && char.IsUpper(phrase[0]));
        var second = Cased(term.Second, upper, secondStart > 0 && secondStart < phrase.Length && char.IsUpper(phrase[secondStart]));
        return first + separator + second;
    }

    private static string Cased(string word, bool upper, bool capital)
    {
        if (upper)
        {
            return word.ToUpperInvariant();
        }

        return capital ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word;
    }

    /// <summary>Where the second word of a joined phrase starts when the writer capitalized it ("OpenSource"), or -1.</summary>
    private static int CamelHump(string phrase)
    {
        for (var i = 1; i < phrase.Length; i++)
        {
            if (char.IsUpper(phrase[i]) && char.IsLower(phrase[i - 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAllUpper(string phrase)
    {
        var letters = 0;
        foreach (var c in phrase)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters > 1;
    }
}
