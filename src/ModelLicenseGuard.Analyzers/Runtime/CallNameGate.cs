using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// Whether a file's text may hold a call the call-shape table can match, from its characters alone: an identifier the
/// table names (a member, or a type whose constructor or members it lists), or a call written with no name to go by
/// (<c>new(…)</c> with arguments, <c>: base(…)</c>, <c>: this(…)</c>). Identifiers in comments and strings count too, so
/// the answer errs towards yes. A file without any costs one pass over its characters, copied in small chunks into a
/// reused buffer, and no syntax walk: most files of an AI app call no AI library.
/// </summary>
/// <remarks>
/// Written by hand because Roslyn offers no allocation-free way to ask whether a text holds any of a set of identifiers;
/// walking the tokens would cost what this gate exists to avoid.
/// </remarks>
internal sealed class CallNameGate
{
    private const int ChunkLength = 4096;

    // The longest identifier carried from one chunk to the next; a longer one cannot be a name in the table.
    private const int LongestCarried = 256;

    [ThreadStatic]
    private static char[]? s_buffer;

    private readonly Dictionary<int, string[]> _byHash = new();
    private readonly int _longest;
    private readonly bool _unnamedCalls;

    /// <param name="names">The simple names calls are written with.</param>
    /// <param name="unnamedCalls">Whether calls with no name (constructors reached by new(…), base(…) or this(…)) can match.</param>
    public CallNameGate(IEnumerable<string> names, bool unnamedCalls)
    {
        var byHash = new Dictionary<int, List<string>>();
        foreach (var name in names)
        {
            if (name.Length == 0 || name.Length > LongestCarried)
            {
                continue;
            }

            var hash = Hash(name.ToCharArray(), 0, name.Length);
            if (!byHash.TryGetValue(hash, out var list))
            {
                byHash[hash] = list = [];
            }

            if (!list.Contains(name))
            {
                list.Add(name);
            }

            _longest = Math.Max(_longest, name.Length);
        }

        foreach (var pair in byHash)
        {
            _byHash[pair.Key] = pair.Value.ToArray();
        }

        _unnamedCalls = unnamedCalls;
    }

    public bool MayMatch(SourceText text)
    {
        var buffer = s_buffer ??= new char[ChunkLength];
        var length = text.Length;
        var position = 0;
        var carried = 0;
        while (position < length)
        {
            var count = Math.Min(ChunkLength - carried, length - position);
            text.CopyTo(position, buffer, carried, count);
            position += count;
            var end = carried + count;
            var last = position >= length;
            carried = 0;
            var i = 0;
            while (i < end)
            {
                if (!IsIdentifierStart(buffer[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < end && IsIdentifierPart(buffer[i]))
                {
                    i++;
                }

                if (i == end && !last)
                {
                    // Cut by the chunk: carried to the next one, unless too long to be a name in the table.
                    if (i - start <= LongestCarried)
                    {
                        carried = i - start;
                        Array.Copy(buffer, start, buffer, 0, carried);
                    }

                    break;
                }

                if (Matches(buffer, start, i - start, i, end, last))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool Matches(char[] buffer, int start, int length, int after, int end, bool last)
    {
        if (_unnamedCalls && IsUnnamedCallKeyword(buffer, start, length))
        {
            // new(…) with an argument, base(…) or this(…): read past blanks; a chunk's end answers yes rather than guess.
            var next = SkipBlanks(buffer, after, end);
            if (next == end)
            {
                return !last;
            }

            if (buffer[next] != '(')
            {
                return false;
            }

            if (buffer[start] != 'n')
            {
                return true;
            }

            var inside = SkipBlanks(buffer, next + 1, end);
            return inside == end ? !last : buffer[inside] != ')';
        }

        return length <= _longest
            && _byHash.TryGetValue(Hash(buffer, start, length), out var candidates)
            && Contains(candidates, buffer, start, length);
    }

    private static bool IsUnnamedCallKeyword(char[] buffer, int start, int length)
        => length switch
        {
            3 => buffer[start] == 'n' && buffer[start + 1] == 'e' && buffer[start + 2] == 'w',
            4 => (buffer[start] == 'b' && buffer[start + 1] == 'a' && buffer[start + 2] == 's' && buffer[start + 3] == 'e')
                || (buffer[start] == 't' && buffer[start + 1] == 'h' && buffer[start + 2] == 'i' && buffer[start + 3] == 's'),
            _ => false,
        };

    private static int SkipBlanks(char[] buffer, int index, int end)
    {
        while (index < end && char.IsWhiteSpace(buffer[index]))
        {
            index++;
        }

        return index;
    }

    private static bool Contains(string[] candidates, char[] buffer, int start, int length)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Length != length)
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < length; i++)
            {
                if (candidate[i] != buffer[start + i])
                {
                    same = false;
                    break;
                }
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    // FNV-1a over the UTF-16 code units.
    private static int Hash(char[] characters, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ characters[i]) * 16777619;
            }

            return hash;
        }
    }

    // Any character past ASCII counts as a letter: table names are ASCII, and a wider identifier only has to end right.
    private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c > '\u007f';

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || (c >= '0' && c <= '9');
}
