namespace Alerts.Domain.Topics;

/// <summary>
/// A single normalised word: <c>bahn</c>, a prefix <c>bahn*</c>, a hashtag <c>#bahn</c> or a handle <c>@db_bahn</c>.
/// </summary>
public sealed class TermNode : QueryNode
{
    public TermNode(TokenKind kind, string text, bool isPrefix, int position)
        : base(position)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        Kind = kind;
        Text = text;
        IsPrefix = isPrefix;
    }

    public TokenKind Kind { get; }

    /// <summary>The normalised word, without <c>#</c>, <c>@</c> or <c>*</c>.</summary>
    public string Text { get; }

    public bool IsPrefix { get; }

    public override string ToString()
    {
        var sigil = Kind switch
        {
            TokenKind.Hashtag => "#",
            TokenKind.Handle => "@",
            _ => string.Empty,
        };
        return $"{sigil}{Text}{(IsPrefix ? "*" : string.Empty)}";
    }
}
