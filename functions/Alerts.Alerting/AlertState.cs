namespace Alerts.Alerting;

/// <summary>
/// Lifecycle state of an alert. "Silenced" is deliberately not a state: a silence rule only
/// suppresses notifications (see <see cref="Alert.Suppressed"/>), so the alert keeps its real
/// state and resumes normally when the silence ends. See docs/alert-lifecycle.md.
/// </summary>
public enum AlertState
{
    Firing,
    Acknowledged,
    Snoozed,
    Resolved,
}
