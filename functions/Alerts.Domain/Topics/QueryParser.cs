namespace Alerts.Domain.Topics;

/// <summary>
/// Recursive-descent parser for the grammar in docs/topics.md:
/// <code>
/// query   := or END
/// or      := and ( "OR" and )*
/// and     := unary ( ["AND"] unary )*        juxtaposition means AND
/// unary   := "NOT" unary | "-" primary | primary
/// primary := "(" or ")" | term | "phrase"
/// </code>
/// Recursion is bounded by <see cref="QueryLimits.MaxDepth"/>, so no input can overflow the stack.
/// </summary>
internal sealed class QueryParser
{
    private readonly string _query;
    private readonly List<QueryToken> _tokens;
    private int _index;
    private int _termCount;

    private QueryParser(string query)
    {
        _query = query;
        _tokens = QueryLexer.Lex(query);
    }

    private QueryToken Current => _tokens[_index];

    public static QueryNode Parse(string query)
    {
        if (query.Length > QueryLimits.MaxLength)
        {
            throw new TopicQuerySyntaxException(
                query, QueryLimits.MaxLength, $"query is longer than {QueryLimits.MaxLength} characters ({query.Length})");
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            throw new TopicQuerySyntaxException(query, 0, "query is empty");
        }

        var parser = new QueryParser(query);
        var root = parser.ParseOr(depth: 0);
        if (parser.Current.Type != QueryTokenType.End)
        {
            throw parser.Unexpected(parser.Current);
        }

        var blame = PositiveTermCheck.FindUnboundedNot(root);
        if (blame >= 0)
        {
            throw new TopicQuerySyntaxException(
                query, blame, "a query needs at least one positive term: this NOT would match items without any of your terms");
        }

        return root;
    }

    private QueryNode ParseOr(int depth)
    {
        var operands = new List<QueryNode> { ParseAnd(depth) };
        while (Current.Type == QueryTokenType.Or)
        {
            ExpectOperandAfter(Advance());
            operands.Add(ParseAnd(depth));
        }

        return operands.Count == 1 ? operands[0] : new OrNode(operands, operands[0].Position);
    }

    private QueryNode ParseAnd(int depth)
    {
        var operands = new List<QueryNode> { ParseUnary(depth) };
        while (true)
        {
            if (Current.Type == QueryTokenType.And)
            {
                ExpectOperandAfter(Advance());
            }
            else if (!StartsOperand(Current.Type))
            {
                break;
            }

            operands.Add(ParseUnary(depth));
        }

        return operands.Count == 1 ? operands[0] : new AndNode(operands, operands[0].Position);
    }

    private QueryNode ParseUnary(int depth)
    {
        var token = Current;
        if (token.Type is not (QueryTokenType.Not or QueryTokenType.Minus))
        {
            return ParsePrimary(depth);
        }

        CheckDepth(token, depth);
        Advance();
        if (token.Type == QueryTokenType.Not)
        {
            ExpectOperandAfter(token);
            return new NotNode(ParseUnary(depth + 1), token.Position);
        }

        if (Current.Type is not (QueryTokenType.Term or QueryTokenType.Phrase or QueryTokenType.LeftParen))
        {
            throw Unexpected(Current);
        }

        return new NotNode(ParsePrimary(depth + 1), token.Position);
    }

    private QueryNode ParsePrimary(int depth)
    {
        var token = Current;
        switch (token.Type)
        {
            case QueryTokenType.LeftParen:
                CheckDepth(token, depth);
                Advance();
                if (Current.Type == QueryTokenType.RightParen)
                {
                    throw new TopicQuerySyntaxException(_query, token.Position, "empty parentheses");
                }

                if (Current.Type == QueryTokenType.End)
                {
                    throw new TopicQuerySyntaxException(_query, token.Position, "'(' is never closed");
                }

                var inner = ParseOr(depth + 1);
                if (Current.Type != QueryTokenType.RightParen)
                {
                    throw new TopicQuerySyntaxException(_query, token.Position, "'(' is never closed");
                }

                Advance();
                return inner;
            case QueryTokenType.Term or QueryTokenType.Phrase:
                Advance();
                if (++_termCount > QueryLimits.MaxTerms)
                {
                    throw new TopicQuerySyntaxException(_query, token.Position, $"query has more than {QueryLimits.MaxTerms} terms");
                }

                return token.Type == QueryTokenType.Term
                    ? TermBuilder.FromTerm(_query, token)
                    : TermBuilder.FromPhrase(_query, token);
            case QueryTokenType.And or QueryTokenType.Or:
                throw new TopicQuerySyntaxException(_query, token.Position, $"{token.Describe(_query)} needs a term before it");
            default:
                throw Unexpected(token);
        }
    }

    private static bool StartsOperand(QueryTokenType type) => type is QueryTokenType.Term or QueryTokenType.Phrase
        or QueryTokenType.LeftParen or QueryTokenType.Not or QueryTokenType.Minus;

    private void ExpectOperandAfter(QueryToken op)
    {
        if (!StartsOperand(Current.Type))
        {
            throw new TopicQuerySyntaxException(_query, op.Position, $"{op.Describe(_query)} needs a term after it");
        }
    }

    private void CheckDepth(QueryToken token, int depth)
    {
        if (depth >= QueryLimits.MaxDepth)
        {
            throw new TopicQuerySyntaxException(
                _query, token.Position, $"parentheses and NOTs are nested deeper than {QueryLimits.MaxDepth} levels");
        }
    }

    private TopicQuerySyntaxException Unexpected(QueryToken token) =>
        new(_query, token.Position, $"unexpected {token.Describe(_query)}");

    private QueryToken Advance() => _tokens[_index++];
}
