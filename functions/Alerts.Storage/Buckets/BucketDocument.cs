using Alerts.Domain.Buckets;
using Alerts.Emotion;

namespace Alerts.Storage.Buckets;

/// <summary>The JSON part of a bucket row; the distinct-count hash sets go to binary properties beside it.</summary>
public sealed record BucketDocument(List<BucketItem> TopItems, EmotionAggregate Emotion, Dictionary<string, long> AppliedJournals);
