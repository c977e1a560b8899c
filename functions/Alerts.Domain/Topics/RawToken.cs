namespace Alerts.Domain.Topics;

/// <summary>
/// A token found by <see cref="TokenEnumerator"/>: <see cref="Start"/> and <see cref="Length"/> cover the
/// word characters only, so a hashtag's <c>#</c> and a handle's <c>@</c> are not part of the range.
/// </summary>
public readonly record struct RawToken(TokenKind Kind, int Start, int Length);
