namespace Alerts.Cli.Remote.Contracts;

public sealed record AlertView(
    string Id,
    string TopicId,
    string? TopicName,
    string Signal,
    string State,
    string Severity,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SnoozedUntil,
    bool Undeliverable,
    double Observed,
    double Expected,
    double Lift,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    string? AcknowledgedBy,
    DateTimeOffset? ResolvedAt,
    bool Suppressed,
    bool Escalated,
    int Revision,
    IReadOnlyList<AuditView>? Audit);

public sealed record AuditView(DateTimeOffset At, string Kind, string? Actor, string? Note, int Revision);
