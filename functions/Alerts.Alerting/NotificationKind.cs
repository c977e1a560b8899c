namespace Alerts.Alerting;

/// <summary>Why a Teams message is due; the card builder picks its wording from this.</summary>
public enum NotificationKind
{
    Opened,
    SeverityRaised,
    Reminder,
    Escalation,
    Resolved,
    AutoResolved,
}
