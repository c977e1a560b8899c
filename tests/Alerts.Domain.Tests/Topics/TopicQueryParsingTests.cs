using Alerts.Domain.Topics;

namespace Alerts.Domain.Tests.Topics;

public sealed class TopicQueryParsingTests
{
    [Theory]
    [InlineData("Lufthansa", "lufthansa")]
    [InlineData("bahn*", "bahn*")]
    [InlineData("#Lufthansa", "#lufthansa")]
    [InlineData("@DB_Bahn", "@db_bahn")]
    [InlineData("#bahn*", "#bahn*")]
    [InlineData("\"Deutsche Bahn\"", "\"deutsche bahn\"")]
    [InlineData("„Deutsche Bahn“", "\"deutsche bahn\"")]
    [InlineData("\"Bahn\"", "bahn")]
    [InlineData("\"OR\"", "or")]
    [InlineData("Lufthansa-Streik", "\"lufthansa streik\"")]
    [InlineData("Müller", "mueller")]
    [InlineData("Straße", "strasse")]
    public void Each_kind_of_term_parses_to_its_normalised_form(string text, string expected)
    {
        // Act
        var query = TopicQuery.Parse(text);

        // Assert
        Assert.Equal(expected, query.Root.ToString());
    }

    [Theory]
    [InlineData("lufthansa streik", "(AND lufthansa streik)")]
    [InlineData("lufthansa AND streik", "(AND lufthansa streik)")]
    [InlineData("lufthansa OR condor", "(OR lufthansa condor)")]
    [InlineData("lufthansa NOT werbung", "(AND lufthansa (NOT werbung))")]
    [InlineData("lufthansa -werbung", "(AND lufthansa (NOT werbung))")]
    [InlineData("lufthansa -\"gute laune\"", "(AND lufthansa (NOT \"gute laune\"))")]
    [InlineData("lufthansa -(werbung OR anzeige)", "(AND lufthansa (NOT (OR werbung anzeige)))")]
    [InlineData("a b OR c", "(OR (AND a b) c)")]
    [InlineData("a OR b c", "(OR a (AND b c))")]
    [InlineData("a AND b OR c AND d", "(OR (AND a b) (AND c d))")]
    [InlineData("a (b OR c)", "(AND a (OR b c))")]
    [InlineData("(a OR b) (c OR d)", "(AND (OR a b) (OR c d))")]
    [InlineData("NOT NOT a", "(NOT (NOT a))")]
    [InlineData("a NOT b OR c", "(OR (AND a (NOT b)) c)")]
    [InlineData("lufthansa or condor", "(AND lufthansa or condor)")]
    public void Operators_follow_documented_precedence(string text, string expected)
    {
        // Act
        var query = TopicQuery.Parse(text);

        // Assert
        Assert.Equal(expected, query.Root.ToString());
    }

    [Fact]
    public void Parse_keeps_the_original_text_and_equal_texts_give_equal_queries()
    {
        // Act
        var first = TopicQuery.Parse("  Lufthansa  Streik ");
        var second = TopicQuery.Parse("  Lufthansa  Streik ");

        // Assert
        Assert.Equal("  Lufthansa  Streik ", first.Text);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void TryParse_returns_the_query_for_valid_text()
    {
        // Act
        var ok = TopicQuery.TryParse("bahn streik", out var query, out var error);

        // Assert
        Assert.True(ok);
        Assert.NotNull(query);
        Assert.Null(error);
    }

    [Fact]
    public void TryParse_returns_the_error_for_invalid_text()
    {
        // Act
        var ok = TopicQuery.TryParse("bahn (streik", out var query, out var error);

        // Assert
        Assert.False(ok);
        Assert.Null(query);
        Assert.Equal(5, error!.Position);
    }

    [Fact]
    public void Nesting_up_to_the_depth_limit_is_accepted()
    {
        // Arrange
        var text = new string('(', QueryLimits.MaxDepth) + "bahn" + new string(')', QueryLimits.MaxDepth);

        // Act
        var query = TopicQuery.Parse(text);

        // Assert
        Assert.Equal("bahn", query.Root.ToString());
    }

    [Fact]
    public void A_query_of_exactly_the_maximum_length_is_accepted()
    {
        // Arrange
        var text = "bahn" + new string(' ', QueryLimits.MaxLength - 4);

        // Act
        var query = TopicQuery.Parse(text);

        // Assert
        Assert.Equal("bahn", query.Root.ToString());
    }
}
