using Alerts.Domain.Topics;

namespace Alerts.Domain.Tests.Topics;

/// <summary>Builds matchers from bare query texts; topic ids are "t0", "t1", … in order.</summary>
internal static class TopicFixtures
{
    public static TopicMatcher Matcher(params string[] queries) =>
        new(queries.Select((q, i) => Topic($"t{i}", q)));

    public static TopicDefinition Topic(string id, string query, params string[] languages) =>
        new(id, id, TopicQuery.Parse(query), languages.Length == 0 ? null : languages.ToHashSet());

    public static bool Matches(string query, string text, string? language = null, string? author = null) =>
        Matcher(query).Match(text, language, author).Count == 1;
}
