using System.Collections.Frozen;

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
    private readonly (string Prefix, float Valence, byte Emotions)[] _prefixes;
    private readonly uint _prefixInitials;

    public Lexicon(
        Dictionary<string, LexiconEntry> words,
        Dictionary<string, Emoticon> emoticons,
        FrozenDictionary<int, Emoticon> emoji,
        FrozenDictionary<int, ulong> headLengthsByEnding,
        (string Prefix, float Valence, byte Emotions)[] prefixes)
    {
        _prefixes = prefixes;

        // First letters of the prefixes as a bit set: most unknown words are rejected without a string compare.
        foreach (var (prefix, _, _) in prefixes) _prefixInitials |= 1u << (prefix[0] - 'a');
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

    /// <summary>Case-sensitive: ":D" and ":d" are different faces.</summary>
    public bool TryEmoticon(ReadOnlySpan<char> raw, out Emoticon face) => _emoticons.TryGetValue(raw, out face);

    public bool TryEmoji(int codePoint, out Emoticon face) => _emoji.TryGetValue(codePoint, out face);

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
        if (key.Length < 5 || (uint)(key[0] - 'a') > 25 || (_prefixInitials & (1u << (key[0] - 'a'))) == 0) return false;
        foreach (var (prefix, prefixValence, prefixEmotions) in _prefixes)
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

    /// <summary>The last four characters hashed into an int (keys are at least 4 long when this is used).</summary>
    public static int Ending(ReadOnlySpan<char> key) => (key[^4] << 24) ^ (key[^3] << 16) ^ (key[^2] << 8) ^ key[^1];
}
