namespace Alerts.Domain.Topics;

/// <summary>A normalised token (see <see cref="TextNormalizer"/>) with its range in the original text.</summary>
public readonly record struct TextToken(TokenKind Kind, string Text, int Start, int Length);
