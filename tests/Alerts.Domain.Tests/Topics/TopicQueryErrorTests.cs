using Alerts.Domain.Topics;

namespace Alerts.Domain.Tests.Topics;

public sealed class TopicQueryErrorTests
{
    [Theory]
    [InlineData("bahn (streik", 5, "'(' is never closed")]
    [InlineData("(bahn OR (streik)", 0, "'(' is never closed")]
    [InlineData("(bahn OR streik))", 16, "unexpected ')'")]
    [InlineData(")", 0, "unexpected ')'")]
    [InlineData("()", 0, "empty parentheses")]
    [InlineData("bahn ( )", 5, "empty parentheses")]
    public void Query_with_unbalanced_parenthesis_reports_its_position(string text, int position, string reason)
    {
        AssertRejected(text, position, reason);
    }

    [Theory]
    [InlineData("bahn OR", 5, "'OR' needs a term after it")]
    [InlineData("bahn AND", 5, "'AND' needs a term after it")]
    [InlineData("bahn NOT", 5, "'NOT' needs a term after it")]
    [InlineData("AND bahn", 0, "'AND' needs a term before it")]
    [InlineData("OR bahn", 0, "'OR' needs a term before it")]
    [InlineData("bahn AND OR streik", 5, "'AND' needs a term after it")]
    [InlineData("bahn OR ) streik", 5, "'OR' needs a term after it")]
    [InlineData("(OR bahn)", 1, "'OR' needs a term before it")]
    [InlineData("bahn -", 5, "'-' must be directly followed by a term (or use NOT)")]
    [InlineData("bahn -NOT streik", 6, "unexpected 'NOT'")]
    public void Query_with_a_dangling_operator_reports_its_position(string text, int position, string reason)
    {
        AssertRejected(text, position, reason);
    }

    [Theory]
    [InlineData("\"\"", 0, "empty phrase")]
    [InlineData("bahn \" !? \"", 5, "empty phrase")]
    [InlineData("bahn \"deutsche", 5, "unterminated quote")]
    [InlineData("„deutsche bahn", 0, "unterminated quote")]
    public void Query_with_empty_or_unterminated_quotes_reports_the_opening_quote(string text, int position, string reason)
    {
        AssertRejected(text, position, reason);
    }

    [Theory]
    [InlineData("ba*hn", 2, "'*' is only allowed at the end of a term")]
    [InlineData("b*", 0, "a prefix needs at least 2 letters before '*'")]
    [InlineData("lufthansa-streik*", 16, "'*' works only on a single word, not on a hyphenated or punctuated term")]
    [InlineData("#", 0, "'#' must be followed by a hashtag name")]
    [InlineData("bahn @", 5, "'@' must be followed by a handle name")]
    [InlineData("#foo-bar", 4, "a hashtag may contain only letters, digits and '_'")]
    [InlineData("bahn !!!", 5, "'!!!' contains no letters or digits")]
    public void Query_with_a_malformed_term_reports_its_position(string text, int position, string reason)
    {
        AssertRejected(text, position, reason);
    }

    [Theory]
    [InlineData("NOT werbung", 0)]
    [InlineData("-werbung", 0)]
    [InlineData("bahn OR NOT streik", 8)]
    [InlineData("(NOT a) (NOT b)", 1)]
    public void Query_without_a_positive_term_is_rejected(string text, int position)
    {
        AssertRejected(text, position, "a query needs at least one positive term: this NOT would match items without any of your terms");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Empty_query_is_rejected(string text)
    {
        AssertRejected(text, 0, "query is empty");
    }

    [Fact]
    public void Query_of_100000_characters_is_rejected_at_the_length_limit()
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat("bahn ", 20_000));

        // Act
        var error = Assert.Throws<TopicQuerySyntaxException>(() => TopicQuery.Parse(text));

        // Assert
        Assert.Equal(QueryLimits.MaxLength, error.Position);
        Assert.Equal("query is longer than 2000 characters (100000)", error.Reason);
    }

    [Fact]
    public void Query_of_100000_open_parentheses_is_rejected_without_overflowing_the_stack()
    {
        // Arrange
        var text = new string('(', 100_000);

        // Act
        var error = Assert.Throws<TopicQuerySyntaxException>(() => TopicQuery.Parse(text));

        // Assert
        Assert.Equal(QueryLimits.MaxLength, error.Position);
    }

    [Theory]
    [InlineData("(", 32)]
    [InlineData("NOT ", 32)]
    public void Query_nested_too_deep_is_rejected_at_the_first_level_over_the_limit(string opener, int level)
    {
        // Arrange
        var text = "a " + string.Concat(Enumerable.Repeat(opener, 40)) + "b" + (opener == "(" ? new string(')', 40) : string.Empty);

        // Act
        var error = Assert.Throws<TopicQuerySyntaxException>(() => TopicQuery.Parse(text));

        // Assert
        Assert.Equal(2 + (level * opener.Length), error.Position);
        Assert.Equal("parentheses and NOTs are nested deeper than 32 levels", error.Reason);
    }

    [Fact]
    public void Query_with_too_many_terms_reports_the_first_term_over_the_limit()
    {
        // Arrange
        var terms = Enumerable.Range(0, QueryLimits.MaxTerms + 1).Select(i => $"w{i:000}").ToArray();
        var text = string.Join(" OR ", terms);

        // Act
        var error = Assert.Throws<TopicQuerySyntaxException>(() => TopicQuery.Parse(text));

        // Assert
        Assert.Equal(text.LastIndexOf("w100", StringComparison.Ordinal), error.Position);
        Assert.Equal("query has more than 100 terms", error.Reason);
    }

    [Fact]
    public void Error_message_names_the_reason_the_position_and_the_text_around_it()
    {
        // Act
        var error = Assert.Throws<TopicQuerySyntaxException>(() => TopicQuery.Parse("lufthansa streik OR (bahn))"));

        // Assert
        Assert.Equal("unexpected ')' at position 26: …streik OR (bahn))", error.Message);
    }

    private static void AssertRejected(string text, int position, string reason)
    {
        // Act
        var error = Assert.Throws<TopicQuerySyntaxException>(() => TopicQuery.Parse(text));

        // Assert
        Assert.Equal(reason, error.Reason);
        Assert.Equal(position, error.Position);
    }
}
