namespace Alerts.Domain.Topics;

/// <summary>
/// Rejects queries that could match an item containing none of their positive terms, such as
/// <c>NOT werbung</c> or <c>bahn OR NOT streik</c>. Such a topic would fire on nearly every item, and the
/// matcher's inverted index relies on every match containing at least one indexed term.
/// </summary>
internal static class PositiveTermCheck
{
    /// <summary>Returns the position of a NOT that lets <paramref name="node"/> match without a positive term, or -1.</summary>
    public static int FindUnboundedNot(QueryNode node)
    {
        switch (node)
        {
            case NotNode { Operand: NotNode inner }:
                // NOT NOT x is x; rare, but rejecting it would be wrong.
                return FindUnboundedNot(inner.Operand);
            case NotNode not:
                return not.Position;
            case AndNode and:
                var blame = -1;
                foreach (var operand in and.Operands)
                {
                    var operandBlame = FindUnboundedNot(operand);
                    if (operandBlame < 0)
                    {
                        return -1;
                    }

                    blame = blame < 0 ? operandBlame : blame;
                }

                return blame;
            case OrNode or:
                foreach (var operand in or.Operands)
                {
                    var operandBlame = FindUnboundedNot(operand);
                    if (operandBlame >= 0)
                    {
                        return operandBlame;
                    }
                }

                return -1;
            default:
                return -1;
        }
    }
}
