namespace Alerts.Detection.Tests;

public sealed class StateTests
{
    [Fact]
    public void State_round_trip_yields_identical_decisions()
    {
        // Arrange: a series with a spike after the save point.
        var buckets = Series.Seasonal(Series.Monday, 10, seed: 7)
            .Select(b => b.Start == Series.Monday.AddDays(9).AddHours(14) ? b with { Mentions = 400, Negative = 300 } : b)
            .ToList();
        var settings = new DetectorSettings { Sensitivity = Sensitivity.High };
        var straight = new TopicDetector(settings);
        var resumed = new TopicDetector(settings);
        var cut = 8 * Series.BucketsPerDay;
        Series.Feed(straight, buckets.Take(cut));
        Series.Feed(resumed, buckets.Take(cut));

        // Act
        var reloaded = TopicDetector.Load(settings, resumed.SaveState());
        var expected = Series.Feed(straight, buckets.Skip(cut));
        var actual = Series.Feed(reloaded, buckets.Skip(cut));

        // Assert
        Assert.Equal(expected, actual);
        Assert.Contains(actual, d => d.EpisodeStarted);
    }

    [Fact]
    public void State_fits_in_4096_bytes()
    {
        // Arrange
        var detector = new TopicDetector(new DetectorSettings());
        Series.Feed(detector, Series.Seasonal(Series.Monday, 8, seed: 1));

        // Act
        var state = detector.SaveState();

        // Assert
        Assert.InRange(state.Length, 1, TopicDetector.MaxStateBytes);
        Assert.Equal(TopicDetector.StateVersion, state[0]);
    }

    [Fact]
    public void State_of_another_version_or_bucket_length_is_refused()
    {
        // Arrange
        var state = new TopicDetector(new DetectorSettings()).SaveState();
        var otherVersion = (byte[])state.Clone();
        otherVersion[0] = 99;

        // Act and assert
        Assert.Throws<FormatException>(() => TopicDetector.Load(new DetectorSettings(), otherVersion));
        Assert.Throws<FormatException>(() => TopicDetector.Load(new DetectorSettings { BucketLength = TimeSpan.FromMinutes(15) }, state));
        Assert.Throws<FormatException>(() => TopicDetector.Load(new DetectorSettings(), state.AsSpan(0, 20)));
    }
}
