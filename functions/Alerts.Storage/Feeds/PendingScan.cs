using Alerts.Storage.Buckets;

namespace Alerts.Storage.Feeds;

/// <summary>
/// A scan's journal: written together with the new seen-item keys in one conditional write, before any bucket is
/// touched. A redelivered or crashed scan finds it and finishes applying it instead of fetching again, so every
/// item is counted exactly once.
/// </summary>
/// <param name="Sequence">Per-feed journal number: what buckets remember, so a redelivered message that fetches again
/// writes a new journal (new items) instead of being mistaken for the one already merged.</param>
/// <param name="ScanId">The queue message's scan id, to recognise its own redelivery.</param>
/// <param name="Contributions">One aggregate per touched (topic, bucket).</param>
public sealed record PendingScan(long Sequence, string ScanId, List<PendingContribution> Contributions);

public sealed record PendingContribution(string TopicId, DateTimeOffset BucketStart, BucketAggregate Aggregate);
