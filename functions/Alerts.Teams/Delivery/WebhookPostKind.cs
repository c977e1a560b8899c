namespace Alerts.Teams;

/// <summary>Alerts and digests share a webhook's budget, but a slice of it is kept for digests (<see cref="WebhookRateLimiter"/>).</summary>
public enum WebhookPostKind
{
    Alert,
    Digest,
}
