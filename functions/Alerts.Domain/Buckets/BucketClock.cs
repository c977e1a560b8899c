namespace Alerts.Domain.Buckets;

/// <summary>Maps instants to bucket starts: buckets are aligned to the Unix epoch, so every instance agrees.</summary>
public readonly record struct BucketClock(TimeSpan Length)
{
    public DateTimeOffset StartOf(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - (time.UtcTicks % Length.Ticks);
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary>The last bucket that has fully ended at <paramref name="now"/>.</summary>
    public DateTimeOffset LastClosed(DateTimeOffset now) => StartOf(now) - Length;
}
