namespace Alerts.Domain.Topics;

/// <summary>
/// Compiles the queries of all topics into shared atoms (each distinct term or phrase once, however many
/// topics use it) and the inverted index atom → topics that <see cref="MatcherIndex"/> answers from.
/// </summary>
internal sealed class MatcherIndexBuilder
{
    private readonly Dictionary<string, int> _atomIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly List<int[]> _exactAtoms = [];
    private readonly List<List<int>> _phrasesByFirstWord = [];
    private readonly List<int[]> _phraseWords = [];
    private readonly List<int> _phraseAtoms = [];
    private readonly List<(string Prefix, AtomSlot Slot, int Atom)> _prefixes = [];
    private readonly List<HashSet<int>> _atomTopics = [];

    public CompiledNode Compile(QueryNode node) => node switch
    {
        TermNode term => CompiledNode.Atom(TermAtom(term)),
        PhraseNode phrase => CompiledNode.Atom(PhraseAtom(phrase)),
        NotNode not => CompiledNode.Not(Compile(not.Operand)),
        AndNode and => CompiledNode.And([.. and.Operands.Select(Compile)]),
        OrNode or => CompiledNode.Or([.. or.Operands.Select(Compile)]),
        _ => throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node)),
    };

    public void AddTriggers(int topic, IEnumerable<int> atoms)
    {
        foreach (var atom in atoms)
        {
            _atomTopics[atom].Add(topic);
        }
    }

    public MatcherIndex Build() => new(
        _wordIds,
        [.. _exactAtoms],
        [.. _phrasesByFirstWord.Select(p => p.ToArray())],
        [.. _phraseWords],
        [.. _phraseAtoms],
        PrefixTrie.Build(_prefixes),
        [.. _atomTopics.Select(t => t.Order().ToArray())]);

    private int TermAtom(TermNode term)
    {
        var slot = term.Kind switch
        {
            TokenKind.Hashtag => AtomSlot.Hashtag,
            TokenKind.Handle => AtomSlot.Handle,
            _ => AtomSlot.Any,
        };
        var key = $"{(term.IsPrefix ? "prefix" : "exact")}{(int)slot}:{term.Text}";
        if (_atomIds.TryGetValue(key, out var atom))
        {
            return atom;
        }

        atom = NewAtom(key);
        if (term.IsPrefix)
        {
            _prefixes.Add((term.Text, slot, atom));
        }
        else
        {
            _exactAtoms[WordId(term.Text)][(int)slot] = atom;
        }

        return atom;
    }

    private int PhraseAtom(PhraseNode phrase)
    {
        var key = "phrase:" + string.Join(' ', phrase.Words);
        if (_atomIds.TryGetValue(key, out var atom))
        {
            return atom;
        }

        atom = NewAtom(key);
        int[] words = [.. phrase.Words.Select(WordId)];
        _phrasesByFirstWord[words[0]].Add(_phraseWords.Count);
        _phraseWords.Add(words);
        _phraseAtoms.Add(atom);
        return atom;
    }

    private int NewAtom(string key)
    {
        var atom = _atomIds.Count;
        _atomIds.Add(key, atom);
        _atomTopics.Add([]);
        return atom;
    }

    private int WordId(string word)
    {
        if (!_wordIds.TryGetValue(word, out var id))
        {
            id = _wordIds.Count;
            _wordIds.Add(word, id);
            _exactAtoms.Add([-1, -1, -1]);
            _phrasesByFirstWord.Add([]);
        }

        return id;
    }
}
