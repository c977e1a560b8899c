namespace Alerts.Domain.Topics;

/// <summary>The operand must not match; written <c>NOT x</c> or <c>-x</c>.</summary>
public sealed class NotNode : QueryNode
{
    public NotNode(QueryNode operand, int position)
        : base(position)
    {
        ArgumentNullException.ThrowIfNull(operand);
        Operand = operand;
    }

    public QueryNode Operand { get; }

    public override string ToString() => $"(NOT {Operand})";
}
