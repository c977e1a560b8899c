namespace Alerts.Domain.Topics;

/// <summary>What a token in an item's text is: a plain word, a <c>#hashtag</c> or an <c>@handle</c>.</summary>
public enum TokenKind
{
    Word,
    Hashtag,
    Handle,
}
