namespace Alerts.Domain.Scanning;

/// <summary>
/// The <c>spike-decisions</c> queue message: one detector verdict with its evidence. <see cref="SpikeId"/>
/// (topic | signal | bucket start) makes redelivery idempotent for the alert lifecycle.
/// </summary>
public sealed record SpikeMessage(
    string SpikeId,
    string TopicId,
    string Signal,
    DateTimeOffset BucketStart,
    DateTimeOffset OnsetStart,
    double Observed,
    double Expected,
    double Lift,
    double TailProbability,
    double Score,
    string Severity,
    bool EpisodeStarted,
    bool EpisodeEnded);
