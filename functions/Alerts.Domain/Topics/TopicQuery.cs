namespace Alerts.Domain.Topics;

/// <summary>
/// A parsed topic query (language: docs/topics.md). Two queries are equal when their texts are equal.
/// </summary>
public sealed record TopicQuery
{
    private TopicQuery(string text, QueryNode root)
    {
        Text = text;
        Root = root;
    }

    /// <summary>The query as the operator wrote it.</summary>
    public string Text { get; }

    /// <summary>The parsed tree; its <see cref="object.ToString"/> shows how the query was understood.</summary>
    public QueryNode Root { get; }

    /// <exception cref="TopicQuerySyntaxException">The query is malformed, too long, too deep or has no positive term.</exception>
    public static TopicQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TopicQuery(text, QueryParser.Parse(text));
    }

    public static bool TryParse(string text, out TopicQuery? query, out TopicQuerySyntaxException? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            query = Parse(text);
            error = null;
            return true;
        }
        catch (TopicQuerySyntaxException exception)
        {
            query = null;
            error = exception;
            return false;
        }
    }

    public bool Equals(TopicQuery? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;
}
