namespace Alerts.Alerting;

/// <summary>Commands from on-call reviewers (Teams card actions or the HTTP API).</summary>
public static partial class AlertLifecycle
{
    /// <summary>
    /// Firing or snoozed → acknowledged: stops reminders and escalation. The first acknowledgement
    /// wins; a second one (or a redelivered one) is a duplicate. A resolved alert rejects it.
    /// </summary>
    public static TransitionResult Acknowledge(Alert alert, string actor, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        switch (alert.State)
        {
            case AlertState.Resolved:
                return TransitionResult.Unchanged(alert, TransitionOutcome.Rejected, AlreadyResolved(alert) + "; acknowledgement not recorded");
            case AlertState.Acknowledged:
                return TransitionResult.Unchanged(alert, TransitionOutcome.Duplicate,
                    Invariant($"alert {alert.Id} already acknowledged by {alert.AcknowledgedBy} at {alert.AcknowledgedAt:O}"));
        }

        var next = alert.Clone();
        next.State = AlertState.Acknowledged;
        next.AcknowledgedAt = now;
        next.AcknowledgedBy = actor;
        next.SnoozedUntil = null;
        next.UnacknowledgedSince = null;
        AuditTrail.Append(next, now, AuditKinds.Acknowledged, actor, note);
        return TransitionResult.Applied(next, []);
    }

    /// <summary>
    /// Firing, acknowledged or snoozed → snoozed until <paramref name="until"/>, clamped to
    /// <see cref="AlertPolicy.MaxSnooze"/>. The same end again is a duplicate.
    /// </summary>
    public static TransitionResult Snooze(Alert alert, DateTimeOffset until, string actor, string? note, AlertPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        policy.EnsureValid();
        if (alert.State == AlertState.Resolved)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.Rejected, AlreadyResolved(alert) + "; snooze not recorded");
        }

        if (until <= now)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.Rejected,
                Invariant($"a snooze must end in the future: {until:O} is not after {now:O}"));
        }

        var latest = now + policy.MaxSnooze;
        var end = until > latest ? latest : until;
        if (alert.State == AlertState.Snoozed && alert.SnoozedUntil == end)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.Duplicate, Invariant($"alert {alert.Id} already snoozed until {end:O}"));
        }

        var clamped = end != until ? Invariant($" (asked {until:O}, clamped to the maximum of {policy.MaxSnooze:c})") : "";
        var next = alert.Clone();
        next.State = AlertState.Snoozed;
        next.SnoozedUntil = end;
        next.UnacknowledgedSince = null;
        AuditTrail.Append(next, now, AuditKinds.Snoozed, actor, Invariant($"until {end:O}{clamped}") + (note is null ? "" : ": " + note));
        return TransitionResult.Applied(next, [], clamped.Length > 0 ? "snooze" + clamped : null);
    }

    /// <summary>Any open state → resolved by a reviewer; posts the end when the alert was announced.</summary>
    public static TransitionResult Resolve(Alert alert, string actor, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (alert.State == AlertState.Resolved)
        {
            return TransitionResult.Unchanged(alert, TransitionOutcome.Duplicate, AlreadyResolved(alert));
        }

        var next = alert.Clone();
        var outbox = new List<NotificationRequest>();
        Close(next, actor, note, NotificationKind.Resolved, now, outbox);
        return TransitionResult.Applied(next, outbox);
    }

    private static string AlreadyResolved(Alert alert) =>
        Invariant($"alert {alert.Id} already resolved at {alert.ResolvedAt:O} by {alert.ResolvedBy ?? "itself after quiet buckets"}");
}
