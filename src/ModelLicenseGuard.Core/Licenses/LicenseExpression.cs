using System;
using System.Collections.Generic;

namespace ModelLicenseGuard.Licenses;

/// <summary>
/// An SPDX-style licence expression: identifiers joined by <c>OR</c> (the licensee chooses), <c>AND</c> (all apply) and
/// <c>WITH</c> (an exception), with parentheses. Parsed here, without dependencies, because Core runs inside the compiler.
/// </summary>
public abstract class LicenseExpression
{
    private LicenseExpression()
    {
    }

    /// <summary>Parses an expression; false (and no exception) for malformed text.</summary>
    public static bool TryParse(string text, out LicenseExpression? expression)
    {
        expression = null;
        var tokens = Tokenize(text);
        if (tokens.Count == 0)
        {
            return false;
        }

        var position = 0;
        expression = ParseOr(tokens, ref position);
        if (expression is null || position != tokens.Count)
        {
            expression = null;
            return false;
        }

        return true;
    }

    /// <summary>The licence whose terms bind: the most open choice of an OR, the most restrictive part of an AND.</summary>
    public abstract LicenseInfo? Evaluate(LicenseTable licenses);

    private static LicenseExpression? ParseOr(List<string> tokens, ref int position)
    {
        var left = ParseAnd(tokens, ref position);
        while (left is not null && position < tokens.Count && Is(tokens[position], "OR"))
        {
            position++;
            var right = ParseAnd(tokens, ref position);
            left = right is null ? null : new Choice(left, right);
        }

        return left;
    }

    private static LicenseExpression? ParseAnd(List<string> tokens, ref int position)
    {
        var left = ParseWith(tokens, ref position);
        while (left is not null && position < tokens.Count && Is(tokens[position], "AND"))
        {
            position++;
            var right = ParseWith(tokens, ref position);
            left = right is null ? null : new All(left, right);
        }

        return left;
    }

    private static LicenseExpression? ParseWith(List<string> tokens, ref int position)
    {
        var primary = ParsePrimary(tokens, ref position);
        if (primary is not null && position < tokens.Count && Is(tokens[position], "WITH"))
        {
            // An exception only grants more permissions; the licence's own terms still bound the verdict.
            position++;
            if (position >= tokens.Count || IsOperator(tokens[position]))
            {
                return null;
            }

            position++;
        }

        return primary;
    }

    private static LicenseExpression? ParsePrimary(List<string> tokens, ref int position)
    {
        if (position >= tokens.Count)
        {
            return null;
        }

        var token = tokens[position];
        if (token == "(")
        {
            position++;
            var inner = ParseOr(tokens, ref position);
            if (inner is null || position >= tokens.Count || tokens[position] != ")")
            {
                return null;
            }

            position++;
            return inner;
        }

        if (token == ")" || IsOperator(token))
        {
            return null;
        }

        position++;
        return new Id(token);
    }

    private static bool IsOperator(string token) => Is(token, "AND") || Is(token, "OR") || Is(token, "WITH");

    private static bool Is(string token, string word) => string.Equals(token, word, StringComparison.OrdinalIgnoreCase);

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsWhiteSpace(c) || c == '(' || c == ')')
            {
                if (start >= 0)
                {
                    tokens.Add(text.Substring(start, i - start));
                    start = -1;
                }

                if (c is '(' or ')')
                {
                    tokens.Add(c.ToString());
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    private sealed class Id(string identifier) : LicenseExpression
    {
        public override LicenseInfo? Evaluate(LicenseTable licenses) => licenses.TryGet(identifier, out var license) ? license : null;
    }

    private sealed class Choice(LicenseExpression left, LicenseExpression right) : LicenseExpression
    {
        // The licensee may take whichever known option is most open.
        public override LicenseInfo? Evaluate(LicenseTable licenses)
        {
            var a = left.Evaluate(licenses);
            var b = right.Evaluate(licenses);
            return a is null ? b : b is null ? a : Restrictiveness.Of(b) < Restrictiveness.Of(a) ? b : a;
        }
    }

    private sealed class All(LicenseExpression left, LicenseExpression right) : LicenseExpression
    {
        // Every part applies, so an unknown part makes the whole unknown.
        public override LicenseInfo? Evaluate(LicenseTable licenses)
        {
            var a = left.Evaluate(licenses);
            var b = right.Evaluate(licenses);
            return a is null || b is null ? null : Restrictiveness.Of(b) > Restrictiveness.Of(a) ? b : a;
        }
    }
}
