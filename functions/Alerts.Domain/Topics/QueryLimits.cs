namespace Alerts.Domain.Topics;

/// <summary>
/// Bounds on a topic query, so that a pasted 100,000-character text or a wall of parentheses is
/// rejected with a position instead of overflowing the parser's stack or slowing every match.
/// </summary>
public static class QueryLimits
{
    /// <summary>Longest accepted query text, in characters.</summary>
    public const int MaxLength = 2_000;

    /// <summary>Deepest nesting of parentheses and <c>NOT</c>s.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most terms and phrases in one query.</summary>
    public const int MaxTerms = 100;

    /// <summary>Most words in one phrase.</summary>
    public const int MaxPhraseWords = 16;

    /// <summary>Fewest normalised characters before a <c>*</c>, so <c>a*</c> cannot match nearly everything.</summary>
    public const int MinPrefixLength = 2;
}
