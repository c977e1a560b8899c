using System.Buffers;

namespace Alerts.Domain.Topics;

/// <summary>
/// The one normalisation and tokenisation shared by topic queries and item texts, so both sides of a
/// match always agree: lower-case invariant, ä/ö/ü/ß spelled ae/oe/ue/ss, other diacritics stripped.
/// "Müller", "MÜLLER" and "Mueller" all normalise to "mueller".
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalised text is at most this many times longer than its source (ß → ss).</summary>
    public const int MaxExpansion = 2;

    /// <summary>Normalises every character of <paramref name="text"/>; separators are kept as they are.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length * MaxExpansion));
        try
        {
            var written = CharFolding.Fold(text, rented);
            return new string(rented, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Normalises <paramref name="text"/> into <paramref name="destination"/>, which must hold
    /// <see cref="MaxExpansion"/> × its length, and returns the number of characters written.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length * MaxExpansion)
        {
            throw new ArgumentException(
                $"The destination needs {text.Length * MaxExpansion} characters but has {destination.Length}.",
                nameof(destination));
        }

        return CharFolding.Fold(text, destination);
    }

    /// <summary>Enumerates the raw tokens of <paramref name="text"/> without allocating.</summary>
    public static TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text) => new(text);

    /// <summary>Tokenises and normalises <paramref name="text"/>; tokens that normalise to nothing are dropped.</summary>
    public static IReadOnlyList<TextToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextToken>();
        foreach (var token in EnumerateTokens(text))
        {
            var normalized = Normalize(text.AsSpan(token.Start, token.Length));
            if (normalized.Length > 0)
            {
                tokens.Add(new TextToken(token.Kind, normalized, token.Start, token.Length));
            }
        }

        return tokens;
    }

    /// <summary>Whether <paramref name="c"/> belongs to a word (letters, digits, combining marks, <c>_</c>).</summary>
    public static bool IsWordChar(char c) => TokenEnumerator.IsWordChar(c);
}
