using System.Text.Json.Nodes;

namespace Alerts.Loadgen.Harness;

/// <summary>Builds the seed file (<c>Alerts:SeedFile</c>) the app reads at start-up: channels, topics, feeds.</summary>
public sealed class Seed
{
    private readonly JsonArray _channels = [];
    private readonly JsonArray _topics = [];
    private readonly JsonArray _feeds = [];

    public Seed Channel(string id)
    {
        _channels.Add(new JsonObject { ["id"] = id, ["name"] = id, ["language"] = "de" });
        return this;
    }

    public Seed Topic(string id, string query, string channel, string sensitivity = "medium")
    {
        _topics.Add(new JsonObject { ["id"] = id, ["name"] = id, ["query"] = query, ["channelId"] = channel, ["sensitivity"] = sensitivity });
        return this;
    }

    public Seed Feed(string id, string url, int pollIntervalSeconds)
    {
        _feeds.Add(new JsonObject { ["id"] = id, ["name"] = id, ["kind"] = "rss", ["url"] = url, ["pollIntervalSeconds"] = pollIntervalSeconds });
        return this;
    }

    public string Write(string directory)
    {
        var path = Path.Combine(directory, $"seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, new JsonObject { ["channels"] = _channels, ["topics"] = _topics, ["feeds"] = _feeds }.ToJsonString());
        return path;
    }
}
