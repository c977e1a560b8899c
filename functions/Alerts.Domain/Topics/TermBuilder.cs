namespace Alerts.Domain.Topics;

/// <summary>
/// Turns a lexed term or phrase into a node, normalising it exactly as item texts are normalised. A bare
/// term that splits into several words (<c>lufthansa-streik</c>, <c>mcdonald's</c>) becomes a phrase, so it
/// matches what the operator wrote whatever punctuation the item uses between the parts.
/// </summary>
internal static class TermBuilder
{
    public static QueryNode FromTerm(string query, QueryToken token)
    {
        var text = query.AsSpan(token.TextStart, token.TextLength);
        var isPrefix = text.Length > 1 && text[^1] == '*';
        if (isPrefix)
        {
            text = text[..^1];
        }

        var star = text.IndexOf('*');
        if (star >= 0)
        {
            throw new TopicQuerySyntaxException(query, token.TextStart + star, "'*' is only allowed at the end of a term");
        }

        if (text[0] is '#' or '@')
        {
            return FromTag(query, token, text, isPrefix);
        }

        var words = NormalizedWords(text);
        if (words.Count == 0)
        {
            throw new TopicQuerySyntaxException(query, token.Position, $"{token.Describe(query)} contains no letters or digits");
        }

        if (words.Count == 1)
        {
            CheckPrefix(query, token, words[0], isPrefix);
            return new TermNode(TokenKind.Word, words[0], isPrefix, token.Position);
        }

        if (isPrefix)
        {
            throw new TopicQuerySyntaxException(
                query, token.TextStart + token.TextLength - 1, "'*' works only on a single word, not on a hyphenated or punctuated term");
        }

        return Phrase(query, token, words);
    }

    public static QueryNode FromPhrase(string query, QueryToken token)
    {
        var words = NormalizedWords(query.AsSpan(token.TextStart, token.TextLength));
        return words.Count switch
        {
            0 => throw new TopicQuerySyntaxException(query, token.Position, "empty phrase"),
            1 => new TermNode(TokenKind.Word, words[0], isPrefix: false, token.Position),
            _ => Phrase(query, token, words),
        };
    }

    private static TermNode FromTag(string query, QueryToken token, ReadOnlySpan<char> text, bool isPrefix)
    {
        var kind = text[0] == '#' ? TokenKind.Hashtag : TokenKind.Handle;
        var name = kind == TokenKind.Hashtag ? "hashtag" : "handle";
        var body = text[1..];
        for (var i = 0; i < body.Length; i++)
        {
            if (!TextNormalizer.IsWordChar(body[i]))
            {
                throw new TopicQuerySyntaxException(
                    query, token.TextStart + 1 + i, $"a {name} may contain only letters, digits and '_'");
            }
        }

        var normalized = TextNormalizer.Normalize(body);
        if (normalized.Length == 0)
        {
            throw new TopicQuerySyntaxException(query, token.Position, $"'{text[0]}' must be followed by a {name} name");
        }

        CheckPrefix(query, token, normalized, isPrefix);
        return new TermNode(kind, normalized, isPrefix, token.Position);
    }

    private static PhraseNode Phrase(string query, QueryToken token, List<string> words)
    {
        if (words.Count > QueryLimits.MaxPhraseWords)
        {
            throw new TopicQuerySyntaxException(
                query, token.Position, $"a phrase may have at most {QueryLimits.MaxPhraseWords} words");
        }

        return new PhraseNode(words, token.Position);
    }

    private static void CheckPrefix(string query, QueryToken token, string normalized, bool isPrefix)
    {
        if (isPrefix && normalized.Length < QueryLimits.MinPrefixLength)
        {
            throw new TopicQuerySyntaxException(
                query, token.Position, $"a prefix needs at least {QueryLimits.MinPrefixLength} letters before '*'");
        }
    }

    private static List<string> NormalizedWords(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        foreach (var token in TextNormalizer.EnumerateTokens(text))
        {
            var word = TextNormalizer.Normalize(text.Slice(token.Start, token.Length));
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }
}
