namespace Alerts.Alerting;

/// <summary>Commands driven by time: the maintenance timer and the per-bucket evaluation.</summary>
public static partial class AlertLifecycle
{
    /// <summary>
    /// Periodic maintenance of one open alert: starts or ends suppression by silences, ends an
    /// expired snooze (back to firing, with a reminder), escalates once after
    /// <see cref="AlertPolicy.EscalationDelay"/> and re-sends after <see cref="AlertPolicy.RepeatInterval"/>.
    /// Sends at most one notification per call.
    /// </summary>
    public static TransitionResult Tick(Alert alert, AlertPolicy policy, IReadOnlyList<SilenceRule> silences, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(silences);
        policy.EnsureValid();
        if (!alert.IsOpen)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.NoOp, AlreadyResolved(alert));
        }

        var next = alert.Clone();
        var outbox = new List<NotificationRequest>();
        var changed = ApplySilences(next, silences, now);
        if (next is { State: AlertState.Snoozed, SnoozedUntil: { } until } && now >= until)
        {
            Wake(next, now, "snooze ended");
            changed = true;
            if (!AnnounceIfPending(next, now, outbox) && next is { Suppressed: false, LastNotifiedAt: not null })
            {
                Notify(next, NotificationKind.Reminder, now, outbox);
            }
        }
        else if (!AnnounceIfPending(next, now, outbox) && next is { State: AlertState.Firing, Suppressed: false })
        {
            RemindOrEscalate(next, policy, now, outbox);
        }

        return changed || outbox.Count > 0
            ? TransitionResult.Applied(next, outbox)
            : TransitionResult.Unchanged(alert, TransitionOutcome.NoOp, "nothing due");
    }

    /// <summary>
    /// Records a bucket in which the key did not spike; the Nth quiet bucket after the latest spike
    /// bucket resolves the alert and posts that it resolved by itself. Idempotent per bucket:
    /// a bucket at or before the newest one counted is a duplicate.
    /// </summary>
    public static TransitionResult RecordQuietBucket(Alert alert, DateTimeOffset bucketStart, AlertPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        policy.EnsureValid();
        if (!alert.IsOpen)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.NoOp, AlreadyResolved(alert));
        }

        if (bucketStart <= alert.Latest.BucketStart)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.NoOp,
                Invariant($"quiet bucket {bucketStart:O} is not after the latest spike bucket {alert.Latest.BucketStart:O}"));
        }

        if (alert.LastQuietBucketStart is { } counted && bucketStart <= counted)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.Duplicate,
                Invariant($"quiet bucket {bucketStart:O} already counted (newest counted {counted:O})"));
        }

        var next = alert.Clone();
        next.QuietBuckets++;
        next.LastQuietBucketStart = bucketStart;
        if (next.QuietBuckets < policy.QuietBucketsToResolve)
        {
            return TransitionResult.Applied(next, [], Invariant($"quiet bucket {next.QuietBuckets} of {policy.QuietBucketsToResolve}"));
        }

        var outbox = new List<NotificationRequest>();
        Close(next, null, Invariant($"resolved by itself after {next.QuietBuckets} quiet buckets (last {bucketStart:O})"),
            NotificationKind.AutoResolved, now, outbox);
        return TransitionResult.Applied(next, outbox);
    }

    private static void RemindOrEscalate(Alert alert, AlertPolicy policy, DateTimeOffset now, List<NotificationRequest> outbox)
    {
        if (!alert.Escalated && alert.UnacknowledgedSince is { } since && now - since >= policy.EscalationDelay)
        {
            alert.Escalated = true;
            Notify(alert, NotificationKind.Escalation, now, outbox);
        }
        else if (alert.LastNotifiedAt is { } last && now - last >= policy.RepeatInterval)
        {
            Notify(alert, NotificationKind.Reminder, now, outbox);
        }
    }
}
