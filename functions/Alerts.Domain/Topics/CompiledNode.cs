namespace Alerts.Domain.Topics;

/// <summary>
/// A query tree whose leaves are atom ids (distinct terms shared by all topics), evaluated against the
/// atoms found in one item. Depth is bounded by <see cref="QueryLimits.MaxDepth"/>, so recursion is safe.
/// </summary>
internal sealed class CompiledNode
{
    private readonly QueryNodeKind _kind;
    private readonly int _atom;
    private readonly CompiledNode[] _operands;

    private CompiledNode(QueryNodeKind kind, int atom, CompiledNode[] operands)
    {
        _kind = kind;
        _atom = atom;
        _operands = operands;
    }

    private enum QueryNodeKind
    {
        Atom,
        And,
        Or,
        Not,
    }

    public static CompiledNode Atom(int atom) => new(QueryNodeKind.Atom, atom, []);

    public static CompiledNode And(CompiledNode[] operands) => new(QueryNodeKind.And, -1, operands);

    public static CompiledNode Or(CompiledNode[] operands) => new(QueryNodeKind.Or, -1, operands);

    public static CompiledNode Not(CompiledNode operand) => new(QueryNodeKind.Not, -1, [operand]);

    public bool Evaluate(MatchScratch scratch)
    {
        switch (_kind)
        {
            case QueryNodeKind.Atom:
                return scratch.IsPresent(_atom);
            case QueryNodeKind.Not:
                return !_operands[0].Evaluate(scratch);
            case QueryNodeKind.And:
                foreach (var operand in _operands)
                {
                    if (!operand.Evaluate(scratch))
                    {
                        return false;
                    }
                }

                return true;
            default:
                foreach (var operand in _operands)
                {
                    if (operand.Evaluate(scratch))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    /// <summary>
    /// Atoms of which every match contains at least one: the topic is evaluated only for items holding one
    /// of them. Null when no such set exists, which <see cref="PositiveTermCheck"/> already rules out.
    /// </summary>
    public List<int>? Triggers()
    {
        switch (_kind)
        {
            case QueryNodeKind.Atom:
                return [_atom];
            case QueryNodeKind.Not:
                // NOT NOT x matches exactly when x does, so it has x's triggers.
                return _operands[0]._kind == QueryNodeKind.Not ? _operands[0]._operands[0].Triggers() : null;
            case QueryNodeKind.And:
                // Any one operand's triggers suffice, since every operand must match; the fewest means
                // the fewest items that reach evaluation.
                List<int>? best = null;
                foreach (var operand in _operands)
                {
                    var triggers = operand.Triggers();
                    if (triggers is not null && (best is null || triggers.Count < best.Count))
                    {
                        best = triggers;
                    }
                }

                return best;
            default:
                var union = new List<int>();
                foreach (var operand in _operands)
                {
                    var triggers = operand.Triggers();
                    if (triggers is null)
                    {
                        return null;
                    }

                    union.AddRange(triggers);
                }

                return union;
        }
    }
}
