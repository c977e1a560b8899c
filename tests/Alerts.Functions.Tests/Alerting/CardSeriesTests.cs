using Alerts.Functions.Alerting;
using Alerts.Storage.Buckets;
using Alerts.Storage.Detection;
using Alerts.Teams;

namespace Alerts.Functions.Tests.Alerting;

/// <summary>The card's 24-hour chart: observed against the detector's stored per-bucket expectation.</summary>
public sealed class CardSeriesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Bucket = TimeSpan.FromMinutes(5);

    [Fact]
    public void Negative_emotion_chart_pairs_negative_counts_with_the_expected_negative_and_marks_the_spiked_bucket()
    {
        // Arrange: bucket 1 was evaluated but had no items.
        var day = new[] { Stored(0, mentions: 10, negative: 2), Stored(2, mentions: 30, negative: 20) };
        var expected = new[]
        {
            new BucketExpectation(T0, 12, 1, 3, []),
            new BucketExpectation(T0 + Bucket, 11, 1, 3, []),
            new BucketExpectation(T0 + (2 * Bucket), 11, 1.5, 3, ["negativeemotion"]),
        };

        // Act
        var series = AlertCards.Series(day, expected, "negativeemotion", fallback: 99, inWindow: _ => false);

        // Assert
        Assert.Equal(
            [new SeriesPoint(T0, 2, 1, false), new SeriesPoint(T0 + Bucket, 0, 1, false), new SeriesPoint(T0 + (2 * Bucket), 20, 1.5, true)],
            series);
    }

    [Fact]
    public void A_bucket_never_evaluated_falls_back_to_the_alerts_baseline()
    {
        // Arrange
        var day = new[] { Stored(0, mentions: 10, negative: 0), Stored(1, mentions: 40, negative: 0) };
        var expected = new[] { new BucketExpectation(T0 + Bucket, 9, null, null, ["volume"]) };

        // Act
        var series = AlertCards.Series(day, expected, "volume", fallback: 8.5, inWindow: start => start == T0);

        // Assert
        Assert.Equal([new SeriesPoint(T0, 10, 8.5, true), new SeriesPoint(T0 + Bucket, 40, 9, true)], series);
    }

    private static StoredBucket Stored(int index, int mentions, int negative)
    {
        var aggregate = new BucketAggregate { Mentions = mentions };
        aggregate.Emotion.Negative = negative;
        return new StoredBucket("t1", T0 + (index * Bucket), aggregate);
    }
}
