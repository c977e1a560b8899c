namespace Alerts.Detection.Tests;

public sealed class EmotionAndSilenceTests
{
    private static TopicDetector Trained(out DateTimeOffset next)
    {
        var detector = new TopicDetector(new DetectorSettings());
        Series.Feed(detector, Series.Seasonal(Series.Monday, 14, seed: 1));
        next = Series.Monday.AddDays(14);
        return detector;
    }

    [Fact]
    public void Negative_share_spike_at_normal_volume_fires_a_negative_emotion_episode()
    {
        // Arrange: usual negative share 10 %; at 15:00 for 30 minutes, 60 % of an ordinary volume is negative.
        var detector = Trained(out var day);
        var storm = day.AddHours(15);
        var buckets = Series.Seasonal(day, 1, seed: 2).Select(b =>
            b.Start >= storm && b.Start < storm.AddMinutes(30) ? b with { Negative = (int)(b.Mentions * 0.6) } : b);

        // Act
        var decisions = Series.Feed(detector, buckets);

        // Assert
        var alert = Assert.Single(decisions.Started(Signal.NegativeEmotion));
        Assert.InRange(alert.BucketStart, storm, storm.AddMinutes(10));
        Assert.True(alert.Lift >= 3, $"lift {alert.Lift}");
        Assert.Empty(decisions.Started(Signal.Volume));
        Assert.Empty(decisions.Started(Signal.PositiveEmotion));
    }

    [Fact]
    public void Positive_spike_with_volume_fires_positive_and_volume_but_not_negative()
    {
        // Arrange: a viral moment, 150 extra mentions per bucket for 20 minutes, 90 % of them positive.
        var detector = Trained(out var day);
        var viral = day.AddHours(15);
        var buckets = Series.Seasonal(day, 1, seed: 2).Select(b =>
            b.Start >= viral && b.Start < viral.AddMinutes(20) ? b with { Mentions = b.Mentions + 150, Positive = b.Positive + 135 } : b);

        // Act
        var decisions = Series.Feed(detector, buckets);

        // Assert
        Assert.Single(decisions.Started(Signal.PositiveEmotion));
        Assert.Single(decisions.Started(Signal.Volume));
        Assert.Empty(decisions.Started(Signal.NegativeEmotion));
    }

    [Fact]
    public void Volume_spike_at_the_usual_emotion_shares_is_no_emotion_spike()
    {
        // Arrange: 150 extra mentions per bucket at the topic's usual 10 % negative and 20 % positive.
        var detector = Trained(out var day);
        var at = day.AddHours(15);
        var buckets = Series.Seasonal(day, 1, seed: 2).Select(b =>
            b.Start >= at && b.Start < at.AddMinutes(20) ? b with { Mentions = b.Mentions + 150, Negative = b.Negative + 15, Positive = b.Positive + 30 } : b);

        // Act
        var decisions = Series.Feed(detector, buckets);

        // Assert
        Assert.Single(decisions.Started(Signal.Volume));
        Assert.Empty(decisions.Started(Signal.NegativeEmotion));
        Assert.Empty(decisions.Started(Signal.PositiveEmotion));
    }

    [Fact]
    public void Silence_on_a_busy_topic_fires_once_and_ends_when_traffic_returns()
    {
        // Arrange: from 13:00 the afternoon (about 40 mentions per bucket) goes silent for an hour.
        var detector = Trained(out var day);
        var outage = day.AddHours(13);
        var buckets = Series.Seasonal(day, 1, seed: 2).Select(b =>
            b.Start >= outage && b.Start < outage.AddHours(1) ? b with { Mentions = 0, Negative = 0, Positive = 0 } : b);

        // Act
        var decisions = Series.Feed(detector, buckets);

        // Assert
        var alert = Assert.Single(decisions.Started(Signal.Silence));
        Assert.Equal(outage, alert.OnsetStart);
        Assert.True(alert.BucketStart <= outage.AddMinutes(15), $"fired at {alert.BucketStart}");
        Assert.True(alert.Expected >= 30);
        Assert.Single(decisions, d => d.Signal == Signal.Silence && d.EpisodeEnded && d.BucketStart == outage.AddHours(1));
        Assert.Empty(decisions.Started(Signal.Volume));
    }

    [Fact]
    public void Quiet_night_with_a_few_empty_buckets_is_not_silence()
    {
        // Arrange: nights expect about 4 mentions a bucket; half an hour of nothing is unusual but not implausible.
        var detector = Trained(out var day);
        var night = day.AddHours(2);
        var buckets = Series.Seasonal(day, 1, seed: 2).Select(b =>
            b.Start >= night && b.Start < night.AddMinutes(30) ? b with { Mentions = 0, Negative = 0, Positive = 0 } : b);

        // Act
        var decisions = Series.Feed(detector, buckets);

        // Assert
        Assert.Empty(decisions.Started(Signal.Silence));
    }
}
