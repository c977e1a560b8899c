using Microsoft.Extensions.Time.Testing;

namespace Alerts.Teams.Tests;

public sealed class WebhookRateLimiterTests
{
    private static readonly Uri HookA = new("https://prod-01.westeurope.logic.azure.com/workflows/a/triggers/manual/paths/invoke?sig=a");
    private static readonly Uri HookB = new("https://prod-01.westeurope.logic.azure.com/workflows/b/triggers/manual/paths/invoke?sig=b");

    [Fact]
    public void Posts_are_paced_per_webhook()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var limiter = new WebhookRateLimiter(1, 100, time);

        // Act
        var first = limiter.TryAcquire(HookA);
        time.Advance(TimeSpan.FromMilliseconds(400));
        var tooSoon = limiter.TryAcquire(HookA);
        var otherHook = limiter.TryAcquire(HookB);
        time.Advance(TimeSpan.FromMilliseconds(600));
        var onTime = limiter.TryAcquire(HookA);

        // Assert
        Assert.Equal(RateLimitVerdict.Acquired, first.Verdict);
        Assert.Equal(RateLimitVerdict.Wait, tooSoon.Verdict);
        Assert.Equal(TimeSpan.FromMilliseconds(600), tooSoon.Wait);
        Assert.Equal(RateLimitVerdict.Acquired, otherHook.Verdict);
        Assert.Equal(RateLimitVerdict.Acquired, onTime.Verdict);
    }

    [Fact]
    public void Hourly_budget_keeps_a_reserve_for_digests_and_frees_slots_after_an_hour()
    {
        // Arrange: 20 per hour, 2 of them for digests.
        var time = new FakeTimeProvider();
        var limiter = new WebhookRateLimiter(1, 20, time);
        var start = time.GetUtcNow();
        for (var i = 0; i < 18; i++)
        {
            Assert.Equal(RateLimitVerdict.Acquired, limiter.TryAcquire(HookA, start.AddMinutes(i)).Verdict);
        }

        // Act
        var alert = limiter.TryAcquire(HookA, start.AddMinutes(30));
        var digest1 = limiter.TryAcquire(HookA, start.AddMinutes(30), WebhookPostKind.Digest);
        var digest2 = limiter.TryAcquire(HookA, start.AddMinutes(31), WebhookPostKind.Digest);
        var digest3 = limiter.TryAcquire(HookA, start.AddMinutes(32), WebhookPostKind.Digest);
        var afterAnHour = limiter.TryAcquire(HookA, start.AddMinutes(60));

        // Assert
        Assert.Equal(RateLimitVerdict.BudgetExhausted, alert.Verdict);
        Assert.Equal(TimeSpan.FromMinutes(30), alert.Wait);
        Assert.Equal(RateLimitVerdict.Acquired, digest1.Verdict);
        Assert.Equal(RateLimitVerdict.Acquired, digest2.Verdict);
        Assert.Equal(RateLimitVerdict.BudgetExhausted, digest3.Verdict);
        Assert.Equal(RateLimitVerdict.BudgetExhausted, afterAnHour.Verdict);
        Assert.Equal(RateLimitVerdict.Acquired, limiter.TryAcquire(HookA, start.AddMinutes(62)).Verdict);
    }

    [Fact]
    public void Concurrent_callers_never_exceed_the_budget()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var limiter = new WebhookRateLimiter(4, 50, time);
        var now = time.GetUtcNow();
        var acquired = 0;

        // Act: 1,000 attempts spread over 10 minutes of fake time, from many threads.
        Parallel.For(0, 1000, i =>
        {
            if (limiter.TryAcquire(HookA, now.AddMilliseconds(i * 600), WebhookPostKind.Digest).Verdict == RateLimitVerdict.Acquired)
            {
                Interlocked.Increment(ref acquired);
            }
        });

        // Assert
        Assert.InRange(acquired, 1, 50);
    }
}
