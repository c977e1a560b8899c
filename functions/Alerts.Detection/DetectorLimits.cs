namespace Alerts.Detection;

/// <summary>The settings resolved against their preset once, so the per-bucket path only reads numbers.</summary>
internal readonly record struct DetectorLimits(
    long BucketTicks,
    int WarmUpBuckets,
    int CooldownBuckets,
    int MaxGapFillBuckets,
    int BucketsPerHour,
    int CalibrationMemory,
    long RearmHalfLifeTicks,
    double ThresholdSurprise,
    int MinCount,
    double MinLift,
    int MinEmotionCount,
    double MinSilenceExpected)
{
    public static DetectorLimits From(DetectorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.BucketLength <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.BucketLength, "BucketLength must be positive.");
        }

        var preset = SensitivityPreset.For(settings.Sensitivity);
        var bucket = settings.BucketLength.Ticks;
        var rate = settings.FalseAlarmsPerWeek ?? preset.FalseAlarmsPerWeek;
        if (rate <= 0 || double.IsNaN(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(settings), rate, "FalseAlarmsPerWeek must be positive.");
        }

        // The budget per bucket: rate alerts per week spread over a week's buckets.
        var perBucket = Math.Min(0.5, rate * bucket / TimeSpan.FromDays(7).Ticks);
        return new(
            bucket,
            Buckets(settings.WarmUp, bucket),
            Math.Max(1, Buckets(settings.EpisodeCooldown, bucket)),
            Buckets(settings.MaxGapFill, bucket),
            (int)Math.Max(1, TimeSpan.TicksPerHour / bucket),
            (int)Math.Clamp(TimeSpan.FromDays(7).Ticks / bucket, 50, 100_000),
            settings.RearmHalfLife.Ticks,
            -Math.Log10(perBucket),
            settings.MinCount ?? preset.MinCount,
            settings.MinLift ?? preset.MinLift,
            settings.MinEmotionCount ?? preset.MinEmotionCount,
            settings.MinSilenceExpected);
    }

    private static int Buckets(TimeSpan span, long bucketTicks) =>
        (int)Math.Clamp((span.Ticks + bucketTicks - 1) / bucketTicks, 0, int.MaxValue);
}
