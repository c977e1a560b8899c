using System.Runtime.CompilerServices;

namespace Alerts.Emotion;

/// <summary>
/// The character tests of the scan loop, inlined. char.IsLetterOrDigit and friends are calls, and in the large
/// scan loop the JIT ran out of inlining budget, so each character paid one or two calls (profiled). Below
/// U+0100 the answers come from a table filled by the very same char methods at start-up, so they cannot differ;
/// above it the char methods are called as before.
/// </summary>
internal static class CharClass
{
    private const byte Letter = 1;
    private const byte LetterOrDigit = 2;
    private const byte Upper = 4;
    private const byte Lower = 8;
    private const byte ClauseEnd = 16;

    /// <summary>Punctuation that ends the scope of negators and boosters: sentence marks, quotes, brackets, dashes.</summary>
    private const string ClauseEnds = ".,;:!?\"“”„()[]–—";

    private static readonly byte[] _latin1 = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c) => c < 256 ? (_latin1[c] & LetterOrDigit) != 0 : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 256 ? (_latin1[c] & Letter) != 0 : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 256 ? (_latin1[c] & Upper) != 0 : char.IsUpper(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 256 ? (_latin1[c] & Lower) != 0 : char.IsLower(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsClauseEnd(char c) => c < 256 ? (_latin1[c] & ClauseEnd) != 0 : c is '“' or '”' or '„' or '–' or '—';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static byte[] Build()
    {
        var table = new byte[256];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = (byte)((char.IsLetter(c) ? Letter : 0) | (char.IsLetterOrDigit(c) ? LetterOrDigit : 0) | (char.IsUpper(c) ? Upper : 0)
                | (char.IsLower(c) ? Lower : 0) | (ClauseEnds.Contains(c, StringComparison.Ordinal) ? ClauseEnd : 0));
        }

        return table;
    }
}
