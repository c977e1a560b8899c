namespace Alerts.Alerting;

/// <summary>
/// Recovery for notifications lost between "alert saved" and "request enqueued" (a crash there
/// leaves no queue message). The audit trail is the outbox: every request is recorded with its revision.
/// </summary>
public static partial class AlertLifecycle
{
    /// <summary>
    /// The notification requests recorded before <paramref name="requestedBefore"/> that have neither
    /// a <c>delivered</c> nor an <c>undeliverable</c> entry. The maintenance timer re-enqueues them;
    /// pick a cut-off longer than the delivery queue's whole retry span, so a request still being
    /// retried is not sent twice. Requests dropped by the audit cap are not recovered.
    /// </summary>
    public static IReadOnlyList<NotificationRequest> Undelivered(Alert alert, DateTimeOffset requestedBefore)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var pending = new List<NotificationRequest>();
        foreach (var entry in alert.Audit)
        {
            if (entry.At < requestedBefore
                && entry.Kind is AuditKinds.Notified or AuditKinds.Renotified or AuditKinds.Escalated
                && ParseRequest(alert.Id, entry) is { } request
                && !AuditTrail.Contains(alert, AuditKinds.Delivered, entry.Revision)
                && !AuditTrail.Contains(alert, AuditKinds.Undeliverable, entry.Revision))
            {
                pending.Add(request);
            }
        }

        return pending;
    }

    private static NotificationRequest? ParseRequest(string alertId, AuditEntry entry)
    {
        var note = entry.Note ?? "";
        var toEscalation = note.EndsWith(AlsoToEscalation, StringComparison.Ordinal);
        var name = toEscalation ? note[..^AlsoToEscalation.Length] : note;
        return Enum.TryParse<NotificationKind>(name, ignoreCase: false, out var kind) && Enum.IsDefined(kind)
            ? new NotificationRequest(alertId, entry.Revision, kind, toEscalation)
            : null;
    }
}
