namespace Alerts.Teams;

/// <summary>What happened to one webhook POST, and so what the caller does next.</summary>
public enum DeliveryOutcome
{
    /// <summary>2xx (Workflows answers 202). Teams processes asynchronously; a card that fails later shows only in the flow's run history (platform-facts C2).</summary>
    Delivered,

    /// <summary>429: retry after <see cref="DeliveryResult.RetryAfter"/> (from the Retry-After header, or a default).</summary>
    RetryAfter,

    /// <summary>5xx, timeout or connection error: retry later through the queue's visibility timeout.</summary>
    Transient,

    /// <summary>400/401/403/404/413 and other 4xx: retrying the same message will not help; the alert is undeliverable to this channel.</summary>
    Rejected,

    /// <summary>Not sent: the per-webhook pace (about 1 per second) says wait <see cref="DeliveryResult.RetryAfter"/>.</summary>
    RateLimitedLocally,

    /// <summary>Not sent: this webhook's hourly budget is spent; fold the alert into a digest (<see cref="AlertCardBuilder.BuildDigest"/>).</summary>
    BudgetExhausted,
}
