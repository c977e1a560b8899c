using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Domain.Topics;

namespace Alerts.Cli;

/// <summary>
/// Reads the <c>topics</c> of a configuration file (the seed file shape, e.g. <c>config/demo.json</c>) into a matcher,
/// so operators can see which topics a feed's items would count for before adding the feed.
/// </summary>
public static class TopicFile
{
    public static TopicMatcher Load(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"not valid JSON: {ex.Message}", ex);
        }

        if (root?["topics"] is not JsonArray topics) throw new InvalidDataException("expected an object with a 'topics' array");
        var definitions = new List<TopicDefinition>();
        for (var i = 0; i < topics.Count; i++)
        {
            var t = topics[i];
            var id = t?["id"]?.GetValue<string>() ?? throw new InvalidDataException($"topics[{i}].id is missing");
            var text = t["query"]?.GetValue<string>() ?? throw new InvalidDataException($"topics[{i}].query is missing");
            if (!TopicQuery.TryParse(text, out var query, out var error)) throw new InvalidDataException($"topics[{i}].query: {error!.Message}");
            var languages = (t["languages"] as JsonArray)?.Select(l => l!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            definitions.Add(new TopicDefinition(id, t["name"]?.GetValue<string>() ?? id, query!, languages));
        }

        return new TopicMatcher(definitions);
    }
}
