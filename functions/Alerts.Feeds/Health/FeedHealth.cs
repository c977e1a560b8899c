namespace Alerts.Feeds;

/// <summary>
/// Per-feed health: after a failure the next attempt waits pollInterval × 2^(failures−1), capped at
/// <see cref="MaxBackoff"/> and jittered ±10 % deterministically (from the feed's failure count and time, no
/// Random), so many feeds failing together do not retry in lock-step and tests stay reproducible.
/// </summary>
public sealed record FeedHealth(DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, int ConsecutiveFailures, string? LastError, DateTimeOffset? NextAttemptNotBefore)
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    public static FeedHealth New { get; } = new(null, null, 0, null, null);

    public FeedHealth RecordSuccess(DateTimeOffset now) =>
        this with { LastSuccess = now, ConsecutiveFailures = 0, LastError = null, NextAttemptNotBefore = null };

    public FeedHealth RecordFailure(DateTimeOffset now, string error, TimeSpan pollInterval)
    {
        var failures = ConsecutiveFailures + 1;
        var baseDelay = pollInterval <= TimeSpan.Zero ? TimeSpan.FromMinutes(1) : pollInterval;
        var exponential = baseDelay.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        var capped = Math.Min(exponential, MaxBackoff.Ticks);
        var jittered = Math.Min(capped * (0.9 + (0.2 * Jitter(failures, now))), MaxBackoff.Ticks);
        return this with
        {
            LastFailure = now,
            ConsecutiveFailures = failures,
            LastError = error,
            NextAttemptNotBefore = now + TimeSpan.FromTicks((long)jittered),
        };
    }

    public bool IsDue(DateTimeOffset now) => NextAttemptNotBefore is not { } next || now >= next;

    /// <summary>A fraction in [0, 1) from a fixed integer mix (splitmix64 finaliser) of the inputs.</summary>
    private static double Jitter(int failures, DateTimeOffset now)
    {
        var x = unchecked((ulong)now.UtcTicks ^ ((ulong)failures * 0x9E3779B97F4A7C15UL));
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (x >> 11) * (1.0 / (1UL << 53));
    }
}
