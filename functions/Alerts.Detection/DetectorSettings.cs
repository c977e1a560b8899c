namespace Alerts.Detection;

/// <summary>
/// Per-topic detector configuration. Everything but <see cref="Sensitivity"/> and <see cref="BucketLength"/> is an
/// optional override of the sensitivity preset; <c>null</c> means "use the preset".
/// </summary>
public sealed record DetectorSettings
{
    public Sensitivity Sensitivity { get; init; } = Sensitivity.Medium;

    /// <summary>Length of one bucket; the seasonal cells and the false-alarm budget are counted in buckets.</summary>
    public TimeSpan BucketLength { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>No alert until the topic has this much history (a topic created a minute ago stays quiet).</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Override of the preset's expected false alarms per week on a well-behaved series.</summary>
    public double? FalseAlarmsPerWeek { get; init; }

    /// <summary>Override of the preset's minimum mentions in a bucket before a volume spike can fire.</summary>
    public int? MinCount { get; init; }

    /// <summary>Override of the preset's minimum observed ÷ expected before any spike can fire.</summary>
    public double? MinLift { get; init; }

    /// <summary>Minimum negative (or positive) mentions in a bucket before an emotion spike can fire.</summary>
    public int? MinEmotionCount { get; init; }

    /// <summary>Silence fires only once the silent run was expected to bring at least this many mentions.</summary>
    public double MinSilenceExpected { get; init; } = 30;

    /// <summary>Quiet time after which an episode ends; a rise within it belongs to the same episode.</summary>
    public TimeSpan EpisodeCooldown { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Half-life of the bar raised by the last episode's peak (see docs/detection.md, "re-arming").</summary>
    public TimeSpan RearmHalfLife { get; init; } = TimeSpan.FromHours(48);

    /// <summary>
    /// Longest gap filled with zero buckets. A longer jump is treated as a clock jump: nothing is invented for it.
    /// </summary>
    public TimeSpan MaxGapFill { get; init; } = TimeSpan.FromDays(1);
}
