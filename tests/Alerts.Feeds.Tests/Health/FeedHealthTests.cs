namespace Alerts.Feeds.Tests.Health;

public sealed class FeedHealthTests
{
    private static readonly DateTimeOffset s_now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_poll = TimeSpan.FromMinutes(5);

    [Fact]
    public void Failures_back_off_exponentially_with_bounded_jitter_up_to_the_cap()
    {
        // Arrange
        var health = FeedHealth.New;
        var delays = new List<TimeSpan>();

        // Act
        for (var i = 0; i < 8; i++)
        {
            health = health.RecordFailure(s_now, "boom", s_poll);
            delays.Add(health.NextAttemptNotBefore!.Value - s_now);
        }

        // Assert
        Assert.Equal(8, health.ConsecutiveFailures);
        Assert.Equal("boom", health.LastError);
        for (var i = 0; i < 4; i++)
        {
            var nominal = s_poll * Math.Pow(2, i);
            Assert.InRange(delays[i], nominal * 0.9, nominal * 1.1);
        }

        Assert.All(delays, d => Assert.True(d <= FeedHealth.MaxBackoff, $"{d} exceeds the cap"));
        Assert.InRange(delays[^1], FeedHealth.MaxBackoff * 0.9, FeedHealth.MaxBackoff);
    }

    [Fact]
    public void Jitter_is_deterministic_for_the_same_inputs()
    {
        // Act
        var a = FeedHealth.New.RecordFailure(s_now, "x", s_poll);
        var b = FeedHealth.New.RecordFailure(s_now, "x", s_poll);

        // Assert
        Assert.Equal(a.NextAttemptNotBefore, b.NextAttemptNotBefore);
    }

    [Fact]
    public void A_failed_feed_is_due_again_only_after_the_back_off_and_success_resets_it()
    {
        // Arrange
        var failed = FeedHealth.New.RecordFailure(s_now, "x", s_poll);

        // Act
        var recovered = failed.RecordSuccess(s_now.AddHours(1));

        // Assert
        Assert.False(failed.IsDue(s_now.AddMinutes(1)));
        Assert.True(failed.IsDue(failed.NextAttemptNotBefore!.Value));
        Assert.True(FeedHealth.New.IsDue(s_now));
        Assert.Equal(0, recovered.ConsecutiveFailures);
        Assert.Null(recovered.LastError);
        Assert.Null(recovered.NextAttemptNotBefore);
        Assert.Equal(s_now.AddHours(1), recovered.LastSuccess);
        Assert.Equal(s_now, recovered.LastFailure);
    }
}
