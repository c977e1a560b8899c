namespace Alerts.Alerting;

/// <summary>The detector's "episode ended" decision, which closes the alert of that episode.</summary>
public static partial class AlertLifecycle
{
    /// <summary>
    /// Resolves the open alert by itself when the detector ends the episode. The detector ends an
    /// episode on a quiet bucket after its own cool-down (Alerts.Detection <c>Episode</c>), so the
    /// quiet buckets were already waited for; the end message's severity ("none" there) is ignored.
    /// An end from before the latest spike bucket is stale and ignored, so a delayed end cannot
    /// close the next episode.
    /// </summary>
    public static TransitionResult EndEpisode(Alert alert, SpikeEvidence end, AlertPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(end);
        policy.EnsureValid();
        if (!end.EpisodeEnded || alert.Key != end.Key)
        {
            throw new ArgumentException($"Spike {end.SpikeId} is not an episode end for {alert.Key}.", nameof(end));
        }

        if (alert.AppliedSpikeIds.Contains(end.SpikeId))
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.Duplicate, $"episode end {end.SpikeId} already applied to alert {alert.Id}");
        }

        if (!alert.IsOpen)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.NoOp, AlreadyResolved(alert));
        }

        if (end.BucketStart <= alert.Latest.BucketStart)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.NoOp,
                Invariant($"episode end at {end.BucketStart:O} is not after the latest spike bucket {alert.Latest.BucketStart:O}"));
        }

        var next = alert.Clone();
        AuditTrail.RememberSpike(next, end.SpikeId);

        // Counts as a quiet bucket seen, so a late spike from before the end cannot reopen anything.
        next.LastQuietBucketStart = next.LastQuietBucketStart is { } quiet && quiet > end.BucketStart ? quiet : end.BucketStart;
        var outbox = new List<NotificationRequest>();
        Close(next, null, Invariant($"resolved by itself: the detector ended the episode at bucket {end.BucketStart:O}"),
            NotificationKind.AutoResolved, now, outbox);
        return TransitionResult.Applied(next, outbox);
    }
}
