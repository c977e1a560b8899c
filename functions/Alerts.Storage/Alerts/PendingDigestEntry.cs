namespace Alerts.Storage.Alerts;

/// <summary>A notification (alert revision) for a channel, waiting for that channel's next digest card.</summary>
public sealed record PendingDigestEntry(string ChannelId, string AlertId, int Revision, DateTimeOffset DeferredAt);
