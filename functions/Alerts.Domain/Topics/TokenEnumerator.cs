using System.Buffers;
using System.Globalization;

namespace Alerts.Domain.Topics;

/// <summary>
/// Splits text into words, <c>#hashtags</c> and <c>@handles</c> without allocating. Word characters are
/// letters, digits, combining marks and <c>_</c>; everything else (spaces, punctuation, hyphens, emoji)
/// separates words. A <c>#</c> or <c>@</c> starts a hashtag or handle only at the start of a word, so
/// <c>C#</c> is the word "C" and <c>info@example.com</c> is three words, not a handle.
/// </summary>
public ref struct TokenEnumerator
{
    // ASCII is scanned with SearchValues (vectorised); non-ASCII characters stop the scan and are
    // classified one at a time, which is rare in German text (umlauts, typographic quotes, emoji).
    private static readonly SearchValues<char> _asciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> _asciiSeparators = SearchValues.Create(AsciiSeparators());

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    public RawToken Current { get; private set; }

    public readonly TokenEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length)
        {
            var skipped = text[i..].IndexOfAnyExcept(_asciiSeparators);
            if (skipped < 0)
            {
                break;
            }

            i += skipped;
            var c = text[i];
            if (c is '#' or '@')
            {
                var length = WordLength(text[(i + 1)..]);
                if (length > 0 && (i == 0 || !IsWordChar(text[i - 1])))
                {
                    Current = new RawToken(c == '#' ? TokenKind.Hashtag : TokenKind.Handle, i + 1, length);
                    _position = i + 1 + length;
                    return true;
                }

                i++;
            }
            else if (IsWordChar(c))
            {
                var length = WordLength(text[i..]);
                Current = new RawToken(TokenKind.Word, i, length);
                _position = i + length;
                return true;
            }
            else
            {
                i++;
            }
        }

        _position = text.Length;
        return false;
    }

    /// <summary>Whether <paramref name="c"/> belongs to a word (letters, digits, combining marks, <c>_</c>).</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return _asciiWordChars.Contains(c);
        }

        return char.IsLetterOrDigit(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static int WordLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (true)
        {
            var run = text[length..].IndexOfAnyExcept(_asciiWordChars);
            if (run < 0)
            {
                return text.Length;
            }

            length += run;
            if (text[length] < 128 || !IsWordChar(text[length]))
            {
                return length;
            }

            length++;
        }
    }

    private static string AsciiSeparators()
    {
        var chars = new List<char>();
        for (var c = (char)0; c < 128; c++)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '#' and not '@')
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }
}
