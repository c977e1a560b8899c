namespace Alerts.Domain.Topics;

/// <summary>
/// A lexical token of a query. <see cref="Position"/> is where it starts (the opening quote of a phrase);
/// <see cref="TextStart"/> and <see cref="TextLength"/> cover a term's text or a phrase's content.
/// </summary>
internal readonly record struct QueryToken(QueryTokenType Type, int Position, int TextStart, int TextLength)
{
    public string Describe(string query) => Type switch
    {
        QueryTokenType.End => "end of query",
        QueryTokenType.LeftParen => "'('",
        QueryTokenType.RightParen => "')'",
        QueryTokenType.And => "'AND'",
        QueryTokenType.Or => "'OR'",
        QueryTokenType.Not => "'NOT'",
        QueryTokenType.Minus => "'-'",
        _ => $"'{query.AsSpan(Position, TextStart + TextLength - Position)}'",
    };
}
