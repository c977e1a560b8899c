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

    private PrefixTrie(int[] edgeStart, int[] edgeCount, char[] edgeChars, int[] edgeTargets, int[] atoms)
    {
        _edgeStart = edgeStart;
        _edgeCount = edgeCount;
        _edgeChars = edgeChars;
        _edgeTargets = edgeTargets;
        _atoms = atoms;
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
        var node = 0;
        foreach (var c in word)
        {
            var edges = _edgeChars.AsSpan(_edgeStart[node], _edgeCount[node]);
            var edge = edges.IndexOf(c);
            if (edge < 0)
            {
                return;
            }

            node = _edgeTargets[_edgeStart[node] + edge];
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
    }
}
