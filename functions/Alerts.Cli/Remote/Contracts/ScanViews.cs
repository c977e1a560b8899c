namespace Alerts.Cli.Remote.Contracts;

/// <summary>A manual scan's progress and result: the body of 200, 202 and <c>GET /api/scans/{id}</c>.</summary>
public sealed record ScanStatus(
    string Id,
    string Status,
    bool DryRun,
    string? FeedId,
    string? TopicId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    int FeedsScanned,
    IReadOnlyList<ScanFeedError>? FeedErrors,
    int ItemsSeen,
    int ItemsMatched,
    int ItemsNew,
    IReadOnlyList<ScanTopicCount>? Topics,
    IReadOnlyList<ScanSpike>? Spikes,
    string? Error)
{
    public bool IsRunning => string.Equals(Status, "running", StringComparison.OrdinalIgnoreCase);
}

public sealed record ScanFeedError(string FeedId, string Error);

public sealed record ScanTopicCount(string TopicId, int Matched);

public sealed record ScanSpike(string TopicId, string Signal, string AlertId, string Severity, string? State, DateTimeOffset? OpenedAt);
