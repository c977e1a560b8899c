namespace Alerts.Feeds;

/// <summary>A media attachment; only absolute http(s) URLs survive parsing.</summary>
public sealed record FeedEnclosure(Uri Url, string? MediaType, long? Length);
