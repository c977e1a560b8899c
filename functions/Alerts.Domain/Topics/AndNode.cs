namespace Alerts.Domain.Topics;

/// <summary>All operands must match; written as <c>AND</c> or by juxtaposition (<c>lufthansa streik</c>).</summary>
public sealed class AndNode : QueryNode
{
    public AndNode(IReadOnlyList<QueryNode> operands, int position)
        : base(position)
    {
        ArgumentNullException.ThrowIfNull(operands);
        Operands = operands;
    }

    public IReadOnlyList<QueryNode> Operands { get; }

    public override string ToString() => $"(AND {string.Join(' ', Operands)})";
}
