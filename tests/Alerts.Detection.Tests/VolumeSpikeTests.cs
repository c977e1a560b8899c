namespace Alerts.Detection.Tests;

public sealed class VolumeSpikeTests
{
    private static TopicDetector Trained(out DateTimeOffset next)
    {
        var detector = new TopicDetector(new DetectorSettings());
        Series.Feed(detector, Series.Seasonal(Series.Monday, 14, seed: 1));
        next = Series.Monday.AddDays(14);
        return detector;
    }

    [Fact]
    public void Seasonal_day_with_a_real_spike_fires_one_episode()
    {
        // Arrange: a normal day with a 30-minute burst at 3-6x the usual afternoon volume at 15:00.
        var detector = Trained(out var day);
        var burstStart = day.AddHours(15);
        var buckets = Series.Seasonal(day, 1, seed: 2).Select(b =>
            b.Start >= burstStart && b.Start < burstStart.AddMinutes(30) ? b with { Mentions = b.Mentions + 150 } : b);

        // Act
        var decisions = Series.Feed(detector, buckets);

        // Assert
        var started = decisions.Started(Signal.Volume);
        var alert = Assert.Single(started);
        Assert.InRange(alert.BucketStart, burstStart, burstStart.AddMinutes(10));
        Assert.True(alert.Lift >= 3, $"lift {alert.Lift}");
        Assert.True(alert.Score >= 0.5);
        Assert.True(alert.TailProbability < 1e-3, $"p {alert.TailProbability}");
        Assert.NotEqual(SeverityScale.None, alert.Severity);
        Assert.Contains(decisions, d => d.Signal == Signal.Volume && d.EpisodeEnded);
    }

    [Fact]
    public void Same_seasonal_day_without_a_spike_fires_nothing()
    {
        // Arrange
        var detector = Trained(out var day);

        // Act
        var decisions = Series.Feed(detector, Series.Seasonal(day, 1, seed: 2));

        // Assert
        Assert.DoesNotContain(decisions, d => d.IsSpike);
        Assert.All(decisions, d => Assert.InRange(d.Score, 0, 0.4999));
    }

    [Fact]
    public void Slow_ramp_doubling_over_two_days_raises_no_alert()
    {
        // Arrange: the same seasonal shape, scaled up linearly to twice the volume over 48 hours.
        var detector = Trained(out var day);
        var random = new Random(3);
        var ramp = Enumerable.Range(0, 2 * Series.BucketsPerDay).Select(i =>
        {
            var start = day + (i * Series.Bucket);
            var factor = 1 + (i / (2.0 * Series.BucketsPerDay));
            return new BucketObservation(start, Series.Poisson(random, Series.SeasonalMean(start) * factor), 0, 0);
        });

        // Act
        var decisions = Series.Feed(detector, ramp);

        // Assert: the level ratio follows a gradual trend, so there is nothing to wake anyone for.
        Assert.Empty(decisions.Started(Signal.Volume));
    }

    [Fact]
    public void Single_enormous_outlier_does_not_poison_the_baseline()
    {
        // Arrange: one bucket with a million mentions, then two ordinary days.
        var detector = Trained(out var day);
        var outlier = detector.Observe(new BucketObservation(day, 1_000_000, 0, 0));
        var after = Series.Seasonal(day + Series.Bucket, 2, seed: 4).ToList();

        // Act
        var firstDay = Series.Feed(detector, after.Take(Series.BucketsPerDay));
        var secondDay = Series.Feed(detector, after.Skip(Series.BucketsPerDay));

        // Assert: the outlier alerts; afterwards expectations are back to normal and nothing else fires.
        Assert.Single(outlier.Started(Signal.Volume));
        Assert.Empty(firstDay.Started(Signal.Volume));
        Assert.Empty(secondDay.Started(Signal.Volume));
        var afternoon = secondDay.First(d => d.Signal == Signal.Volume && d.BucketStart.Hour == 15);
        Assert.InRange(afternoon.Expected, 20, 80);
    }

    [Fact]
    public void Rise_within_the_usual_afternoon_peak_is_not_a_spike()
    {
        // Arrange: a night-time detector would fire at 40 mentions; at 15:00 that is the norm.
        var detector = Trained(out var day);
        Series.Feed(detector, Series.Seasonal(day, 1, seed: 5).Where(b => b.Start < day.AddHours(15)));

        // Act
        var decisions = detector.Observe(new BucketObservation(day.AddHours(15), 45, 0, 0));

        // Assert
        var volume = Assert.Single(decisions, d => d.Signal == Signal.Volume);
        Assert.False(volume.IsSpike);
        Assert.InRange(volume.Expected, 25, 60);
    }
}
