namespace Alerts.Domain.Buckets;

/// <summary>One of a bucket's top items: what a marketer clicks to see what people are saying.</summary>
public sealed record BucketItem(string Title, string? Link, string SourceId, string? Author, long? Reach, DateTimeOffset? Published, double Valence);
