using System.Globalization;

namespace Alerts.Alerting;

/// <summary>
/// The alert lifecycle of issue 5 as pure functions of (alert, command, now). Each command
/// copies the alert, so the caller can load → apply → save with the ETag and, on 412, reload
/// and apply the same command again (docs/alert-lifecycle.md, "Races").
/// </summary>
public static partial class AlertLifecycle
{
    /// <summary>
    /// Applies a spike decision: opens an alert when none is open for the key, otherwise updates
    /// the open one. A spike id seen before is a <see cref="TransitionOutcome.Duplicate"/>.
    /// An episode end goes to <see cref="EndEpisode"/>; with no alert at all it throws, because
    /// there is no alert to return (the caller skips such a message).
    /// </summary>
    /// <param name="existingOpen">The stored alert for the key, or null. A resolved one is only
    /// consulted for redelivery and late messages; a new spike then opens a new alert.</param>
    public static TransitionResult OpenOrUpdate(
        Alert? existingOpen,
        SpikeEvidence spike,
        IReadOnlyList<SilenceRule> silences,
        AlertPolicy policy,
        DateTimeOffset now,
        Func<string> newId)
    {
        ArgumentNullException.ThrowIfNull(spike);
        ArgumentNullException.ThrowIfNull(silences);
        ArgumentNullException.ThrowIfNull(newId);
        policy.EnsureValid();
        if (existingOpen is not null && existingOpen.Key != spike.Key)
        {
            throw new ArgumentException($"Spike {spike.SpikeId} is for {spike.Key}, but alert {existingOpen.Id} is for {existingOpen.Key}.", nameof(spike));
        }

        if (existingOpen is not null && existingOpen.AppliedSpikeIds.Contains(spike.SpikeId))
        {
            return TransitionResult.Unchanged(existingOpen, TransitionOutcome.Duplicate,
                $"spike {spike.SpikeId} already applied to alert {existingOpen.Id}");
        }

        if (spike.EpisodeEnded)
        {
            return existingOpen is not null
                ? EndEpisode(existingOpen, spike, policy, now)
                : throw new ArgumentException(
                    $"Spike {spike.SpikeId} ends an episode but {spike.Key} has no alert: there is nothing to end, so skip the message (docs/alert-lifecycle.md).",
                    nameof(spike));
        }

        if (existingOpen is { IsOpen: true })
        {
            return Update(existingOpen.Clone(), spike, silences, now);
        }

        // A late or out-of-order message must not reopen what quiet buckets after it already closed.
        if (existingOpen is not null && spike.BucketStart <= NewestBucketSeen(existingOpen))
        {
            return TransitionResult.Unchanged(existingOpen, TransitionOutcome.NoOp, Invariant(
                $"spike for bucket {spike.BucketStart:O} is not newer than resolved alert {existingOpen.Id}; not reopening"));
        }

        return Open(spike, silences, now, newId());
    }

    private static TransitionResult Open(SpikeEvidence spike, IReadOnlyList<SilenceRule> silences, DateTimeOffset now, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var alert = new Alert
        {
            Id = id,
            Key = spike.Key,
            State = AlertState.Firing,
            Severity = spike.Severity,
            NotifiedSeverity = spike.Severity,
            OpenedAt = now,
            LastSpikeAt = now,
            Latest = spike,
        };
        AuditTrail.RememberSpike(alert, spike.SpikeId);
        AuditTrail.Append(alert, now, AuditKinds.Opened, null, Describe(spike));
        var outbox = new List<NotificationRequest>();
        ApplySilences(alert, silences, now);
        AnnounceIfPending(alert, now, outbox);
        return TransitionResult.Applied(alert, outbox);
    }

    private static TransitionResult Update(Alert alert, SpikeEvidence spike, IReadOnlyList<SilenceRule> silences, DateTimeOffset now)
    {
        AuditTrail.RememberSpike(alert, spike.SpikeId);
        alert.LastSpikeAt = now;
        if (spike.BucketStart >= alert.Latest.BucketStart)
        {
            alert.Latest = spike;
        }

        // A spike after the counted quiet buckets breaks the quiet run; a late one from before does not.
        if (alert.LastQuietBucketStart is not { } quiet || spike.BucketStart >= quiet)
        {
            alert.QuietBuckets = 0;
        }

        alert.Severity = (AlertSeverity)Math.Max((int)alert.Severity, (int)spike.Severity);
        AuditTrail.Append(alert, now, AuditKinds.Updated, null, Describe(spike));
        ApplySilences(alert, silences, now);

        // The snooze was granted for the severity the reviewer saw; a rise wakes it (unless silenced).
        if (alert is { State: AlertState.Snoozed, Suppressed: false } && alert.Severity > alert.NotifiedSeverity)
        {
            Wake(alert, now, Invariant($"severity rose to {alert.Severity}"));
        }

        var outbox = new List<NotificationRequest>();
        AnnounceIfPending(alert, now, outbox);
        return TransitionResult.Applied(alert, outbox);
    }

    private static DateTimeOffset NewestBucketSeen(Alert alert) =>
        alert.LastQuietBucketStart is { } quiet && quiet > alert.Latest.BucketStart ? quiet : alert.Latest.BucketStart;

    private static string Describe(SpikeEvidence spike) => Invariant(
        $"{spike.Severity} spike in bucket {spike.BucketStart:O}: observed {spike.Observed:0.##} vs expected {spike.Expected:0.##}, lift {spike.Lift:0.##}, p {spike.TailProbability:0.####}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
