using Alerts.Domain.Topics;

namespace Alerts.Domain.Tests.Topics;

public sealed class TopicMatcherPropertyTests
{
    [Fact]
    public void Matcher_with_1000_random_topics_agrees_with_naive_evaluation_on_random_items()
    {
        // Arrange
        var generator = new RandomTopicGenerator(seed: 20261123);
        var topics = new List<TopicDefinition>();
        while (topics.Count < 1000)
        {
            // Random trees include pure-NOT queries, which Parse rejects by design; skip those.
            if (TopicQuery.TryParse(generator.Query(), out var query, out _))
            {
                var languages = generator.Languages();
                topics.Add(new TopicDefinition($"t{topics.Count}", "random", query!, languages.Length == 0 ? null : languages.ToHashSet()));
            }
        }

        var matcher = new TopicMatcher(topics);
        var matched = 0;
        var checkedPairs = 0;

        // Act and Assert
        for (var item = 0; item < 300; item++)
        {
            var text = generator.Text();
            var language = generator.Language();
            var author = generator.Author();
            var expected = NaiveTopicEvaluator.MatchingIds(topics, text, language, author);

            var actual = matcher.Match(text, language, author);

            Assert.True(expected.SequenceEqual(actual), $"Mismatch for item '{text}' (language {language}, author {author}).");
            matched += actual.Count;
            checkedPairs += topics.Count;
        }

        // Guard against a vacuous run: both outcomes must be common.
        Assert.InRange(matched, checkedPairs / 50, checkedPairs - (checkedPairs / 50));
    }
}
