namespace Alerts.Detection.Tests;

public sealed class EdgeCaseTests
{
    [Fact]
    public void Topic_created_a_minute_ago_raises_nothing_and_gives_finite_evidence()
    {
        // Arrange
        var detector = new TopicDetector(new DetectorSettings());

        // Act
        var decisions = detector.Observe(new BucketObservation(Series.Monday, 500, 400, 10));

        // Assert
        Assert.Equal(4, decisions.Count);
        Assert.All(decisions, d => Assert.False(d.IsSpike));
        Assert.All(decisions, AssertFinite);
        Assert.Equal(Series.Monday, detector.LastBucketStart);
    }

    [Fact]
    public void Flat_zero_start_raises_nothing_during_warm_up_and_never_divides_by_zero()
    {
        // Arrange: twelve silent hours, then a burst still inside the one-day warm-up, then normal traffic.
        var detector = new TopicDetector(new DetectorSettings());
        var zeros = Enumerable.Range(0, 144).Select(i => new BucketObservation(Series.Monday + (i * Series.Bucket), 0, 0, 0));
        var burst = new BucketObservation(Series.Monday.AddHours(12), 300, 200, 50);

        // Act
        var decisions = Series.Feed(detector, zeros.Append(burst));

        // Assert
        Assert.DoesNotContain(decisions, d => d.IsSpike || d.EpisodeStarted);
        Assert.All(decisions, AssertFinite);
    }

    [Fact]
    public void Series_of_all_zeros_never_alerts()
    {
        // Arrange
        var detector = new TopicDetector(new DetectorSettings());
        var zeros = Enumerable.Range(0, 30 * Series.BucketsPerDay).Select(i => new BucketObservation(Series.Monday + (i * Series.Bucket), 0, 0, 0));

        // Act
        var decisions = Series.Feed(detector, zeros);

        // Assert: not even silence, because nothing was ever expected.
        Assert.DoesNotContain(decisions, d => d.IsSpike);
        Assert.All(decisions, AssertFinite);
    }

    [Fact]
    public void Gap_counts_missing_buckets_as_empty_and_reports_them()
    {
        // Arrange
        var detector = new TopicDetector(new DetectorSettings());
        Series.Feed(detector, Series.Seasonal(Series.Monday, 3, seed: 1));
        var next = Series.Monday.AddDays(3);

        // Act: two buckets missing at night (expected about 4 each), then the next arrives.
        var decisions = detector.Observe(new BucketObservation(next + (2 * Series.Bucket), 5, 0, 0));

        // Assert
        Assert.Equal(3 * 4, decisions.Count);
        Assert.Equal([next, next + Series.Bucket, next + (2 * Series.Bucket)], decisions.Where(d => d.Signal == Signal.Volume).Select(d => d.BucketStart));
        Assert.Equal(0, decisions.First(d => d.Signal == Signal.Volume).Observed);
        Assert.DoesNotContain(decisions, d => d.IsSpike);
    }

    [Fact]
    public void Duplicated_and_out_of_order_buckets_are_ignored_and_never_counted_twice()
    {
        // Arrange: one detector sees a clean series, the other the same with replays mixed in.
        var buckets = Series.Seasonal(Series.Monday, 2, seed: 6).ToList();
        var clean = new TopicDetector(new DetectorSettings());
        var noisy = new TopicDetector(new DetectorSettings());
        Series.Feed(clean, buckets);

        // Act
        var ignored = 0;
        for (var i = 0; i < buckets.Count; i++)
        {
            noisy.Observe(buckets[i]);
            if (i % 10 == 0 && noisy.Observe(buckets[i] with { Mentions = 10_000 }).Count == 0) ignored++;
            if (i % 7 == 0 && i > 3 && noisy.Observe(buckets[i - 3]).Count == 0) ignored++;
        }

        // Assert
        Assert.True(ignored > 100);
        Assert.Equal(clean.SaveState(), noisy.SaveState());
    }

    [Fact]
    public void Clock_jump_forward_fills_nothing_and_closes_open_episodes()
    {
        // Arrange: a trained topic in the middle of a volume episode.
        var detector = new TopicDetector(new DetectorSettings());
        Series.Feed(detector, Series.Seasonal(Series.Monday, 7, seed: 1));
        var now = Series.Monday.AddDays(7).AddHours(15);
        Series.Feed(detector, Series.Seasonal(Series.Monday.AddDays(7), 1, seed: 2).Where(b => b.Start < now));
        Assert.Single(detector.Observe(new BucketObservation(now, 400, 0, 0)).Started(Signal.Volume));

        // Act: the clock leaps three days ahead.
        var later = now.AddDays(3);
        var decisions = detector.Observe(new BucketObservation(later, 30, 3, 6));

        // Assert: one "ended" for the broken episode, then the new bucket; no silence for the unknown stretch.
        Assert.Contains(decisions, d => d.Signal == Signal.Volume && d.EpisodeEnded);
        Assert.DoesNotContain(decisions, d => d.Signal == Signal.Silence && d.IsSpike);
        Assert.Equal(later, detector.LastBucketStart);
        Assert.Equal(5, decisions.Count);
    }

    [Fact]
    public void Clock_jump_backwards_is_ignored_until_time_catches_up()
    {
        // Arrange
        var detector = new TopicDetector(new DetectorSettings());
        Series.Feed(detector, Series.Seasonal(Series.Monday, 1, seed: 1));
        var last = detector.LastBucketStart!.Value;

        // Act
        var back = detector.Observe(new BucketObservation(last.AddHours(-1), 99, 0, 0));
        var forward = detector.Observe(new BucketObservation(last + Series.Bucket, 5, 0, 0));

        // Assert
        Assert.Empty(back);
        Assert.Equal(4, forward.Count);
    }

    [Fact]
    public void Negative_counts_are_rejected()
    {
        var detector = new TopicDetector(new DetectorSettings());
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(new BucketObservation(Series.Monday, -1, 0, 0)));
    }

    private static void AssertFinite(SpikeDecision d)
    {
        Assert.True(double.IsFinite(d.Expected) && double.IsFinite(d.Lift) && double.IsFinite(d.TailProbability) && double.IsFinite(d.Score), d.ToString());
        Assert.InRange(d.TailProbability, 0, 1);
        Assert.InRange(d.Score, 0, 1);
    }
}
