namespace Alerts.Alerting;

/// <summary>Steps shared by several commands; each mutates the copy the command works on.</summary>
public static partial class AlertLifecycle
{
    /// <summary>Audit-note suffix of a notification that also goes to the escalation channel;
    /// <see cref="Undelivered"/> reads it back.</summary>
    private const string AlsoToEscalation = ", also to the escalation channel";

    private static void Notify(Alert alert, NotificationKind kind, DateTimeOffset now, List<NotificationRequest> outbox)
    {
        alert.Revision++;
        alert.LastNotifiedAt = now;
        alert.NotifiedSeverity = alert.Severity;
        if (alert.State == AlertState.Firing)
        {
            alert.UnacknowledgedSince ??= now;
        }

        // Once a second channel was pulled in, it also hears about rises and the end, not reminders.
        var toEscalation = kind == NotificationKind.Escalation
            || (alert.Escalated && kind is NotificationKind.SeverityRaised or NotificationKind.Resolved or NotificationKind.AutoResolved);
        outbox.Add(new NotificationRequest(alert.Id, alert.Revision, kind, toEscalation));
        AuditTrail.Append(alert, now, AuditKinds.For(kind), null, toEscalation ? kind + AlsoToEscalation : kind.ToString());
    }

    /// <summary>Announces what the team has not heard yet: the alert itself, or a severity rise.</summary>
    private static bool AnnounceIfPending(Alert alert, DateTimeOffset now, List<NotificationRequest> outbox)
    {
        if (alert.Suppressed || alert.State is AlertState.Snoozed or AlertState.Resolved)
        {
            return false;
        }

        if (alert.LastNotifiedAt is null)
        {
            Notify(alert, NotificationKind.Opened, now, outbox);
            return true;
        }

        if (alert.Severity > alert.NotifiedSeverity)
        {
            Notify(alert, NotificationKind.SeverityRaised, now, outbox);
            return true;
        }

        return false;
    }

    /// <summary>Sets or clears <see cref="Alert.Suppressed"/> from the rules in force at <paramref name="now"/>.</summary>
    private static bool ApplySilences(Alert alert, IReadOnlyList<SilenceRule> silences, DateTimeOffset now)
    {
        // The longest-running rule is the one worth naming; the id breaks ties deterministically.
        var rule = silences
            .Where(r => r.Covers(alert.Key, now))
            .OrderByDescending(r => r.EndsAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (rule is not null && !alert.Suppressed)
        {
            alert.Suppressed = true;
            alert.SilenceRuleId = rule.Id;
            AuditTrail.Append(alert, now, AuditKinds.Silenced, rule.CreatedBy,
                Invariant($"rule {rule.Id} until {rule.EndsAt:O}: {rule.Reason}"));
            return true;
        }

        if (rule is null && alert.Suppressed)
        {
            AuditTrail.Append(alert, now, AuditKinds.Unsilenced, null, Invariant($"rule {alert.SilenceRuleId} no longer applies"));
            alert.Suppressed = false;
            alert.SilenceRuleId = null;
            return true;
        }

        return false;
    }

    private static void Wake(Alert alert, DateTimeOffset now, string why)
    {
        alert.State = AlertState.Firing;
        alert.SnoozedUntil = null;
        alert.UnacknowledgedSince = null;
        AuditTrail.Append(alert, now, AuditKinds.Unsnoozed, null, why);
    }

    private static void Close(Alert alert, string? actor, string? note, NotificationKind kind, DateTimeOffset now, List<NotificationRequest> outbox)
    {
        alert.State = AlertState.Resolved;
        alert.ResolvedAt = now;
        alert.ResolvedBy = actor;
        alert.SnoozedUntil = null;
        alert.UnacknowledgedSince = null;
        var auditKind = kind == NotificationKind.AutoResolved ? AuditKinds.AutoResolved : AuditKinds.Resolved;
        AuditTrail.Append(alert, now, auditKind, actor, note);

        // The end is posted even during a silence once the team has seen the alert: a card left
        // "firing" forever is worse than one message. An alert never announced ends quietly.
        if (alert.LastNotifiedAt is not null)
        {
            Notify(alert, kind, now, outbox);
        }
    }
}
