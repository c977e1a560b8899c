namespace Alerts.Detection.Tests;

/// <summary>Hand-built bucket series: a seasonal day (quiet nights, busy afternoons) with seeded Poisson noise.</summary>
internal static class Series
{
    public static readonly DateTimeOffset Monday = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Bucket = TimeSpan.FromMinutes(5);
    public const int BucketsPerDay = 288;

    /// <summary>Expected mentions per bucket at a time of day: 4 at night, about 40 mid-afternoon.</summary>
    public static double SeasonalMean(DateTimeOffset at)
    {
        var hour = at.TimeOfDay.TotalHours;
        return 4 + (36 * Math.Pow(Math.Max(0, Math.Sin((hour - 6) / 18 * Math.PI)), 2));
    }

    public static IEnumerable<BucketObservation> Seasonal(DateTimeOffset from, int days, int seed, double negativeShare = 0.1, double positiveShare = 0.2)
    {
        var random = new Random(seed);
        for (var i = 0; i < days * BucketsPerDay; i++)
        {
            var start = from + (i * Bucket);
            var mentions = Poisson(random, SeasonalMean(start));
            yield return new BucketObservation(start, mentions, Binomial(random, mentions, negativeShare), Binomial(random, mentions, positiveShare));
        }
    }

    public static int Poisson(Random random, double mean)
    {
        // Knuth's method is fine for the small means used here.
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    public static int Binomial(Random random, int n, double p)
    {
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (random.NextDouble() < p) k++;
        }

        return k;
    }

    public static List<SpikeDecision> Feed(TopicDetector detector, IEnumerable<BucketObservation> buckets)
    {
        var all = new List<SpikeDecision>();
        foreach (var b in buckets) all.AddRange(detector.Observe(b));
        return all;
    }

    public static List<SpikeDecision> Started(this IEnumerable<SpikeDecision> decisions, Signal signal) =>
        decisions.Where(d => d.Signal == signal && d.EpisodeStarted).ToList();
}
