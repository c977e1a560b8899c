namespace Alerts.Domain.Topics;

/// <summary>At least one operand must match; <c>OR</c> binds looser than <c>AND</c>.</summary>
public sealed class OrNode : QueryNode
{
    public OrNode(IReadOnlyList<QueryNode> operands, int position)
        : base(position)
    {
        ArgumentNullException.ThrowIfNull(operands);
        Operands = operands;
    }

    public IReadOnlyList<QueryNode> Operands { get; }

    public override string ToString() => $"(OR {string.Join(' ', Operands)})";
}
