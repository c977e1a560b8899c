namespace Alerts.Storage.Buckets;

/// <summary>A bucket as read back: its start and its aggregate.</summary>
public sealed record StoredBucket(string TopicId, DateTimeOffset Start, BucketAggregate Aggregate);
