namespace Alerts.Teams;

/// <summary>The outcome of one POST. <see cref="Detail"/> is safe to log and store: it never contains the webhook URL.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, int? StatusCode, TimeSpan? RetryAfter, string Detail)
{
    public bool IsDelivered => Outcome == DeliveryOutcome.Delivered;

    /// <summary>True when sending the same message again later can succeed.</summary>
    public bool IsRetryable => Outcome is DeliveryOutcome.RetryAfter or DeliveryOutcome.Transient or DeliveryOutcome.RateLimitedLocally;
}
