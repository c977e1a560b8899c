namespace Alerts.Teams;

/// <summary>The limiter's answer: <see cref="RateLimitVerdict.Acquired"/> (a slot is taken), wait, or budget spent.</summary>
public readonly record struct RateLimitDecision(RateLimitVerdict Verdict, TimeSpan Wait)
{
    public static RateLimitDecision Acquired { get; } = new(RateLimitVerdict.Acquired, TimeSpan.Zero);

    public static RateLimitDecision WaitFor(TimeSpan wait) => new(RateLimitVerdict.Wait, wait);

    /// <summary><paramref name="untilSlotFrees"/>: when the oldest post leaves the hour window.</summary>
    public static RateLimitDecision Exhausted(TimeSpan untilSlotFrees) => new(RateLimitVerdict.BudgetExhausted, untilSlotFrees);
}
