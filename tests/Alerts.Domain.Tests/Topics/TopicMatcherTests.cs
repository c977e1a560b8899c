using Alerts.Domain.Topics;
using static Alerts.Domain.Tests.Topics.TopicFixtures;

namespace Alerts.Domain.Tests.Topics;

public sealed class TopicMatcherTests
{
    [Theory]
    [InlineData("lufthansa", "LUFTHANSA streikt", true)]
    [InlineData("LuftHansa", "die lufthansa streikt", true)]
    [InlineData("bahn", "Am Bahnhof ist nichts los", false)]
    [InlineData("bahn", "Die Bahn, wieder mal.", true)]
    [InlineData("bahn*", "Am Bahnhof ist nichts los", true)]
    [InlineData("bahn*", "Die Bahn", true)]
    [InlineData("bahn*", "Die S-Bahn", true)]
    [InlineData("bahnhof*", "Die Bahn", false)]
    [InlineData("streik", "Lufthansa-Streik angekündigt", true)]
    [InlineData("streik", "Warnstreik angekündigt", false)]
    public void Terms_match_whole_words_case_insensitively_and_prefixes_match_word_starts(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("müller", "Herr Müller sagt")]
    [InlineData("müller", "Herr MUELLER sagt")]
    [InlineData("mueller", "Herr Müller sagt")]
    [InlineData("MÜLLER", "herr mueller sagt")]
    [InlineData("straße", "Strasse gesperrt")]
    [InlineData("strasse", "Straße gesperrt")]
    [InlineData("verspätung", "VERSPAETUNG im Fernverkehr")]
    [InlineData("cafe", "Neues Café eröffnet")]
    [InlineData("\"schöne grüße\"", "Schoene Gruesse aus Köln")]
    [InlineData("über*", "Ueberraschung!")]
    public void German_spellings_match_both_ways(string query, string text)
    {
        Assert.True(Matches(query, text));
    }

    [Theory]
    [InlineData("\"deutsche bahn\"", "Die Deutsche Bahn kommt", true)]
    [InlineData("\"deutsche bahn\"", "Deutsche – Bahn!", true)]
    [InlineData("\"deutsche bahn\"", "Deutsche-Bahn-Chaos", true)]
    [InlineData("\"deutsche bahn\"", "Bahn, deutsche", false)]
    [InlineData("\"deutsche bahn\"", "Deutsche Telekom und Bahn", false)]
    [InlineData("\"deutsche bahn\"", "#Deutsche #Bahn", true)]
    [InlineData("lufthansa-streik", "Lufthansa: Streik!", true)]
    [InlineData("\"a b a c\"", "x a b a b a c y", true)]
    public void Phrases_match_consecutive_words_across_punctuation(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("#lufthansa", "Wieder #Lufthansa", true)]
    [InlineData("#lufthansa", "Wieder Lufthansa", false)]
    [InlineData("#lufthansa", "Wieder @Lufthansa", false)]
    [InlineData("lufthansa", "Wieder #Lufthansa", true)]
    [InlineData("lufthansa", "Wieder @lufthansa", true)]
    [InlineData("#bahn*", "#BahnChaos heute", true)]
    [InlineData("#bahn*", "Bahnchaos heute", false)]
    [InlineData("@db_bahn", "Frage an @DB_Bahn", true)]
    [InlineData("@db_bahn", "Frage an DB_Bahn", false)]
    [InlineData("@db_bahn", "Frage an #db_bahn", false)]
    [InlineData("@lufthansa", "mail an info@lufthansa.com", false)]
    public void Hashtags_and_handles_match_only_their_own_kind_but_plain_words_match_all_kinds(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("lufthansa streik", "Streik bei Lufthansa", true)]
    [InlineData("lufthansa streik", "Lufthansa fliegt", false)]
    [InlineData("lufthansa OR condor", "Condor fliegt", true)]
    [InlineData("lufthansa -werbung", "Lufthansa Werbung", false)]
    [InlineData("lufthansa -werbung", "Lufthansa fliegt", true)]
    [InlineData("lufthansa NOT (werbung OR anzeige)", "Lufthansa Anzeige", false)]
    [InlineData("a b OR c", "c", true)]
    [InlineData("a b OR c", "a", false)]
    [InlineData("a (b OR c)", "a c", true)]
    [InlineData("a (b OR c)", "c", false)]
    [InlineData("a OR NOT NOT b", "b", true)]
    [InlineData("a OR NOT NOT b", "c", false)]
    public void Boolean_operators_combine_terms(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Fact]
    public void Match_returns_the_ids_of_all_matching_topics_in_topic_order()
    {
        // Arrange
        var matcher = Matcher("condor", "lufthansa streik", "bahn", "lufthansa OR condor", "lufthansa -streik");

        // Act
        var ids = matcher.Match("Streik bei Lufthansa und Condor");

        // Assert
        Assert.Equal(["t0", "t1", "t3"], ids);
    }

    [Fact]
    public void Span_overload_writes_topic_indexes_and_returns_the_count()
    {
        // Arrange
        var matcher = Matcher("bahn", "lufthansa", "bahn*");
        var indexes = new int[matcher.Topics.Count];

        // Act
        var count = matcher.Match("Bahnhof und Bahn".AsSpan(), null, null, indexes);

        // Assert
        Assert.Equal([0, 2], indexes[..count]);
    }

    [Fact]
    public void Span_overload_rejects_a_destination_smaller_than_the_topic_count()
    {
        // Arrange
        var matcher = Matcher("bahn", "lufthansa");

        // Act
        var error = Assert.Throws<ArgumentException>(() => matcher.Match("bahn".AsSpan(), null, null, new int[1]));

        // Assert
        Assert.Equal("matchedTopicIndexes", error.ParamName);
    }

    [Fact]
    public void Duplicate_topic_ids_are_rejected()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => new TopicMatcher(
            [Topic("same", "bahn"), Topic("same", "lufthansa")]));

        // Assert
        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_item_with_a_huge_word_is_matched_without_losing_terms_after_it()
    {
        // Arrange
        var matcher = Matcher("\"deutsche bahn\" streik", "bahn*");
        var text = string.Concat(Enumerable.Repeat("Die Deutsche Bahn fährt. ", 4_000)) + new string('ß', 50_000) + " Streik";

        // Act
        var ids = matcher.Match(text);

        // Assert
        Assert.Equal(["t0", "t1"], ids);
    }

    [Fact]
    public void A_matcher_without_topics_matches_nothing()
    {
        // Act
        var ids = Matcher().Match("bahn");

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public void Matching_is_safe_from_many_threads_at_once()
    {
        // Arrange
        var matcher = Matcher("bahn", "lufthansa streik", "\"deutsche bahn\"", "#bahn*");
        var texts = new[] { "Deutsche Bahn", "Lufthansa Streik", "#Bahnchaos", "nichts" };
        string[] expected = [.. texts.Select(t => string.Join(',', matcher.Match(t)))];

        // Act
        var results = Enumerable.Range(0, 4000).AsParallel()
            .Select(i => string.Join(',', matcher.Match(texts[i % 4])) == expected[i % 4])
            .ToArray();

        // Assert
        Assert.All(results, Assert.True);
    }
}
