using System.Collections.Frozen;

namespace Alerts.Domain.Topics;

/// <summary>
/// Finds which atoms (distinct terms and phrases of all topics) occur in one item: each token is
/// normalised once and looked up by span in a frozen vocabulary, prefixes are found by a trie walk, and
/// phrases are checked only where their first word occurs.
/// </summary>
internal sealed class MatcherIndex
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    private readonly int[][] _exactAtoms;
    private readonly int[][] _phrasesByFirstWord;
    private readonly int[][] _phraseWords;
    private readonly int[] _phraseAtoms;
    private readonly PrefixTrie? _prefixes;

    public MatcherIndex(
        Dictionary<string, int> vocabulary,
        int[][] exactAtoms,
        int[][] phrasesByFirstWord,
        int[][] phraseWords,
        int[] phraseAtoms,
        PrefixTrie? prefixes,
        int[][] atomTopics)
    {
        _vocabulary = vocabulary.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _exactAtoms = exactAtoms;
        _phrasesByFirstWord = phrasesByFirstWord;
        _phraseWords = phraseWords;
        _phraseAtoms = phraseAtoms;
        _prefixes = prefixes;
        AtomTopics = atomTopics;
    }

    /// <summary>Topics to evaluate when an atom is present, by atom id.</summary>
    public int[][] AtomTopics { get; }

    public int AtomCount => AtomTopics.Length;

    public void CollectAtoms(ReadOnlySpan<char> text, string? authorHandle, MatchScratch scratch)
    {
        foreach (var token in TextNormalizer.EnumerateTokens(text))
        {
            var word = Fold(text.Slice(token.Start, token.Length), scratch);
            if (word.IsEmpty)
            {
                continue;
            }

            var id = _vocabulary.TryGetValue(word, out var found) ? found : -1;
            scratch.AddWord(id);
            if (id >= 0)
            {
                var atoms = _exactAtoms[id];
                scratch.Mark(atoms[(int)AtomSlot.Any]);
                if (token.Kind != TokenKind.Word)
                {
                    scratch.Mark(atoms[token.Kind == TokenKind.Hashtag ? (int)AtomSlot.Hashtag : (int)AtomSlot.Handle]);
                }
            }

            _prefixes?.Walk(word, token.Kind, isAuthor: false, scratch);
        }

        if (_phraseAtoms.Length > 0)
        {
            CollectPhrases(scratch);
        }

        if (!string.IsNullOrWhiteSpace(authorHandle))
        {
            CollectAuthor(authorHandle, scratch);
        }
    }

    private void CollectPhrases(MatchScratch scratch)
    {
        var words = scratch.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] < 0)
            {
                continue;
            }

            foreach (var phrase in _phrasesByFirstWord[words[i]])
            {
                var phraseWords = _phraseWords[phrase];
                if (words[i..].StartsWith(phraseWords))
                {
                    scratch.Mark(_phraseAtoms[phrase]);
                }
            }
        }
    }

    // The author's handle counts for @handle terms only: a topic "lufthansa" is about what is written,
    // while "@lufthansa" is also about who writes. "@lufthansa.bsky.social" is the handle "lufthansa".
    private void CollectAuthor(string authorHandle, MatchScratch scratch)
    {
        var enumerator = TextNormalizer.EnumerateTokens(authorHandle);
        if (!enumerator.MoveNext())
        {
            return;
        }

        var handle = Fold(authorHandle.AsSpan(enumerator.Current.Start, enumerator.Current.Length), scratch);
        if (_vocabulary.TryGetValue(handle, out var id))
        {
            scratch.Mark(_exactAtoms[id][(int)AtomSlot.Handle]);
        }

        _prefixes?.Walk(handle, TokenKind.Handle, isAuthor: true, scratch);
    }

    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> raw, MatchScratch scratch)
    {
        var buffer = scratch.CharBuffer(raw.Length * TextNormalizer.MaxExpansion);
        return buffer[..CharFolding.Fold(raw, buffer)];
    }
}
