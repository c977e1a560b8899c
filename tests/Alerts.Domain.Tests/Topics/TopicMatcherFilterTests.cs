using Alerts.Domain.Topics;
using static Alerts.Domain.Tests.Topics.TopicFixtures;

namespace Alerts.Domain.Tests.Topics;

public sealed class TopicMatcherFilterTests
{
    [Theory]
    [InlineData("de", true)]
    [InlineData("DE", true)]
    [InlineData("de-AT", true)]
    [InlineData("de_CH", true)]
    [InlineData("en", true)]
    [InlineData("fr", false)]
    [InlineData(null, true)]
    [InlineData("", true)]
    public void Language_filter_compares_primary_subtags_and_lets_unknown_languages_through(string? language, bool expected)
    {
        // Arrange
        var matcher = new TopicMatcher([Topic("t0", "lufthansa", "de", "en-GB")]);

        // Act
        var ids = matcher.Match("Lufthansa", language);

        // Assert
        Assert.Equal(expected, ids.Count == 1);
    }

    [Fact]
    public void A_topic_without_language_filter_matches_every_language()
    {
        Assert.True(Matches("lufthansa", "Lufthansa", language: "fr"));
    }

    [Fact]
    public void An_empty_language_filter_is_rejected()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => new TopicMatcher(
            [new TopicDefinition("t0", "t0", TopicQuery.Parse("bahn"), new HashSet<string>())]));

        // Assert
        Assert.Equal("languages", error.ParamName);
    }

    [Theory]
    [InlineData("@lufthansa", "lufthansa", true)]
    [InlineData("@lufthansa", "@Lufthansa", true)]
    [InlineData("@lufthansa", "@lufthansa.bsky.social", true)]
    [InlineData("@lufthansa", "condor", false)]
    [InlineData("@luft*", "@Lufthansa", true)]
    [InlineData("lufthansa", "@lufthansa", false)]
    [InlineData("#lufthansa", "@lufthansa", false)]
    public void Author_handle_counts_for_handle_terms_only(string query, string author, bool expected)
    {
        Assert.Equal(expected, Matches(query, "Heute ohne Worte", author: author));
    }
}
