using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Claims;

/// <summary>
/// Splits prose into words the claim finder can match model names against: "Llama-3.1", "llama3.1" and
/// "Llama 3.1" all become <c>llama 3 1</c>, while a comma or a full stop separates clauses.
/// </summary>
internal static class TextTokenizer
{
    public static List<TextToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<TextToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<TextToken>();
        var i = start;
        var pendingBreak = false;
        var newlines = 0;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetter(c) || char.IsDigit(c))
            {
                var digit = char.IsDigit(c);
                var tokenStart = i;
                while (i < end && (digit ? char.IsDigit(text[i]) : char.IsLetter(text[i])))
                {
                    i++;
                }

                tokens.Add(new TextToken(tokenStart, i, pendingBreak && tokens.Count > 0));
                pendingBreak = false;
                newlines = 0;
                continue;
            }

            if (c == '\n')
            {
                newlines++;
                pendingBreak |= newlines > 1;
            }
            else if (IsClauseBreak(text, i, start, end))
            {
                pendingBreak = true;
            }

            i++;
        }

        return tokens;
    }

    public static bool Is(string text, TextToken token, string word)
        => token.Length == word.Length && string.Compare(text, token.Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsClauseBreak(string text, int i, int start, int end)
    {
        switch (text[i])
        {
            case ',':
            case ';':
            case '!':
            case '?':
            case '(':
            case ')':
            case '[':
            case ']':
            case '"':
                return true;
            case '.':
            case ':':
                // "3.1", "ai.google.dev" and "llama3.1:8b" keep going; ". " and ": " end a clause.
                return i + 1 >= end || i == start || !char.IsLetterOrDigit(text[i + 1]) || !char.IsLetterOrDigit(text[i - 1]);
            default:
                return false;
        }
    }
}
