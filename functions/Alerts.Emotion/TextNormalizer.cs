using System.Runtime.CompilerServices;

namespace Alerts.Emotion;

/// <summary>
/// Folds a word to its lexicon key: lower case, umlauts and ß spelled out (ä→ae, ß→ss), so "Spaß", "Spass" and
/// "SPASS" hit the same entry. The lexicon is normalised by the same function at load time.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Longest key we look up; longer tokens (URLs, base64, 1 MB without spaces) cannot be words.</summary>
    public const int MaxKeyLength = 48;

    /// <summary>
    /// Writes the key into <paramref name="key"/>; returns its length, or 0 if the word is too long. Runs of 3+
    /// equal letters ("soooo") become 2, or 1 when <paramref name="toSingle"/> is set.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> key, out TokenShape shape, bool toSingle = false) =>
        Fold(word, key, out shape, out _, toSingle);

    /// <summary>Also returns the key's <see cref="KeyHash.Of"/>, computed as the key is written.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> key, out TokenShape shape, out uint hash, bool toSingle = false)
    {
        shape = TokenShape.None;
        hash = 0;
        var h = KeyHash.Start;
        if (word.Length > 4 * MaxKeyLength) return 0;
        int n = 0, upper = 0, letters = 0, run = 0;
        var prev = '\0';
        foreach (var raw in word)
        {
            var c = Lower(raw, ref letters, ref upper);
            run = c == prev ? run + 1 : 1;
            prev = c;
            if (run >= 3)
            {
                shape |= TokenShape.Elongated;
                continue;
            }

            if (run == 2 && toSingle && char.IsLetter(c) && IsRunOf3(word, c)) continue;
            if (!Append(c, key, ref n, ref h)) return 0;
        }

        hash = KeyHash.End(h);

        if (letters >= 2 && upper == letters) shape |= TokenShape.AllCaps;
        return n;
    }

    private const int LetterBit = 16;
    private const int UpperBit = 17;

    /// <summary>
    /// For each char below U+0100: its invariant lower case in the low 16 bits, then whether it is a letter and
    /// whether it is upper case, computed with the very calls the general path makes, so both paths agree.
    /// </summary>
    private static readonly uint[] _folds = BuildFolds();

    private static uint[] BuildFolds()
    {
        var folds = new uint[256];
        for (var i = 0; i < folds.Length; i++)
        {
            var c = (char)i;
            folds[i] = char.ToLowerInvariant(c) | (char.IsLetter(c) ? 1u << LetterBit : 0) | (char.IsUpper(c) ? 1u << UpperBit : 0);
        }

        return folds;
    }

    /// <summary>True when <paramref name="c"/> occurs three times in a row somewhere in the word ("sooo").</summary>
    private static bool IsRunOf3(ReadOnlySpan<char> word, char c)
    {
        var run = 0;
        foreach (var ch in word)
        {
            run = char.ToLowerInvariant(ch) == c ? run + 1 : 0;
            if (run >= 3) return true;
        }

        return false;
    }

    /// <summary>
    /// One character's lower case, counting letters and capitals. Table path for ASCII and Latin-1 (umlauts): the
    /// same answers as the calls below, without the calls (lower-casing an umlaut went through ICU; profiled).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char raw, ref int letters, ref int upper)
    {
        if (raw < _folds.Length)
        {
            var fold = _folds[raw];
            letters += (int)(fold >> LetterBit) & 1;
            upper += (int)(fold >> UpperBit) & 1;
            return (char)fold;
        }

        if (char.IsLetter(raw)) letters++;
        if (char.IsUpper(raw)) upper++;
        return raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
    }

    /// <summary>Writes a lower-case character to the key (umlauts and ß spelled out) and hashes it; false if the key is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Append(char c, Span<char> key, ref int n, ref ulong h)
    {
        if (n + 2 > key.Length) return false;
        var expansion = c < 'ß' ? '\0' : c switch { 'ä' => 'a', 'ö' => 'o', 'ü' => 'u', 'ß' => 's', _ => '\0' };
        if (expansion == '\0')
        {
            key[n++] = c;
            h = KeyHash.Step(h, c);
            return true;
        }

        var second = c == 'ß' ? 's' : 'e';
        key[n++] = expansion;
        key[n++] = second;
        h = KeyHash.Step(KeyHash.Step(h, expansion), second);
        return true;
    }

    /// <summary>
    /// Finds the end of the word that starts at <paramref name="start"/> (letters and digits, and apostrophes
    /// followed by a letter) and folds it in the same pass: the same key, shape and hash as
    /// <see cref="Fold(ReadOnlySpan{char}, Span{char}, out TokenShape, out uint, bool)"/> on the word, without
    /// reading the word twice (the scan loop's hot path; profiled).
    /// </summary>
    public static int FoldWord(ReadOnlySpan<char> chunk, int start, Span<char> key, out int end, out TokenShape shape, out uint hash)
    {
        shape = TokenShape.None;
        hash = 0;
        int n = 0, upper = 0, letters = 0, run = 0;
        var prev = '\0';
        var h = KeyHash.Start;
        var full = false;
        var j = start;
        for (; j < chunk.Length; j++)
        {
            var raw = chunk[j];
            if (!CharClass.IsLetterOrDigit(raw) && !(CharClass.IsApostrophe(raw) && j + 1 < chunk.Length && CharClass.IsLetter(chunk[j + 1]))) break;

            // Fold stops at a full key and returns 0; here the word's end is still wanted.
            if (full) continue;
            var c = Lower(raw, ref letters, ref upper);
            run = c == prev ? run + 1 : 1;
            prev = c;
            if (run >= 3)
            {
                shape |= TokenShape.Elongated;
                continue;
            }

            if (!Append(c, key, ref n, ref h)) full = true;
        }

        end = j;
        if (end - start > 4 * MaxKeyLength)
        {
            shape = TokenShape.None;
            return 0;
        }

        if (full) return 0;
        if (letters >= 2 && upper == letters) shape |= TokenShape.AllCaps;
        hash = KeyHash.End(h);
        return n;
    }

    /// <summary>Folds a lexicon word to its key (load time only; allocates).</summary>
    public static string Key(string word)
    {
        Span<char> buffer = stackalloc char[word.Length * 2 + 2];
        var n = Fold(word, buffer, out _);
        return new string(buffer[..n]);
    }
}
