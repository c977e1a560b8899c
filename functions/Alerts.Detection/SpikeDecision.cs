namespace Alerts.Detection;

/// <summary>
/// The verdict on one signal for one bucket, with the evidence behind it.
/// </summary>
/// <param name="Signal">Which signal was tested.</param>
/// <param name="BucketStart">The bucket the verdict is about.</param>
/// <param name="OnsetStart">When the rise (or the silent run) began: the first bucket of the episode's run-up.</param>
/// <param name="Observed">Count seen (for silence: 0).</param>
/// <param name="Expected">Count the baseline expected (for silence: expected over the whole silent run).</param>
/// <param name="Lift">Observed ÷ expected (for silence: 0).</param>
/// <param name="TailProbability">Chance of seeing at least this much (silence: this little) if nothing unusual happened.</param>
/// <param name="Score">
/// Alert strength in [0, 1]. At or above 0.5 exactly when this bucket starts an episode at the configured
/// sensitivity; below 0.5 it grades how close the bucket came, and buckets inside an episode stay low because
/// they raise no new alert.
/// </param>
/// <param name="IsSpike">The bucket passes every gate (warm-up, minimum count, minimum lift, tail probability).</param>
/// <param name="EpisodeStarted">This bucket opens an episode: the one moment to notify.</param>
/// <param name="EpisodeContinues">An open episode goes on (spiking or within its quiet cool-down).</param>
/// <param name="EpisodeEnded">The episode closed at this bucket.</param>
/// <param name="Severity"><c>none</c>, <c>minor</c>, <c>major</c> or <c>critical</c> (see <see cref="SeverityScale"/>).</param>
public sealed record SpikeDecision(
    Signal Signal,
    DateTimeOffset BucketStart,
    DateTimeOffset OnsetStart,
    double Observed,
    double Expected,
    double Lift,
    double TailProbability,
    double Score,
    bool IsSpike,
    bool EpisodeStarted,
    bool EpisodeContinues,
    bool EpisodeEnded,
    string Severity);
