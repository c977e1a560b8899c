namespace Alerts.Domain.Topics;

/// <summary>
/// A node of a parsed topic query. <see cref="object.ToString"/> gives a canonical prefix form such as
/// <c>(AND lufthansa (OR streik warnstreik))</c>, which tests and error reports use to show how a query
/// was understood.
/// </summary>
public abstract class QueryNode
{
    private protected QueryNode(int position) => Position = position;

    /// <summary>0-based index in the query text where this node starts.</summary>
    public int Position { get; }
}
