namespace Alerts.Feeds;

/// <summary><paramref name="Feed"/> is null exactly when <paramref name="Status"/> is <see cref="FetchStatus.NotModified"/>.</summary>
public sealed record FetchResult(FetchStatus Status, ParsedFeed? Feed, FetchState State, TimeSpan Elapsed);
