namespace Alerts.Alerting;

/// <summary>
/// A Teams message that the caller must enqueue after the alert was saved. Delivery is keyed by
/// (<paramref name="AlertId"/>, <paramref name="Revision"/>), so a re-enqueued request after an
/// ETag retry does not post twice.
/// </summary>
/// <param name="ToEscalationChannel">Also post to the escalation channel: true for the escalation
/// itself and, once escalated, for severity rises and resolutions, so that channel hears the end.</param>
public sealed record NotificationRequest(string AlertId, int Revision, NotificationKind Kind, bool ToEscalationChannel);
