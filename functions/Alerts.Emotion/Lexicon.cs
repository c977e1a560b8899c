using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Alerts.Emotion;

/// <summary>
/// The loaded, immutable lexicons. Lookups take spans through alternate lookups, so the hot path never creates
/// a string. Built once by <see cref="LexiconLoader"/>.
/// </summary>
internal sealed class Lexicon
{
    private readonly SpanTable<LexiconEntry> _words;
    private readonly SpanTable<Emoticon> _emoticons;
    private readonly FrozenDictionary<int, Emoticon> _emoji;
    private readonly FrozenDictionary<int, ulong> _headLengthsByEnding;

    /// <summary>The prefixes by first letter (a-z), longest first: an unknown word is compared with a handful, not all.</summary>
    private readonly (string Prefix, float Valence, byte Emotions)[][] _prefixesByInitial;

    /// <summary>
    /// The same by first two letters (26 × 26; a one-letter prefix goes in every list of its letter): most words
    /// have no candidate and the rest about one, where the first letter alone left up to six (profiled).
    /// </summary>
    private readonly (string Prefix, float Valence, byte Emotions)[][] _prefixesByInitials;

    /// <summary>First and last characters of the text emoticons (ASCII only; others always pass): most punctuated words need no lookup.</summary>
    private readonly ulong _faceFirstsLow;
    private readonly ulong _faceFirstsHigh;
    private readonly ulong _faceLastsLow;
    private readonly ulong _faceLastsHigh;

    /// <summary>Smallest code point with an emoji entry: '#', '&amp;', '/' and the like skip the emoji lookup.</summary>
    private readonly int _lowestEmoji;

    public Lexicon(
        Dictionary<string, LexiconEntry> words,
        Dictionary<string, Emoticon> emoticons,
        FrozenDictionary<int, Emoticon> emoji,
        FrozenDictionary<int, ulong> headLengthsByEnding,
        (string Prefix, float Valence, byte Emotions)[] prefixes)
    {
        // A prefix is only tried on keys starting with a-z; Where keeps the longest-first order within each letter.
        _prefixesByInitial = Enumerable.Range('a', 26).Select(initial => prefixes.Where(p => p.Prefix[0] == initial).ToArray()).ToArray();
        _prefixesByInitials = Enumerable.Range(0, 26 * 26)
            .Select(i => prefixes.Where(p => p.Prefix[0] == 'a' + (i / 26) && (p.Prefix.Length == 1 || p.Prefix[1] == 'a' + (i % 26))).ToArray())
            .ToArray();
        foreach (var face in emoticons.Keys)
        {
            AddAscii(ref _faceFirstsLow, ref _faceFirstsHigh, face[0]);
            AddAscii(ref _faceLastsLow, ref _faceLastsHigh, face[^1]);
        }

        _lowestEmoji = emoji.Count == 0 ? int.MaxValue : emoji.Keys.Min();
        // The word lookup is most of the per-word cost, and on real text most of it is waiting for memory: a
        // compact table (see SpanTable) instead of a frozen dictionary.
        _words = new SpanTable<LexiconEntry>(words);
        _emoticons = new SpanTable<Emoticon>(emoticons);
        _emoji = emoji;
        _headLengthsByEnding = headLengthsByEnding;
        WordCount = words.Count;
    }

    public int WordCount { get; }

    public bool TryWord(ReadOnlySpan<char> key, out LexiconEntry entry) => _words.TryGetValue(key, out entry);

    /// <summary>Lookup with the hash <see cref="TextNormalizer"/> computed while folding the word.</summary>
    public bool TryWord(ReadOnlySpan<char> key, uint hash, out LexiconEntry entry) => _words.TryGetValue(key, hash, out entry);

    /// <summary>Case-sensitive: ":D" and ":d" are different faces.</summary>
    public bool TryEmoticon(ReadOnlySpan<char> raw, out Emoticon face) => _emoticons.TryGetValue(raw, out face);

    /// <summary>
    /// False when no emoticon can start with <paramref name="first"/> and end with <paramref name="last"/>: the
    /// check before <see cref="TryEmoticon"/> for words with punctuation ("#fail", "(sic)", "Hallo;").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeFace(char first, char last) =>
        HasAscii(_faceFirstsLow, _faceFirstsHigh, first) && HasAscii(_faceLastsLow, _faceLastsHigh, last);

    public bool TryEmoji(int codePoint, out Emoticon face)
    {
        if (codePoint < _lowestEmoji)
        {
            face = default;
            return false;
        }

        return _emoji.TryGetValue(codePoint, out face);
    }

    /// <summary>
    /// German compounds carry their sentiment in the head (last part): "Servicekatastrophe", "Lieferchaos".
    /// Tries the longest known German sentiment word that ends the key and leaves a modifier of 3+ letters.
    /// A per-ending table of head lengths keeps this to a lookup or two instead of one per split point.
    /// </summary>
    public bool TryCompoundHead(ReadOnlySpan<char> key, out LexiconEntry head)
    {
        head = default;
        if (key.Length < 7 || !_headLengthsByEnding.TryGetValue(Ending(key), out var lengths)) return false;
        for (var headLength = Math.Min(key.Length - 3, 63); headLength >= 4; headLength--)
        {
            if ((lengths & (1UL << headLength)) != 0 && _words.TryGetValue(key[^headLength..], out head) && head.De != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// German evaluative first parts ("Scheißwetter", "Traumurlaub", "saublöd"): an intensifying prefix before a
    /// sentiment word scales it by 1.3, an evaluative prefix before anything else gives its own valence.
    /// The rest must be 3+ letters, so "Sau" or "Traum" alone are not read as prefixed words.
    /// </summary>
    public bool TryPrefixed(ReadOnlySpan<char> key, out double valence, out byte emotions)
    {
        valence = 0;
        emotions = 0;
        if (key.Length < 5 || (uint)(key[0] - 'a') > 25) return false;
        var candidates = (uint)(key[1] - 'a') <= 25 ? _prefixesByInitials[((key[0] - 'a') * 26) + key[1] - 'a'] : _prefixesByInitial[key[0] - 'a'];
        foreach (var (prefix, prefixValence, prefixEmotions) in candidates)
        {
            if (key.Length < prefix.Length + 3 || !key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (_words.TryGetValue(key[prefix.Length..], out var rest) && rest.De != 0)
            {
                valence = rest.De * 1.3;
                emotions = rest.EmotionsDe;
                return true;
            }

            valence = prefixValence;
            emotions = prefixEmotions;
            return prefixValence != 0;
        }

        return false;
    }

    /// <summary>
    /// A set of ASCII characters as two 64-bit halves; every non-ASCII character counts as character 127, so the
    /// set answers yes for all of them as soon as one was added.
    /// </summary>
    private static void AddAscii(ref ulong low, ref ulong high, char c)
    {
        var i = Math.Min(c, (char)127);
        if (i < 64) low |= 1UL << i;
        else high |= 1UL << (i - 64);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasAscii(ulong low, ulong high, char c)
    {
        var i = Math.Min(c, (char)127);
        return ((i < 64 ? low : high) & (1UL << i)) != 0;
    }

    /// <summary>The last four characters hashed into an int (keys are at least 4 long when this is used).</summary>
    public static int Ending(ReadOnlySpan<char> key) => (key[^4] << 24) ^ (key[^3] << 16) ^ (key[^2] << 8) ^ key[^1];
}
