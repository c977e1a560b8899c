namespace Alerts.Functions.Api.Contracts;

public sealed record HealthView(string Status, StorageHealthView Storage, IReadOnlyList<QueueHealthView> Queues, FeedSummaryView Feeds);

public sealed record StorageHealthView(bool Reachable, double LatencyMs, string? Error);

public sealed record QueueHealthView(string Name, int Depth, int Poison);

public sealed record FeedSummaryView(int Total, int Ok, int Failing, int Pending, int Disabled);
