using Alerts.Domain.Configuration;

namespace Alerts.Functions.Api.Contracts;

/// <summary>A topic as sent to POST/PUT; the id may come from the route instead.</summary>
public sealed record TopicBody(
    string Name,
    string Query,
    string ChannelId,
    string? Id = null,
    IReadOnlyList<string>? Languages = null,
    string? EscalationChannelId = null,
    string Sensitivity = "medium",
    bool Enabled = true)
{
    public TopicConfig ToConfig(string id) => new(id, Name, Query, Languages, ChannelId, EscalationChannelId, Sensitivity, Enabled);
}

public sealed record TopicView(string Id, string Name, string Query, IReadOnlyList<string>? Languages, string ChannelId,
    string? EscalationChannelId, string Sensitivity, bool Enabled, string ETag)
{
    public static TopicView From(TopicConfig t, string etag) =>
        new(t.Id, t.Name, t.Query, t.Languages, t.ChannelId, t.EscalationChannelId, t.Sensitivity, t.Enabled, etag);
}

public sealed record FeedBody(
    string Kind,
    string Url,
    string? Id = null,
    string? Query = null,
    int PollIntervalSeconds = 60,
    bool Enabled = true,
    string? Name = null)
{
    public FeedConfig ToConfig(string id) => new(id, Kind, Url, Query, PollIntervalSeconds, Enabled, Name);
}

public sealed record FeedHealthView(DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, int ConsecutiveFailures,
    string? LastError, long ItemsCounted, DateTimeOffset? NextAttemptNotBefore, string Status);

public sealed record FeedView(string Id, string? Name, string Kind, string Url, string? Query, int PollIntervalSeconds,
    bool Enabled, FeedHealthView Health, string ETag);

public sealed record ChannelBody(string Name, string? Id = null, string Language = "de")
{
    public ChannelConfig ToConfig(string id) => new(id, Name, Language);
}

/// <summary>The webhook URL is a secret (an app setting or Key Vault reference): only whether it is set is shown.</summary>
public sealed record ChannelView(string Id, string Name, string Language, bool WebhookConfigured, string ETag);

public sealed record ItemList<T>(IReadOnlyList<T> Items);
