namespace Alerts.Functions.Api.Contracts;

/// <summary>POST /api/scans: all feeds, one feed, or one topic, over a time range (default the last 24 h).</summary>
public sealed record ScanCommand(string? FeedId = null, string? TopicId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, bool DryRun = false);

/// <summary>A manual scan's progress and result; the same shape for 200, 202 and GET /api/scans/{id}.</summary>
public sealed record ScanStatus(
    string Id,
    string Status,
    bool DryRun,
    string? FeedId,
    string? TopicId,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    int FeedsScanned,
    IReadOnlyList<ScanFeedError> FeedErrors,
    int ItemsSeen,
    int ItemsMatched,
    int ItemsNew,
    IReadOnlyList<ScanTopicCount> Topics,
    IReadOnlyList<ScanSpike> Spikes,
    string? Error = null);

public sealed record ScanFeedError(string FeedId, string Error);

public sealed record ScanTopicCount(string TopicId, int Matched);

/// <summary>An alert of a scanned topic whose time intersects the scan's range.</summary>
public sealed record ScanSpike(string TopicId, string Signal, string AlertId, string Severity, string State, DateTimeOffset OpenedAt);

/// <summary>The queue message that runs a large scan (queue <c>manual-scans</c>).</summary>
public sealed record ScanJob(string ScanId, ScanCommand Command, DateTimeOffset From, DateTimeOffset To, DateTimeOffset RequestedAt);
