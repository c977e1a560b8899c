namespace Alerts.Alerting;

/// <summary>The values of <see cref="AuditEntry.Kind"/>; strings so that stored trails stay readable.</summary>
public static class AuditKinds
{
    public const string Opened = "opened";
    public const string Updated = "updated";
    public const string Notified = "notified";
    public const string Renotified = "renotified";
    public const string Escalated = "escalated";
    public const string Acknowledged = "acknowledged";
    public const string Snoozed = "snoozed";
    public const string Unsnoozed = "unsnoozed";
    public const string Resolved = "resolved";
    public const string AutoResolved = "autoresolved";
    public const string Silenced = "silenced";
    public const string Unsilenced = "unsilenced";
    public const string Delivered = "delivered";
    public const string Undeliverable = "undeliverable";

    /// <summary>The audit kind recorded for a notification request.</summary>
    public static string For(NotificationKind kind) => kind switch
    {
        NotificationKind.Reminder or NotificationKind.SeverityRaised => Renotified,
        NotificationKind.Escalation => Escalated,
        _ => Notified,
    };
}
