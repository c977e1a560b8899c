namespace Alerts.Functions.Api.Contracts;

/// <summary>A topic's buckets for a chart: contiguous (missing buckets as zeros), oldest first.</summary>
public sealed record SeriesView(string TopicId, string TopicName, TimeSpan BucketLength, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<SeriesPoint> Points);

/// <summary>
/// One bucket: what was counted and what the detector expected (null until it evaluated the bucket: the open bucket,
/// the settle delay, a topic's first buckets) and which signals spiked in it.
/// </summary>
public sealed record SeriesPoint(DateTimeOffset Start, int Mentions, double? Expected, int Negative, int Positive, int Neutral,
    double? ExpectedNegative, double? ExpectedPositive, IReadOnlyList<string> Spikes);

public sealed record SilenceBody(string TopicId, string Reason, string By, string? Signal = null, DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null, int? Minutes = null, string? Id = null);

public sealed record SilenceView(string Id, string TopicId, string? Signal, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Reason, string CreatedBy, bool Active);
