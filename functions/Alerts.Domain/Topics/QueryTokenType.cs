namespace Alerts.Domain.Topics;

internal enum QueryTokenType
{
    End,
    LeftParen,
    RightParen,
    Term,
    Phrase,
    And,
    Or,
    Not,
    Minus,
}
