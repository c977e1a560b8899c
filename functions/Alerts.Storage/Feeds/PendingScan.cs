using Alerts.Storage.Buckets;

namespace Alerts.Storage.Feeds;

/// <summary>
/// A scan's journal: written together with the new seen-item keys in one conditional write, before any bucket is
/// touched. A redelivered or crashed scan finds it and finishes applying it instead of fetching again, so every
/// item is counted exactly once.
/// </summary>
public sealed record PendingScan(string ScanId, List<PendingContribution> Contributions);

public sealed record PendingContribution(string TopicId, DateTimeOffset BucketStart, BucketAggregate Aggregate);
