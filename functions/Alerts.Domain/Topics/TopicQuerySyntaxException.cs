namespace Alerts.Domain.Topics;

/// <summary>
/// A topic query that cannot be parsed. <see cref="Position"/> is the 0-based character index of the
/// problem; the message quotes the query around it, e.g. <c>unexpected ')' at position 14: …streik OR ) ab…</c>.
/// </summary>
public sealed class TopicQuerySyntaxException : Exception
{
    private const int ExcerptBefore = 16;
    private const int ExcerptAfter = 16;

    public TopicQuerySyntaxException(string query, int position, string reason)
        : base(FormatMessage(query, position, reason))
    {
        Position = position;
        Reason = reason;
    }

    /// <summary>0-based character index in the query text where the problem is.</summary>
    public int Position { get; }

    /// <summary>What is wrong, without the position, e.g. <c>unexpected ')'</c>.</summary>
    public string Reason { get; }

    private static string FormatMessage(string query, int position, string reason)
    {
        ArgumentNullException.ThrowIfNull(query);
        var start = Math.Clamp(position - ExcerptBefore, 0, query.Length);
        var end = Math.Clamp(position + ExcerptAfter, start, query.Length);
        var excerpt = string.Concat(
            start > 0 ? "…" : string.Empty,
            query.AsSpan(start, end - start),
            end < query.Length ? "…" : string.Empty);
        return $"{reason} at position {position}: {excerpt}";
    }
}
