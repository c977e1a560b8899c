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
    // 1 for ASCII letters, digits and '_'. A table lookup per character measured faster than the
    // vectorised SearchValues.IndexOfAnyExcept here: words average six characters, too short to amortise
    // a vector scan's setup (see docs/topics.md, "Performance").
    private static ReadOnlySpan<byte> AsciiWordChars =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

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
            var c = text[i];
            if (IsWordChar(c))
            {
                var length = WordLength(text[i..]);
                Current = new RawToken(TokenKind.Word, i, length);
                _position = i + length;
                return true;
            }

            if (c is '#' or '@')
            {
                var length = WordLength(text[(i + 1)..]);
                if (length > 0 && (i == 0 || !IsWordChar(text[i - 1])))
                {
                    Current = new RawToken(c == '#' ? TokenKind.Hashtag : TokenKind.Handle, i + 1, length);
                    _position = i + 1 + length;
                    return true;
                }
            }

            i++;
        }

        _position = text.Length;
        return false;
    }

    /// <summary>Whether <paramref name="c"/> belongs to a word (letters, digits, combining marks, <c>_</c>).</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return AsciiWordChars[c] != 0;
        }

        return char.IsLetterOrDigit(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static int WordLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && IsWordChar(text[length]))
        {
            length++;
        }

        return length;
    }
}
