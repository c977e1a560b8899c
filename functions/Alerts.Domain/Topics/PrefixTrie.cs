namespace Alerts.Domain.Topics;

/// <summary>
/// Prefix terms (<c>bahn*</c>) in a flattened trie: walking a token's characters visits every prefix
/// term it starts with, and most tokens leave the trie after one or two characters. A hash lookup per
/// possible prefix length would cost a lookup per length per token instead.
/// </summary>
internal sealed class PrefixTrie
{
    private const int Slots = 3;

    private readonly int[] _edgeStart;
    private readonly int[] _edgeCount;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly int[] _atoms;
    private readonly bool[] _hasAtoms;

    // The root's children for ASCII first characters, so most tokens leave the trie after one array read.
    // Node 0 is the root and never a child, so 0 means "no child".
    private readonly int[] _asciiRoot = new int[128];

    private PrefixTrie(int[] edgeStart, int[] edgeCount, char[] edgeChars, int[] edgeTargets, int[] atoms)
    {
        _edgeStart = edgeStart;
        _edgeCount = edgeCount;
        _edgeChars = edgeChars;
        _edgeTargets = edgeTargets;
        _atoms = atoms;
        _hasAtoms = new bool[edgeStart.Length];
        for (var node = 0; node < _hasAtoms.Length; node++)
        {
            _hasAtoms[node] = atoms.AsSpan(node * Slots, Slots).ContainsAnyExcept(-1);
        }

        for (var c = (char)0; c < _asciiRoot.Length; c++)
        {
            _asciiRoot[c] = Child(0, c);
        }
    }

    /// <summary>Builds the trie from (normalised prefix, slot, atom) entries; null when there are none.</summary>
    public static PrefixTrie? Build(IReadOnlyList<(string Prefix, AtomSlot Slot, int Atom)> entries)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var children = new List<SortedDictionary<char, int>> { new() };
        var atoms = new List<int> { -1, -1, -1 };
        foreach (var (prefix, slot, atom) in entries)
        {
            var node = 0;
            foreach (var c in prefix)
            {
                if (!children[node].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children[node][c] = next;
                    children.Add([]);
                    atoms.AddRange([-1, -1, -1]);
                }

                node = next;
            }

            atoms[(node * Slots) + (int)slot] = atom;
        }

        var edgeStart = new int[children.Count];
        var edgeCount = new int[children.Count];
        var edgeChars = new List<char>();
        var edgeTargets = new List<int>();
        for (var node = 0; node < children.Count; node++)
        {
            edgeStart[node] = edgeChars.Count;
            edgeCount[node] = children[node].Count;
            edgeChars.AddRange(children[node].Keys);
            edgeTargets.AddRange(children[node].Values);
        }

        return new PrefixTrie(edgeStart, edgeCount, [.. edgeChars], [.. edgeTargets], [.. atoms]);
    }

    /// <summary>
    /// Marks the prefix atoms that <paramref name="word"/> starts with. Any-slot prefixes accept every
    /// text token; the author's handle (<paramref name="isAuthor"/>) only counts for handle prefixes.
    /// </summary>
    public void Walk(ReadOnlySpan<char> word, TokenKind kind, bool isAuthor, MatchScratch scratch)
    {
        if (word.IsEmpty)
        {
            return;
        }

        var node = word[0] < 128 ? _asciiRoot[word[0]] : Child(0, word[0]);
        var next = 1;
        while (node != 0)
        {
            if (_hasAtoms[node])
            {
                MarkAtoms(node, kind, isAuthor, scratch);
            }

            if (next == word.Length)
            {
                return;
            }

            node = Child(node, word[next++]);
        }
    }

    private void MarkAtoms(int node, TokenKind kind, bool isAuthor, MatchScratch scratch)
    {
        var atoms = _atoms.AsSpan(node * Slots, Slots);
        if (!isAuthor)
        {
            scratch.Mark(atoms[(int)AtomSlot.Any]);
        }

        if (kind == TokenKind.Hashtag)
        {
            scratch.Mark(atoms[(int)AtomSlot.Hashtag]);
        }
        else if (kind == TokenKind.Handle)
        {
            scratch.Mark(atoms[(int)AtomSlot.Handle]);
        }
    }

    // Scalar scan: nodes below the root have few children, too few for a vectorised IndexOf to pay off.
    private int Child(int node, char c)
    {
        var end = _edgeStart[node] + _edgeCount[node];
        for (var edge = _edgeStart[node]; edge < end; edge++)
        {
            if (_edgeChars[edge] == c)
            {
                return _edgeTargets[edge];
            }
        }

        return 0;
    }
}
