using Alerts.Domain.Configuration;
using Azure.Data.Tables;

namespace Alerts.Storage.Configuration;

/// <summary>Maps configuration records to table rows and back.</summary>
internal static class ConfigEntityMapper
{
    public static TableEntity ToEntity(TopicConfig t) => new(Tables.TableKeys.TopicPartition, t.Id)
    {
        ["Name"] = t.Name,
        ["Query"] = t.Query,
        ["Languages"] = t.Languages is null ? null : string.Join(',', t.Languages),
        ["ChannelId"] = t.ChannelId,
        ["EscalationChannelId"] = t.EscalationChannelId,
        ["Sensitivity"] = t.Sensitivity,
        ["Enabled"] = t.Enabled,
    };

    public static TopicConfig ToTopic(TableEntity e) => new(
        e.RowKey,
        e.GetString("Name") ?? e.RowKey,
        e.GetString("Query") ?? string.Empty,
        e.GetString("Languages") is { Length: > 0 } l ? l.Split(',') : null,
        e.GetString("ChannelId") ?? string.Empty,
        e.GetString("EscalationChannelId"),
        e.GetString("Sensitivity") ?? "medium",
        e.GetBoolean("Enabled") ?? true);

    public static TableEntity ToEntity(FeedConfig f) => new(Tables.TableKeys.FeedPartition, f.Id)
    {
        ["Kind"] = f.Kind,
        ["Url"] = f.Url,
        ["Query"] = f.Query,
        ["PollIntervalSeconds"] = f.PollIntervalSeconds,
        ["Enabled"] = f.Enabled,
        ["Name"] = f.Name,
    };

    public static FeedConfig ToFeed(TableEntity e) => new(
        e.RowKey,
        e.GetString("Kind") ?? "auto",
        e.GetString("Url") ?? string.Empty,
        e.GetString("Query"),
        e.GetInt32("PollIntervalSeconds") ?? 60,
        e.GetBoolean("Enabled") ?? true,
        e.GetString("Name"));

    public static TableEntity ToEntity(ChannelConfig c) => new(Tables.TableKeys.ChannelPartition, c.Id)
    {
        ["Name"] = c.Name,
        ["Language"] = c.Language,
    };

    public static ChannelConfig ToChannel(TableEntity e) => new(e.RowKey, e.GetString("Name") ?? e.RowKey, e.GetString("Language") ?? "de");
}
