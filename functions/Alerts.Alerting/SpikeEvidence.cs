using System.Globalization;

namespace Alerts.Alerting;

/// <summary>
/// One spike decision for one bucket, as carried by the spike queue message.
/// </summary>
/// <param name="Key">Which alert the spike belongs to; needed to open a new alert.</param>
/// <param name="SpikeId">Business id of the message (topic|signal|bucketStart, see <see cref="IdFor"/>);
/// a redelivered message carries the same id and is applied once.</param>
/// <param name="EpisodeEnded">The detector closed the episode at this (quiet) bucket after its cool-down:
/// the message resolves the open alert instead of updating it (<see cref="AlertLifecycle.EndEpisode"/>).</param>
public sealed record SpikeEvidence(
    DedupKey Key,
    string SpikeId,
    DateTimeOffset BucketStart,
    DateTimeOffset OnsetStart,
    double Observed,
    double Expected,
    double Lift,
    double TailProbability,
    AlertSeverity Severity,
    bool EpisodeEnded)
{
    /// <summary>The canonical spike id, so producers and tests build it the same way.</summary>
    public static string IdFor(DedupKey key, DateTimeOffset bucketStart) =>
        string.Create(CultureInfo.InvariantCulture, $"{key}|{bucketStart.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
}
