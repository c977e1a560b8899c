using Alerts.Domain.Topics;

namespace Alerts.Domain.Tests.Topics;

/// <summary>
/// The obvious, slow reading of a query: scan the item's token list for every term. The matcher's
/// inverted index, trie and phrase table must agree with it on every input.
/// </summary>
internal static class NaiveTopicEvaluator
{
    public static IEnumerable<string> MatchingIds(IEnumerable<TopicDefinition> topics, string text, string? language, string? author)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var authorHandle = author is null ? null : TextNormalizer.Tokenize(author).Select(t => t.Text).FirstOrDefault();
        return topics
            .Where(t => LanguageAccepts(t.Languages, language) && Evaluate(t.Query.Root, tokens, authorHandle))
            .Select(t => t.Id)
            .ToList();
    }

    private static bool Evaluate(QueryNode node, IReadOnlyList<TextToken> tokens, string? author) => node switch
    {
        TermNode term => tokens.Any(t => KindAccepts(term.Kind, t.Kind) && TextAccepts(term, t.Text))
            || (term.Kind == TokenKind.Handle && author is not null && TextAccepts(term, author)),
        PhraseNode phrase => Enumerable.Range(0, tokens.Count).Any(i =>
            i + phrase.Words.Count <= tokens.Count
            && phrase.Words.Select((w, j) => tokens[i + j].Text == w).All(b => b)),
        NotNode not => !Evaluate(not.Operand, tokens, author),
        AndNode and => and.Operands.All(o => Evaluate(o, tokens, author)),
        OrNode or => or.Operands.Any(o => Evaluate(o, tokens, author)),
        _ => throw new ArgumentException(node.GetType().Name, nameof(node)),
    };

    private static bool KindAccepts(TokenKind termKind, TokenKind tokenKind) =>
        termKind == TokenKind.Word || termKind == tokenKind;

    private static bool TextAccepts(TermNode term, string text) =>
        term.IsPrefix ? text.StartsWith(term.Text, StringComparison.Ordinal) : text == term.Text;

    private static bool LanguageAccepts(IReadOnlySet<string>? languages, string? language)
    {
        if (languages is null || string.IsNullOrEmpty(language))
        {
            return true;
        }

        var primary = language.Split('-', '_')[0];
        return languages.Any(l => string.Equals(l.Split('-', '_')[0], primary, StringComparison.OrdinalIgnoreCase));
    }
}
