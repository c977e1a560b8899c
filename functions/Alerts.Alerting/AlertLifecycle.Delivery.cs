namespace Alerts.Alerting;

/// <summary>Results reported by the delivery worker, keyed by (alert id, revision).</summary>
public static partial class AlertLifecycle
{
    /// <summary>Records that a notification reached Teams; clears <see cref="Alert.Undeliverable"/> when it is
    /// at least as new as the failed one. Applies in any state: delivery results are facts.</summary>
    public static TransitionResult MarkDelivered(Alert alert, int revision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (UnknownRevision(alert, revision) is { } rejected)
        {
            return rejected;
        }

        if (AuditTrail.Contains(alert, AuditKinds.Delivered, revision))
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.Duplicate, Invariant($"revision {revision} already recorded as delivered"));
        }

        var next = alert.Clone();
        next.LastDeliveredRevision = Math.Max(next.LastDeliveredRevision, revision);
        if (next.Undeliverable && revision >= next.UndeliverableRevision)
        {
            next.Undeliverable = false;
        }

        AuditTrail.Append(next, now, AuditKinds.Delivered, null, null, revision);
        return TransitionResult.Applied(next, []);
    }

    /// <summary>
    /// Records that a notification failed after its last retry. The alert keeps its state; it is
    /// flagged undeliverable unless a newer revision has already got through.
    /// </summary>
    public static TransitionResult MarkUndeliverable(Alert alert, int revision, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (UnknownRevision(alert, revision) is { } rejected)
        {
            return rejected;
        }

        if (AuditTrail.Contains(alert, AuditKinds.Undeliverable, revision))
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.Duplicate, Invariant($"revision {revision} already recorded as undeliverable"));
        }

        var next = alert.Clone();
        if (revision > next.LastDeliveredRevision)
        {
            next.Undeliverable = true;
            next.UndeliverableRevision = Math.Max(next.UndeliverableRevision ?? 0, revision);
        }

        AuditTrail.Append(next, now, AuditKinds.Undeliverable, null, reason, revision);
        return TransitionResult.Applied(next, []);
    }

    private static TransitionResult? UnknownRevision(Alert alert, int revision) =>
        revision < 1 || revision > alert.Revision
            ? TransitionResult.Unchanged(alert, TransitionOutcome.Rejected,
                Invariant($"alert {alert.Id} has no notification revision {revision} (current {alert.Revision})"))
            : null;
}
