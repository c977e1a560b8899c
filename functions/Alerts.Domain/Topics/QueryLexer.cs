namespace Alerts.Domain.Topics;

/// <summary>
/// Splits a query into tokens. Keywords are case-sensitive (<c>AND</c>, <c>OR</c>, <c>NOT</c>), so that
/// lower-case "or" in a pasted sentence stays a word. Typographic quotes („…“, “…”) are accepted because
/// operators copy phrases out of Word and Outlook.
/// </summary>
internal static class QueryLexer
{
    private const string OpeningQuotes = "\"„“”";
    private const string ClosingQuotes = "\"“”";

    public static List<QueryToken> Lex(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(' || c == ')')
            {
                tokens.Add(new QueryToken(c == '(' ? QueryTokenType.LeftParen : QueryTokenType.RightParen, i, i, 1));
                i++;
            }
            else if (OpeningQuotes.Contains(c))
            {
                var close = query.AsSpan(i + 1).IndexOfAny(ClosingQuotes);
                if (close < 0)
                {
                    throw new TopicQuerySyntaxException(query, i, "unterminated quote");
                }

                tokens.Add(new QueryToken(QueryTokenType.Phrase, i, i + 1, close));
                i += close + 2;
            }
            else if (c == '-')
            {
                if (i + 1 >= query.Length || char.IsWhiteSpace(query[i + 1]) || query[i + 1] == ')')
                {
                    throw new TopicQuerySyntaxException(query, i, "'-' must be directly followed by a term (or use NOT)");
                }

                tokens.Add(new QueryToken(QueryTokenType.Minus, i, i, 1));
                i++;
            }
            else
            {
                i = LexWord(query, i, tokens);
            }
        }

        tokens.Add(new QueryToken(QueryTokenType.End, query.Length, query.Length, 0));
        return tokens;
    }

    private static int LexWord(string query, int start, List<QueryToken> tokens)
    {
        var end = start;
        while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] is not '(' and not ')' && !OpeningQuotes.Contains(query[end]))
        {
            end++;
        }

        var type = query.AsSpan(start, end - start) switch
        {
            "AND" => QueryTokenType.And,
            "OR" => QueryTokenType.Or,
            "NOT" => QueryTokenType.Not,
            _ => QueryTokenType.Term,
        };
        tokens.Add(new QueryToken(type, start, start, end - start));
        return end;
    }
}
