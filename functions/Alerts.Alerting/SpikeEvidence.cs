using System.Globalization;

namespace Alerts.Alerting;

/// <summary>
/// One spike decision for one bucket, as carried by the spike queue message.
/// </summary>
/// <param name="Key">Which alert the spike belongs to; needed to open a new alert.</param>
/// <param name="SpikeId">Business id of the message (topic|signal|bucketStart, see <see cref="IdFor"/>);
/// a redelivered message carries the same id and is applied once.</param>
/// <param name="EpisodeEnded">The detector says this bucket closes its episode. The bucket is still
/// anomalous evidence; the alert resolves only after quiet buckets (docs/alert-lifecycle.md).</param>
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
