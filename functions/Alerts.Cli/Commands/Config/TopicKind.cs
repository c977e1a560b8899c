using System.Text.Json.Nodes;
using Alerts.Cli.Output;
using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.Config;

/// <summary>Topics: <c>/api/topics</c>, their options and output.</summary>
public static class TopicKind
{
    public static ConfigKind Instance { get; } = new()
    {
        Name = "topic",
        Path = "api/topics",
        ReadOnlyMembers = ["etag"],
        OptionsHelp = "--id, --name, --query, --channel, --escalation-channel, --languages de,en, --sensitivity low|medium|high, --enabled true|false",
        ReadOptions = ReadOptions,
        ListText = r => List(AlertsApiClient.Read(r, CliJsonContext.Default.ItemListTopicView).Items),
        ShowText = r => Fields(AlertsApiClient.Read(r, CliJsonContext.Default.TopicView)),
    };

    private static void ReadOptions(CliArguments args, JsonObject body)
    {
        ConfigBody.SetString(args, body, "id", "id");
        ConfigBody.SetString(args, body, "name", "name");
        ConfigBody.SetString(args, body, "query", "query");
        ConfigBody.SetString(args, body, "channel", "channelId");
        ConfigBody.SetString(args, body, "escalation-channel", "escalationChannelId", emptyIsNull: true);
        ConfigBody.SetString(args, body, "sensitivity", "sensitivity");
        ConfigBody.SetBool(args, body, "enabled", "enabled");
        if (args.Get("languages") is { } languages)
        {
            // "" or "any": every language (null); otherwise a comma list such as de,en.
            var list = languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            body["languages"] = list.Length == 0 || languages == "any" ? null : new JsonArray(list.Select(l => (JsonNode?)l).ToArray());
        }
    }

    private static string List(IReadOnlyList<Remote.Contracts.TopicView> topics)
    {
        if (topics.Count == 0) return "no topics (add one with: alerts topics add --id … --name … --query … --channel …)\n";
        var table = new Table("ID", "NAME", "CHANNEL", "SENSITIVITY", "ENABLED", "LANGUAGES", "QUERY");
        foreach (var t in topics.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            table.Add(t.Id, t.Name, t.ChannelId, t.Sensitivity, Show.Yes(t.Enabled), Languages(t.Languages), t.Query);
        }

        return table.ToString();
    }

    private static string Fields(Remote.Contracts.TopicView t) => Show.Fields(
        ("id", t.Id),
        ("name", t.Name),
        ("query", t.Query),
        ("languages", Languages(t.Languages)),
        ("channel", t.ChannelId),
        ("escalation channel", t.EscalationChannelId),
        ("sensitivity", t.Sensitivity),
        ("enabled", Show.Yes(t.Enabled)),
        ("etag", t.ETag));

    private static string Languages(IReadOnlyList<string>? languages) => languages is { Count: > 0 } ? string.Join(',', languages) : "any";
}
