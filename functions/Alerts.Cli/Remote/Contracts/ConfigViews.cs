namespace Alerts.Cli.Remote.Contracts;

// The API's answers as this CLI reads them (docs: /api/openapi.json). Members the CLI does not show are left out;
// unknown members are ignored, so a newer app still works with this CLI.

public sealed record ItemList<T>(IReadOnlyList<T> Items);

public sealed record TopicView(string Id, string Name, string Query, IReadOnlyList<string>? Languages, string ChannelId,
    string? EscalationChannelId, string Sensitivity, bool Enabled, string? ETag);

public sealed record FeedView(string Id, string? Name, string Kind, string Url, string? Query, int PollIntervalSeconds,
    bool Enabled, FeedHealthView? Health, string? ETag);

public sealed record FeedHealthView(DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, int ConsecutiveFailures,
    string? LastError, long ItemsCounted, DateTimeOffset? NextAttemptNotBefore, string? Status);
