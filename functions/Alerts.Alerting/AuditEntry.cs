namespace Alerts.Alerting;

/// <summary>One line of an alert's audit trail.</summary>
/// <param name="Kind">One of <see cref="AuditKinds"/>.</param>
/// <param name="Actor">Who did it; null for the system (timers, detector, delivery).</param>
/// <param name="Revision">The alert revision the entry refers to: for notification entries
/// the revision that delivery is keyed by.</param>
public sealed record AuditEntry(DateTimeOffset At, string Kind, string? Actor, string? Note, int Revision);
